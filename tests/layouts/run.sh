#!/bin/sh
# The layout examples of tests/layouts/<system>/ (run.py).  TAP.
cd "$(dirname "$0")/../.." || exit 1
exec python3 tests/layouts/run.py "${BUILD:-build}/minutes"
