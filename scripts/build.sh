#!/usr/bin/env bash
# Configures and builds the toolchain with warnings as errors.
#   scripts/build.sh            -> build/        (clang-19, compiler parts included)
#   scripts/build.sh asan       -> build-asan/   (ASan+UBSan, libFuzzer targets, no compiler parts)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kind=${1:-main}
jobs=${MSWASM_JOBS:-2}
common=(-G Ninja -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 -DMSWASM_WERROR=ON)
case "$kind" in
  main)
    dir="$root/build"
    cmake -S "$root" -B "$dir" "${common[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null ;;
  asan)
    dir="$root/build-asan"
    cmake -S "$root" -B "$dir" "${common[@]}" -DCMAKE_BUILD_TYPE=Debug \
      -DMSWASM_SANITIZE=ON -DMSWASM_FUZZ=ON -DMSWASM_BUILD_COMPILER=OFF >/dev/null ;;
  *) echo "usage: scripts/build.sh [main|asan]" >&2; exit 2 ;;
esac
ninja -C "$dir" -j "$jobs"
