; Integer intrinsics the backend cannot translate (wider than 128 bits); used by
; unsupported-intrinsics.test.
target datalayout = "e-m:e-p200:128:128:128:32-A200-G200-P200-ni:200-i64:64-i128:128-n32:64-S128"
target triple = "wasm32-unknown-unknown"
@g = addrspace(200) global i256 0

define i32 @main() addrspace(200) {
  %x = load volatile i256, ptr addrspace(200) @g
  %r = call i256 @llvm.fshl.i256(i256 %x, i256 %x, i256 3)
  store volatile i256 %r, ptr addrspace(200) @g
  %c = call i256 @llvm.ctpop.i256(i256 %x)
  store volatile i256 %c, ptr addrspace(200) @g
  ret i32 0
}
declare i256 @llvm.fshl.i256(i256, i256, i256)
declare i256 @llvm.ctpop.i256(i256)
