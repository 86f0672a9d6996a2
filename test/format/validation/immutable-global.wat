;; immutable-global: global.set of an immutable global (global.get of one is fine).
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/immutable-global-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: immutable-global.wat: func 0 instr 1: global.set: global 0 is immutable [immutable-global]
;; CHECK-NEXT: immutable-global.wat: func 1 instr 3: global.set: global 2 is immutable [immutable-global]
;; OK: immutable-global-ok.wat: valid
(module
  (global i32 i32.const 0)
  (global (mut handle) handle.null)
  (global $seg handle global.segment 0)
  (segment (size 16) (align 16))
  (func
    i32.const 1
    global.set 0)
  (func
    global.get 1
    global.set 1
    global.get 1
    global.set $seg))
