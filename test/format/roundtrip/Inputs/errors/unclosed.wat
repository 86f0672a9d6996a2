(module
  (func
    nop)
