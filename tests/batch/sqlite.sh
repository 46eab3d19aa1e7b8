#!/bin/sh
# SQLite output and minutes search: counts against the JSON, search, a
# SIGKILL half-way, a paper converted again, bad databases.  TAP.
set -u
cd "$(dirname "$0")/../.." || exit 1
M=$(pwd)/${BUILD:-build}/minutes
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
n=0
fail=0
ok () { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else fail=1; echo "not ok $n - $2"; fi; }
sha () { sha256sum "$1" | cut -d' ' -f1; }

if ! $M plugins | grep -q "^sqlite "; then
  echo "1..0 # skip sqlite support not built in"
  exit 0
fi
mkdir -p "$T/in"
cp fixtures/seeds/*.txt fixtures/dev/*.txt fixtures/dev/*.pdf fixtures/dev/*.docx "$T/in/"
$M batch --quiet -o "$T/out" -t json,sqlite -j 2 "$T/in" 2>"$T/err"
ok $? "a batch over the seeds and the dev set writes JSON and one database"
python3 - "$T/out" <<'PY'
import glob, json, os, sqlite3, sys
out = sys.argv[1]
db = sqlite3.connect(os.path.join(out, 'archive.db'))
q = lambda s: db.execute(s).fetchone()[0]
docs = [json.load(open(f)) for f in glob.glob(os.path.join(out, '*.json'))]
items = [i for d in docs for i in d['items']]
want = {'meetings': len(docs), 'items': len(items),
        'decisions': sum(len(i['decisions']) for i in items),
        'participants': sum(len(d['meeting']['participants']) for d in docs),
        'attachments': sum(len(i['attachments']) for i in items),
        'sections': sum(len(i['sections']) for i in items),
        'topics': sum(len(i['topics']) for i in items)}
got = {t: q(f'select count(*) from {t}') for t in want}
assert want == got, (want, got)
assert q('select count(*) from sources') == 40 and q('pragma integrity_check') == 'ok'
assert q('pragma user_version') == 1 and q('pragma journal_mode') == 'wal'
# the item's decision is marked, and it is the JSON's
assert q('select count(*) from decisions where is_item_decision') == sum(1 for i in items if i['decision'])
PY
ok $? "meetings, items, decisions, participants, attachments, sections and topics count as in the JSON"
$M search "$T/out/archive.db" "Glesborg Borgerforening" >"$T/hits" 2>"$T/err"
ok $([ $? = 0 ] && grep -q "Ansøgning om tilskud fra kulturpuljen" "$T/hits"; echo $?) "minutes search finds a known phrase"
$M search --json --limit 3 "$T/out/archive.db" "lokalplan*" >"$T/hits.json"
python3 -c "
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert 1 <= len(rows) <= 3 and all('[' in r['snippet'] for r in rows), rows
assert rows == sorted(rows, key=lambda r: r['rank'])" "$T/hits.json"
ok $? "--json gives ranked rows with a snippet, at most --limit"
$M search "$T/out/archive.db" "Økonomiudvalget" | grep -q "Økonomiudvalget"
ok $? "æ, ø and å are letters of the index"
$M search "$T/out/archive.db" 'AND AND' >/dev/null 2>"$T/err"
ok $([ $? = 2 ] && grep -q "^minutes: search:" "$T/err"; echo $?) "a query FTS5 refuses is a usage error"

# SIGKILL half-way, then the rerun: every paper once, the database sound
for c in 1 2 3 4; do mkdir -p "$T/big/c$c" && cp fixtures/dev/* "$T/big/c$c/" && rm "$T/big/c$c"/*.expected.json; done
setsid sh -c 'echo $$ > "$1/pgid"; exec "$2" batch --quiet -o "$1/killed" -t sqlite -j 1 "$1/big" 2>/dev/null' _ "$T" "$M" &
while [ ! -s "$T/pgid" ]; do sleep 0.01; done
i=0
while [ $i -lt 300 ] && [ "$(cat "$T/killed/manifest.jsonl" 2>/dev/null | wc -l)" -lt 20 ]; do sleep 0.02; i=$((i + 1)); done
kill -s KILL -- -"$(cat "$T/pgid")"
wait 2>/dev/null
first=$(wc -l < "$T/killed/manifest.jsonl")
$M batch --quiet -o "$T/killed" -t sqlite -j 2 "$T/big" 2>/dev/null
ok $? "the batch killed half-way ($first of 144 recorded) reruns"
python3 - "$T/killed/archive.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
q = lambda s: db.execute(s).fetchone()[0]
assert q('pragma integrity_check') == 'ok'
assert q('select count(*) from sources') == 144 and q('select count(distinct path) from sources') == 144
assert q('select count(*) from meetings') == 144
PY
ok $? "integrity_check is ok and every paper is there exactly once"

# a paper converted again replaces its rows
cp fixtures/dev/m03.txt "$T/paper.txt"
$M convert -q -t sqlite -o "$T/one.db" "$T/paper.txt"
sed -i 's/Ansøgning om tilskud fra kulturpuljen/Ansøgning om støtte fra kulturpuljen/' "$T/paper.txt"
$M convert -q -t sqlite -o "$T/one.db" "$T/paper.txt"
python3 - "$T/one.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
q = lambda s: db.execute(s).fetchall()
assert q('select count(*) from sources') == [(1,)] and q('select count(*) from meetings') == [(1,)]
titles = [t for (t,) in q('select title from items order by position')]
assert len(titles) == 6 and titles[0].startswith('Ansøgning om støtte'), titles
assert q("select count(*) from search where search match 'tilskud'") == [(0,)]
PY
ok $? "a changed paper converted again replaces its rows; nothing is duplicated, the index follows"
$M convert -t sqlite fixtures/dev/m01.txt 2>"$T/err"
ok $([ $? = 2 ] && grep -q "is a database: give it with -o FILE" "$T/err"; echo $?) "a database to standard output is a usage error"

# bad databases: one line, exit 13, the file untouched
head -c 4096 /dev/urandom > "$T/noise.db"
before=$(sha "$T/noise.db")
$M convert -t sqlite -o "$T/noise.db" fixtures/dev/m01.txt 2>"$T/err"
ok $([ $? = 13 ] && grep -q "noise.db: not an SQLite database" "$T/err" && [ "$(sha "$T/noise.db")" = "$before" ]; echo $?) \
   "a file that is no database: exit 13, untouched"
python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute('pragma user_version=2'); db.execute('create table t(x)'); db.commit()" "$T/newer.db"
before=$(sha "$T/newer.db")
$M convert -t sqlite -o "$T/newer.db" fixtures/dev/m01.txt 2>"$T/err"
ok $([ $? = 13 ] && grep -q "newer.db: database schema version 2 is newer" "$T/err" && [ "$(sha "$T/newer.db")" = "$before" ]; echo $?) \
   "a database of a newer schema version: exit 13, untouched"
python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute('create table customers(x)'); db.commit()" "$T/other.db"
before=$(sha "$T/other.db")
$M convert -t sqlite -o "$T/other.db" fixtures/dev/m01.txt 2>"$T/err"
ok $([ $? = 13 ] && grep -q "not a minutes database" "$T/err" && [ "$(sha "$T/other.db")" = "$before" ]; echo $?) \
   "someone else's SQLite database: exit 13, untouched"
cp "$T/one.db" "$T/ro.db"
chmod 444 "$T/ro.db"
before=$(sha "$T/ro.db")
if [ "$(id -u)" = 0 ]; then
  as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
  chmod 755 "$T"
else
  as_user=
fi
$as_user $M convert -t sqlite -o "$T/ro.db" fixtures/dev/m01.txt 2>"$T/err"
rc=$?
ok $([ $rc = 13 ] && [ "$(wc -l < "$T/err")" = 1 ] && grep -q "ro.db: cannot" "$T/err" && [ "$(sha "$T/ro.db")" = "$before" ]; echo $?) \
   "a read-only database: exit 13, one line, untouched (got $rc: $(cat "$T/err"))"
echo "1..$n"
exit $fail
