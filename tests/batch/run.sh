#!/bin/sh
# Batch mode: isolation, manifest, resume after SIGKILL, shards.  TAP.
set -u
cd "$(dirname "$0")/../.." || exit 1
M=$(pwd)/${BUILD:-build}/minutes
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
n=0
fail=0
ok () { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else fail=1; echo "not ok $n - $2"; fi; }
status_of () { python3 -c "
import json, sys
last = {}
for line in open('$1'):
    e = json.loads(line); last[e['path']] = e
print(last.get('$2', {}).get('status'))"; }

# the archive: the seeds and the dev set, plus three poisoned inputs
mkdir -p "$T/archive/seeds" "$T/archive/dev" "$T/plugins"
cp fixtures/seeds/*.txt "$T/archive/seeds/"
cp fixtures/dev/*.txt fixtures/dev/*.pdf fixtures/dev/*.docx "$T/archive/dev/"
printf 'CRASH' > "$T/archive/crash.poison"
printf 'HANG' > "$T/archive/hang.poison"
printf 'OOM' > "$T/archive/oom.poison"
printf 'a spreadsheet' > "$T/archive/notes.xlsx"
cc -fPIC -shared -Icore/include -DMN_PLUGIN_SHARED $(pkg-config --cflags glib-2.0 gmodule-2.0) \
   -o "$T/plugins/libpoison.so" tests/batch/poison.c
ok $? "the test-only poison plugin builds"

start=$(date +%s)
$M batch --quiet --plugin-dir "$T/plugins" -o "$T/out" -t json,csv -j 2 --timeout 6 --max-memory 256 "$T/archive" 2>"$T/err"
rc=$?
ok $([ $rc = 16 ]; echo $?) "a batch with failures exits 16 (got $rc)"
ok $([ $(( $(date +%s) - start )) -le 40 ]; echo $?) "and finishes within its timeouts"
man=$T/out/manifest.jsonl
ok $([ "$(status_of "$man" "$T/archive/crash.poison")" = crashed ]; echo $?) "the crashing input is marked crashed"
ok $([ "$(status_of "$man" "$T/archive/hang.poison")" = timeout ]; echo $?) "the hanging input is marked timeout"
ok $([ "$(status_of "$man" "$T/archive/oom.poison")" = oom ]; echo $?) "the allocating input is marked oom"
python3 - "$man" "$T/archive" <<'PY'
import json, sys
last = {json.loads(l)['path']: json.loads(l) for l in open(sys.argv[1])}
codes = {n: last[f'{sys.argv[2]}/{n}.poison']['exit_code'] for n in ('crash', 'hang', 'oom')}
assert codes == {'crash': 21, 'hang': 19, 'oom': 20}, codes
PY
ok $? "crashed, timeout and oom entries carry exit codes 21, 19 and 20"
ok $([ "$(status_of "$man" "$T/archive/notes.xlsx")" = skipped ]; echo $?) "a file no plugin claims is skipped"
good=$(grep -c '"status":"ok"' "$man")
ok $([ "$good" = 40 ]; echo $?) "every other input converted ($good of 40)"
ok $([ -f "$T/out/dev/m01.pdf.json" ] && [ -f "$T/out/dev/m01.docx.json" ] && [ -f "$T/out/dev/m01.pdf.csv" ]; echo $?) \
   "outputs mirror the tree and keep the input's extension"
ok $([ -z "$(find "$T/out" -name '*.poison.*')" ]; echo $?) "no output and no temporary file for the poisoned inputs"
python3 - "$man" <<'PY'
import json, sys
keys = {"path", "size", "sha256", "plugin", "status", "error", "exit_code", "seconds", "warnings", "outputs", "version"}
for line in open(sys.argv[1]):
    e = json.loads(line)
    assert keys <= set(e), keys - set(e)
PY
ok $? "every manifest line has path, size, sha256, plugin, status, error, exit code, duration, warnings, outputs, version"

# rerun: nothing left to do but the failures
$M batch --quiet --plugin-dir "$T/plugins" -o "$T/out" -t json,csv -j 2 --timeout 2 --max-memory 512 "$T/archive" 2>/dev/null
lines=$(wc -l < "$man")
ok $([ "$lines" = $((44 + 4)) ]; echo $?) "a rerun redoes only the 3 failed and lists the skipped ($lines lines)"

# resume after SIGKILL half-way: outputs complete and equal to a clean run
# (the dev set five times over, so there is time to kill it half-way)
for c in 1 2 3 4 5; do mkdir -p "$T/big/c$c" && cp "$T"/archive/dev/* "$T/big/c$c/"; done
$M batch --quiet -o "$T/clean" -j 1 "$T/big" 2>/dev/null
# its own session, so one kill takes the parent and its workers at once
setsid sh -c 'echo $$ > "$1/pgid"; exec "$2" batch --quiet -o "$1/killed" -j 1 "$1/big" 2>/dev/null' _ "$T" "$M" &
while [ ! -s "$T/pgid" ]; do sleep 0.01; done
pid=$(cat "$T/pgid")
i=0
while [ $i -lt 200 ] && [ "$(cat "$T/killed/manifest.jsonl" 2>/dev/null | wc -l)" -lt 12 ]; do sleep 0.02; i=$((i + 1)); done
kill -s KILL -- -$pid
wait 2>/dev/null
first=$(wc -l < "$T/killed/manifest.jsonl")
ok $([ "$first" -ge 12 ] && [ "$first" -lt 180 ]; echo $?) "the batch was killed half-way ($first of 180 done)"
$M batch --quiet -o "$T/killed" -j 2 "$T/big" 2>/dev/null
ok $? "the rerun succeeds"
second=$(( $(wc -l < "$T/killed/manifest.jsonl") - first ))
ok $([ $((first + second)) -eq 180 ]; echo $?) "it converts only what was missing ($second more)"
ok $([ -z "$(ls -A "$T/killed/.minutes-tmp")" ] && [ -z "$(find "$T/killed" -name '.minutes-tmp-*')" ]; echo $?) "no temporary file is left"
python3 - "$T/clean" "$T/killed" <<'PY'
import json, os, sys
clean, killed = sys.argv[1], sys.argv[2]
for root, _, files in os.walk(clean):
    for f in files:
        if f.endswith('.json') and f != 'manifest.jsonl':
            a = os.path.join(root, f)
            b = os.path.join(killed, os.path.relpath(a, clean))
            json.load(open(b))
            assert open(a, 'rb').read() == open(b, 'rb').read(), b
PY
ok $? "every output is complete JSON and equal to a clean run's"

# shards: three machines cover every input exactly once
for k in 1 2 3; do $M batch --quiet -o "$T/shard$k" -j 1 --shard $k/3 "$T/archive/dev" 2>/dev/null; done
python3 - "$T" <<'PY'
import json, sys
t = sys.argv[1]
seen = []
for k in (1, 2, 3):
    seen += [json.loads(l)['path'] for l in open(f'{t}/shard{k}/manifest.jsonl')]
assert len(seen) == 36 and len(set(seen)) == 36, (len(seen), len(set(seen)))
PY
ok $? "--shard 1/3, 2/3 and 3/3 together cover the 36 inputs exactly once"
$M batch -o "$T/x" --shard 4/3 "$T/archive" 2>"$T/err"
ok $([ $? = 2 ] && grep -q "shard" "$T/err"; echo $?) "an impossible shard is a usage error"
$M batch -o "$T/x" "$T/nope" 2>"$T/err"
ok $([ $? = 3 ] && grep -q "nope: cannot read" "$T/err"; echo $?) "a missing input stops the batch before it starts (exit 3)"

# 1. two INPUTs holding files of one name: each keeps its own output
mkdir -p "$T/years/2020" "$T/years/2021"
cp fixtures/dev/m01.txt "$T/years/2020/referat.txt"
cp fixtures/dev/m02.txt "$T/years/2021/referat.txt"
(cd "$T/years" && $M batch --quiet -o "$T/yout" 2020/ 2021/ 2>"$T/err")
ok $? "a batch over 2020/ and 2021/ succeeds"
python3 - "$T/yout" <<'PY'
import json, sys
out = sys.argv[1]
a = json.load(open(f'{out}/2020/referat.txt.json'))
b = json.load(open(f'{out}/2021/referat.txt.json'))
assert a['source']['sha256'] != b['source']['sha256'] and a['items'] != b['items']
paths = [json.loads(l)['outputs'][0] for l in open(f'{out}/manifest.jsonl')]
assert len(set(paths)) == 2, paths
PY
ok $? "they mirror as OUTDIR/2020/ and OUTDIR/2021/, two outputs, two manifest lines"
(cd "$T/years" && $M batch --quiet -o "$T/yout2" 2020/referat.txt 2021/referat.txt 2>/dev/null)
ok $([ -f "$T/yout2/2020/referat.txt.json" ] && [ -f "$T/yout2/2021/referat.txt.json" ]; echo $?) \
   "two files of one name given as files go below their common parent"
(cd "$T/years" && $M batch --quiet -o "$T/yout3" --shard 1/2 2020/ 2021/ 2>/dev/null; \
  $M batch --quiet -o "$T/yout3" --shard 2/2 2020/ 2021/ 2>/dev/null)
ok $([ "$(cat "$T/yout3/manifest.jsonl" | wc -l)" = 2 ] && [ -f "$T/yout3/2020/referat.txt.json" ] && [ -f "$T/yout3/2021/referat.txt.json" ]; echo $?) \
   "shards 1/2 and 2/2 under the same rule cover both files once"
$M batch --quiet -o "$T/yout4" "$T/years" "$T/years/2020" 2>/dev/null
ok $([ "$(wc -l < "$T/yout4/manifest.jsonl")" = 2 ]; echo $?) "overlapping INPUTs convert each file once"
mkdir -p "$T/clash"
cp fixtures/dev/m01.txt "$T/clash/a.txt"
cp fixtures/dev/m01.txt "$T/clash/a.txt.json"
$M batch --quiet -o "$T/clash" "$T/clash" -f text 2>"$T/err" >/dev/null
rc=$?
ok $([ $rc != 0 ] && cmp -s fixtures/dev/m01.txt "$T/clash/a.txt.json"; echo $?) \
   "an output that would overwrite an input is refused before converting (exit $rc)"

# 2. the sweep removes only what minutes created
mkdir -p "$T/sweep/in" "$T/sweep/out/old" "$T/sweep/out/.minutes-tmp"
cp fixtures/dev/m01.txt "$T/sweep/in/"
for f in referat.docx.150521 budget.xlsx.backup old/report.json.ab12cd m01.txt.json.Ab12Cd; do
  echo keep > "$T/sweep/out/$f"; done
echo stale > "$T/sweep/out/.minutes-tmp/4242-Xy12Ab"
$M batch --quiet -o "$T/sweep/out" "$T/sweep/in" 2>/dev/null
ok $([ -f "$T/sweep/out/referat.docx.150521" ] && [ -f "$T/sweep/out/budget.xlsx.backup" ] \
     && [ -f "$T/sweep/out/old/report.json.ab12cd" ] && [ -f "$T/sweep/out/m01.txt.json.Ab12Cd" ]; echo $?) \
   "files of the user's whose names look like temporaries are kept"
ok $([ ! -e "$T/sweep/out/.minutes-tmp/4242-Xy12Ab" ]; echo $?) "a stale temporary in OUTDIR/.minutes-tmp is swept"
mkdir -p "$T/same"
cp fixtures/dev/m01.txt fixtures/dev/m02.pdf "$T/same/"
cp fixtures/dev/m03.txt "$T/same/m03.txt.150521"
$M batch --quiet -o "$T/same" "$T/same" 2>/dev/null
$M batch --quiet --force -o "$T/same" "$T/same" 2>/dev/null
ok $([ -f "$T/same/m01.txt" ] && [ -f "$T/same/m02.pdf" ] && [ -f "$T/same/m03.txt.150521" ] && [ -f "$T/same/m02.pdf.json" ]; echo $?) \
   "-o in in deletes no input, twice over"

# 3. a second batch on a busy OUTDIR stops at once and names the holder
mkdir -p "$T/busy"
printf 'HANG' > "$T/busy/hang.poison"
$M batch --quiet --plugin-dir "$T/plugins" -o "$T/busyout" -j 1 --timeout 20 "$T/busy" 2>/dev/null &
first=$!
i=0
while [ $i -lt 200 ] && [ ! -s "$T/busyout/.minutes-lock" ]; do sleep 0.02; i=$((i + 1)); done
sleep 0.2
$M batch --quiet --plugin-dir "$T/plugins" -o "$T/busyout" "$T/busy" 2>"$T/err"
rc=$?
holder=$(tr -d '\n' < "$T/busyout/.minutes-lock")
ok $([ $rc = 18 ] && grep -q "another batch is running on it (pid $first)" "$T/err"; echo $?) \
   "the second batch exits 18 naming the first one's pid (got $rc, holder $holder: $(cat "$T/err"))"
ok $([ "$(wc -l < "$T/busyout/manifest.jsonl" 2>/dev/null || echo 0)" = 0 ]; echo $?) "and wrote nothing"
mkdir -p "$T/busyman"
$M batch --quiet --plugin-dir "$T/plugins" -o "$T/busyman" --manifest "$T/busyout/manifest.jsonl" "$T/busy" 2>"$T/err"
rc=$?
ok $([ $rc = 18 ] && grep -q "manifest is in use" "$T/err"; echo $?) "a batch on another OUTDIR but the same manifest exits 18 too"
kill -s TERM $first; wait $first 2>/dev/null
$M batch --quiet -o "$T/busyout" "$T/sweep/in" 2>/dev/null
ok $? "once the first has ended, the lock is free"

# 6. a FIFO as INPUT is refused, a FIFO inside a directory is passed over
mkfifo "$T/pipe.txt"
timeout 10 $M batch --quiet -o "$T/fout" "$T/pipe.txt" 2>"$T/err"
rc=$?
ok $([ $rc = 3 ] && grep -q "pipe.txt: cannot read: not a regular file" "$T/err"; echo $?) "a FIFO INPUT is exit 3, not a hang (got $rc)"
mkdir -p "$T/fdir" && mkfifo "$T/fdir/pipe.txt" && ln -s "$T/fdir/pipe.txt" "$T/fdir/link.txt" && cp fixtures/dev/m01.txt "$T/fdir/"
timeout 10 $M batch --quiet -o "$T/fout2" "$T/fdir" 2>/dev/null
rc=$?
ok $([ $rc = 0 ] && [ "$(wc -l < "$T/fout2/manifest.jsonl")" = 1 ]; echo $?) "a FIFO (or a link to one) in a directory is left out (got $rc)"

# 8. out of memory is oom, every time: a 12 MB document.xml (79,000
# paragraphs) under limits below what it needs (it converts in 56 MB on
# glibc's malloc, 104 MB on mimalloc; it needed more than 80 on glibc's
# while the markup pass copied every paragraph)
mkdir -p "$T/mem"
python3 tests/hostile/big_docx.py "$T/mem/large.docx" large
statuses=
for mb in 16 24 32 40 48; do
  rm -rf "$T/memout"
  $M batch --quiet -o "$T/memout" -j 1 --max-memory $mb "$T/mem" 2>/dev/null
  statuses="$statuses $mb:$(python3 -c "import json,sys; e=json.loads(open(sys.argv[1]).readline()); print(e['status'] + '/' + str(e['exit_code']))" "$T/memout/manifest.jsonl")"
done
ok $([ -z "$(echo "$statuses" | tr ' ' '\n' | grep -v '^$' | grep -v ':oom/20$')" ]; echo $?) \
   "a valid DOCX over --max-memory 16..48 MB is oom with exit code 20 each time ($statuses)"
rm -rf "$T/mem" "$T/memout"

# the libraries mapped before the fork are those of the inputs' plugins:
# glibc's loader names every library each process opens (LD_DEBUG=files)
loaded () { # DIR: the sonames the batch over DIR opened, one per line
  rm -rf "$T/ld" "$T/ldout"; mkdir -p "$T/ld"
  LD_DEBUG=files LD_DEBUG_OUTPUT="$T/ld/log" $M batch --quiet -o "$T/ldout" -j 2 "$1" 2>/dev/null
  cat "$T/ld"/log.* 2>/dev/null | sed -n 's/.*file=\([^ ]*\).*dynamically loaded.*/\1/p' | sort -u
}
mkdir -p "$T/onlydocx" "$T/onlypdf"
cp fixtures/dev/m01.docx fixtures/dev/m02.docx "$T/onlydocx/"
cp fixtures/dev/m01.pdf fixtures/dev/m02.pdf "$T/onlypdf/"
libs=$(loaded "$T/onlydocx" | tr '\n' ' ')
ok $(echo "$libs" | grep -q libzip && ! echo "$libs" | grep -q poppler; echo $?) \
   "a DOCX batch maps libzip and not poppler ($libs)"
