;; For start-type.wat: a start function with a result.
(module
  (func)
  (func (result handle) handle.null)
  (start 1))
