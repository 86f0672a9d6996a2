;; Loop versioning of inline access checks (native/src/LoopVersioning.cpp): an innermost loop
;; whose checks can all be proven before it starts runs as a copy without them (its slow paths
;; gone, so LLVM unrolls or vectorises it), and the original, checked, copy runs otherwise. The
;; first loop indexes with a 32-bit expression (start + i) * 4 whose wrap-around is part of the
;; proof; the second has constant bounds and is vectorised. On both tiers the results and the
;; reports (JSON, so every field is compared) are identical, for a trap at the first, a middle
;; and the last iteration, a start that wraps in 32 bits, and empty loops.
;; REQUIRES: native-tier
;; RUN: mswasm-native %s -o %t.so --emit-ir=%t.ll
;; RUN: FileCheck %s --check-prefix=IR < %t.ll
;; IR: define {{.*}}@f0(
;; IR: {{^}}br_if.cont.checked:
;; IR: call i64 {{.*}}!mswasm.check.slow
;; IR: {{^}}vector.body:
;; IR: {{^}}br_if.cont:
;; IR-NOT: call
;; IR: {{^}}br_if6:
;; RUN: mswasm run --tier=native --invoke=scale %s 0 100 | FileCheck %s --check-prefix=SUM
;; RUN: mswasm run --tier=interp --invoke=scale %s 0 100 | FileCheck %s --check-prefix=SUM
;; SUM: i32 4950
;; RUN: not mswasm run --tier=native --report=json --invoke=scale %s 0 101 > %t.native1 2>&1
;; RUN: not mswasm run --tier=interp --report=json --invoke=scale %s 0 101 > %t.interp1 2>&1
;; RUN: diff %t.native1 %t.interp1
;; RUN: not mswasm run --tier=native --report=json --invoke=scale %s -1 5 > %t.native2 2>&1
;; RUN: not mswasm run --tier=interp --report=json --invoke=scale %s -1 5 > %t.interp2 2>&1
;; RUN: diff %t.native2 %t.interp2
;; RUN: not mswasm run --tier=native --report=json --invoke=scale %s 50 60 > %t.native3 2>&1
;; RUN: not mswasm run --tier=interp --report=json --invoke=scale %s 50 60 > %t.interp3 2>&1
;; RUN: diff %t.native3 %t.interp3
;; RUN: mswasm run --tier=native --report=json --invoke=scale %s 3 97 > %t.native4 2>&1
;; RUN: mswasm run --tier=interp --report=json --invoke=scale %s 3 97 > %t.interp4 2>&1
;; RUN: diff %t.native4 %t.interp4
;; RUN: not mswasm run --tier=native --report=json --invoke=scale %s 2147483647 3 > %t.native5 2>&1
;; RUN: not mswasm run --tier=interp --report=json --invoke=scale %s 2147483647 3 > %t.interp5 2>&1
;; RUN: diff %t.native5 %t.interp5
;; RUN: mswasm run --tier=native --report=json --invoke=scale %s -2147483648 3 > %t.native6 2>&1
;; RUN: mswasm run --tier=interp --report=json --invoke=scale %s -2147483648 3 > %t.interp6 2>&1
;; RUN: diff %t.native6 %t.interp6
;; RUN: not mswasm run --tier=native --report=json --invoke=scale %s 536870911 3 > %t.native7 2>&1
;; RUN: not mswasm run --tier=interp --report=json --invoke=scale %s 536870911 3 > %t.interp7 2>&1
;; RUN: diff %t.native7 %t.interp7
;; RUN: mswasm run --tier=native --report=json --invoke=scale %s 0 0 > %t.native8 2>&1
;; RUN: mswasm run --tier=interp --report=json --invoke=scale %s 0 0 > %t.interp8 2>&1
;; RUN: diff %t.native8 %t.interp8
;; RUN: mswasm run --tier=native --report=json --invoke=scale %s 99 1 > %t.native9 2>&1
;; RUN: mswasm run --tier=interp --report=json --invoke=scale %s 99 1 > %t.interp9 2>&1
;; RUN: diff %t.native9 %t.interp9
;; RUN: not mswasm run --tier=native --report=json --invoke=scale %s 100 1 > %t.native10 2>&1
;; RUN: not mswasm run --tier=interp --report=json --invoke=scale %s 100 1 > %t.interp10 2>&1
;; RUN: diff %t.native10 %t.interp10
;; RUN: FileCheck %s --check-prefix=LAST < %t.native1
;; LAST: "kind":"global-buffer-overflow"
;; LAST-SAME: "offset":400
;; RUN: FileCheck %s --check-prefix=FIRST < %t.native2
;; FIRST: "offset":-4
;; RUN: FileCheck %s --check-prefix=MIDDLE < %t.native3
;; MIDDLE: "offset":400
(module
  (segment $a (size 400) (align 4))
  (segment $b (size 400) (align 4))
  ;; b[start + i] = a[start + i] * 3 + i for i < n (ints: a stride of 4 bytes), then the sum of b
  (func (export "scale") (param $start i32) (param $n i32) (result i32) (local $i i32) (local $s i32)
    block $done
      loop $l
        local.get $i
        local.get $n
        i32.ge_u
        br_if $done
        global.segment $b
        local.get $start
        local.get $i
        i32.add
        i32.const 4
        i32.mul
        handle.add
        global.segment $a
        local.get $start
        local.get $i
        i32.add
        i32.const 4
        i32.mul
        handle.add
        i32.segload
        i32.const 3
        i32.mul
        local.get $i
        i32.add
        i32.segstore
        local.get $i
        i32.const 1
        i32.add
        local.set $i
        br $l
      end
    end
    i32.const 0
    local.set $i
    block $d2
      loop $l2
        local.get $i
        i32.const 100
        i32.ge_u
        br_if $d2
        global.segment $b
        local.get $i
        i32.const 4
        i32.mul
        handle.add
        i32.segload
        local.get $s
        i32.add
        local.set $s
        local.get $i
        i32.const 1
        i32.add
        local.set $i
        br $l2
      end
    end
    local.get $s)
)
