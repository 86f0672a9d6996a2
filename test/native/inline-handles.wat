;; Handle loads and stores are inline in native code (docs/native-tier.md, "Tags"): a handle load
;; whose granule is tagged builds the handle from the tag shadow without a call, and a handle store
;; into a segment that already holds tags writes the bytes and the shadow itself. The slow paths
;; stay for everything else. Run on both tiers, a list built and walked gives the same sum.
;; REQUIRES: native-tier
;; RUN: mswasm-native %s -o %t.so --emit-ir=%t.ll
;; RUN: FileCheck %s --check-prefix=IR < %t.ll
;; IR: define {{.*}}@f0(
;; IR: hload.tagged:
;; IR: load i64, ptr {{.*}}!tbaa [[SHADOW:![0-9]+]]
;; IR: define {{.*}}@f1(
;; IR: hstore.do:
;; IR: [[SHADOW]] = !{[[SHADOWTY:![0-9]+]], [[SHADOWTY]], i64 0}
;; IR: [[SHADOWTY]] = !{!"tag shadow"
;; RUN: mswasm run --tier=native --invoke=build_and_walk %s | FileCheck %s --check-prefix=SUM
;; RUN: mswasm run --tier=interp --invoke=build_and_walk %s | FileCheck %s --check-prefix=SUM
;; SUM: i32 5050
(module
  ;; sums the i32 at offset 0 of each node of a list linked through offset 16
  (func (export "walk") (param $n handle) (result i32) (local $s i32)
    block $done
      loop $l
        local.get $n
        handle.is_null
        br_if $done
        local.get $n
        i32.segload
        local.get $s
        i32.add
        local.set $s
        local.get $n
        handle.segload offset=16
        local.set $n
        br $l
      end
    end
    local.get $s)
  (func (export "link") (param $a handle) (param $b handle)
    local.get $a
    local.get $b
    handle.segstore offset=16)
  ;; a list of 100 nodes holding 1..100, built by pushing, then walked
  (func (export "build_and_walk") (result i32) (local $head handle) (local $n handle) (local $i i32)
    loop $l
      i32.const 32
      i32.const 16
      segalloc
      local.tee $n
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      i32.segstore
      local.get $n
      local.get $head
      call 1
      local.get $n
      local.set $head
      local.get $i
      i32.const 100
      i32.lt_u
      br_if $l
    end
    local.get $head
    call 0))