ok $(! echo "$libs" | grep -q json-glib; echo $?) \
   "a batch into a new directory does not load json-glib: no manifest to read ($libs)"
rm -rf "$T/ld"; mkdir -p "$T/ld"
LD_DEBUG=files LD_DEBUG_OUTPUT="$T/ld/log" $M batch --quiet -o "$T/ldout" "$T/onlydocx" 2>/dev/null
ok $(cat "$T/ld"/log.* | grep -q 'file=libjson-glib.*dynamically loaded'; echo $?) \
   "the batch run again reads its manifest with json-glib"
libs=$(loaded "$T/onlypdf" | tr '\n' ' ')
ok $(echo "$libs" | grep -q poppler && ! echo "$libs" | grep -q libzip; echo $?) \
   "a PDF batch maps poppler and not libzip ($libs)"
rm -rf "$T/onlydocx" "$T/onlypdf" "$T/ld" "$T/ldout"

# a paper with no items is "empty" in the manifest, not ok, and no failure
mkdir -p "$T/memo"
printf 'Notat om budgettet\n\nForvaltningen har set på sagen.\n' > "$T/memo/notat.txt"
cp fixtures/dev/m01.txt "$T/memo/"
$M batch --quiet -o "$T/memoout" "$T/memo" 2>/dev/null
rc=$?
ok $([ $rc = 0 ] && [ "$(status_of "$T/memoout/manifest.jsonl" "$T/memo/notat.txt")" = empty ] \
     && [ "$(status_of "$T/memoout/manifest.jsonl" "$T/memo/m01.txt")" = ok ]; echo $?) \
   "a paper with no items is status empty (exit $rc), a paper with items ok"

