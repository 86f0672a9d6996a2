;; global-init-type: a global's initialiser produces a value of another type than the global's
;; (t.const for a number type t; handle.null, global.segment or func.handle for handle).
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/global-init-type-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: global-init-type.wat: global 0: init i64.const produces i64, the global has type i32 [global-init-type]
;; CHECK-NEXT: global-init-type.wat: global 1: init i32.const produces i32, the global has type handle [global-init-type]
;; CHECK-NEXT: global-init-type.wat: global 2: init handle.null produces handle, the global has type i32 [global-init-type]
;; CHECK-NEXT: global-init-type.wat: global 3: init func.handle produces handle, the global has type i64 [global-init-type]
;; CHECK-NEXT: global-init-type.wat: global 4: init f64.const produces f64, the global has type f32 [global-init-type]
;; OK: global-init-type-ok.wat: valid
(module
  (global i32 i64.const 3)
  (global handle i32.const 0)
  (global (mut i32) handle.null)
  (global i64 func.handle 0)
  (global f32 f64.const 1.5)
  (func))
