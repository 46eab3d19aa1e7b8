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
# the portals' "Spørgsmål / Svar" pseudo-committee: one record, no text, only files
cat > "$T/qa.json" <<'JSON'
{"Dagsordenpunkter": [{"Felter": [{"Navn": "", "Html": "<div><div id='sagsfremstillingContainer'>\r\n</div></div>"}],
  "SagsNummer": "21-015217", "Navn": "Spørgsmål/svar til Byrådet 2024", "Punktnummer": "1",
  "Bilag": [{"Navn": "Spørgsmål /svar vedr. skolefravær.", "Order": 0}, {"Navn": "Spørgsmål /svar vedr. vejhuller", "Order": 0}]}],
 "Udvalg": {"Navn": ".Spørgsmål / Svar til Byrådet 2022-2025"},
 "Moede": {"Dato": "2024-12-31T12:00:00+01:00", "Sted": "Virtuelt", "Moededeltagere": [], "Navn": "Dagsorden"}}
JSON
$M convert -o "$T/qa.out" "$T/qa.json" 2>"$T/err"
rc=$?
ok $([ $rc = 0 ] && grep -q "warning: export-no-content" "$T/err" && grep -q "warning: no-items" "$T/err" \
     && python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['items'] == []" "$T/qa.out"; echo $?) \
  "the Spørgsmål / Svar pseudo-committee (records with no text) gives no items and a warning (exit $rc)"
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
# the enclosures are attachments, not a section the paper prints
assert [s['heading'] for s in items[1]['sections']] == ['Beslutning'], items[1]['sections']
assert d['warnings'] == [], d['warnings']
PY
ok $? "meeting, members with status, items with access and case number, fields as sections, enclosures"
# a region's fields in capitals: a board's decision with no date in its heading
sed -e 's/<Caption><!\[CDATA\[Beslutning\]\]><\/Caption>/<Caption><![CDATA[REGIONSRÅDETS BESLUTNING]]><\/Caption>/' $X > "$T/caps.xml"
$M convert -q "$T/caps.xml" | python3 -c "
import json, sys
d = json.load(sys.stdin)['items'][0]
assert [(s['heading'], s['kind']) for s in d['sections']] == [
    ('Sagsfremstilling', 'presentation'), ('REGIONSRÅDETS BESLUTNING', 'decision')], d['sections']
assert (d['decision']['body'], d['decision']['text']) == ('Regionsrådet', 'Godkendt.'), d['decision']"
ok $? "an SBSYS field 'REGIONSRÅDETS BESLUTNING' is the decision of Regionsrådet"
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
# eDoc (Fujitsu) agenda XML, eDoc AgendaPublishing XML, Acadre MM XML
for name in edoc edoc-publishing acadre; do
  $M plugins | grep -Eq "^$name +input +abi 1 +xml"
  ok $? "minutes plugins lists the $name input"
done
$M convert -q -o "$T/ed.json" fixtures/exports/edoc-referat.xml
ok $? "an eDoc agenda XML converts"
python3 - "$T/ed.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
m, items = d['meeting'], d['items']
assert d['source']['format'] == 'edoc'
assert (m['body'], m['date'], m['start'], m['end'], m['location'], m['kind']) == (
    'Kultur- og Fritidsudvalget', '2024-03-14', '16:00', '18:30', 'Mødelokale 3, Rådhuset', 'minutes'), m
assert [(p['name'], p['role'], p['present']) for p in m['participants']] == [
    ('Karen Holm', 'formand', True), ('Peter Lund', None, False)], m['participants']
assert [(i['number'], i['title'], i['access'], i['case_number']) for i in items] == [
    (1, 'Tilskud til foreninger', 'open', '2024-000123'), (2, 'Personalesag', 'closed', None)], items
one = items[0]
# a field of text holds HTML's entities too; "Forvaltningen foreslår" is a recommendation by its form
assert one['sections'][0]['text'] == 'Foreningerne søger om tilskud.', one['sections'][0]
assert one['recommendation'] == '- At tilskuddet bevilges.', one
# a line of text reading "Baggrund" inside a field is text, not a section; <br> a line break
assert one['presentation'] == 'Der er tre ansøgninger.\nBaggrund\nDe er modtaget i januar.', one['presentation']
# only the handling placed at this meeting is its decision; the placeholder is none
assert [x['text'] for x in one['decisions']] == ['Godkendt.'] and one['decision']['result'] == 'approved'
assert items[1]['decision'] is None
assert [(a['number'], a['access'], a['title']) for a in one['attachments']] == [(1, 'open', 'Ansøgninger 2024.pdf')]
assert d['warnings'] == [], d['warnings']
PY
ok $? "eDoc: meeting, roles, attendance, fields as sections, this meeting's decision, attachments with access"
$M convert -o "$T/pub.json" fixtures/exports/edoc-publishing.xml 2>"$T/err"
rc=$?
ok $([ $rc = 0 ] && grep -q "edoc-publishing.xml: warning: xml-recovered: characters XML 1.0 forbids" "$T/err"; echo $?) \
  "eDoc AgendaPublishing with &#xC; references reads in recovery mode with a warning (exit $rc)"
python3 - "$T/pub.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
m, items = d['meeting'], d['items']
assert (m['body'], m['date'], m['kind']) == ('Social- og Sundhedsudvalget', '2024-03-05', 'minutes'), m
assert [(p['name'], p['party'], p['role']) for p in m['participants']] == [('Hanne Bech', 'A', 'formand'), ('Jens Krogh', 'V', None)]
# listed 2, 1: printed by number; the table of contents is no item
assert [(i['number'], i['title'], i['case_number']) for i in items] == [
    (1, 'Meddelelser', '2024-1001'), (2, 'Plejeboliger', '2024-1002')], items
assert items[1]['recommendation'] == 'Forvaltningen indstiller, at planen godkendes.'
assert items[1]['decision']['result'] == 'approved' and items[0]['decision']['result'] == 'noted'
assert [(a['document_id'], a['title']) for a in items[1]['attachments']] == [('2024-20001', 'Boligplan')]
assert [w['code'] for w in d['warnings']] == ['xml-recovered'], d['warnings']
PY
ok $? "AgendaPublishing: front page from the paper's text, items by number from their full text, decisions"
$M convert -q -o "$T/ac.json" fixtures/exports/acadre-referat.xml
python3 - "$T/ac.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
m, items = d['meeting'], d['items']
assert d['source']['format'] == 'acadre'
assert (m['body'], m['date'], m['start'], m['end'], m['location']) == (
    'Udvalget for Teknik og Miljø', '2024-04-10', '09:00', '11:30', 'Byrådssalen'), m
assert [(p['name'], p['party'], p['role'], p['present']) for p in m['participants']] == [
    ('Lise Dam', 'A', 'formand', True), ('Bo Vang', 'V', None, False)], m['participants']
assert [(i['number'], i['title'], i['access'], i['case_number']) for i in items] == [
    (301, 'Ny cykelsti', 'open', '24/5566'), (302, 'Køb af areal', 'closed', None)], items
one = items[0]
assert [s['heading'] for s in one['sections']][:2] == ['Resumé', 'Indstilling'], one['sections']  # empty bullets left out
assert one['sections'][0]['text'] == 'En cykelsti langs åen.'
assert [(x['date'], x['result']) for x in one['decisions']] == [('2024-03-13', 'postponed'), ('2024-04-10', 'approved')]
assert one['decision']['date'] == '2024-04-10' and one['decision']['absent'] == ['Bo Vang']
assert [(a['number'], a['access'], a['title'], a['reference']) for a in one['attachments']] == [
    (1, 'open', 'Kort over stien', '12345/24')]
PY
ok $? "Acadre: items by their printed number, bullets as sections, dated decisions, enclosures with fileno"
for f in edoc-referat.xml edoc-publishing.xml acadre-referat.xml; do
  head -c 700 fixtures/exports/$f > "$T/cut-$f"
  $M convert -o "$T/cut.out" "$T/cut-$f" 2>"$T/err"
  rc=$?
  ok $([ $rc = 9 ] && grep -q "cut-$f: damaged XML: not well-formed (line" "$T/err" && [ $(wc -l < "$T/err") = 1 ] && [ ! -e "$T/cut.out" ]; echo $?) \
    "a truncated $f is exit 9, one line naming the line (got $rc)"
done
printf '<?xml version="1.0"?>\n<!-- a comment first -->\n<!DOCTYPE root [ <!ENTITY a "ha"> ]>\n<root><table name="agenda"></table></root>\n' > "$T/dtd.xml"
$M convert -f acadre -o "$T/dtd.out" "$T/dtd.xml" 2>"$T/err"
rc=$?
ok $([ $rc = 11 ] && grep -q "a DTD is refused" "$T/err"; echo $?) "a DTD behind a comment is refused too (exit $rc)"
printf '<?xml version="1.0"?>\n<root><table name="agenda"><fields><field name="Referat"></field></fields></table></root>\n' > "$T/index.xml"
$M convert -o "$T/index.out" "$T/index.xml" 2>"$T/err"
rc=$?
ok $([ $rc = 0 ] && grep -q "warning: no-items" "$T/err"; echo $?) "an Acadre file of another kind (an index) gives no items and a warning (exit $rc)"
# web pages
$M convert -q -o "$T/ep.json" fixtures/exports/edoc-dagsorden.html
python3 - "$T/ep.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
m, items = d['meeting'], d['items']
assert d['source']['format'] == 'html'
assert (m['body'], m['date'], m['start'], m['location'], m['kind']) == (
    'Kultur- og Fritidsudvalget', '2024-03-14', '16:00', 'Mødelokale 3, Rådhuset', 'agenda'), m
# the table of contents' rows are no items; access from the bare "Åben" / "Lukket"
assert [(i['number'], i['title'], i['access'], i['case_number']) for i in items] == [
    (1, 'Tilskud til foreninger', 'open', '2024-000123'), (2, 'Personalesag', 'closed', None)], items
assert [(s['heading'], s['kind']) for s in items[0]['sections']] == [
    ('Præsentation:', 'summary'), ('Forvaltningen foreslår:', 'recommendation'), ('Økonomi:', 'economy'),
    ('Bilag:', 'attachments')], items[0]['sections']
assert items[0]['sections'][0]['text'] == 'Foreningerne søger om tilskud.'
assert [a['title'] for a in items[0]['attachments']] == ['Ansøgninger 2024.pdf']
assert items[1]['presentation'] == 'Fortrolig.'     # "Lukkede sager" is no text of item 1
assert d['warnings'] == [], d['warnings']
PY
ok $? "eDoc's HTML rendering: its title tables, headers and labels read by their classes"
$M convert -q -o "$T/fp.json" fixtures/exports/firstagenda-referat.html
python3 - "$T/fp.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
m, items = d['meeting'], d['items']
assert (m['body'], m['date'], m['start'], m['location'], m['kind'], m['participants']) == (
    'Børne- og Ungeudvalget', '2024-04-10', '16:30', 'Mødelokale 1', 'minutes', []), m
assert [(i['number'], i['title'], i['case_number']) for i in items] == [
    (1, 'Godkendelse af dagsorden', 'EMN-2024-000101'), (2, 'Skolernes budget', 'EMN-2024-000202')], items
# the badge, the menu, the "PDF" label and the dialog are no content
assert [a['title'] for a in items[0]['attachments']] == ['Dagsorden 10.04.2024'], items[0]['attachments']
assert items[0]['decision']['absent'] == ['Ida Bjerg']
# an empty <h3></h3> keeps the abstract out of the decision
two = items[1]
assert [s['heading'] for s in two['sections']] == ['Beslutninger', '', 'Resume', 'Beslutningspunkter'], two['sections']
assert two['decision']['text'] == 'Udvalget anbefaler indstillingen.'
assert two['sections'][2]['text'] == 'Budgettet ændres – lidt.'
assert two['recommendation'] == 'Det indstilles,\n\nat budgettet godkendes.'
assert 'Kopier' not in json.dumps(d, ensure_ascii=False) and 'ikke indhold' not in json.dumps(d, ensure_ascii=False)
assert d['warnings'] == [], d['warnings']
PY
ok $? "FirstAgenda's web page: item rows, controls and dialogs dropped, empty headings kept apart"
printf '<html><body><p>unclosed <div><table><tr><td>x' > "$T/broken.html"
$M convert -o "$T/broken-h.out" "$T/broken.html" 2>"$T/err"
rc=$?
ok $([ $rc = 0 ] && grep -q "warning: no-items" "$T/err"; echo $?) "a broken web page is read as far as it goes: no items and a warning (exit $rc)"
$M batch --quiet -o "$T/ball" fixtures/exports 2>/dev/null
ok $([ $? = 0 ] && [ $(ls "$T/ball"/*.json | wc -l) = $(ls fixtures/exports | wc -l) ]; echo $?) \
  "minutes batch converts every export and web page fixture ($(ls "$T/ball"/*.json 2>/dev/null | wc -l) of $(ls fixtures/exports | wc -l))"
# an export has no pages: an attachment's dated title is no running header
cat > "$T/pav.json" <<'JSON'
{"Dagsordenpunkter": [
  {"Felter": [{"Navn": "", "Html": "<h3>Beslutning</h3><p>Godkendt.</p><h3>Fremstilling</h3><p>Der foreslås en pavillon.</p>"}],
   "SagsNummer": "22-000101", "Navn": "Pavillon ved skolen", "Punktnummer": "1",
   "Bilag": [{"Navn": "Forslag til placering af pavillon. 29.03.2022", "Order": 0}]}],
 "Udvalg": {"Navn": "Planudvalget"},
 "Moede": {"Dato": "2022-04-05T16:00:00+02:00", "Sted": "Rådhuset", "Moededeltagere": [], "Navn": "Referat"}}
JSON
$M convert -q "$T/pav.json" | python3 -c "
import json, sys
d = json.load(sys.stdin)
assert (d['meeting']['body'], d['meeting']['date']) == ('Planudvalget', '2022-04-05'), d['meeting']
assert [a['title'] for a in d['items'][0]['attachments']] == ['Forslag til placering af pavillon. 29.03.2022']"
ok $? "an export's attachment titled with a date is an attachment, not the meeting's running header"
# text and <br> among blocks is a paragraph of its own, as a browser shows it
printf '<html><body><h2>1. Godkendelse af dagsorden</h2><div><h3>Beslutning</h3><span><p>Godkendt.&nbsp;</p><br><br>Afbud: Brigitte Jerkel</span></div><h3>Fremstilling</h3><p>Tekst.</p></body></html>' > "$T/run.html"
$M convert -q "$T/run.html" | python3 -c "
import json, sys
t = json.load(sys.stdin)['items'][0]['decision']
assert t['text'] == 'Godkendt.\n\nAfbud: Brigitte Jerkel' and t['absent'] == ['Brigitte Jerkel'], t"
ok $? "a web page's text after <br> between blocks is kept (the Afbud line of a decision)"
# the text plugin's marks: every HTML entity, named or numeric
printf 'Dagsorden\n\n1. Budget &oslash; &#248; &#xF8; &ndash; &amp; &bogus; R&D\n\nSagsfremstilling\nTekst.\n' > "$T/ent.txt"
$M convert -q "$T/ent.txt" | python3 -c "import json,sys; t = json.load(sys.stdin)['items'][0]['title']; assert t == 'Budget ø ø ø – & &bogus; R&D', t"
ok $? "a text export's entities are decoded (libxml2's HTML table), unknown ones kept"
echo "1..$n"
exit $fail
