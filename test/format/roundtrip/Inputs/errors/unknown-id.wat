(module
  (func
    call $nope))
