;; Custom sections at every position: before all known sections (no `after`), after each known
;; section the module has (func is the annotations proposal's spelling of function), several at
;; one position (kept in order), empty names and contents, every byte value, and a `mswasm.loc`
;; source-location section (printed as raw bytes, read and written back the same).
(module
  (@custom "first" "at the start")
  (@custom "" "")
  (type $t (func (param i32) (result i32)))
  (import "env" "f" (func $f (type $t)))
  (global $g (mut i32) i32.const 0)
  (segment $s (size 16) (align 16) (data "\01\02"))
  (func $id (type $t) (param $x i32) (result i32)
    local.get $x
    call $f)
  (func $main
    i32.const 1
    call $id
    global.set $g)
  (export "id" (func $id))
  (start $main)
  (@custom "after type" (after type) "\00\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f")
  (@custom "after type 2" (after type) "\10\11\12\13\14\15\16\17\18\19\1a\1b\1c\1d\1e\1f" " !\"#$%&'()*+,-./" "0123456789:;<=>?")
  (@custom "after import" (after import) "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_" "`abcdefghijklmnopqrstuvwxyz{|}~\7f")
  (@custom "after function" (after func) "\80\81\82\83\84\85\86\87\88\89\8a\8b\8c\8d\8e\8f\90\91\92\93\94\95\96\97\98\99\9a\9b\9c\9d\9e\9f")
  (@custom "after global" (after global) "\a0\a1\a2\a3\a4\a5\a6\a7\a8\a9\aa\ab\ac\ad\ae\af\b0\b1\b2\b3\b4\b5\b6\b7\b8\b9\ba\bb\bc\bd\be\bf")
  (@custom "after segment" (after segment) "\c0\c1\c2\c3\c4\c5\c6\c7\c8\c9\ca\cb\cc\cd\ce\cf\d0\d1\d2\d3\d4\d5\d6\d7\d8\d9\da\db\dc\dd\de\df")
  (@custom "after export" (after export) "\e0\e1\e2\e3\e4\e5\e6\e7\e8\e9\ea\eb\ec\ed\ee\ef\f0\f1\f2\f3\f4\f5\f6\f7\f8\f9\fa\fb\fc\fd\fe\ff")
  (@custom "after start" (after start) "\u{e9}t\u{e9}")
  (@custom "after code" (after code) "last")
  (@custom "name\00with nul" (after code))
  ;; files: ["a.c"]; func 1 ($id): instr 0 at a.c:5:3, instr 2 at a.c:6:10.
  (@custom "mswasm.loc" (after code) "\01\03a.c" "\01\01\02" "\00\00\05\03" "\02\00\06\0a"))
