;; type-index.wat with every type index in range.
(module
  (type (func))
  (type (func (param i32)))
  (type (func (param i32) (result i32)))
  (type (func (param i32) (result i32)))
  (import "mswasm" "exit" (func (type 1)))
  (func (type 0) i32.const 0 i32.eqz drop)
  (func (type 0)
    i32.const 7
    i32.const 0
    if (type 3)
    end
    drop)
  (func (type 0)
    nop
    block (type 0)
    end)
  (func (type 0)
    i32.const 0
    handle.null
    call.handle 2
    drop))
