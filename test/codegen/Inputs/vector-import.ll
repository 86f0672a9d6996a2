; An imported function with a vector in its signature is a compile error naming it. Used by
; vector-types.test.
target datalayout = "e-m:e-p200:128:128:128:32-A200-G200-P200-ni:200-i64:64-i128:128-n32:64-S128"
target triple = "wasm32-unknown-unknown"

define i32 @main() addrspace(200) {
  %y = call <2 x i32> @imported(<2 x i32> <i32 1, i32 2>)
  %f = extractelement <2 x i32> %y, i32 1
  ret i32 %f
}
declare <2 x i32> @imported(<2 x i32>) addrspace(200) "wasm-import-module"="env" "wasm-import-name"="imported"
