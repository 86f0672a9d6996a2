;; global-index: a global index is out of range (MSWasm has no imported globals: the index
;; space is the global section). global.get and global.set are both checked.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/global-index-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: global-index.wat: func 0 instr 1: global.set: global 0 out of range (0 globals) [global-index]
;; CHECK-NEXT: global-index.wat: func 1 instr 0: global.get: global 5 out of range (0 globals) [global-index]
;; OK: global-index-ok.wat: valid
(module
  (func
    i32.const 0
    global.set 0)
  (func
    global.get 5
    drop))
