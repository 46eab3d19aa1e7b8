#!/bin/sh
# CSV and HTML outputs on every fixture, read back with real parsers
# (Python's csv module and html.parser).  Prints TAP.
set -u
cd "$(dirname "$0")/../.." || exit 1
exec python3 tests/cli/outputs.py "${BUILD:-build}/minutes"
