;; With 8-bit allocation ids (--debug-id-bits=8), 20000 allocate/free pairs run out of ids many
;; times over; sweeps reclaim the ids no handle carries, the loop never traps, and the handle
;; kept from the very first allocation (whose id is never reclaimed) still reports
;; use-after-free.
;; RUN: not mswasm run --debug-id-bits=8 --stats %s 2>&1 | FileCheck %s
;; CHECK: ==mswasm== ERROR: use-after-free: read of size 4
;; CHECK: freed by:
;; CHECK-NEXT: #0 main+instr 5
;; CHECK: segments allocated: 20001
;; CHECK: id sweeps: {{[1-9][0-9]*}}
;; CHECK: ids reclaimed: {{[1-9][0-9][0-9][0-9][0-9]}}
(module
  (global $first (mut handle) handle.null)
  (func $main (export "_start") (local $i i32)
    i32.const 16
    i32.const 16
    segalloc
    global.set $first
    global.get $first
    segfree
    loop
      i32.const 8
      i32.const 16
      segalloc
      segfree
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      i32.const 20000
      i32.lt_u
      br_if 0
    end
    global.get $first
    i32.segload
    drop))
