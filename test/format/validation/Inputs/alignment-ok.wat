;; alignment.wat at the natural alignments, and below them.
(module
  (func
    handle.null
    i32.segload align=4
    drop)
  (func
    handle.null
    i32.const 0
    i32.segstore8 offset=3 align=1)
  (func
    handle.null
    handle.segload align=16
    handle.null
    handle.segstore align=1)
  (func
    handle.null
    i64.const 0
    i64.segstore32 align=4
    handle.null
    i64.segload
    drop))
