;; label-index.wat with every label in range (depth 1 in a block is the function body).
(module
  (func
    block
      br 1
    end)
  (func
    i32.const 0
    br_if 0)
  (func
    block
      loop
        i32.const 0
        br_table 0 2 1
      end
    end)
  (func
    i32.const 0
    br_table 0 0))