# 4. the manifest cannot be written: a failed batch (13), no torn line left
mkdir -p "$T/full/in" "$T/full/out"
cp fixtures/dev/m01.txt fixtures/dev/m02.txt fixtures/dev/m03.txt "$T/full/in/"
python3 - "$T/full/out/manifest.jsonl" <<'PY'
import json, sys
line = json.dumps({'path': '/nowhere/x', 'status': 'ok', 'pad': 'x' * 900}) + '\n'
text = line * 107
text += 'x' * (102300 - len(text) - 30) + '\n{"path":"/nowhere/torn'   # a torn last line
open(sys.argv[1], 'w').write(text)
PY
python3 -c 'import os, resource, sys
resource.setrlimit(resource.RLIMIT_FSIZE, (102400, 102400))
os.execv(sys.argv[1], sys.argv[1:])' $M batch --quiet -o "$T/full/out" -j 1 "$T/full/in" 2>"$T/err"
rc=$?
ok $([ $rc = 13 ] && grep -q "manifest.jsonl: cannot write the manifest: .*not recorded" "$T/err"; echo $?) \
   "a manifest write that fails (file size limit, as a full disk) is exit 13 (got $rc: $(cat "$T/err"))"
$M batch --quiet -o "$T/full/out" -j 1 "$T/full/in" 2>"$T/err"
ok $? "the rerun, with room, succeeds"
python3 - "$T/full/out/manifest.jsonl" "$T/full/in" <<'PY'
import json, sys
good, bad = [], []
for line in open(sys.argv[1]).read().split('\n')[:-1]:
    try:
        good.append(json.loads(line))
    except ValueError:
        bad.append(line)
