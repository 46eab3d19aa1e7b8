#!/bin/sh
# Regenerates the accepted goldens from the current converter: run it on
# purpose after checking the change (git diff fixtures/golden shows it).
set -eu
cd "$(dirname "$0")/../.."
out=${BUILD:-build}/golden-accept
rm -rf "$out"
sh tests/golden/convert_all.sh "$out"
rm -rf fixtures/golden
mkdir -p fixtures/golden
cp -r "$out/seeds" "$out/dev" fixtures/golden/
echo "accepted $(find fixtures/golden -name '*.json' | wc -l) goldens into fixtures/golden"
