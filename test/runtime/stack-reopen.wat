;; stack.free ends a stack segment's scope without releasing it; stack.reopen starts the next
;; scope of the same segment (same id and address, zeroed). Accesses in between trap
;; use-after-scope; a second stack.free or a reopen of an open segment does nothing.
;; RUN: mswasm run --invoke=cycle %s | FileCheck %s --check-prefix=CYCLE
;; RUN: not mswasm run --invoke=between %s 2>&1 | FileCheck %s --check-prefix=BETWEEN
;; RUN: not mswasm run --invoke=after_return %s 2>&1 | FileCheck %s --check-prefix=RETURN
;; CYCLE: i32 7
;; BETWEEN: ERROR: use-after-scope: read of size 4
;; BETWEEN: out of scope
;; RETURN: ERROR: use-after-return: read of size 4
(module
  (global $saved (mut handle) handle.null)
  ;; alloc, store 5, close twice, reopen twice: contents are zero again; store 7 and read it.
  (func $cycle (export "cycle") (result i32) (local $h handle)
    i32.const 4
    stack.alloc align=4
    local.tee $h
    i32.const 5
    i32.segstore
    local.get $h
    stack.free
    local.get $h
    stack.free
    local.get $h
    stack.reopen
    local.get $h
    stack.reopen
    local.get $h
    i32.segload
    i32.const 7
    i32.add
    local.get $h
    i32.segload offset=0
    i32.add)
  (func $between (export "between") (result i32) (local $h handle)
    i32.const 4
    stack.alloc align=4
    local.tee $h
    stack.free
    local.get $h
    i32.segload)
  (func $keep (local $h handle)
    i32.const 4
    stack.alloc align=4
    local.tee $h
    stack.free
    local.get $h
    global.set $saved)
  (func $after_return (export "after_return") (result i32)
    call $keep
    global.get $saved
    i32.segload)
)
