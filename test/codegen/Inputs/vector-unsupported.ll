; A vector intrinsic with no element-wise meaning is a compile error naming it. Used by
; vector-types.test.
target datalayout = "e-m:e-p200:128:128:128:32-A200-G200-P200-ni:200-i64:64-i128:128-n32:64-S128"
target triple = "wasm32-unknown-unknown"
@g = addrspace(200) global <2 x i32> <i32 1, i32 3>

define i32 @main() addrspace(200) {
  %x = load volatile <2 x i32>, ptr addrspace(200) @g
  %r = call <2 x i32> @llvm.vector.reverse.v2i32(<2 x i32> %x)
  %e = extractelement <2 x i32> %r, i32 0
  ret i32 %e
}
declare <2 x i32> @llvm.vector.reverse.v2i32(<2 x i32>)
