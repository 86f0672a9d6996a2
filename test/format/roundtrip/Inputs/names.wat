;; Names for the printer's id rules: characters outside Wasm's idchars ($"..."), UTF-8, escapes,
;; idchars punctuation, names that look like indices, names shared by two entries (kept as
;; (@name "...") annotations), names on every kind of entity (types, imports, functions,
;; parameters, locals, globals, segments), references to all of them, and odd export names.
(module
  (type $"binary op" (func (param i32 i32) (result i32)))
  (type $~!@#%^&*-+=<>?/\|`'.:_ (func))
  (type $7 (func (param handle)))
  (type (@name "dup type") (func (param f64)))
  (type (@name "dup type") (func (param f64 f64)))
  (import "host module" "field \"quoted\"" (func $"imported fn" (type $"binary op") (param $"left side" i32) (param $right i32) (result i32)))
  (import "\u{1F600}" "" (func (@name "twin") (type $7)))
  (global $"counter ü" (mut i32) i32.const 0)
  (global $"日本語" i64 i64.const 1)
  (global (@name "twin") i32 i32.const 2)
  (global (@name "twin") i32 i32.const 3)
  (global $0 handle global.segment $"tab\there")
  (segment $"scratch buffer" (size 16) (align 16))
  (segment $"tab\there" (size 32) (align 16)
    (reloc 0 (segment $"scratch buffer" 4))
    (reloc 16 (func $"quote\"d")))
  (segment (@name "twin") (size 1) (align 1))
  (segment (@name "twin") (size 1) (align 1))
  (func $"quote\"d" (type $"binary op") (param $"a b" i32) (param $"back\\slash" i32) (result i32)
    (local $"é" i64) (local i32) (local $x f32) (local $"x y" f32)
    local.get $"a b"
    local.get $"back\\slash"
    call $"imported fn"
    global.get $"counter ü"
    i32.add
    global.set $"counter ü"
    global.segment $"tab\there"
    call $1
    global.get $0
    call $1
    global.get 2
    global.get 3
    i32.add
    local.tee 3
    global.get $"日本語"
    local.set $"é"
    local.get 3
    func.handle $"quote\"d"
    call.handle (type $"binary op"))
  (func $1 (type $7) (param $h handle))
  (func (@name "dup") (type $~!@#%^&*-+=<>?/\|`'.:_))
  (func (@name "dup") (type $~!@#%^&*-+=<>?/\|`'.:_))
  (func $"new\nline" (type $~!@#%^&*-+=<>?/\|`'.:_))
  (func $"café" (export "café") (type $~!@#%^&*-+=<>?/\|`'.:_))
  (func $x (export "") (export "x y") (export "\00\7f") (type $~!@#%^&*-+=<>?/\|`'.:_)
    call $"new\nline"
    call $"café"
    call 4
    call 5)
  (func (@name "twin") (type 3) (param (@name "p") f64) (local (@name "p") i32) (local $"l l" i64)
    local.get 0
    drop
    local.get 1
    local.set 1)
  (func (type 4))
  (start $x))
