;; type-mismatch: an operand has the wrong type. handle is its own type: no instruction takes an
;; i32 or i64 where a handle is expected (the unforgeability rule). Also: select's two operands
;; of different types, a block's results at end, br_table labels of equal arity but different
;; types, call.handle's callee, jmp.long's operands, values pushed after unreachable (still
;; checked), and a local.set of the wrong type. Each function stops at its first error.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/type-mismatch-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: type-mismatch.wat: func 0 instr 2: i32.add: expected i32 operand, found i64 [type-mismatch]
;; CHECK-NEXT: type-mismatch.wat: func 1 instr 1: i32.segload: expected handle operand, found i32 [type-mismatch]
;; CHECK-NEXT: type-mismatch.wat: func 2 instr 3: select: operands have different types handle and i32 [type-mismatch]
;; CHECK-NEXT: type-mismatch.wat: func 3 instr 2: handle.add: expected i32 operand, found handle [type-mismatch]
;; CHECK-NEXT: type-mismatch.wat: func 4 instr 2: end of block: expected i32 operand, found handle [type-mismatch]
;; CHECK-NEXT: type-mismatch.wat: func 5 instr 4: br_table target 0: expected handle operand, found i32 [type-mismatch]
;; CHECK-NEXT: type-mismatch.wat: func 6 instr 2: call.handle callee: expected handle operand, found i32 [type-mismatch]
;; CHECK-NEXT: type-mismatch.wat: func 7 instr 2: jmp.long buffer: expected handle operand, found i32 [type-mismatch]
;; CHECK-NEXT: type-mismatch.wat: func 8 instr 2: i32.add: expected i32 operand, found handle [type-mismatch]
;; CHECK-NEXT: type-mismatch.wat: func 9 instr 1: local.set: expected handle operand, found i64 [type-mismatch]
;; CHECK-NEXT: type-mismatch.wat: func 10 instr 1: if condition: expected i32 operand, found handle [type-mismatch]
;; CHECK-NEXT: type-mismatch.wat: func 11 instr 1: return: expected handle operand, found i32 [type-mismatch]
;; OK: type-mismatch-ok.wat: valid
(module
  (type $hh (func (param handle) (result handle)))
  ;; func 0: the first error only (the i64 and the i32.add's result type).
  (func
    i32.const 1
    i64.const 2
    i32.add
    i64.const 3
    i32.add
    drop)
  ;; func 1: an integer used as a handle.
  (func
    i32.const 65536
    i32.segload
    drop)
  ;; func 2
  (func
    handle.null
    i32.const 0
    i32.const 1
    select
    drop)
  ;; func 3: handle.add pops [handle i32], the i32 on top: here swapped.
  (func
    i32.const 4
    handle.null
    handle.add
    drop)
  ;; func 4
  (func
    block (result i32)
      handle.null
    end
    drop)
  ;; func 5: br_table to labels of equal arity (1) but different types.
  (func
    block (result i32)
      block (result handle)
        i32.const 7
        i32.const 0
        br_table 0 1
      end
      drop
      i32.const 0
    end
    drop)
  ;; func 6: the callee must be a handle, not a function index.
  (func
    handle.null
    i32.const 0
    call.handle $hh
    drop)
  ;; func 7: jmp.long's operands are [handle i32]: here both i32.
  (func
    i32.const 0
    i32.const 1
    jmp.long)
  ;; func 8: after unreachable, values pushed are still checked.
  (func
    unreachable
    handle.null
    i32.add
    drop)
  ;; func 9
  (func (local handle)
    i64.const 0
    local.set 0)
  ;; func 10
  (func
    handle.null
    if
    end)
  ;; func 11
  (func (result handle)
    i32.const 0
    return))
