// What the code generator cannot translate yet is one error naming the operation, the function
// and the source line.
// REQUIRES: compiler
// RUN: not mswasm-cc -S -O0 %s -o /dev/null 2>&1 | FileCheck %s --implicit-check-not='mswasm-cc: error'
// CHECK: mswasm-cc: error: {{.*}}unsupported-ir.c:[[@LINE+1]]:{{[0-9]+}}: in function 'to_double': 'uitofp' on a 128-bit integer is not supported yet
double to_double(unsigned __int128 x) { return (double)x; }
