;; local-index.wat with every local index in range.
(module
  (func (param i32) (local handle)
    local.get 1
    drop)
  (func (local i64)
    i64.const 1
    local.set 0)
  (func (local i32)
    i32.const 1
    local.tee 0
    drop))
