;; --report=json writes one valid JSON object on stderr with the kind, the access, the handle,
;; the resolved stack (with mswasm.loc source positions) and the segment's allocation and free
;; stacks.
;; RUN: not mswasm run --report=json %s 2> %t.json
;; RUN: %python -c "import json,sys; r=json.load(open(sys.argv[1])); print(r['kind'], r['access'], r['size'], r['stack'][0]['file'], r['stack'][0]['line'], r['segment']['freed_by'][0]['func'], r['exit_code'])" %t.json | FileCheck %s
;; CHECK: use-after-free write 4 dir/"q".c 12 release 134
(module
  (func $release (param handle) local.get 0 segfree)
  (func $main (export "_start") (local handle)
    i32.const 16
    i32.const 8
    segalloc
    local.tee 0
    call $release
    local.get 0
    i32.const 42
    i32.segstore offset=4)
  (@custom "mswasm.loc" "\01\09dir/\22q\22.c\01\01\02\00\00\0a\03\00\00\06\00\0c\05\00\00"))
