;; fd_seek on the standard descriptors is allowed, as for any Unix process: the guest moves the
;; offset of the open file it was given, which it shares with every other holder (docs/spec.md,
;; "Files"; docs/security.md). Here the engine seeks standard input to 5 and a later reader of
;; the same open file continues from there. A pipe gives -ESPIPE.
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: echo abcdefgh > %t/in
;; RUN: sh -c '(mswasm run --invoke=seek_stdin %s; cat) < %t/in' | FileCheck %s
;; CHECK: i64 5
;; CHECK-NEXT: fgh
;; RUN: mswasm run --invoke=seek_stdout %s | FileCheck %s --check-prefix=PIPE
;; PIPE: i64 -29
(module
  (import "mswasm" "fd_seek" (func $seek (param i32 i64 i32) (result i64)))
  (func (export "seek_stdin") (result i64)
    i32.const 0
    i64.const 5
    i32.const 0
    call $seek)
  (func (export "seek_stdout") (result i64)
    i32.const 1
    i64.const 0
    i32.const 1
    call $seek))