assert len(bad) == 2 and bad[1].endswith('"/nowhere/torn'), bad[-1][-40:]
done = {e['path'] for e in good if e['status'] == 'ok' and e['path'].startswith(sys.argv[2])}
assert len(done) == 3, done
PY
ok $? "the torn line was ended, not appended to; every paper is recorded once done"

# 5. a file name that is not UTF-8: every output valid, the name kept
mkdir -p "$T/bytes"
cp fixtures/dev/m01.txt "$T/bytes/$(printf 'referat\377\001.txt')"
$M batch --quiet -o "$T/bytesout" -t json,csv,html "$T/bytes" 2>"$T/err"
ok $? "a batch over a name holding 0xFF and a control byte succeeds"
python3 - "$T/bytesout" "$T/bytes" <<'PY'
import json, os, sys
out, src = sys.argv[1], os.fsencode(sys.argv[2])
import base64
line = open(os.path.join(out, 'manifest.jsonl'), 'rb').read().decode('utf-8')   # valid UTF-8
e = json.loads(line)
assert base64.b64decode(e['path_base64']) == os.path.join(src, b'referat\xff\x01.txt'), e
assert e['path'].endswith('referat\ufffd\x01.txt'), e['path']
for ext in ('json', 'csv', 'html'):
    name = os.path.join(os.fsencode(out), b'referat\xff\x01.txt.' + ext.encode())
    text = open(name, 'rb').read().decode('utf-8')
    if ext == 'json':
        assert json.loads(text)['source']['file'] == 'referat\ufffd\x01.txt'
