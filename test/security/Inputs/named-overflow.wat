;; A heap overflow in a function whose name report-escaping.test replaces with hostile bytes.
(module
  (func $AAAAAAAAAAAAAAAAAAAAAA (result i32)
    i32.const 4
    i32.const 4
    segalloc
    i32.segload offset=4)
  (func $start (export "_start") (result i32)
    call $AAAAAAAAAAAAAAAAAAAAAA))
