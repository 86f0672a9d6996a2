;; br-table-arity.wat with labels of equal arity and types.
(module
  (type $i32_to_i32_i64 (func (param i32) (result i32 i64)))
  (func
    block (result i32)
      block (result i32)
        i32.const 7
        i32.const 0
        br_table 0 1
      end
    end
    drop)
  (func (result i32 i64)
    i32.const 1
    loop (type $i32_to_i32_i64)
      i32.const 0
      br_table 0 0 0
    end)
  (func (param handle)
    local.get 0
    loop (param handle)
      i32.const 0
      br_table 0 0
    end))
