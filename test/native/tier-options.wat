;; Choosing the engine tier: --tier and MSWASM_TIER, and the options the native tier refuses by
;; name (with --tier=auto they run on the interpreter instead).
;; REQUIRES: native-tier
;; RUN: mswasm run --tier=native --invoke=add %s 2 3 | FileCheck %s --check-prefix=SUM
;; RUN: mswasm run --tier=interp --invoke=add %s 2 3 | FileCheck %s --check-prefix=SUM
;; RUN: env MSWASM_TIER=native mswasm run --invoke=add %s 2 3 | FileCheck %s --check-prefix=SUM
;; SUM: i32 5
;; RUN: not mswasm run --tier=fast %s 2>&1 | FileCheck %s --check-prefix=BADTIER
;; BADTIER: mswasm run: error: bad value for --tier: 'fast' (auto, native or interp)
;; RUN: env MSWASM_TIER=jit not mswasm run %s 2>&1 | FileCheck %s --check-prefix=BADENV
;; BADENV: mswasm run: error: bad value for MSWASM_TIER: 'jit' (auto, native or interp)
;; RUN: not mswasm run --tier=native --fuel=100 --invoke=add %s 2 3 2>&1 | FileCheck %s --check-prefix=FUEL
;; FUEL: error: the native tier does not implement --fuel yet; use --tier=interp (or --tier=auto)
;; RUN: mswasm run --tier=auto --fuel=100 --invoke=add %s 2 3 | FileCheck %s --check-prefix=SUM
;; RUN: not mswasm run --tier=interp --native-code=%t.so %s 2>&1 | FileCheck %s --check-prefix=MIX
;; MIX: error: --native-code cannot be combined with --tier=interp
(module
  (func (export "add") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.add))
