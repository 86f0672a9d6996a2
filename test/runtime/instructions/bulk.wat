;; Execution results of segment.fill (memset: low byte of the value, n unsigned, n = 0 checks
;; nothing, clears the tags of touched granules) and segment.copy (memmove: overlap in both
;; directions behaves as through a temporary buffer; n = 0 checks nothing; dst is checked before
;; src; co-aligned whole granules carry their tags and handles, other touched destination
;; granules lose theirs; read-only destinations trap).
;; RUN: mswasm run --invoke=fill %s | FileCheck %s --match-full-lines --check-prefix=FILL
;; FILL: i32 0
;; FILL-NEXT: i32 171
;; FILL-NEXT: i32 171
;; FILL-NEXT: i32 0
;; FILL-NEXT: i32 -1414812757
;; FILL-NOT: {{.}}
;; RUN: mswasm run --invoke=fill_zero_len %s | FileCheck %s --match-full-lines --check-prefix=FILL0
;; FILL0: i32 1
;; RUN: not mswasm run --invoke=fill_past_end %s 2>&1 | FileCheck %s --check-prefix=FILLEND
;; FILLEND: ERROR: heap-buffer-overflow
;; RUN: not mswasm run --invoke=fill_huge %s 2>&1 | FileCheck %s --check-prefix=FILLHUGE
;; FILLHUGE: ERROR: heap-buffer-overflow
;; RUN: not mswasm run --invoke=fill_read_only %s 2>&1 | FileCheck %s --check-prefix=FILLRO
;; FILLRO: ERROR: write-to-read-only
;; RUN: not mswasm run --invoke=fill_clears_tag %s 2>&1 | FileCheck %s --check-prefix=FILLTAG
;; FILLTAG: ERROR: pointer-built-from-data
;; RUN: mswasm run --invoke=fill_zero_granule %s | FileCheck %s --match-full-lines --check-prefix=FILLZG
;; FILLZG: i32 1
;; RUN: mswasm run --invoke=copy_overlap %s | FileCheck %s --match-full-lines --check-prefix=OVERLAP
;; OVERLAP: i64 3978425819141910832
;; OVERLAP-NEXT: i64 3833745473465758000
;; OVERLAP-NEXT: i64 3978428026788786994
;; OVERLAP-NOT: {{.}}
;; RUN: mswasm run --invoke=copy_between %s | FileCheck %s --match-full-lines --check-prefix=BETWEEN
;; BETWEEN: i32 1
;; BETWEEN-NEXT: i32 67305985
;; BETWEEN-NEXT: i32 0
;; BETWEEN-NOT: {{.}}
;; RUN: mswasm run --invoke=copy_zero_len %s | FileCheck %s --match-full-lines --check-prefix=COPY0
;; COPY0: i32 1
;; RUN: not mswasm run --invoke=copy_src_past_end %s 2>&1 | FileCheck %s --check-prefix=SRCEND
;; SRCEND: ERROR: heap-buffer-overflow
;; RUN: not mswasm run --invoke=copy_dst_checked_first %s 2>&1 | FileCheck %s --check-prefix=DSTFIRST
;; DSTFIRST: ERROR: use-after-free
;; RUN: not mswasm run --invoke=copy_null_src %s 2>&1 | FileCheck %s --check-prefix=NULLSRC
;; NULLSRC: ERROR: null-dereference
;; RUN: not mswasm run --invoke=copy_to_read_only %s 2>&1 | FileCheck %s --check-prefix=COPYRO
;; COPYRO: ERROR: write-to-read-only
;; RUN: mswasm run --invoke=copy_from_read_only %s | FileCheck %s --match-full-lines --check-prefix=FROMRO
;; FROMRO: i32 7
;; RUN: mswasm run --invoke=copy_moves_tags %s | FileCheck %s --match-full-lines --check-prefix=TAGS
;; TAGS: i32 1
;; TAGS-NEXT: i32 1
;; TAGS-NEXT: i32 11
;; TAGS-NEXT: i32 22
;; TAGS-NOT: {{.}}
;; RUN: mswasm run --invoke=copy_overlap_tags %s | FileCheck %s --match-full-lines --check-prefix=OVTAGS
;; OVTAGS: i32 1
;; OVTAGS-NEXT: i32 1
;; OVTAGS-NEXT: i32 1
;; OVTAGS-NOT: {{.}}
;; RUN: mswasm run --invoke=copy_misaligned_data %s | FileCheck %s --match-full-lines --check-prefix=MISDATA
;; MISDATA: i32 1
;; MISDATA-NEXT: i32 0
;; MISDATA-NOT: {{.}}
;; RUN: not mswasm run --invoke=copy_misaligned_use %s 2>&1 | FileCheck %s --check-prefix=MISUSE
;; MISUSE: ERROR: pointer-built-from-data
;; RUN: not mswasm run --invoke=copy_partial_granule_use %s 2>&1 | FileCheck %s --check-prefix=PARTUSE
;; PARTUSE: ERROR: pointer-built-from-data
;; RUN: mswasm run --invoke=copy_untagged_over_tagged %s | FileCheck %s --match-full-lines --check-prefix=UNTAGOVER
;; UNTAGOVER: i32 1
;; RUN: mswasm run --invoke=copy_onto_itself %s | FileCheck %s --match-full-lines --check-prefix=SELFCOPY
;; SELFCOPY: i32 1
;; RUN: not mswasm run --invoke=copy_read_only_dst_null_src %s 2>&1 | FileCheck %s --check-prefix=ROBEFORESRC
;; ROBEFORESRC: ERROR: write-to-read-only
;; RUN: not mswasm run --invoke=copy_null_dst_oob_src %s 2>&1 | FileCheck %s --check-prefix=NULLDST
;; NULLDST: ERROR: null-dereference
;; RUN: not mswasm run --invoke=copy_freed_src %s 2>&1 | FileCheck %s --check-prefix=FREEDSRC
;; FREEDSRC: ERROR: use-after-free
;; RUN: mswasm run --invoke=fill_read_only_zero_len %s | FileCheck %s --match-full-lines --check-prefix=FILLRO0
;; FILLRO0: i32 1
(module
  (segment $ro (size 16) (align 16) (readonly) (data "\07"))
  (func $seg (param i32) (result handle)
    local.get 0
    i32.const 16
    segalloc)
  ;; 10 bytes of 0xab at offset 3 of a 16-byte segment: bytes 2, 3, 12, 13, then the i32 at 4.
  (func (export "fill") (result i32 i32 i32 i32 i32) (local $h handle)
    i32.const 16
    call $seg
    local.tee $h
    i32.const 3
    handle.add
    i32.const 0x1ab
    i32.const 10
    segment.fill
    local.get $h
    i32.segload8_u offset=2
    local.get $h
    i32.segload8_u offset=3
    local.get $h
    i32.segload8_u offset=12
    local.get $h
    i32.segload8_u offset=13
    local.get $h
    i32.segload offset=4)
  (func (export "fill_zero_len") (result i32)
    handle.null
    i32.const 1
    i32.const 0
    segment.fill
    i32.const 16
    call $seg
    i32.const 100
    handle.add
    i32.const 1
    i32.const 0
    segment.fill
    i32.const 1)
  (func (export "fill_past_end")
    i32.const 16
    call $seg
    i32.const 8
    handle.add
    i32.const 0
    i32.const 9
    segment.fill)
  (func (export "fill_huge")
    i32.const 16
    call $seg
    i32.const 0
    i32.const -1
    segment.fill)
  (func (export "fill_read_only")
    global.segment $ro
    i32.const 0
    i32.const 1
    segment.fill)
  (func $tagged (result handle) (local $h handle) (local $t handle)
    i32.const 32
    call $seg
    local.tee $h
    i32.const 16
    call $seg
    handle.segstore
    local.get $h)
  (func (export "fill_clears_tag") (result i32) (local $h handle)
    call $tagged
    local.tee $h
    i32.const 15
    handle.add
    i32.const 0
    i32.const 1
    segment.fill
    local.get $h
    handle.segload
    i32.segload)
  (func (export "fill_zero_granule") (result i32) (local $h handle)
    call $tagged
    local.tee $h
    i32.const 0
    i32.const 16
    segment.fill
    local.get $h
    handle.segload
    handle.is_null)
  ;; "01234567" then: copy [0,6) to 2 (forward overlap) -> "01012345";
  ;; on a fresh "01234567" copy [2,8) to 0 (backward overlap) -> "23456767".
  ;; Results are the 8 bytes as little-endian i64: original, forward, backward.
  (func $digits (result handle) (local $h handle)
    i32.const 8
    call $seg
    local.tee $h
    i64.const 0x3736353433323130
    i64.segstore
    local.get $h)
  (func (export "copy_overlap") (result i64 i64 i64) (local $h handle)
    call $digits
    i64.segload
    call $digits
    local.tee $h
    i32.const 2
    handle.add
    local.get $h
    i32.const 6
    segment.copy
    local.get $h
    i64.segload
    call $digits
    local.tee $h
    local.get $h
    i32.const 2
    handle.add
    i32.const 6
    segment.copy
    local.get $h
    i64.segload)
  ;; copy 4 bytes from one heap segment into another at offset 12; the byte
  ;; after them stays 0.
  (func (export "copy_between") (result i32 i32 i32) (local $a handle) (local $b handle)
    i32.const 8
    call $seg
    local.tee $a
    i32.const 0x04030201
    i32.segstore
    i32.const 20
    call $seg
    local.tee $b
    i32.const 12
    handle.add
    local.get $a
    i32.const 4
    segment.copy
    local.get $b
    i32.segload8_u offset=12
    local.get $b
    i32.segload offset=12
    local.get $b
    i32.segload8_u offset=16)
  (func (export "copy_zero_len") (result i32)
    handle.null
    i32.const 0x10000
    handle.from_int
    i32.const 0
    segment.copy
    i32.const 1)
  (func (export "copy_src_past_end")
    i32.const 16
    call $seg
    i32.const 8
    call $seg
    i32.const 9
    segment.copy)
  (func (export "copy_dst_checked_first") (local $d handle)
    i32.const 16
    call $seg
    local.tee $d
    segfree
    local.get $d
    handle.null
    i32.const 4
    segment.copy)
  (func (export "copy_null_src")
    i32.const 16
    call $seg
    handle.null
    i32.const 4
    segment.copy)
  (func (export "copy_to_read_only")
    global.segment $ro
    i32.const 16
    call $seg
    i32.const 1
    segment.copy)
  (func (export "copy_from_read_only") (result i32) (local $h handle)
    i32.const 16
    call $seg
    local.tee $h
    global.segment $ro
    i32.const 16
    segment.copy
    local.get $h
    i32.segload)
  ;; two handles (to segments holding 11 and 22) at granules 0 and 1 of a 32-byte segment are
  ;; copied whole and co-aligned to granules 1 and 2 of another; both come back as handles.
  (func (export "copy_moves_tags") (result i32 i32 i32 i32)
    (local $src handle) (local $dst handle) (local $x handle) (local $y handle)
    i32.const 4
    call $seg
    local.tee $x
    i32.const 11
    i32.segstore
    i32.const 4
    call $seg
    local.tee $y
    i32.const 22
    i32.segstore
    i32.const 32
    call $seg
    local.tee $src
    local.get $x
    handle.segstore
    local.get $src
    local.get $y
    handle.segstore offset=16
    i32.const 48
    call $seg
    local.tee $dst
    i32.const 16
    handle.add
    local.get $src
    i32.const 32
    segment.copy
    local.get $dst
    handle.segload offset=16
    local.get $x
    handle.eq
    local.get $dst
    handle.segload offset=32
    local.get $y
    handle.eq
    local.get $dst
    handle.segload offset=16
    i32.segload
    local.get $dst
    handle.segload offset=32
    i32.segload)
  ;; overlapping co-aligned copy of granules [0,32) to [16,48): granule 1 gets granule 0's handle
  ;; and granule 2 gets granule 1's (old) handle; granule 0 keeps its own.
  (func (export "copy_overlap_tags") (result i32 i32 i32)
    (local $h handle) (local $x handle) (local $y handle)
    i32.const 4
    call $seg
    local.set $x
    i32.const 4
    call $seg
    local.set $y
    i32.const 48
    call $seg
    local.tee $h
    local.get $x
    handle.segstore
    local.get $h
    local.get $y
    handle.segstore offset=16
    local.get $h
    i32.const 16
    handle.add
    local.get $h
    i32.const 32
    segment.copy
    local.get $h
    handle.segload offset=16
    local.get $x
    handle.eq
    local.get $h
    handle.segload offset=32
    local.get $y
    handle.eq
    local.get $h
    handle.segload
    local.get $x
    handle.eq)
  ;; copying a tagged granule to a destination 8 bytes off (not co-aligned) moves the bytes only:
  ;; the address arrives as data at dst+8 (bytes 12-15 zero), and the granule it lands in reads as
;; an invalid (from-data) handle, not as the handle.
  (func $misaligned (result handle handle) (local $src handle) (local $dst handle) (local $x handle)
    i32.const 4
    call $seg
    local.set $x
    i32.const 16
    call $seg
    local.tee $src
    local.get $x
    handle.segstore
    i32.const 48
    call $seg
    local.tee $dst
    i32.const 8
    handle.add
    local.get $src
    i32.const 16
    segment.copy
    local.get $dst
    local.get $x)
  (func (export "copy_misaligned_data") (result i32 i32) (local $dst handle) (local $x handle)
    call $misaligned
    local.set $x
    local.tee $dst
    i32.segload offset=8
    local.get $x
    handle.get_addr
    i32.eq
    local.get $dst
    i32.segload offset=12)
  (func (export "copy_misaligned_use") (result i32)
    call $misaligned
    drop
    handle.segload
    i32.segload)
  ;; co-aligned but only 8 bytes of the granule: the destination granule is not covered whole.
  (func (export "copy_partial_granule_use") (result i32) (local $dst handle)
    i32.const 16
    call $seg
    local.tee $dst
    call $tagged
    i32.const 8
    segment.copy
    local.get $dst
    handle.segload
    i32.segload)
  (func (export "copy_untagged_over_tagged") (result i32) (local $h handle)
    call $tagged
    local.tee $h
    i32.const 16
    call $seg
    i32.const 16
    segment.copy
    local.get $h
    handle.segload
    handle.is_null)
  ;; a copy of a range onto itself keeps its tagged granules.
  (func (export "copy_onto_itself") (result i32) (local $h handle)
    i32.const 32
    call $seg
    local.tee $h
    local.get $h
    handle.segstore offset=16
    local.get $h
    local.get $h
    i32.const 32
    segment.copy
    local.get $h
    handle.segload offset=16
    local.get $h
    handle.eq)
  ;; dst is checked completely (read-only included) before src.
  (func (export "copy_read_only_dst_null_src")
    global.segment $ro
    handle.null
    i32.const 4
    segment.copy)
  (func (export "copy_null_dst_oob_src")
    handle.null
    i32.const 16
    call $seg
    i32.const 100
    segment.copy)
  (func (export "copy_freed_src") (local $s handle)
    i32.const 16
    call $seg
    local.tee $s
    segfree
    i32.const 16
    call $seg
    local.get $s
    i32.const 4
    segment.copy)
  (func (export "fill_read_only_zero_len") (result i32)
    global.segment $ro
    i32.const 0
    i32.const 0
    segment.fill
    i32.const 1))
