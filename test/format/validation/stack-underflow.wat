;; stack-underflow: an instruction needs more operands than its block holds. A block cannot pop
;; values pushed before it started; a missing block result at end is an underflow too. After
;; unreachable the stack is polymorphic and popping never underflows (see the twin).
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/stack-underflow-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: stack-underflow.wat: func 0 instr 1: i32.add: expected an i32 operand, but the function's stack is empty [stack-underflow]
;; CHECK-NEXT: stack-underflow.wat: func 1 instr 2: drop: expected an operand, but the block's stack is empty [stack-underflow]
;; CHECK-NEXT: stack-underflow.wat: func 2 instr 2: end of if's then-branch: expected an i32 operand, but the if's stack is empty [stack-underflow]
;; CHECK-NEXT: stack-underflow.wat: func 3 instr 3: handle.segstore: expected a handle operand, but the loop's stack is empty [stack-underflow]
;; CHECK-NEXT: stack-underflow.wat: func 4 instr 0: call.handle callee: expected a handle operand, but the function's stack is empty [stack-underflow]
;; CHECK-NEXT: stack-underflow.wat: func 5 instr 1: end of function: expected an i64 operand, but the function's stack is empty [stack-underflow]
;; CHECK-NEXT: stack-underflow.wat: func 6 instr 4: end of else: expected an i32 operand, but the else's stack is empty [stack-underflow]
;; OK: stack-underflow-ok.wat: valid
(module
  (type $v (func))
  (func
    i32.const 1
    i32.add
    drop)
  (func
    i32.const 1
    block
      drop
    end
    drop)
  (func
    i32.const 1
    if (result i32)
    else
      i32.const 2
    end
    drop)
  ;; handle.segstore pops [handle handle]: one is there, pushed inside the loop.
  (func (local handle)
    local.get 0
    loop
      local.get 0
      handle.segstore
    end
    drop)
  (func
    call.handle $v)
  (func (result i64)
    nop)
  (func
    i32.const 1
    if (result i32)
      i32.const 2
    else
    end
    drop))
