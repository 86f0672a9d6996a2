; An overflow check on i128 whose {result, overflow} pair is stored whole instead of read with
; extractvalue: left unexpanded, and reported by name; used by unsupported-intrinsics.test.
target datalayout = "e-m:e-p200:128:128:128:32-A200-G200-P200-ni:200-i64:64-i128:128-n32:64-S128"
target triple = "wasm32-unknown-unknown"
@g = addrspace(200) global i128 0
@o = addrspace(200) global {i128, i1} zeroinitializer

define i32 @main() addrspace(200) {
  %a = load volatile i128, ptr addrspace(200) @g
  %p = call {i128, i1} @llvm.umul.with.overflow.i128(i128 %a, i128 %a)
  store {i128, i1} %p, ptr addrspace(200) @o
  ret i32 0
}
declare {i128, i1} @llvm.umul.with.overflow.i128(i128, i128)
