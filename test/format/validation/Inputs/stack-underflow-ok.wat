;; stack-underflow.wat with every operand present, and pops on the polymorphic stack.
(module
  (type $v (func))
  (func
    i32.const 1
    i32.const 2
    i32.add
    drop)
  (func
    i32.const 1
    block (param i32)
      drop
    end)
  (func
    i32.const 1
    if (result i32)
      i32.const 1
    else
      i32.const 2
    end
    drop)
  (func (local handle)
    loop
      local.get 0
      local.get 0
      handle.segstore
    end)
  (func
    handle.null
    call.handle $v)
  (func (result i64)
    unreachable)
  (func
    i32.const 1
    if (result i32)
      i32.const 2
    else
      unreachable
      i32.add
      drop
      handle.segstore
      call.handle $v
      select
    end
    drop))
