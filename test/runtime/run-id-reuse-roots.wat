;; Id sweeps (--debug-id-bits=6) find stale handles wherever they live: in a global, in a tagged
;; granule of a live segment, in a caller's local and on the operand stack. After thousands of
;; id reuses, each kept handle still reports use-after-free, never an access to a newer segment.
;; RUN: not mswasm run --debug-id-bits=6 --stats --invoke=in_global %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --debug-id-bits=6 --stats --invoke=in_memory %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --debug-id-bits=6 --stats --invoke=in_local %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --debug-id-bits=6 --stats --invoke=on_stack %s 2>&1 | FileCheck %s
;; CHECK: ==mswasm== ERROR: use-after-free: read of size 4
;; CHECK: ids reclaimed: {{[0-9][0-9][0-9][0-9]+}}
(module
  (global $g (mut handle) handle.null)
  ;; allocate and free 5000 segments
  (func $churn (local $i i32)
    loop
      i32.const 8
      i32.const 16
      segalloc
      segfree
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      i32.const 5000
      i32.lt_u
      br_if 0
    end)
  (func $dead (result handle) (local handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee 0
    segfree
    local.get 0)
  (func (export "in_global") (result i32)
    call $dead
    global.set $g
    call $churn
    global.get $g
    i32.segload)
  (func (export "in_memory") (result i32) (local $box handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $box
    call $dead
    handle.segstore
    call $churn
    local.get $box
    handle.segload
    i32.segload)
  (func (export "in_local") (result i32) (local $h handle)
    call $dead
    local.set $h
    call $churn
    local.get $h
    i32.segload)
  (func (export "on_stack") (result i32)
    call $dead
    call $churn
    i32.segload))
