#!/usr/bin/env bash
# Runs one libFuzzer target of the ASan+UBSan build (scripts/build.sh asan) for N seconds.
#   scripts/fuzz.sh TARGET [SECONDS] [extra libFuzzer flags...]
# Seeds: every .wat under test/ and examples/ assembled to binary (those that assemble).
# A finding is written to fuzz-findings/ and makes the script fail.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
bin="$root/build-asan/fuzz/$target"
tool="$root/build-asan/tools/mswasm"
[ -x "$bin" ] || { echo "fuzz.sh: $bin not built (run scripts/build.sh asan)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/seeds" "$root/fuzz-findings"
n=0
while IFS= read -r -d '' f; do
  if ASAN_OPTIONS=detect_leaks=0 "$tool" as --no-validate "$f" -o "$work/seeds/$n.mswasm" 2>/dev/null; then
    n=$((n + 1))
  fi
done < <(find "$root/test" "$root/examples" -name '*.wat' -print0)
echo "fuzz.sh: $n seed modules"
"$bin" "$work/corpus" "$work/seeds" -max_total_time="$seconds" -rss_limit_mb=2048 \
  -malloc_limit_mb=512 -timeout=10 -print_final_stats=1 \
  -artifact_prefix="$root/fuzz-findings/" "$@" 2>&1 | tail -n 25
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] && echo "fuzz.sh: $target ran $seconds s without a finding"
exit "$status"
