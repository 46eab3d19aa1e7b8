#!/bin/sh
# Limits and deadlines: inputs that are valid but would never finish, or
# would exhaust the machine.  TAP.
set -u
cd "$(dirname "$0")/../.." || exit 1
M=$(pwd)/${BUILD:-build}/minutes
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
n=0
fail=0
ok () { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else fail=1; echo "not ok $n - $2"; fi; }

# 7. a PDF poppler never finishes: convert ends at its deadline, exit 19
python3 tests/hostile/nested_forms.py "$T/forms.pdf" 30
start=$(date +%s)
timeout 30 $M convert --timeout 2 -o "$T/forms.json" "$T/forms.pdf" 2>"$T/err"
rc=$?
took=$(( $(date +%s) - start ))
ok $([ $rc = 19 ]; echo $?) "30 nested forms drawn twice each: exit 19 at the deadline (got $rc in $took s)"
ok $([ "$(wc -l < "$T/err")" = 1 ] && grep -q "forms.pdf: timed out after 2 s" "$T/err"; echo $?) \
   "one line naming the file: $(cat "$T/err")"
ok $([ -z "$(ls -A "$T" | grep -v '^forms.pdf$\|^err$')" ]; echo $?) "no output and no temporary left"
$M convert --timeout -1 "$T/forms.pdf" 2>/dev/null
ok $([ $? = 2 ]; echo $?) "a negative --timeout is a usage error"
python3 tests/hostile/nested_forms.py "$T/small.pdf" 4
$M convert --timeout 0 -o "$T/small.json" "$T/small.pdf" 2>/dev/null
ok $? "--timeout 0 means no deadline"

echo "1..$n"
exit $fail
