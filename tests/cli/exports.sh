#!/bin/sh
# Export formats as inputs: FirstAgenda publication JSON (a fixture written
# for the test, fixtures/exports/) and its bad inputs.  TAP.
set -u
cd "$(dirname "$0")/../.." || exit 1
M=${BUILD:-build}/minutes
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
n=0
fail=0
ok () { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else fail=1; echo "not ok $n - $2"; fi; }
F=fixtures/exports/firstagenda-udvalg.json

$M plugins | grep -Eq "^firstagenda +input +abi 1 +json"
ok $? "minutes plugins lists the firstagenda input"
$M convert -q -o "$T/fa.json" $F
ok $? "a FirstAgenda meeting converts"
python3 - "$T/fa.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
m, items = d['meeting'], d['items']
assert d['source']['format'] == 'firstagenda', d['source']
assert (m['body'], m['date'], m['start'], m['location']) == ('Teknik- og Miljøudvalget', '2024-03-04', '16:30', 'Mødelokale 1'), m
assert [(p['name'], p['present']) for p in m['participants']] == [('Anna Berg', True), ('Ole Dahl', False)]
assert [(i['number'], i['title'], i['case_number']) for i in items] == [
    (1, 'Godkendelse af dagsorden', '24-000111'), (2, 'Cykelsti ved skolen', '24-000222'),
    (3, 'Salg af grund', '24-000333')], items
assert items[2]['access'] == 'closed' and items[2]['decisions'] == []
assert items[0]['decision']['absent'] == ['Ole Dahl'] and items[0]['decision']['result'] == 'approved'
assert items[1]['decision']['text'] == '1. Anbefales.\n\n2. Godkendt.', items[1]['decision']
assert [(a['number'], a['title']) for a in items[1]['attachments']] == [(None, 'Oversigtskort'), (2, 'Budget')]
summary = [s for s in items[0]['sections'] if s['kind'] == 'summary'][0]['text']
assert summary == 'Dagsordenen forelægges – til godkendelse.', summary   # &aelig; and &ndash; decoded
assert d['warnings'] == [], d['warnings']
PY
ok $? "meeting, participants, items by their records (numbered lines in a decision stay text), closed item, entities decoded"
cp $F "$T/meeting.dat"
$M convert -q "$T/meeting.dat" | python3 -c "import json,sys; assert json.load(sys.stdin)['source']['format'] == 'firstagenda'"
ok $? "it is probed by its keys, not its extension"
printf '{"results": [{"title": "Byrådsmøde", "url": "/x"}], "count": 1}\n' > "$T/listing.json"
$M convert -o "$T/listing.out" "$T/listing.json" 2>"$T/err"
rc=$?
ok $([ $rc = 0 ] && grep -q "warning: no-items" "$T/err" && python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['items'] == []" "$T/listing.out"; echo $?) \
   "a JSON of another kind (a listing page) gives no items and a warning (exit $rc)"
head -c 700 $F > "$T/broken.json"
$M convert -o "$T/broken.out" "$T/broken.json" 2>"$T/err"
rc=$?
ok $([ $rc = 9 ] && grep -q "^minutes: $T/broken.json: damaged JSON" "$T/err" && [ ! -e "$T/broken.out" ]; echo $?) \
   "a truncated FirstAgenda JSON is exit 9, one line, no output (got $rc)"
python3 -c "
import sys
f = open(sys.argv[1], 'w')
f.write('{\"Dagsordenpunkter\": [{\"Punktnummer\": \"1\", \"Navn\": \"Stor\", \"Felter\": [{\"Html\": \"<p>')
chunk = 'budget ' * 150000
for _ in range(100): f.write(chunk)
f.write('</p>\"}]}]}')" "$T/huge.json"
$M convert -o "$T/huge.out" "$T/huge.json" 2>"$T/err"
rc=$?
ok $([ $rc = 11 ] && grep -q "huge.json: more than 64 MiB of text" "$T/err"; echo $?) "a 100 MB string in a JSON is exit 11 (got $rc: $(cat "$T/err"))"
mkdir -p "$T/arch"
cp $F "$T/arch/"
$M batch --quiet -o "$T/bout" "$T/arch" 2>/dev/null
ok $([ $? = 0 ] && [ -s "$T/bout/firstagenda-udvalg.json.json" ]; echo $?) "minutes batch converts FirstAgenda JSON like the others"
# SBSYS Publication XML
X=fixtures/exports/sbsys-publication.xml
$M plugins | grep -Eq "^sbsys +input +abi 1 +xml"
ok $? "minutes plugins lists the sbsys input"
$M convert -q -o "$T/sb.json" $X
ok $? "an SBSYS publication converts"
python3 - "$T/sb.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
m, items = d['meeting'], d['items']
assert d['source']['format'] == 'sbsys'
assert (m['body'], m['date'], m['start'], m['end'], m['location']) == (
    'Teknik- og Miljøudvalget', '2024-03-04', '16:30', '18:00', 'Mødelokale 2 på Rådhuset'), m
assert [(p['name'], p['party'], p['present']) for p in m['participants']] == [('Anna Berg', 'A', True), ('Ole Dahl', None, False)]
assert [(i['number'], i['title'], i['access'], i['case_number']) for i in items] == [
    (1, 'Godkendelse af dagsorden', 'open', None), (2, 'Salg af grund', 'closed', '24/1234')], items
# an empty field is left out (ShowEmptyFields False), an empty feedback field kept (True)
assert [(s['heading'], s['text']) for s in items[0]['sections']] == [
    ('Sagsfremstilling', 'Dagsordenen forelægges.'), ('Beslutning', 'Godkendt.')], items[0]['sections']
assert items[0]['decision']['result'] == 'approved' and items[1]['decisions'] == []
assert [(a['number'], a['title']) for a in items[1]['attachments']] == [(1, 'Kort over grunden')]
assert d['warnings'] == [], d['warnings']
PY
ok $? "meeting, members with status, items with access and case number, fields as sections, enclosures"
head -c 900 $X > "$T/broken.xml"
$M convert -o "$T/broken-x.out" "$T/broken.xml" 2>"$T/err"
rc=$?
ok $([ $rc = 9 ] && grep -q "broken.xml: damaged XML" "$T/err" && [ ! -e "$T/broken-x.out" ]; echo $?) "a truncated publication is exit 9 (got $rc)"
cat > "$T/laughs.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE Publication [ <!ENTITY a "ha"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"> ]>
<Publication><Agendas><Agenda><Items><Item><Caption>&c;</Caption><Number>1</Number></Item></Items></Agenda></Agendas></Publication>
XML
$M convert -o "$T/laughs.out" "$T/laughs.xml" 2>"$T/err"
rc=$?
ok $([ $rc = 11 ] && grep -q "laughs.xml: an XML with a DTD is refused" "$T/err"; echo $?) "a billion-laughs XML is exit 11 (got $rc)"
printf '<?xml version="1.0"?>\n<rss><channel><item><title>Byrådsmøde</title></item></channel></rss>\n' > "$T/feed.xml"
$M convert -o "$T/feed.out" "$T/feed.xml" 2>"$T/err"
rc=$?
ok $([ $rc = 0 ] && grep -q "warning: no-items" "$T/err"; echo $?) "an XML of another kind gives no items and a warning (exit $rc)"
echo "1..$n"
exit $fail
