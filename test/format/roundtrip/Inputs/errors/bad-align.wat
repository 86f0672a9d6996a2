(module
  (func (param handle)
    local.get 0
    i32.segload align=3
    drop))
