;; Encoding of multi-byte LEB immediates at their length boundaries: indices of every kind, br_table
;; targets, s33 block type indices, memarg offsets and alignments. Most are out of range for this
;; module (so it is assembled without validation), but they are encoded all the same.
;; Expected bytes are derived by hand from opcodes.def and docs/spec.md ("Binary format"), not
;; copied from the tool: `mswasm dis --bytes` prints each instruction as the encoder writes it.
;; RUN: mswasm as --no-validate %s -o %t.mswasm
;; RUN: mswasm dis --bytes %t.mswasm > %t.txt
;; RUN: FileCheck %s --match-full-lines < %t.txt
;; The listing shows the bytes really in the binary's code section, and the text module (before
;; any binary) lists the same.
;; RUN: %python %S/Inputs/check-listing.py %t.mswasm %t.txt
;; RUN: mswasm dis --bytes %s | FileCheck %s --match-full-lines
(module
  ;; Indices are u32 LEBs: 127 is 1 byte, 128 is 2 (80 01), 16384 is 3 (80 80 01), 2^21 is 4, 2^28
  ;; and 2^32-1 are 5 (ff ff ff ff 0f).
  ;; CHECK-LABEL: func 0 $indices:
  ;; CHECK-NEXT: 10 80 01 call 128
  ;; CHECK-NEXT: 10 ff ff ff ff 0f call 4294967295
  ;; CHECK-NEXT: 20 80 80 01 local.get 16384
  ;; CHECK-NEXT: 21 ff ff 7f local.set 2097151
  ;; CHECK-NEXT: 22 ff ff ff ff 0f local.tee 4294967295
  ;; CHECK-NEXT: 23 80 80 80 01 global.get 2097152
  ;; CHECK-NEXT: 24 80 80 80 80 01 global.set 268435456
  ;; CHECK-NEXT: fa 50 80 01 func.handle 128
  ;; CHECK-NEXT: fa 24 ac 02 global.segment 300
  ;; CHECK-NEXT: fa 51 c8 01 call.handle (type 200)
  ;; CHECK-NEXT: fa 51 80 80 01 call.handle (type 16384)
  ;; CHECK-NEXT: 0c 7f br 127
  ;; CHECK-NEXT: 0d 80 01 br_if 128
  ;; CHECK-NEXT: 0e 03 80 01 ff 7f 80 80 01 ff ff ff ff 0f br_table 128 16383 16384 4294967295
  ;; CHECK-NEXT: 0b end
  (func $indices
    call 128
    call 4294967295
    local.get 16384
    local.set 2097151
    local.tee 4294967295
    global.get 2097152
    global.set 268435456
    func.handle 128
    global.segment 300
    call.handle (type 200)
    call.handle 16384
    br 127
    br_if 128
    br_table 128 16383 16384 4294967295)

  ;; A block type index is an s33 LEB: 63 is one byte (3f), but 64 needs two (c0 00) since bit 6 of a
  ;; last byte is the sign; 8192 needs three (80 c0 00).
  ;; CHECK-LABEL: func 1 $block_types:
  ;; CHECK-NEXT: 02 3f block (type 63)
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 02 c0 00 block (type 64)
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 03 ff 3f loop (type 8191)
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 03 80 c0 00 loop (type 8192)
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 04 ff ff ff ff 0f if (type 4294967295)
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 0b end
  (func $block_types
    block (type 63)
    end
    block (type 64)
    end
    loop (type 8191)
    end
    loop (type 8192)
    end
    if (type 4294967295)
    end)

  ;; Alignments above the access size (and stack.alloc's above 2^16) are encodable but invalid.
  ;; CHECK-LABEL: func 2 $memargs:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 00 03 ff ff ff ff 0f i32.segload offset=4294967295 align=8
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0e 05 00 handle.segload align=32
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 09 1f 00 i64.segload8_u align=2147483648
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 01 i32.const 1
  ;; CHECK-NEXT: fa 22 11 stack.alloc align=131072
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 01 i32.const 1
  ;; CHECK-NEXT: fa 22 1f stack.alloc align=2147483648
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $memargs (param handle)
    local.get 0
    i32.segload offset=4294967295 align=8
    drop
    local.get 0
    handle.segload align=32
    drop
    local.get 0
    i64.segload8_u align=2147483648
    drop
    i32.const 1
    stack.alloc align=131072
    drop
    i32.const 1
    stack.alloc align=2147483648
    drop))
