;; The native code cache: created private, one shared object per module and options, reused on
;; the next run; --no-cache leaves nothing behind.
;; REQUIRES: native-tier
;; RUN: rm -rf %t.cache %t.home && mkdir -p %t.home
;; RUN: mswasm run --tier=native --cache-dir=%t.cache --invoke=one %s | FileCheck %s
;; RUN: mswasm run --tier=native --cache-dir=%t.cache --invoke=one %s | FileCheck %s
;; CHECK: i32 1
;; RUN: ls %t.cache | FileCheck %s --check-prefix=FILES
;; FILES: {{^[0-9a-f]{64}\.so$}}
;; FILES-NOT: {{.}}
;; RUN: stat -c %%a %t.cache | FileCheck %s --check-prefix=MODE
;; MODE: 700
;; RUN: mswasm run --tier=native --cache-dir=%t.cache --timeout=30 --invoke=one %s | FileCheck %s
;; RUN: ls %t.cache | wc -l | FileCheck %s --check-prefix=TWO
;; TWO: 2
;; RUN: env -u MSWASM_CACHE_DIR XDG_CACHE_HOME=%t.home mswasm run --tier=native --invoke=one %s | FileCheck %s
;; RUN: ls %t.home/mswasm | FileCheck %s --check-prefix=FILES
;; RUN: env -u MSWASM_CACHE_DIR HOME=%t.home XDG_CACHE_HOME= mswasm run --tier=native --no-cache --invoke=one %s | FileCheck %s
(module
  (func (export "one") (result i32)
    i32.const 1))
