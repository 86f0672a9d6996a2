;; Execution results of segment allocation and release: segalloc (zeroed, aligned to
;; max(16, align), addresses >= 0x10000 and disjoint, size 0 gets its own address, bad alignments
;; trap invalid-alignment, exhaustion gives null), segfree (use-after-free, double-free,
;; invalid-free of interior/stack/global/code handles, no-op on null), stack.alloc (zeroed,
;; aligned, dies with its frame), stack.free/stack.reopen (use-after-scope in between, reopen
;; zeroes, both idempotent, invalid-free of anything but the current frame's segment) and
;; global.segment (init bytes then zeros, relocations with addends, writes persist).
;; RUN: mswasm run --invoke=alloc_props %s | FileCheck %s --match-full-lines --check-prefix=ALLOC
;; ALLOC: i32 0
;; ALLOC-NEXT: i32 1
;; ALLOC-NEXT: i32 1
;; ALLOC-NEXT: i32 1
;; ALLOC-NEXT: i32 1
;; ALLOC-NEXT: i32 1
;; ALLOC-NEXT: i32 1
;; ALLOC-NOT: {{.}}
;; RUN: mswasm run --invoke=alloc_align %s -- 65536 | FileCheck %s --match-full-lines --check-prefix=ALIGN64K
;; ALIGN64K: i32 0
;; RUN: mswasm run --invoke=alloc_align %s -- 1 | FileCheck %s --match-full-lines --check-prefix=ALIGN1
;; ALIGN1: i32 0
;; RUN: mswasm run --invoke=alloc_align %s -- 256 | FileCheck %s --match-full-lines --check-prefix=ALIGN256
;; ALIGN256: i32 0
;; RUN: not mswasm run --invoke=alloc_align %s -- 3 2>&1 | FileCheck %s --check-prefix=ALIGN3
;; ALIGN3: ERROR: invalid-alignment
;; RUN: not mswasm run --invoke=alloc_align %s -- 0 2>&1 | FileCheck %s --check-prefix=ALIGN0
;; ALIGN0: ERROR: invalid-alignment
;; RUN: not mswasm run --invoke=alloc_align %s -- 131072 2>&1 | FileCheck %s --check-prefix=ALIGNBIG
;; ALIGNBIG: ERROR: invalid-alignment
;; RUN: mswasm run --invoke=alloc_null %s -- -1 | FileCheck %s --match-full-lines --check-prefix=HUGE
;; HUGE: i32 1
;; RUN: mswasm run --max-memory=4096 --invoke=alloc_null %s -- 8192 | FileCheck %s --match-full-lines --check-prefix=OVERMAX
;; OVERMAX: i32 1
;; RUN: mswasm run --max-memory=4096 --invoke=alloc_null %s -- 1024 | FileCheck %s --match-full-lines --check-prefix=UNDERMAX
;; UNDERMAX: i32 0
;; RUN: mswasm run --max-memory=4096 --invoke=free_returns_memory %s | FileCheck %s --match-full-lines --check-prefix=FREEMEM
;; FREEMEM: i32 1
;; FREEMEM-NEXT: i32 0
;; FREEMEM-NOT: {{.}}
;; RUN: mswasm run --invoke=free_then_alloc %s | FileCheck %s --match-full-lines --check-prefix=REALLOC
;; REALLOC: i32 0
;; RUN: not mswasm run --invoke=use_after_free %s 2>&1 | FileCheck %s --check-prefix=UAF
;; UAF: ERROR: use-after-free
;; RUN: not mswasm run --invoke=double_free %s 2>&1 | FileCheck %s --check-prefix=DFREE
;; DFREE: ERROR: double-free
;; RUN: mswasm run --invoke=free_null %s | FileCheck %s --match-full-lines --check-prefix=FREENULL
;; FREENULL: i32 1
;; RUN: not mswasm run --invoke=free_interior %s 2>&1 | FileCheck %s --check-prefix=FREEINT
;; FREEINT: ERROR: invalid-free
;; RUN: not mswasm run --invoke=free_stack %s 2>&1 | FileCheck %s --check-prefix=FREESTACK
;; FREESTACK: ERROR: invalid-free
;; RUN: not mswasm run --invoke=free_global %s 2>&1 | FileCheck %s --check-prefix=FREEGLOBAL
;; FREEGLOBAL: ERROR: invalid-free
;; RUN: not mswasm run --invoke=free_code %s 2>&1 | FileCheck %s --check-prefix=FREECODE
;; FREECODE: ERROR: invalid-free
;; RUN: not mswasm run --invoke=free_from_int %s 2>&1 | FileCheck %s --check-prefix=FREEINT2
;; FREEINT2: ERROR: pointer-built-from-data
;; RUN: mswasm run --invoke=free_zero_size %s | FileCheck %s --match-full-lines --check-prefix=FREEZERO
;; FREEZERO: i32 1
;; RUN: mswasm run --invoke=stack_props %s | FileCheck %s --match-full-lines --check-prefix=STACK
;; STACK: i32 0
;; STACK-NEXT: i32 0
;; STACK-NEXT: i32 1
;; STACK-NEXT: i32 1
;; STACK-NEXT: i32 42
;; STACK-NOT: {{.}}
;; RUN: not mswasm run --invoke=stack_after_return %s 2>&1 | FileCheck %s --check-prefix=UAR
;; UAR: ERROR: use-after-return
;; RUN: not mswasm run --max-memory=4096 --invoke=stack_exhausted %s 2>&1 | FileCheck %s --check-prefix=SEXH
;; SEXH: ERROR: stack-exhausted
;; RUN: mswasm run --invoke=scopes %s | FileCheck %s --match-full-lines --check-prefix=SCOPES
;; SCOPES: i32 5
;; SCOPES-NEXT: i32 0
;; SCOPES-NEXT: i32 1
;; SCOPES-NOT: {{.}}
;; RUN: not mswasm run --invoke=use_after_scope %s 2>&1 | FileCheck %s --check-prefix=UAS
;; UAS: ERROR: use-after-scope
;; RUN: not mswasm run --invoke=stack_free_heap %s 2>&1 | FileCheck %s --check-prefix=SFHEAP
;; SFHEAP: ERROR: invalid-free
;; RUN: not mswasm run --invoke=stack_free_null %s 2>&1 | FileCheck %s --check-prefix=SFNULL
;; SFNULL: ERROR: invalid-free
;; RUN: not mswasm run --invoke=stack_free_interior %s 2>&1 | FileCheck %s --check-prefix=SFINT
;; SFINT: ERROR: invalid-free
;; RUN: not mswasm run --invoke=stack_free_other_frame %s 2>&1 | FileCheck %s --check-prefix=SFOTHER
;; SFOTHER: ERROR: invalid-free
;; RUN: not mswasm run --invoke=stack_free_from_int %s 2>&1 | FileCheck %s --check-prefix=SFFROMINT
;; SFFROMINT: ERROR: pointer-built-from-data
;; RUN: not mswasm run --invoke=stack_reopen_heap %s 2>&1 | FileCheck %s --check-prefix=SRHEAP
;; SRHEAP: ERROR: invalid-free
;; RUN: not mswasm run --invoke=stack_reopen_slice %s 2>&1 | FileCheck %s --check-prefix=SRSLICE
;; SRSLICE: ERROR: slice-out-of-bounds
;; RUN: mswasm run --invoke=globals %s | FileCheck %s --match-full-lines --check-prefix=GLOBALS
;; GLOBALS: i32 1684234849
;; GLOBALS-NEXT: i32 0
;; GLOBALS-NEXT: i32 1
;; GLOBALS-NEXT: i32 0
;; GLOBALS-NEXT: i32 1
;; GLOBALS-NEXT: i32 4
;; GLOBALS-NEXT: i32 98
;; GLOBALS-NOT: {{.}}
;; RUN: mswasm run --invoke=global_persists %s | FileCheck %s --match-full-lines --check-prefix=GPERSIST
;; GPERSIST: i32 1
;; GPERSIST-NEXT: i32 2
;; GPERSIST-NOT: {{.}}
;; RUN: mswasm run --invoke=stack_zero_size %s | FileCheck %s --match-full-lines --check-prefix=STACK0
;; STACK0: i32 0
;; STACK0-NEXT: i32 0
;; STACK0-NOT: {{.}}
;; RUN: not mswasm run --invoke=stack_zero_size_use %s 2>&1 | FileCheck %s --check-prefix=STACK0USE
;; STACK0USE: ERROR: stack-buffer-overflow
;; RUN: not mswasm run --invoke=stack_huge %s 2>&1 | FileCheck %s --check-prefix=STACKHUGE
;; STACKHUGE: ERROR: stack-exhausted
;; RUN: mswasm run --invoke=reloc_out_of_range %s | FileCheck %s --match-full-lines --check-prefix=RELOCNEG
;; RELOCNEG: i32 -8
;; RELOCNEG-NEXT: i32 1684234849
;; RELOCNEG-NOT: {{.}}
;; RUN: not mswasm run --invoke=reloc_out_of_range_use %s 2>&1 | FileCheck %s --check-prefix=RELOCNEGUSE
;; RELOCNEGUSE: ERROR: global-buffer-overflow
;; RUN: not mswasm run --invoke=free_interior_of_freed %s 2>&1 | FileCheck %s --check-prefix=FREEINTFREED
;; FREEINTFREED: ERROR: invalid-free
;; RUN: not mswasm run --invoke=stack_reopen_null %s 2>&1 | FileCheck %s --check-prefix=SRNULL
;; SRNULL: ERROR: invalid-free
(module
  (segment $data (size 40) (align 64) (data "abcd"))
  (segment $ptrs (size 32) (align 16) (reloc 0 (segment $data 4)) (reloc 16 (segment $data -8)))
  (segment $counter (size 4))
  (func $nop)
  ;; results: a fresh segment reads as zero; address >= 0x10000; 16-aligned; two segments are
  ;; disjoint; size 0 gets an address distinct from both others; and >= 0x10000.
  (func (export "alloc_props") (result i32 i32 i32 i32 i32 i32 i32)
    (local $a handle) (local $b handle) (local $z handle)
    i32.const 24
    i32.const 1
    segalloc
    local.tee $a
    i64.segload offset=16
    i32.wrap_i64
    local.get $a
    handle.get_addr
    i32.const 0x10000
    i32.ge_u
    local.get $a
    handle.get_addr
    i32.const 15
    i32.and
    i32.eqz
    i32.const 24
    i32.const 1
    segalloc
    local.set $b
    ;; disjoint: b >= a + 24 or a >= b + 24
    local.get $b
    handle.get_addr
    local.get $a
    handle.get_addr
    i32.const 24
    i32.add
    i32.ge_u
    local.get $a
    handle.get_addr
    local.get $b
    handle.get_addr
    i32.const 24
    i32.add
    i32.ge_u
    i32.or
    i32.const 0
    i32.const 16
    segalloc
    local.tee $z
    local.get $a
    handle.eq
    i32.eqz
    local.get $z
    local.get $b
    handle.eq
    i32.eqz
    i32.and
    local.get $z
    handle.is_null
    i32.eqz
    local.get $z
    handle.get_addr
    i32.const 0x10000
    i32.ge_u)
  ;; address mod max(16, align)
  (func (export "alloc_align") (param $align i32) (result i32)
    i32.const 10
    local.get $align
    segalloc
    handle.get_addr
    local.get $align
    i32.const 16
    local.get $align
    i32.const 16
    i32.gt_u
    select
    i32.rem_u)
  (func (export "alloc_null") (param i32) (result i32)
    local.get 0
    i32.const 16
    segalloc
    handle.is_null)
  ;; with --max-memory=4096: 3000 fits, a second 3000 does not; after freeing the first it does.
  (func (export "free_returns_memory") (result i32 i32) (local $a handle)
    i32.const 3000
    i32.const 16
    segalloc
    local.set $a
    i32.const 3000
    i32.const 16
    segalloc
    handle.is_null
    local.get $a
    segfree
    i32.const 3000
    i32.const 16
    segalloc
    handle.is_null)
  ;; a segment allocated after a free is zeroed even if it reuses the range.
  (func (export "free_then_alloc") (result i32) (local $a handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $a
    i32.const -1
    i32.segstore
    local.get $a
    segfree
    i32.const 16
    i32.const 16
    segalloc
    i32.segload)
  (func (export "use_after_free") (result i32) (local $a handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $a
    segfree
    i32.const 16
    i32.const 16
    segalloc
    drop
    local.get $a
    i32.segload)
  (func (export "double_free") (local $a handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $a
    segfree
    local.get $a
    segfree)
  (func (export "free_null") (result i32)
    handle.null
    segfree
    handle.null
    i32.const 8
    handle.add
    segfree
    i32.const 0
    handle.from_int
    segfree
    i32.const 1)
  (func (export "free_interior")
    i32.const 16
    i32.const 16
    segalloc
    i32.const 4
    handle.add
    segfree)
  (func (export "free_stack")
    i32.const 16
    stack.alloc
    segfree)
  (func (export "free_global")
    global.segment $data
    segfree)
  (func (export "free_code")
    func.handle $nop
    segfree)
  (func (export "free_from_int")
    i32.const 0x10000
    handle.from_int
    segfree)
  (func (export "free_zero_size") (result i32)
    i32.const 0
    i32.const 16
    segalloc
    segfree
    i32.const 1)
  ;; results: fresh stack bytes are zero; address mod 256 with align=256; address >= 0x10000;
  ;; two stack segments are distinct; a store reads back.
  (func (export "stack_props") (result i32 i32 i32 i32 i32) (local $s handle) (local $t handle)
    i32.const 20
    stack.alloc align=256
    local.tee $s
    i32.segload offset=16
    local.get $s
    handle.get_addr
    i32.const 255
    i32.and
    local.get $s
    handle.get_addr
    i32.const 0x10000
    i32.ge_u
    i32.const 20
    stack.alloc
    local.tee $t
    local.get $s
    handle.eq
    i32.eqz
    local.get $t
    i32.const 42
    i32.segstore offset=16
    local.get $t
    i32.segload offset=16)
  (func $leak (result handle)
    i32.const 8
    stack.alloc)
  (func (export "stack_after_return") (result i32)
    call $leak
    i32.segload)
  (func (export "stack_exhausted") (result i32)
    i32.const 8192
    stack.alloc
    i32.segload)
  ;; reopen of an open segment does nothing (5 stays); free, free, reopen: zero; a store after
  ;; reopen works.
  (func (export "scopes") (result i32 i32 i32) (local $s handle)
    i32.const 4
    stack.alloc align=4
    local.tee $s
    i32.const 5
    i32.segstore
    local.get $s
    stack.reopen
    local.get $s
    i32.segload
    local.get $s
    stack.free
    local.get $s
    stack.free
    local.get $s
    stack.reopen
    local.get $s
    i32.segload
    local.get $s
    i32.const 1
    i32.segstore
    local.get $s
    i32.segload)
  (func (export "use_after_scope") (result i32) (local $s handle)
    i32.const 4
    stack.alloc
    local.tee $s
    stack.free
    local.get $s
    i32.segload)
  (func (export "stack_free_heap")
    i32.const 16
    i32.const 16
    segalloc
    stack.free)
  (func (export "stack_free_null")
    handle.null
    stack.free)
  (func (export "stack_free_interior")
    i32.const 16
    stack.alloc
    i32.const 4
    handle.add
    stack.free)
  (func $free_it (param handle)
    local.get 0
    stack.free)
  (func (export "stack_free_other_frame")
    i32.const 16
    stack.alloc
    call $free_it)
  (func (export "stack_free_from_int")
    i32.const 0x10000
    handle.from_int
    stack.free)
  (func (export "stack_reopen_heap")
    i32.const 16
    i32.const 16
    segalloc
    stack.reopen)
  (func (export "stack_reopen_slice")
    i32.const 16
    stack.alloc
    i32.const 32
    handle.slice
    stack.reopen)
  ;; results: "abcd" as i32; bytes past init are zero; 64-aligned; the same handle each time
  ;; (eqz of eq gives 0); relocation 0 is a global handle to $data with offset 4: equal to
  ;; $data + 4, its offset, and the byte it reaches 3 bytes lower ('b' = 98).
  (func (export "globals") (result i32 i32 i32 i32 i32 i32 i32)
    global.segment $data
    i32.segload
    global.segment $data
    i32.segload offset=36
    global.segment $data
    handle.get_addr
    i32.const 63
    i32.and
    i32.eqz
    global.segment $data
    global.segment $data
    handle.eq
    i32.eqz
    global.segment $ptrs
    handle.segload
    global.segment $data
    i32.const 4
    handle.add
    handle.eq
    global.segment $ptrs
    handle.segload
    handle.get_offset
    global.segment $ptrs
    handle.segload
    i32.const -3
    handle.add
    i32.segload8_u)
  (func $bump (result i32)
    global.segment $counter
    global.segment $counter
    i32.segload
    i32.const 1
    i32.add
    i32.segstore
    global.segment $counter
    i32.segload)
  (func (export "global_persists") (result i32 i32)
    call $bump
    call $bump)
  ;; size-0 stack segments have addresses of their own and are not null.
  (func (export "stack_zero_size") (result i32 i32) (local $a handle) (local $b handle)
    i32.const 0
    stack.alloc
    local.set $a
    i32.const 0
    stack.alloc
    local.set $b
    local.get $a
    local.get $b
    handle.eq
    local.get $a
    handle.is_null)
  (func (export "stack_zero_size_use") (result i32)
    i32.const 0
    stack.alloc
    i32.segload8_u)
  (func (export "stack_huge") (result i32)
    i32.const -1
    stack.alloc
    i32.segload8_u)
  ;; relocation 1 points 8 bytes before $data (like &a[-2]): a handle with offset -8 that
  ;; traps when used as is and reads "abcd" once moved back.
  (func (export "reloc_out_of_range") (result i32 i32)
    global.segment $ptrs
    handle.segload offset=16
    handle.get_offset
    global.segment $ptrs
    handle.segload offset=16
    i32.const 8
    handle.add
    i32.segload)
  (func (export "reloc_out_of_range_use") (result i32)
    global.segment $ptrs
    handle.segload offset=16
    i32.segload)
  ;; segfree tests "interior pointer" (step 4) before "already dead" (step 5).
  (func (export "free_interior_of_freed") (local $h handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $h
    segfree
    local.get $h
    i32.const 4
    handle.add
    segfree)
  (func (export "stack_reopen_null")
    handle.null
    stack.reopen))
