#!/usr/bin/env bash
# Installs every dependency of the toolchain on a fresh Debian 12 (bookworm) machine.
# Idempotent: packages already present are left alone. Needs root (or sudo).
set -euo pipefail

packages=(
  cmake ninja-build git python3 make
  clang-19 llvm-19-dev libclang-19-dev llvm-19-tools lld-19
  libclang-rt-19-dev          # ASan/UBSan/libFuzzer runtimes for clang-19
  libgtest-dev googletest     # GoogleTest (built from source by our CMake)
  gcc-multilib                # native ILP32 reference builds (clang -m32)
  gcc-12-source               # GCC's torture and ASan tests (scripts/run-gcc-torture.py)
  csmith libcsmith-dev        # differential testing (scripts/run-csmith.py)
  wabt                        # plain-Wasm baseline of the benchmarks (wasm-interp; bench/run.py)
  zlib1g-dev curl bzip2       # examples/sandboxed-zlib: native zlib to compare with; fetching Debian's zlib source
)

# npm fetches real-world C sources at test time (scripts/run-real-world.py: SQLite); a machine
# that already has npm (from Node.js) keeps its own.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
