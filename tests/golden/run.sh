#!/bin/sh
# Golden tests: every fixture converted and compared field by field with its
# accepted golden (fixtures/golden/), then scored against the upstream
# expected JSON with the project's scorer (tests/tools/score.py).
set -u
cd "$(dirname "$0")/../.." || exit 1
out=${BUILD:-build}/golden-out
rm -rf "$out"
mkdir -p "$out"
if sh tests/golden/convert_all.sh "$out"; then conv=ok; else conv="not ok"; fi
{
  echo "$conv - every fixture converts${VALGRIND:+ under valgrind, no leaks}"
  for set in seeds dev; do
    python3 tests/golden/compare.py "fixtures/golden/$set" "$out/$set"
  done
  python3 tests/golden/thresholds.py "$out"
  python3 tests/golden/schema.py "$out"
} | sh tests/tap-number.sh
