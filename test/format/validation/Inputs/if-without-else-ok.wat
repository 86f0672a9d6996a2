;; if-without-else.wat with the else-branches written, and ifs without else whose params equal
;; their results.
(module
  (type $i32_i64 (func (param i32) (result i64)))
  (type $h_i32 (func (param handle) (result i32)))
  (type $hh (func (param handle) (result handle)))
  (func
    i32.const 1
    if (result i32)
      i32.const 2
    else
      i32.const 3
    end
    drop)
  (func
    i32.const 5
    i32.const 1
    if (type $i32_i64)
      drop
      i64.const 2
    else
      i64.extend_i32_u
    end
    drop)
  (func
    block
      handle.null
      i32.const 1
      if (type $h_i32)
        handle.is_null
      else
        drop
        i32.const 0
      end
      drop
    end)
  (func
    handle.null
    i32.const 1
    if (type $hh)
      i32.const 8
      handle.add
    end
    drop))
