;; extra-values.wat with exactly the results left at each end.
(module
  (func
    i32.const 1
    drop)
  (func
    block (result i32)
      i32.const 3
    end
    drop)
  (func
    i32.const 0
    if
      nop
      handle.null
      drop
    else
    end)
  (func
    loop
      nop
    end)
  (func (result handle)
    handle.null))
