#!/usr/bin/env bash
# Builds and runs the CMake and make example projects (and examples/wordfreq) with the MSWasm
# toolchain.
#   run.sh BUILD_DIR        (the toolchain's build directory: BUILD_DIR/tools/mswasm-cc ...)
# Prints what each step gives; exits non-zero when a project does not build or run as expected.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
tools="$build/tools"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== CMake project"
cmake -S "$here/cmake-project" -B "$work/cmake" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$build/mswasm-toolchain.cmake" > "$work/cmake.log" 2>&1 \
  || { cat "$work/cmake.log"; exit 1; }
grep -E "Check size of|Looking for|Performing Test" "$work/cmake.log" || true
cmake --build "$work/cmake"
out=$("$tools/mswasm" run "$work/cmake/app.mswasm" alpha beta)
echo "$out"
grep -q "sizeof(void \*) 16, long 4, long long 8" <<<"$out"
grep -q "checks ok" <<<"$out"
(cd "$work/cmake" && ctest --output-on-failure)

echo "== make project"
cp -r "$here/make-project" "$work/make"
make -C "$work/make" CC="$tools/mswasm-cc" AR="$tools/mswasm-ar"
out=$("$tools/mswasm" run "$work/make/calc.mswasm" 3 4 + 2 '*')
echo "$out"
grep -q "result 14" <<<"$out"
echo "== examples/wordfreq (multi-file make project with a library)"
cp -r "$here/../../examples/wordfreq" "$work/wordfreq"
make -C "$work/wordfreq" CC="$tools/mswasm-cc" AR="$tools/mswasm-ar"
out=$(cd "$work/wordfreq" && "$tools/mswasm" run --dir=. wordfreq.mswasm input.txt 4)
echo "$out"
grep -q "60 words, 20 distinct" <<<"$out"
grep -q "10  was" <<<"$out"
echo "build integration: ok"
