;; Engine report for a trap: strict tags: a data read of a granule holding a handle.
;; RUN: not mswasm run --strict-tags %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --strict-tags --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: tag-violation: read of size 4
;; CHECK: note: data read of a granule holding a handle (strict tags)
;; JSON: {"outcome":"trap","kind":"tag-violation"{{.*}}"exit_code":134
(module
  (func $main (export "_start") (local handle)
    i32.const 32
    i32.const 16
    segalloc
    local.tee 0
    local.get 0
    handle.segstore
    local.get 0
    i32.segload
    drop))