PY
ok $? "the manifest, JSON, CSV and HTML are valid UTF-8 (U+FFFD for the byte); the manifest keeps the name in path_base64"
$M batch -o "$T/bytesout" -t json,csv,html "$T/bytes" 2>"$T/err"
ok $([ $? = 0 ] && grep -q "1 up to date" "$T/err"; echo $?) "a rerun finds it up to date"
ok $(grep -q '\\x01' "$T/err" || [ -z "$(grep -n "$(printf '\001')" "$T/err")" ]; echo $?) "the summary prints no raw control byte"

# an output a crash left empty or short (a new file's data is not synced;
# the manifest line is) is converted again, not taken as done; a database,
# which grows with every paper, is not held to its size
mkdir -p "$T/lost"
cp fixtures/dev/m01.txt fixtures/dev/m02.txt fixtures/dev/m03.txt "$T/lost/"
$M batch --quiet -o "$T/lostout" -t json,csv "$T/lost" 2>/dev/null
ok $(grep -q '"output_bytes":\[[0-9]*,[0-9]*\]' "$T/lostout/manifest.jsonl"; echo $?) "the manifest records each output's size"
: > "$T/lostout/m01.txt.json"
csv_bytes=$(wc -c < "$T/lostout/m02.txt.csv")
head -c 100 "$T/lostout/m02.txt.csv" > "$T/lostout/short" && mv "$T/lostout/short" "$T/lostout/m02.txt.csv"
$M batch -o "$T/lostout" -t json,csv "$T/lost" 2>"$T/err"
ok $([ $? = 0 ] && grep -q "2 ok.*1 up to date" "$T/err" && [ -s "$T/lostout/m01.txt.json" ] \
     && [ "$(wc -c < "$T/lostout/m02.txt.csv")" = "$csv_bytes" ]; echo $?) \
   "an emptied and a shortened output are converted again, the intact one is up to date ($(grep -o '[0-9]* ok.*up to date' "$T/err"))"
