#!/usr/bin/env bash
# Builds and tests the example projects with the MSWasm toolchain, through their own build
# systems: a CMake project (ctest, tests by target name and by file path), a CMake project that
# enables C++ (must fail clearly), a make project (`make check` runs ./test_calc), a tiny
# autoconf project (when autoconf is installed) and examples/wordfreq.
#   run.sh BUILD_DIR        (the toolchain's build directory: BUILD_DIR/tools/mswasm-cc ...)
# Prints what each step gives; exits non-zero when a project does not build or run as expected.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd -P)  # physical: mswasm-cc writes its real directory in "#!" lines
tools="$build/tools"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "build integration: FAILED: $*"; exit 1; }

echo "== CMake project"
cmake -S "$here/cmake-project" -B "$work/cmake" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$build/mswasm-toolchain.cmake" > "$work/cmake.log" 2>&1 \
  || { cat "$work/cmake.log"; exit 1; }
grep -E "Check size of|Looking for|Performing Test" "$work/cmake.log" || true
grep -q "Building a STATIC library instead" "$work/cmake.log" || fail "no note that SHARED is built static"
cmake --build "$work/cmake"
# Executables have no suffix and are runnable files: "#!<tools>/mswasm run", then the module.
[ -x "$work/cmake/app" ] || fail "app is not an executable file"
[ "$(head -n1 "$work/cmake/app")" = "#!$tools/mswasm run" ] || fail "app's first line is not '#!$tools/mswasm run'"
out=$("$work/cmake/app" alpha beta)
echo "$out"
grep -q "sizeof(void \*) 16, long 4, long long 8" <<<"$out"
grep -q "checks ok" <<<"$out"
[ "$out" = "$("$tools/mswasm" run "$work/cmake/app" alpha beta)" ] || fail "./app and mswasm run app differ"
(cd "$work/cmake" && ctest --output-on-failure) | tee "$work/ctest.log"
grep -q "test_words_by_path .*Passed" "$work/ctest.log" || fail "the test registered by path did not pass"
grep -q "100% tests passed" "$work/ctest.log" || fail "ctest"

echo "== CMake project with C++"
if cmake -S "$here/cxx-project" -B "$work/cxx" -G Ninja \
     -DCMAKE_TOOLCHAIN_FILE="$build/mswasm-toolchain.cmake" > "$work/cxx.log" 2>&1; then
  cat "$work/cxx.log"; fail "a project enabling C++ configured"
fi
grep -q "C++ is not supported by mswasm-cc" "$work/cxx.log" || { cat "$work/cxx.log"; fail "no clear C++ error"; }
echo "configure failed as it should: C++ is not supported by mswasm-cc"

echo "== make project"
cp -r "$here/make-project" "$work/make"
make -C "$work/make" CC="$tools/mswasm-cc" AR="$tools/mswasm-ar"
out=$("$work/make/calc" 3 4 + 2 '*')
echo "$out"
grep -q "result 14" <<<"$out"
make -C "$work/make" CC="$tools/mswasm-cc" AR="$tools/mswasm-ar" check

echo "== autoconf project"
if command -v autoconf > /dev/null; then
  cp -r "$here/autoconf-project" "$work/ac"
  # configure's conftest programs write files (conftest.out, conftest.val) in the current
  # directory: grant it to programs run by their "#!" line.
  (cd "$work/ac" && autoconf && autoheader && \
     MSWASM_RUN_OPTIONS=--dir=. ./configure CC="$tools/mswasm-cc" CFLAGS=-O1 > configure.out 2>&1) \
    || { cat "$work/ac/configure.out" "$work/ac/config.log" 2>/dev/null | tail -60; fail "configure"; }
  cat "$work/ac/configure.out"
  grep -q "whether we are cross compiling... no" "$work/ac/configure.out" || fail "configure thinks it is cross compiling"
  grep -q "size of void \*... 16" "$work/ac/configure.out" || fail "AC_CHECK_SIZEOF(void *)"
  grep -q "whether a run-time check runs... yes" "$work/ac/configure.out" || fail "AC_RUN_IFELSE"
  make -C "$work/ac" check
else
  echo "autoconf is not installed: skipped"
fi

echo "== examples/wordfreq (multi-file make project with a library)"
cp -r "$here/../../examples/wordfreq" "$work/wordfreq"
make -C "$work/wordfreq" CC="$tools/mswasm-cc" AR="$tools/mswasm-ar"
out=$(cd "$work/wordfreq" && "$tools/mswasm" run --dir=. wordfreq.mswasm input.txt 4)
echo "$out"
grep -q "60 words, 20 distinct" <<<"$out"
grep -q "10  was" <<<"$out"
echo "build integration: ok"
