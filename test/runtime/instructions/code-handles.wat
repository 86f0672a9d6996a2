;; Execution results of func.handle and call.handle: code handles of defined and imported
;; functions have distinct, 16-aligned addresses >= 0x10000 and call the function with its
;; arguments and results; they survive storage in segments and relocations; structurally equal
;; types match; a call through null, an invalid, a data or a jump handle, or a code handle moved
;; off its address traps (null-dereference, pointer-built-from-data, bad-indirect-call), a type
;; mismatch traps signature-mismatch, data access through a code handle traps code-handle-access.
;; RUN: mswasm run --invoke=calls %s -- 7 | FileCheck %s --match-full-lines --check-prefix=CALLS
;; CALLS: i32 49
;; CALLS-NEXT: i64 -7
;; CALLS-NEXT: f64 3.5 (0x400c000000000000)
;; CALLS-NEXT: i32 1
;; CALLS-NOT: {{.}}
;; RUN: mswasm run --invoke=addresses %s | FileCheck %s --match-full-lines --check-prefix=ADDRS
;; ADDRS: i32 1
;; ADDRS-NEXT: i32 1
;; ADDRS-NEXT: i32 1
;; ADDRS-NEXT: i32 1
;; ADDRS-NEXT: i32 0
;; ADDRS-NEXT: i32 0
;; ADDRS-NEXT: i32 0
;; ADDRS-NOT: {{.}}
;; RUN: mswasm run --invoke=stored %s | FileCheck %s --match-full-lines --check-prefix=STORED
;; STORED: i32 36
;; STORED-NEXT: i32 100
;; STORED-NEXT: i32 1
;; STORED-NOT: {{.}}
;; RUN: mswasm run --invoke=moved_back %s | FileCheck %s --match-full-lines --check-prefix=MOVEDBACK
;; MOVEDBACK: i32 16
;; MOVEDBACK-NEXT: i32 25
;; MOVEDBACK-NEXT: i32 4
;; MOVEDBACK-NOT: {{.}}
;; RUN: mswasm run --invoke=recurse %s -- 10 | FileCheck %s --match-full-lines --check-prefix=RECURSE
;; RECURSE: i32 55
;; RUN: not mswasm run --max-call-depth=50 --invoke=recurse %s -- 100 2>&1 | FileCheck %s --check-prefix=DEPTH
;; DEPTH: ERROR: call-stack-exhausted
;; RUN: not mswasm run --invoke=call_null %s 2>&1 | FileCheck %s --check-prefix=CNULL
;; CNULL: ERROR: null-dereference
;; RUN: not mswasm run --invoke=call_from_int %s 2>&1 | FileCheck %s --check-prefix=CINT
;; CINT: ERROR: pointer-built-from-data
;; RUN: not mswasm run --invoke=call_heap %s 2>&1 | FileCheck %s --check-prefix=CHEAP
;; CHEAP: ERROR: bad-indirect-call
;; RUN: not mswasm run --invoke=call_moved %s 2>&1 | FileCheck %s --check-prefix=CMOVED
;; CMOVED: ERROR: bad-indirect-call
;; RUN: not mswasm run --invoke=call_jump %s 2>&1 | FileCheck %s --check-prefix=CJUMP
;; CJUMP: ERROR: bad-indirect-call
;; RUN: not mswasm run --invoke=call_mismatch %s 2>&1 | FileCheck %s --check-prefix=CMISMATCH
;; CMISMATCH: ERROR: signature-mismatch
;; RUN: not mswasm run --invoke=call_mismatch_result %s 2>&1 | FileCheck %s --check-prefix=CMISRES
;; CMISRES: ERROR: signature-mismatch
;; RUN: not mswasm run --invoke=call_forged %s 2>&1 | FileCheck %s --check-prefix=CFORGED
;; CFORGED: ERROR: pointer-built-from-data
;; RUN: not mswasm run --invoke=read_code %s 2>&1 | FileCheck %s --check-prefix=READCODE
;; READCODE: ERROR: code-handle-access
;; RUN: not mswasm run --invoke=call_bad_slice %s 2>&1 | FileCheck %s --check-prefix=CSLICE
;; CSLICE: ERROR: slice-out-of-bounds
(module
  (type $i_i (func (param i32) (result i32)))
  (type $i_i_again (func (param i32) (result i32)))
  (type $i_l (func (param i32) (result i64)))
  (type $i_d (func (param i32) (result f64)))
  (type $v_i (func (result i32)))
  (type $v_l (func (result i64)))
  (import "mswasm" "args_count" (func $args_count (type $v_i)))
  (segment $table (size 32) (align 16) (reloc 0 (func $square)) (reloc 16 (func $sum_to)))
  (func $square (type $i_i) local.get 0 local.get 0 i32.mul)
  (func $neg64 (type $i_l) i64.const 0 local.get 0 i64.extend_i32_s i64.sub)
  (func $half (type $i_d) local.get 0 f64.convert_i32_s f64.const 0.5 f64.mul)
  (func $sum_to (type $i_i)
    local.get 0
    i32.eqz
    if (result i32)
      i32.const 0
    else
      local.get 0
      local.get 0
      i32.const 1
      i32.sub
      global.segment $table
      handle.segload offset=16
      call.handle $i_i
      i32.add
    end)
  ;; square via the type and via a structurally equal type; neg64; half; the import.
  (func (export "calls") (param i32) (result i32 i64 f64 i32)
    local.get 0
    func.handle $square
    call.handle $i_i_again
    local.get 0
    func.handle $neg64
    call.handle $i_l
    local.get 0
    func.handle $half
    call.handle $i_d
    func.handle $args_count
    call.handle $v_i)
  ;; results: >= 0x10000, 16-aligned, the same function gives equal handles, a zero-length slice
  ;; of a code handle is the same handle; different functions (and an import) differ; not null.
  (func (export "addresses") (result i32 i32 i32 i32 i32 i32 i32)
    func.handle $square
    handle.get_addr
    i32.const 0x10000
    i32.ge_u
    func.handle $half
    handle.get_addr
    i32.const 15
    i32.and
    i32.eqz
    func.handle $square
    func.handle $square
    handle.eq
    func.handle $square
    i32.const 0
    handle.slice
    func.handle $square
    handle.eq
    func.handle $square
    func.handle $half
    handle.eq
    func.handle $square
    func.handle $args_count
    handle.eq
    func.handle $args_count
    handle.is_null)
  ;; through a relocation (square 6), through handle.segstore/segload (sum_to 4 ... via a heap
  ;; granule: 10*10), and the relocated handle equals func.handle.
  (func (export "stored") (result i32 i32 i32) (local $h handle)
    i32.const 6
    global.segment $table
    handle.segload
    call.handle $i_i
    i32.const 16
    i32.const 16
    segalloc
    local.tee $h
    func.handle $square
    handle.segstore
    i32.const 10
    local.get $h
    handle.segload
    call.handle $i_i
    global.segment $table
    handle.segload offset=16
    func.handle $sum_to
    handle.eq)
  ;; moved off and back (+16 -16, and set_addr to its own address) the handle still calls.
  (func (export "moved_back") (result i32 i32 i32)
    i32.const 4
    func.handle $square
    i32.const 16
    handle.add
    i32.const -16
    handle.add
    call.handle $i_i
    i32.const 5
    func.handle $square
    func.handle $square
    handle.get_addr
    handle.set_addr
    call.handle $i_i
    i32.const 2
    func.handle $square
    i32.const 0x12340
    handle.set_addr
    func.handle $square
    handle.get_addr
    handle.set_addr
    call.handle $i_i)
  (func (export "recurse") (param i32) (result i32)
    local.get 0
    global.segment $table
    handle.segload offset=16
    call.handle $i_i)
  (func (export "call_null") (result i32)
    i32.const 1
    handle.null
    call.handle $i_i)
  (func (export "call_from_int") (result i32)
    i32.const 1
    func.handle $square
    handle.get_addr
    handle.from_int
    call.handle $i_i)
  (func (export "call_heap") (result i32)
    i32.const 1
    i32.const 16
    i32.const 16
    segalloc
    call.handle $i_i)
  (func (export "call_moved") (result i32)
    i32.const 1
    func.handle $square
    i32.const 16
    handle.add
    call.handle $i_i)
  (func (export "call_jump") (result i32) (local $buf handle)
    i32.const 16
    stack.alloc align=16
    local.tee $buf
    jmp.set
    drop
    i32.const 1
    local.get $buf
    handle.segload
    call.handle $i_i)
  (func (export "call_mismatch") (result i64)
    i32.const 1
    func.handle $square
    call.handle $i_l)
  (func (export "call_mismatch_result") (result i32)
    func.handle $args_count
    handle.null
    drop
    drop
    i32.const 3
    func.handle $neg64
    call.handle $i_i)
  ;; the address bytes of a stored code handle, copied as data, do not make a callable handle.
  (func (export "call_forged") (result i32) (local $h handle)
    i32.const 32
    i32.const 16
    segalloc
    local.tee $h
    local.get $h
    func.handle $square
    handle.segstore
    local.get $h
    i32.segload
    i32.segstore offset=16
    i32.const 3
    local.get $h
    handle.segload offset=16
    call.handle $i_i)
  (func (export "read_code") (result i32)
    func.handle $square
    i32.segload8_u)
  ;; a code handle's bound is 0, so a 1-byte slice of it is invalid.
  (func (export "call_bad_slice") (result i32)
    i32.const 1
    func.handle $square
    i32.const 1
    handle.slice
    call.handle $i_i))
