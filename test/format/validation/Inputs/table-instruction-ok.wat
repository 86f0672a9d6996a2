;; table-instruction.wat rewritten with call.handle.
(module
  (type $v (func))
  (func
    func.handle 1
    call.handle $v)
  (func
    handle.null
    call.handle (type $v)))
