;; global-init-not-constant: a global's initialiser is not one constant instruction (t.const,
;; handle.null, global.segment, func.handle). global.get is not constant either: MSWasm has no
;; imported globals. Every global is checked.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/global-init-not-constant-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: global-init-not-constant.wat: global 0: init i32.add is not a constant instruction (t.const, handle.null, global.segment, func.handle) [global-init-not-constant]
;; CHECK-NEXT: global-init-not-constant.wat: global 2: init global.get is not a constant instruction (t.const, handle.null, global.segment, func.handle) [global-init-not-constant]
;; CHECK-NEXT: global-init-not-constant.wat: global 3: init handle.from_int is not a constant instruction (t.const, handle.null, global.segment, func.handle) [global-init-not-constant]
;; CHECK-NEXT: global-init-not-constant.wat: global 4: init nop is not a constant instruction (t.const, handle.null, global.segment, func.handle) [global-init-not-constant]
;; OK: global-init-not-constant-ok.wat: valid
(module
  (global i32 i32.add)
  (global i32 i32.const 1)
  (global (mut i32) global.get 1)
  (global handle handle.from_int)
  (global f64 nop))
