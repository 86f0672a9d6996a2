;; Execution results of the control and parametric instructions: block/loop/if/else/end (with
;; results and multi-value type-index block types), br/br_if/br_table (branch values, depth,
;; out-of-range br_table indices take the default, unsigned), return from nested blocks, call
;; (recursion, multiple results), select (i32, f64 and handle operands; any non-zero condition picks
;; the first), nop, drop, and the unreachable trap.
;; RUN: mswasm run --invoke=block_result %s | FileCheck %s --match-full-lines --check-prefix=BLOCK
;; BLOCK: i32 3
;; BLOCK-NEXT: i32 42
;; BLOCK-NOT: {{.}}
;; RUN: mswasm run --invoke=loop_sum %s -- 10 | FileCheck %s --match-full-lines --check-prefix=LOOP10
;; LOOP10: i32 55
;; RUN: mswasm run --invoke=loop_sum %s -- 0 | FileCheck %s --match-full-lines --check-prefix=LOOP0
;; LOOP0: i32 0
;; RUN: mswasm run --invoke=if_else %s -- 1 | FileCheck %s --match-full-lines --check-prefix=IF1
;; IF1: i32 10
;; RUN: mswasm run --invoke=if_else %s -- -2147483648 | FileCheck %s --match-full-lines --check-prefix=IFMIN
;; IFMIN: i32 10
;; RUN: mswasm run --invoke=if_else %s -- 0 | FileCheck %s --match-full-lines --check-prefix=IF0
;; IF0: i32 20
;; RUN: mswasm run --invoke=if_no_else %s -- 5 | FileCheck %s --match-full-lines --check-prefix=IFNE5
;; IFNE5: i32 6
;; RUN: mswasm run --invoke=if_no_else %s -- 0 | FileCheck %s --match-full-lines --check-prefix=IFNE0
;; IFNE0: i32 100
;; RUN: mswasm run --invoke=br_nested %s | FileCheck %s --match-full-lines --check-prefix=BRNEST
;; BRNEST: i32 7
;; RUN: mswasm run --invoke=br_if_value %s -- 1 | FileCheck %s --match-full-lines --check-prefix=BRIF1
;; BRIF1: i32 7
;; RUN: mswasm run --invoke=br_if_value %s -- 0 | FileCheck %s --match-full-lines --check-prefix=BRIF0
;; BRIF0: i32 8
;; RUN: mswasm run --invoke=br_table %s -- 0 | FileCheck %s --match-full-lines --check-prefix=BRT0
;; BRT0: i32 100
;; RUN: mswasm run --invoke=br_table %s -- 1 | FileCheck %s --match-full-lines --check-prefix=BRT1
;; BRT1: i32 101
;; RUN: mswasm run --invoke=br_table %s -- 2 | FileCheck %s --match-full-lines --check-prefix=BRT2
;; BRT2: i32 102
;; RUN: mswasm run --invoke=br_table %s -- 3 | FileCheck %s --match-full-lines --check-prefix=BRT3
;; BRT3: i32 103
;; RUN: mswasm run --invoke=br_table %s -- 1000 | FileCheck %s --match-full-lines --check-prefix=BRTBIG
;; BRTBIG: i32 103
;; RUN: mswasm run --invoke=br_table %s -- -1 | FileCheck %s --match-full-lines --check-prefix=BRTNEG
;; BRTNEG: i32 103
;; RUN: mswasm run --invoke=br_table_value %s -- 0 | FileCheck %s --match-full-lines --check-prefix=BRTV0
;; BRTV0: i32 50
;; RUN: mswasm run --invoke=br_table_value %s -- 1 | FileCheck %s --match-full-lines --check-prefix=BRTV1
;; BRTV1: i32 51
;; RUN: mswasm run --invoke=br_table_value %s -- 9 | FileCheck %s --match-full-lines --check-prefix=BRTV9
;; BRTV9: i32 52
;; RUN: mswasm run --invoke=return_nested %s -- 1 | FileCheck %s --match-full-lines --check-prefix=RET1
;; RET1: i32 11
;; RUN: mswasm run --invoke=return_nested %s -- 0 | FileCheck %s --match-full-lines --check-prefix=RET0
;; RET0: i32 22
;; RUN: mswasm run --invoke=multi_block %s -- 30 12 | FileCheck %s --match-full-lines --check-prefix=MULTI
;; MULTI: i32 18
;; MULTI-NEXT: i32 42
;; MULTI-NOT: {{.}}
;; RUN: mswasm run --invoke=fib %s -- 20 | FileCheck %s --match-full-lines --check-prefix=FIB
;; FIB: i64 6765
;; RUN: mswasm run --invoke=call_multi %s -- 7 | FileCheck %s --match-full-lines --check-prefix=CALLM
;; CALLM: i32 -7
;; CALLM-NEXT: f64 3.5 (0x400c000000000000)
;; CALLM-NOT: {{.}}
;; RUN: mswasm run --invoke=select_i32 %s -- 1 | FileCheck %s --match-full-lines --check-prefix=SEL1
;; SEL1: i32 111
;; RUN: mswasm run --invoke=select_i32 %s -- -1 | FileCheck %s --match-full-lines --check-prefix=SELM1
;; SELM1: i32 111
;; RUN: mswasm run --invoke=select_i32 %s -- 0 | FileCheck %s --match-full-lines --check-prefix=SEL0
;; SEL0: i32 222
;; RUN: mswasm run --invoke=select_f64 %s -- 0 | FileCheck %s --match-full-lines --check-prefix=SELF0
;; SELF0: f64 -0 (0x8000000000000000)
;; RUN: mswasm run --invoke=select_f64 %s -- 2 | FileCheck %s --match-full-lines --check-prefix=SELF2
;; SELF2: f64 nan (0x7ff0000000000001)
;; RUN: mswasm run --invoke=select_handle %s -- 1 | FileCheck %s --match-full-lines --check-prefix=SELH1
;; SELH1: i32 0
;; RUN: mswasm run --invoke=select_handle %s -- 0 | FileCheck %s --match-full-lines --check-prefix=SELH0
;; SELH0: i32 1
;; RUN: mswasm run --invoke=nop_drop %s | FileCheck %s --match-full-lines --check-prefix=NOPDROP
;; NOPDROP: i32 1
;; NOPDROP-NOT: {{.}}
;; RUN: not mswasm run --invoke=trap_unreachable %s 2>&1 | FileCheck %s --check-prefix=UNREACH
;; UNREACH-NOT: i32
;; UNREACH: ERROR: unreachable
;; RUN: mswasm run --invoke=unreachable_skipped %s | FileCheck %s --match-full-lines --check-prefix=UNSKIP
;; UNSKIP: i32 5
;; RUN: mswasm run --invoke=loop_param %s -- 5 | FileCheck %s --match-full-lines --check-prefix=LOOPPARAM
;; LOOPPARAM: i32 5
;; RUN: mswasm run --invoke=if_param %s -- 1 | FileCheck %s --match-full-lines --check-prefix=IFPARAM1
;; IFPARAM1: i32 105
;; RUN: mswasm run --invoke=if_param %s -- 0 | FileCheck %s --match-full-lines --check-prefix=IFPARAM0
;; IFPARAM0: i32 205
;; RUN: mswasm run --invoke=br_unwind %s | FileCheck %s --match-full-lines --check-prefix=BRUNWIND
;; BRUNWIND: i32 10
;; BRUNWIND-NEXT: i32 3
;; BRUNWIND-NOT: {{.}}
;; RUN: mswasm run --invoke=br_if_unwind %s -- 1 | FileCheck %s --match-full-lines --check-prefix=BRIFUNWIND1
;; BRIFUNWIND1: i32 10
;; BRIFUNWIND1-NEXT: i32 2
;; BRIFUNWIND1-NOT: {{.}}
;; RUN: mswasm run --invoke=br_if_unwind %s -- 0 | FileCheck %s --match-full-lines --check-prefix=BRIFUNWIND0
;; BRIFUNWIND0: i32 10
;; BRIFUNWIND0-NEXT: i32 3
;; BRIFUNWIND0-NOT: {{.}}
;; RUN: mswasm run --invoke=br_table_unwind %s -- 0 | FileCheck %s --match-full-lines --check-prefix=BRTUNWIND0
;; BRTUNWIND0: i32 10
;; BRTUNWIND0-NEXT: i32 1008
;; BRTUNWIND0-NOT: {{.}}
;; RUN: mswasm run --invoke=br_table_unwind %s -- 5 | FileCheck %s --match-full-lines --check-prefix=BRTUNWIND5
;; BRTUNWIND5: i32 10
;; BRTUNWIND5-NEXT: i32 8
;; BRTUNWIND5-NOT: {{.}}
;; RUN: mswasm run --invoke=return_extra %s | FileCheck %s --match-full-lines --check-prefix=RETEXTRA
;; RETEXTRA: i32 4
;; RETEXTRA-NOT: {{.}}
;; RUN: mswasm run --invoke=loop_br_out %s -- 0 | FileCheck %s --match-full-lines --check-prefix=LOOPOUT
;; LOOPOUT: i32 99
(module
  (type $pair (func (param i32 i32) (result i32 i32)))
  (func (export "block_result") (result i32 i32)
    block (result i32)
      i32.const 3
    end
    block (result i32)
      i32.const 42
      br 0
      i32.const 13
      drop
    end)
  ;; sum = n + (n-1) + ... + 1, with the test at the top of the loop.
  (func (export "loop_sum") (param $n i32) (result i32) (local $s i32)
    block $done
      loop $again
        local.get $n
        i32.eqz
        br_if $done
        local.get $s
        local.get $n
        i32.add
        local.set $s
        local.get $n
        i32.const 1
        i32.sub
        local.set $n
        br $again
      end
    end
    local.get $s)
  (func (export "if_else") (param i32) (result i32)
    local.get 0
    if (result i32)
      i32.const 10
    else
      i32.const 20
    end)
  (func (export "if_no_else") (param $x i32) (result i32) (local i32)
    i32.const 100
    local.set 1
    local.get $x
    if
      local.get $x
      i32.const 1
      i32.add
      local.set 1
    end
    local.get 1)
  (func (export "br_nested") (result i32)
    block $outer (result i32)
      block $mid (result i32)
        block $inner (result i32)
          i32.const 7
          br 2
        end
        drop
        i32.const 8
      end
      drop
      i32.const 9
    end)
  (func (export "br_if_value") (param i32) (result i32)
    block (result i32)
      i32.const 7
      local.get 0
      br_if 0
      drop
      i32.const 8
    end)
  (func (export "br_table") (param i32) (result i32)
    block $d
      block $c
        block $b
          block $a
            local.get 0
            br_table $a $b $c $d
          end
          i32.const 100
          return
        end
        i32.const 101
        return
      end
      i32.const 102
      return
    end
    i32.const 103)
  (func (export "br_table_value") (param i32) (result i32)
    block $y (result i32)
      block $x (result i32)
        i32.const 50
        local.get 0
        br_table $y $x $x
      end
      i32.const 1
      i32.add
      br 0
    end
    local.get 0
    i32.const 9
    i32.eq
    i32.add)
  (func (export "return_nested") (param i32) (result i32)
    block
      loop
        local.get 0
        if
          i32.const 11
          return
        end
        br 1
      end
    end
    i32.const 22)
  ;; type-index block with two params and two results: [a b] -> [a-b a+b]
  (func (export "multi_block") (param i32 i32) (result i32 i32)
    local.get 0
    local.get 1
    block (type $pair)
      local.set 1
      local.set 0
      local.get 0
      local.get 1
      i32.sub
      local.get 0
      local.get 1
      i32.add
    end)
  (func $fib (export "fib") (param i64) (result i64)
    local.get 0
    i64.const 2
    i64.lt_u
    if (result i64)
      local.get 0
    else
      local.get 0
      i64.const 1
      i64.sub
      call $fib
      local.get 0
      i64.const 2
      i64.sub
      call $fib
      i64.add
    end)
  (func $negate_half (param i32) (result i32 f64)
    i32.const 0
    local.get 0
    i32.sub
    local.get 0
    f64.convert_i32_s
    f64.const 0.5
    f64.mul)
  (func (export "call_multi") (param i32) (result i32 f64)
    local.get 0
    call $negate_half)
  (func (export "select_i32") (param i32) (result i32)
    i32.const 111
    i32.const 222
    local.get 0
    select)
  ;; select keeps bits exactly: a signalling NaN passes through unchanged.
  (func (export "select_f64") (param i32) (result f64)
    f64.const nan:0x1
    f64.const -0
    local.get 0
    select)
  (func (export "select_handle") (param i32) (result i32)
    i32.const 16
    i32.const 16
    segalloc
    handle.null
    local.get 0
    select
    handle.is_null)
  (func (export "nop_drop") (result i32)
    nop
    i32.const 1
    i32.const 2
    drop
    nop)
  (func (export "trap_unreachable") (result i32)
    unreachable)
  (func (export "unreachable_skipped") (result i32)
    i32.const 0
    if
      unreachable
    end
    i32.const 5)
  (type $ii (func (param i32) (result i32)))
  ;; a loop with a parameter: each br 0 passes the running count back to the loop's start.
  (func (export "loop_param") (param i32) (result i32)
    i32.const 0
    loop (type $ii)
      i32.const 1
      i32.add
      local.get 0
      i32.const 1
      i32.sub
      local.tee 0
      br_if 0
    end)
  (func (export "if_param") (param i32) (result i32)
    i32.const 5
    local.get 0
    if (type $ii)
      i32.const 100
      i32.add
    else
      i32.const 200
      i32.add
    end)
  ;; branches drop the operands below the label's results (10 below the block survives).
  (func (export "br_unwind") (result i32 i32)
    i32.const 10
    block (result i32)
      i32.const 1
      i32.const 2
      i32.const 3
      br 0
    end)
  (func (export "br_if_unwind") (param i32) (result i32 i32)
    i32.const 10
    block (result i32)
      i32.const 1
      i32.const 2
      local.get 0
      br_if 0
      i32.add
    end)
  (func (export "br_table_unwind") (param i32) (result i32 i32)
    i32.const 10
    block (result i32)
      block (result i32)
        i32.const 7
        i32.const 8
        local.get 0
        br_table 0 1
      end
      i32.const 1000
      i32.add
    end)
  (func (export "return_extra") (result i32)
    i32.const 1
    i32.const 2
    block
      i32.const 3
      i32.const 4
      return
    end
    drop)
  (func (export "loop_br_out") (param i32) (result i32)
    block (result i32)
      loop (result i32)
        i32.const 99
        local.get 0
        br_if 1
        drop
        i32.const 1
        local.set 0
        br 0
      end
    end))
