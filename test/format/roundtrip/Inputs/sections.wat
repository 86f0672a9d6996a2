;; Every section kind MSWasm has, with the corner cases of each: types with no, one and several
;; params and results of every value type, types used implicitly (appended by typeuse) and
;; duplicated; imports from several modules with and without names; globals of each value type,
;; mutable and immutable, with each kind of constant initialiser (t.const, handle.null,
;; global.segment, func.handle); segments read-only and writable, empty, with data shorter than
;; their size, with string escapes, at the largest alignment, with relocations of both kinds
;; (addends zero, positive, negative, extreme); functions with many locals of mixed types;
;; several exports of one function; a start function.
(module
  (type $all (func (param i32 i64 f32 f64 handle) (result handle f64 f32 i64 i32)))
  (type $void (func))
  (type $void2 (func))
  (type (func (param handle) (result handle)))
  (import "mswasm" "fd_write" (func $fd_write (param i32 handle i32) (result i32)))
  (import "other" "g" (func (type $all)))
  (import "mswasm" "exit" (func $exit (param i32)))
  (global $i32 i32 i32.const -1)
  (global $i64 (mut i64) i64.const 0x7fffffffffffffff)
  (global $f32 f32 f32.const -0x1.8p-3)
  (global $f64 (mut f64) f64.const 6.02214076e23)
  (global $null (mut handle) handle.null)
  (global $seg handle global.segment $data)
  (global $fn handle func.handle $entry)
  (global $imp handle func.handle $exit)
  (global (mut i32) i32.const 2147483647)
  (segment $data (size 64) (align 16) (readonly) (data "line 1\n" "tab\there\r" "quote\" apos\' back\\" "\00\ff"))
  (segment $empty (size 0) (align 1))
  (segment $bss (size 4096) (align 65536))
  (segment $table (size 96) (align 16)
    (reloc 0 (segment $data))
    (reloc 16 (segment $data 8))
    (reloc 32 (segment $bss -16))
    (reloc 48 (func $entry))
    (reloc 64 (func 0))
    (reloc 80 (segment $table 2147483647)))
  (segment (size 16) (align 16) (readonly) (reloc 0 (segment $table -2147483648)))
  (segment $exact (size 3) (align 2) (readonly) (data "abc"))
  (func $entry (type $void)
    i32.const 1
    global.segment $data
    i32.const 7
    call $fd_write
    drop)
  (func $mixed (type $all) (param $a i32) (param $b i64) (param f32 f64) (param $h handle) (result handle f64 f32 i64 i32)
    (local $l0 i32) (local i64 i64) (local $l3 f32) (local f64 handle handle i32)
    local.get $h
    local.get 3
    local.get 2
    local.get $b
    local.get $a)
  (func $typeuse (param handle) (result handle)
    local.get 0)
  (func $dup (type $void2))
  (func (type 1))
  (export "_start" (func $entry))
  (export "entry again" (func $entry))
  (export "mixed" (func $mixed))
  (export "imported" (func 1))
  (start $dup))
