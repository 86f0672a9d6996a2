;; type-mismatch.wat with every operand of the expected type.
(module
  (type $hh (func (param handle) (result handle)))
  (func
    i32.const 1
    i32.const 2
    i32.add
    i32.const 3
    i32.add
    drop)
  (func
    handle.null
    i32.segload
    drop)
  (func
    handle.null
    handle.null
    i32.const 1
    select
    drop)
  (func
    handle.null
    i32.const 4
    handle.add
    drop)
  (func
    block (result i32)
      handle.null
      handle.is_null
    end
    drop)
  (func
    block (result handle)
      block (result handle)
        handle.null
        i32.const 0
        br_table 0 1
      end
    end
    drop)
  (func
    handle.null
    func.handle 6
    call.handle $hh
    drop)
  (func
    handle.null
    i32.const 1
    jmp.long)
  (func
    unreachable
    i32.const 1
    i32.add
    drop)
  (func (local handle)
    handle.null
    local.set 0)
  (func
    i32.const 0
    if
    end)
  (func (result handle)
    handle.null
    return))
