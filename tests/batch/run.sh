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
ok $([ -z "$(find "$T/killed" -name '*.json.??????')" ]; echo $?) "no temporary file is left"
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

echo "1..$n"
exit $fail