if $M plugins | grep -q '^sqlite '; then
  $M batch --quiet -o "$T/lostdb" -t json,sqlite "$T/lost" 2>/dev/null
  $M batch -o "$T/lostdb" -t json,sqlite "$T/lost" 2>"$T/err"
  ok $(grep -q "3 up to date" "$T/err"; echo $?) "a batch into a database is up to date on a rerun (its size is not checked)"
fi
rm -rf "$T/lost" "$T/lostout" "$T/lostdb"

# papers of two templates, in turn: a worker keeps a styles.xml it has
# seen twice (plugins/docx/styles.c); each paper must still be read with
# its own template's styles, exactly as when converted alone
if $M plugins | grep -q '^docx '; then
  mkdir -p "$T/templates"
  python3 tests/cli/styles_docx.py --archive "$T/templates"
  $M batch --quiet -o "$T/templates-out" -j 1 "$T/templates" 2>"$T/err"
  ok $? "a batch of papers of two templates converts"
  same=0
  for f in "$T"/templates/*.docx; do
    $M convert -q -o "$T/alone.json" "$f" 2>/dev/null
    cmp -s "$T/alone.json" "$T/templates-out/$(basename "$f").json" || same=1
  done
  ok $same "each paper's output is the one it has converted alone"
  ok $([ "$(cat "$T"/templates-out/a*.json | grep -c '"title": "Sag a')" = 3 ] \
       && ! grep -q '"title": "Sag b' "$T"/templates-out/b*.json; echo $?) \
     "the first template's papers have their item, the second's none"
  ok $([ "$(cat "$T"/templates-out/c[23].docx.json | grep -c '"title": "Sag c')" = 2 ]; echo $?) \
     "a template's papers that use styles past what its first paper read have them"
fi

echo "1..$n"
exit $fail
