// What the code generator cannot translate yet is an error naming the construct and the line.
// REQUIRES: compiler
// RUN: not mswasm-cc -S -O0 %s -o /dev/null 2>&1 | FileCheck %s
// CHECK: mswasm-cc: error: function 'wide': parameter of unsupported type i128
__int128 wide(__int128 a) { return a * 3; }
