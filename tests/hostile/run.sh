#!/bin/sh
# The hostile suite for prove: damaged fixtures (run.py).
cd "$(dirname "$0")/../.." && exec python3 tests/hostile/run.py
