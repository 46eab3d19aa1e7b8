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

# 9. a valid DOCX whose document.xml is over libxml2's 10 MB default
python3 tests/hostile/big_docx.py "$T/large.docx" large
$M convert -q -o "$T/large.json" "$T/large.docx" 2>"$T/err"
rc=$?
ok $([ $rc = 0 ] && python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['items']" "$T/large.json"; echo $?) \
   "a 12 MB word/document.xml converts (got $rc: $(cat "$T/err"))"

# 10. one text and block limit for every input plugin, exit 11
python3 tests/hostile/big_docx.py "$T/empty.docx" empty
$M convert -o "$T/empty.json" "$T/empty.docx" 2>"$T/err"
rc=$?
ok $([ $rc = 11 ] && grep -q "empty.docx: more than 2000000 blocks" "$T/err" && [ ! -e "$T/empty.json" ]; echo $?) \
   "a DOCX of 2.5 million empty paragraphs is exit 11, the block limit named (got $rc)"
python3 -c "open('$T/short.txt', 'w').write('Punkt a\n' * 12_000_000)"
$M convert -o "$T/short.json" "$T/short.txt" 2>"$T/err"
rc=$?
ok $([ $rc = 11 ] && grep -q "short.txt: more than" "$T/err"; echo $?) "96 MB of short text lines is exit 11 (got $rc)"
python3 -c "open('$T/wide.txt', 'w').write(('Kommunalbestyrelsen drøftede budgettet ' * 20 + '\n') * 90_000)"
$M convert -o "$T/wide.json" "$T/wide.txt" 2>"$T/err"
rc=$?
ok $([ $rc = 11 ] && grep -q "wide.txt: more than 64 MiB of text" "$T/err"; echo $?) "72 MB of text in long lines is exit 11, the text limit named (got $rc)"
rm -f "$T"/short.txt "$T"/wide.txt "$T"/large.docx "$T"/empty.docx

# 11. linear passes: outputs of the joiner and NFC in pieces (the timing is
# bench/scaling.py's; here, that long inputs still come out right)
python3 - "$T/hangul.txt" <<'PY'
import random, sys
r = random.Random(7)
# Hangul as jamo (NFD), which NFC must compose: 170,000 syllables on one line
s = ''.join(chr(0x1100 + r.randrange(19)) + chr(0x1161 + r.randrange(21)) for _ in range(170_000))
open(sys.argv[1], 'w').write('1. Titel\n\nSagsfremstilling\n\n' + s + ' slut\n')
PY
timeout 60 $M convert -q -o "$T/hangul.json" "$T/hangul.txt"
ok $? "one 170,000-syllable Hangul line (as jamo, 1 MB) converts"
python3 - "$T/hangul.txt" "$T/hangul.json" <<'PY'
import json, sys, unicodedata
text = open(sys.argv[1]).read().split('\n')[4]
got = json.load(open(sys.argv[2]))['items'][0]['presentation']
assert got == unicodedata.normalize('NFC', text), (len(got), len(text))
PY
ok $? "and its text is exactly Python's NFC of the line"
python3 -c "
import sys
lines = [w for i in range(50000) for w in ('budget-', 'opfølgning %d' % i)]
open(sys.argv[1], 'w').write('1. Titel\n\nSagsfremstilling\n\n' + '\n'.join(lines) + '\n')" "$T/join.txt"
timeout 60 $M convert -q -o "$T/join.json" "$T/join.txt"
python3 - "$T/join.json" <<'PY'
import json, sys
got = json.load(open(sys.argv[1]))['items'][0]['presentation']
want = ' '.join('budgetopfølgning %d' % i for i in range(50000))
assert got == want, got[:200]
PY
ok $? "50,000 wrapped lines join into one paragraph, hyphenated words mended"

echo "1..$n"
exit $fail
