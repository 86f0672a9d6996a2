;; memory-instruction.wat rewritten with MSWasm's replacements.
(module
  (segment (size 16) (align 16) (data "abc"))
  (func
    handle.null
    i32.segload
    drop)
  (func
    i32.const 1
    i32.const 16
    segalloc
    drop)
  (func
    handle.null
    i64.const 0
    i64.segstore32 offset=8 align=4)
  (func
    handle.null
    f64.segload
    drop)
  (func
    global.segment 0
    handle.get_offset
    drop)
  (func
    handle.null
    handle.null
    i32.const 0
    segment.copy)
  (func
    handle.null
    i32.const 0
    i32.const 0
    segment.fill)
  (func
    global.segment 0
    drop)
  (func))
