;; What the translator leaves in a loop over a segment (mswasm-native --emit-ir): the id-flags test
;; is hoisted out of the loop (alias scopes let LLVM move it across the slow paths), so the loop
;; body keeps only the bounds test. Run on both tiers, the out-of-bounds iteration traps at the
;; same access.
;; REQUIRES: native-tier
;; RUN: mswasm-native %s -o %t.so --emit-ir=%t.ll
;; RUN: FileCheck %s --check-prefix=IR < %t.ll
;; IR: define {{.*}}@f0(
;; IR: load i8, ptr {{.*}}!alias.scope
;; IR: {{^}}loop{{[0-9.a-z]*}}:
;; IR-NOT: !alias.scope
;; IR: ret
;; RUN: mswasm run --tier=native --invoke=fill %s 16 | FileCheck %s --check-prefix=SUM
;; RUN: mswasm run --tier=interp --invoke=fill %s 16 | FileCheck %s --check-prefix=SUM
;; SUM: i32 120
;; RUN: not mswasm run --tier=native --invoke=fill %s 17 2>&1 | FileCheck %s --check-prefix=TRAP
;; RUN: not mswasm run --tier=interp --invoke=fill %s 17 2>&1 | FileCheck %s --check-prefix=TRAP
;; TRAP: ERROR: global-buffer-overflow: write of size 4
;; TRAP-NEXT: write of 4 bytes at address 0x{{[0-9a-f]+}} by i32.segstore
;; TRAP-NEXT: through global handle id {{[0-9]+}}, base 0x{{[0-9a-f]+}}, bound 64, offset 64,
(module
  (segment $a (size 64) (align 4))
  ;; a[i] = i for i < n, then the sum of a[0..16)
  (func (export "fill") (param $n i32) (result i32) (local $i i32) (local $s i32)
    block $done
      loop $l
        local.get $i
        local.get $n
        i32.ge_u
        br_if $done
        global.segment $a
        local.get $i
        i32.const 4
        i32.mul
        handle.add
        local.get $i
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
        i32.const 16
        i32.ge_u
        br_if $d2
        global.segment $a
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
    local.get $s))
