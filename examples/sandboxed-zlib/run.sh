#!/usr/bin/env bash
# The sandboxed-zlib example, end to end, as a user would do it:
#  1. fetch zlib's real sources from Debian's source package (never committed; cached in WORK)
#  2. build them with zlib's own configure and make, CC=mswasm-cc, into libz.a
#  3. `mswasm-cc -shared libz.a` -> zlib.mswasm, a library module
#  4. `mswasm-bindgen zlib.h` -> zlib_sandbox.{h,c}: zlib's functions, same signatures, sandboxed
#  5. build zpipe.c twice: against native zlib (-lz) and against the bindings + libmswasm
#  6. compress and decompress test files with both: outputs must be byte-identical
#  7. (with --bench) compression throughput of both
#
#   examples/sandboxed-zlib/run.sh [--build-dir build] [--work DIR] [--bench]
# Exit status: 0 all identical; 1 a difference or a failure; 77 the sources could not be fetched.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build="$root/build"
work=""
bench=0
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$(cd "$2" && pwd); shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --bench) bench=1; shift ;;
    *) echo "usage: run.sh [--build-dir DIR] [--work DIR] [--bench]" >&2; exit 2 ;;
  esac
done
work=${work:-$build/examples/sandboxed-zlib}
tools="$build/tools"
mkdir -p "$work"
cd "$work"

# 1. Debian bookworm's zlib source package (zlib 1.2.13, the version of Debian's zlib1g).
tarball=zlib_1.2.13.dfsg.orig.tar.bz2
sha256=71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1
src="$work/zlib-1.2.13.dfsg"
if [ ! -f "$src/zlib.h" ]; then
  if ! curl -fsS --max-time 120 -o "$tarball.part" "http://deb.debian.org/debian/pool/main/z/zlib/$tarball"; then
    echo "run.sh: cannot fetch $tarball from deb.debian.org: skipped"
    exit 77
  fi
  echo "$sha256  $tarball.part" | sha256sum -c --quiet - || { echo "run.sh: $tarball: checksum mismatch"; exit 1; }
  mv "$tarball.part" "$tarball"
  tar xjf "$tarball"
fi

# 2-3. zlib's own build system, our compiler.
if [ ! -f "$work/zlib.mswasm" ]; then
  (cd "$src" && CC="$tools/mswasm-cc" AR="$tools/mswasm-ar" RANLIB="$tools/mswasm-ranlib" CFLAGS=-O2 \
     ./configure --static > "$work/configure.log" 2>&1) || { echo "run.sh: configure failed (configure.log)"; exit 1; }
  make -C "$src" -j2 libz.a AR="$tools/mswasm-ar" ARFLAGS=rc RANLIB="$tools/mswasm-ranlib" > "$work/make.log" 2>&1 \
    || { echo "run.sh: make failed (make.log)"; exit 1; }
  "$tools/mswasm-cc" -O2 -shared "$src/libz.a" -o "$work/zlib.mswasm"
fi

# 4. Bindings from zlib's public header.
"$tools/mswasm-bindgen" "$src/zlib.h" --name zlib --config "$here/zlib.bindings" \
  -o "$work/zlib_sandbox.h" -c "$work/zlib_sandbox.c"

# 5. The same host program, native and sandboxed.
cc=${CC:-cc}
$cc -O2 -Wall "$here/zpipe.c" -lz -o "$work/zpipe-native"
$cc -O2 -Wall -DZLIB_SANDBOXED -I"$work" -I"$src" -I"$root/runtime/include" "$here/zpipe.c" "$work/zlib_sandbox.c" \
  -L"$build/runtime" -lmswasm -Wl,-rpath,"$build/runtime" -o "$work/zpipe-sandboxed"

# 6. Round trips on text, binary and incompressible data.
export ZLIB_MODULE="$work/zlib.mswasm"
cat "$root"/docs/*.md > "$work/text.in"
cp "$tools/mswasm" "$work/binary.in"
head -c 300000 /dev/urandom > "$work/random.in"
: > "$work/empty.in"
status=0
for f in text binary random empty; do
  for level in 1 6 9; do
    "$work/zpipe-native" compress "$work/$f.in" "$work/$f.$level.native.z" "$level" > /dev/null
    "$work/zpipe-sandboxed" compress "$work/$f.in" "$work/$f.$level.sandboxed.z" "$level" > /dev/null
    if ! cmp -s "$work/$f.$level.native.z" "$work/$f.$level.sandboxed.z"; then
      echo "DIFFERENT: $f at level $level"; status=1
    fi
    "$work/zpipe-sandboxed" decompress "$work/$f.$level.native.z" "$work/$f.$level.out" > /dev/null
    cmp -s "$work/$f.in" "$work/$f.$level.out" || { echo "DIFFERENT: $f round trip at level $level"; status=1; }
  done
  echo "$f: $(stat -c %s "$work/$f.in") bytes, compressed output identical to native zlib at levels 1, 6, 9"
done
"$work/zpipe-sandboxed" compress "$work/text.in" /dev/null | sed 's/^/sandboxed: /'

if [ "$bench" = 1 ]; then
  cat "$work/text.in" "$work/text.in" "$work/text.in" "$work/binary.in" > "$work/bench.in"
  echo "native:    $("$work/zpipe-native" bench "$work/bench.in" 5)"
  echo "sandboxed: $("$work/zpipe-sandboxed" bench "$work/bench.in" 5)"
fi
[ $status = 0 ] && echo "sandboxed-zlib: all outputs identical"
exit $status
