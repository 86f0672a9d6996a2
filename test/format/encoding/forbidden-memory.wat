;; Encoding of the standard Wasm instructions that are never valid in MSWasm (flags NoMemory and
;; NoTable in opcodes.def): linear-memory loads and stores (0x28-0x3e), memory.size, memory.grow,
;; memory.init, data.drop, memory.copy, memory.fill and call_indirect. The reader decodes them
;; with their immediates so that the validator can name them; `as --no-validate` writes them.
;; Expected bytes are derived by hand from opcodes.def and docs/spec.md ("Binary format"), not
;; copied from the tool: `mswasm dis --bytes` prints each instruction as the encoder writes it.
;; RUN: mswasm as --no-validate %s -o %t.mswasm
;; RUN: mswasm dis --bytes %t.mswasm > %t.txt
;; RUN: FileCheck %s --match-full-lines < %t.txt
;; The listing shows the bytes really in the binary's code section, and the text module (before
;; any binary) lists the same.
;; RUN: %python %S/Inputs/check-listing.py %t.mswasm %t.txt
;; RUN: mswasm dis --bytes %s | FileCheck %s --match-full-lines
;; Without --no-validate, `as` rejects the module; so does `validate` the binary.
;; RUN: not mswasm as %s -o %t.rejected.mswasm 2>&1 | FileCheck %s --check-prefix=REJECTED
;; RUN: not mswasm validate %t.mswasm 2>&1 | FileCheck %s --check-prefix=REJECTED
;; REJECTED: {{.*}} i32.load {{.*}}[memory-instruction]
;; REJECTED: {{.*}} call_indirect {{.*}}[table-instruction]
(module
  (type $t (func))

  ;; Wasm loads 0x28-0x35: memarg = alignlog2:u32 offset:u32, as for segment loads.
  ;; CHECK-LABEL: func 0 $loads:
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 28 02 00 i32.load
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 29 03 00 i64.load
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 2a 02 00 f32.load
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 2b 03 00 f64.load
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 2c 00 00 i32.load8_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 2d 00 00 i32.load8_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 2e 01 00 i32.load16_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 2f 01 00 i32.load16_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 30 00 00 i64.load8_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 31 00 00 i64.load8_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 32 01 00 i64.load16_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 33 01 00 i64.load16_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 34 02 00 i64.load32_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 35 02 00 i64.load32_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 28 00 08 i32.load offset=8 align=1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 29 03 80 01 i64.load offset=128
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $loads
    i32.const 0
    i32.load
    drop
    i32.const 0
    i64.load
    drop
    i32.const 0
    f32.load
    drop
    i32.const 0
    f64.load
    drop
    i32.const 0
    i32.load8_s
    drop
    i32.const 0
    i32.load8_u
    drop
    i32.const 0
    i32.load16_s
    drop
    i32.const 0
    i32.load16_u
    drop
    i32.const 0
    i64.load8_s
    drop
    i32.const 0
    i64.load8_u
    drop
    i32.const 0
    i64.load16_s
    drop
    i32.const 0
    i64.load16_u
    drop
    i32.const 0
    i64.load32_s
    drop
    i32.const 0
    i64.load32_u
    drop
    i32.const 0
    i32.load offset=8 align=1
    drop
    i32.const 0
    i64.load offset=128
    drop)

  ;; Wasm stores 0x36-0x3e.
  ;; CHECK-LABEL: func 1 $stores:
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 36 02 00 i32.store
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 42 00 i64.const 0
  ;; CHECK-NEXT: 37 03 00 i64.store
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 43 00 00 00 00 f32.const 0
  ;; CHECK-NEXT: 38 02 00 f32.store
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 00 00 f64.const 0
  ;; CHECK-NEXT: 39 03 00 f64.store
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 3a 00 00 i32.store8
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 3b 01 00 i32.store16
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 42 00 i64.const 0
  ;; CHECK-NEXT: 3c 00 00 i64.store8
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 42 00 i64.const 0
  ;; CHECK-NEXT: 3d 01 00 i64.store16
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 42 00 i64.const 0
  ;; CHECK-NEXT: 3e 02 00 i64.store32
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 42 00 i64.const 0
  ;; CHECK-NEXT: 3e 02 08 i64.store32 offset=8
  ;; CHECK-NEXT: 0b end
  (func $stores
    i32.const 0
    i32.const 0
    i32.store
    i32.const 0
    i64.const 0
    i64.store
    i32.const 0
    f32.const 0
    f32.store
    i32.const 0
    f64.const 0
    f64.store
    i32.const 0
    i32.const 0
    i32.store8
    i32.const 0
    i32.const 0
    i32.store16
    i32.const 0
    i64.const 0
    i64.store8
    i32.const 0
    i64.const 0
    i64.store16
    i32.const 0
    i64.const 0
    i64.store32
    i32.const 0
    i64.const 0
    i64.store32 offset=8 align=4)

  ;; memory.size (0x3f 0x00) and memory.grow (0x40 0x00) take a memory index byte 0; the bulk memory
  ;; instructions are 0xfc 0x08 memory.init dataidx:u32 0x00, 0xfc 0x09 data.drop dataidx:u32,
  ;; 0xfc 0x0a memory.copy 0x00 0x00, 0xfc 0x0b memory.fill 0x00.
  ;; CHECK-LABEL: func 2 $memory:
  ;; CHECK-NEXT: 3f 00 memory.size
  ;; CHECK-NEXT: 40 00 memory.grow
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: fc 08 00 00 memory.init 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: fc 08 82 01 00 memory.init 130
  ;; CHECK-NEXT: fc 09 00 data.drop 0
  ;; CHECK-NEXT: fc 09 ac 02 data.drop 300
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: fc 0a 00 00 memory.copy
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: fc 0b 00 memory.fill
  ;; CHECK-NEXT: 0b end
  (func $memory
    memory.size
    memory.grow
    drop
    i32.const 0
    i32.const 0
    i32.const 0
    memory.init 0
    i32.const 0
    i32.const 0
    i32.const 0
    memory.init 130
    data.drop 0
    data.drop 300
    i32.const 0
    i32.const 0
    i32.const 0
    memory.copy
    i32.const 0
    i32.const 0
    i32.const 0
    memory.fill)

  ;; call_indirect (0x11) takes typeidx:u32 then tableidx:u32; table 0 is not printed.
  ;; CHECK-LABEL: func 3 $table:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 11 00 00 call_indirect (type $t)
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 11 00 01 call_indirect 1 (type $t)
  ;; CHECK-NEXT: 0b end
  (func $table (param i32)
    local.get 0
    call_indirect (type 0)
    local.get 0
    call_indirect 1 (type $t)))
