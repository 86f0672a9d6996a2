;; if-without-else: an if without else has a block type whose params differ from its results
;; (the missing else-branch passes the params through). Reported at the if's end.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/if-without-else-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: if-without-else.wat: func 0 instr 3: if without else (opened at instruction 1) must have params equal to its results, has [] -> [i32] [if-without-else]
;; CHECK-NEXT: if-without-else.wat: func 1 instr 5: if without else (opened at instruction 2) must have params equal to its results, has [i32] -> [i64] [if-without-else]
;; CHECK-NEXT: if-without-else.wat: func 2 instr 5: if without else (opened at instruction 3) must have params equal to its results, has [handle] -> [i32] [if-without-else]
;; OK: if-without-else-ok.wat: valid
(module
  (type $i32_i64 (func (param i32) (result i64)))
  (type $h_i32 (func (param handle) (result i32)))
  (func
    i32.const 1
    if (result i32)
      i32.const 2
    end
    drop)
  (func
    i32.const 5
    i32.const 1
    if (type $i32_i64)
      drop
      i64.const 2
    end
    drop)
  ;; Nested in a block: the if's own end is the error.
  (func
    block
      handle.null
      i32.const 1
      if (type $h_i32)
        handle.is_null
      end
      drop
    end))
