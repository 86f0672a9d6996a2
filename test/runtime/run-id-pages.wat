;; With 64-bit ids (never reused), the per-id tables do not grow with every id ever used: pages of
;; 4096 ids whose ids are all dead and carried by no handle are released (issue 12). 200 000
;; malloc/free pairs release most of their ~49 pages; a freed segment whose handle is kept in a
;; global still reports use-after-free afterwards (its page stays).
;; RUN: mswasm run --stats --invoke=churn %s 2>&1 | FileCheck %s
;; CHECK: i32 200000
;; CHECK: id table pages released: {{[1-4][0-9]}}
;; RUN: not mswasm run --invoke=kept %s 2>&1 | FileCheck %s --check-prefix=KEPT
;; KEPT: ERROR: use-after-free: read of size 4
(module
  (global $g (mut handle) handle.null)
  (func $churn_n (param $n i32) (local $i i32)
    loop
      i32.const 24
      i32.const 16
      segalloc
      segfree
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      local.get $n
      i32.lt_u
      br_if 0
    end)
  (func (export "churn") (result i32)
    i32.const 200000
    call $churn_n
    i32.const 200000)
  (func (export "kept") (result i32)
    i32.const 16
    i32.const 16
    segalloc
    global.set $g
    global.get $g
    segfree
    i32.const 200000
    call $churn_n
    global.get $g
    i32.segload))
