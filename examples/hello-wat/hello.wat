;; The smallest MSWasm command: writes a greeting from a read-only global segment to stdout
;; through the host interface and exits with status 0.
(module
  (type $write_t (func (param i32 handle i32) (result i32)))
  (type $start_t (func (result i32)))
  (import "mswasm" "fd_write" (func $fd_write (type $write_t)))
  (segment $greeting (size 14) (align 16) (readonly) (data "Hello, MSWasm\0a"))
  (func $start (export "_start") (type $start_t)
    i32.const 1
    global.segment $greeting
    i32.const 14
    call $fd_write
    drop
    i32.const 0)
)
