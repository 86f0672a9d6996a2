; Vector intrinsics: element-wise ones are split by the Scalarizer, reductions folded in element
; order; a vector intrinsic with no element-wise meaning is an error. Used by vector-types.test.
target datalayout = "e-m:e-p200:128:128:128:32-A200-G200-P200-ni:200-i64:64-i128:128-n32:64-S128"
target triple = "wasm32-unknown-unknown"
@g = addrspace(200) global <4 x i8> <i8 1, i8 3, i8 7, i8 15>

define i32 @main() addrspace(200) {
  %x = load volatile <4 x i8>, ptr addrspace(200) @g
  %c = call <4 x i8> @llvm.ctpop.v4i8(<4 x i8> %x)
  %r = call <4 x i8> @llvm.fshl.v4i8(<4 x i8> %c, <4 x i8> %c, <4 x i8> <i8 1, i8 2, i8 3, i8 4>)
  %s = call i8 @llvm.vector.reduce.add.v4i8(<4 x i8> %r)
  %m = call i8 @llvm.vector.reduce.umax.v4i8(<4 x i8> %x)
  %b = bitcast <4 x i8> %r to i32
  %sz = zext i8 %s to i32
  %mz = zext i8 %m to i32
  %t = add i32 %sz, %mz
  %u = xor i32 %t, %b
  %v = and i32 %u, 127
  ret i32 %v
}
declare <4 x i8> @llvm.ctpop.v4i8(<4 x i8>)
declare <4 x i8> @llvm.fshl.v4i8(<4 x i8>, <4 x i8>, <4 x i8>)
declare i8 @llvm.vector.reduce.add.v4i8(<4 x i8>)
declare i8 @llvm.vector.reduce.umax.v4i8(<4 x i8>)
