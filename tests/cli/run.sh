#!/bin/sh
# CLI transcripts: each case runs one command and pins its exit code, a
# pattern its stderr must match (the one-line message naming the file),
# what its stdout holds, and that a failed run leaves no output file.
# Prints TAP.
set -u
cd "$(dirname "$0")/../.." || exit 1
M=${BUILD:-build}/minutes
T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
n=0
fail=0

# case NAME EXPECTED_EXIT STDERR_REGEX -- command...
# stdout goes to $T/out, stderr to $T/err; STDERR_REGEX '' means empty stderr.
case_ () {
  name=$1 want=$2 errre=$3
  shift 4
  "$@" >"$T/out" 2>"$T/err"
  got=$?
  n=$((n + 1))
  ok=1
  [ "$got" -eq "$want" ] || ok=0
  if [ -z "$errre" ]; then
    [ -s "$T/err" ] && ok=0
  else
    grep -Eq -- "$errre" "$T/err" || ok=0
    [ "$(wc -l <"$T/err")" -le 1 ] || ok=0
  fi
  if [ $ok = 1 ]; then
    echo "ok $n - $name"
  else
    fail=1
    echo "not ok $n - $name"
    echo "#   exit: want $want, got $got"
    sed 's/^/#   stderr: /' "$T/err" | head -5
  fi
}

check () {   # check NAME COMMAND... : a plain assertion
  name=$1
  shift
  n=$((n + 1))
  if "$@"; then echo "ok $n - $name"; else fail=1; echo "not ok $n - $name"; fi
}

seed=fixtures/seeds/001_25dbb616ed6b92b4.txt
bad=fixtures/bad

case_ "help lists the commands" 0 '' -- $M --help
check "help names convert and plugins" grep -q "convert .*INPUT" "$T/out"
case_ "version prints the schema" 0 '' -- $M --version
check "version line" grep -Eq "^minutes [0-9.]+ \(plugin ABI 1, schema minutes-agenda/1\.1, allocator (mimalloc [0-9]+\.[0-9]+\.[0-9]+|glibc)\)$" "$T/out"
# the allocator named is the one the process runs on: every library's
# malloc is bound to mimalloc's, none to libc's
if grep -q "allocator mimalloc" "$T/out"; then
  LD_DEBUG=bindings $M --version 2>&1 >/dev/null | grep "normal symbol .malloc'" > "$T/bindings"
  check "malloc is bound to mimalloc" grep -q "to .*libmimalloc" "$T/bindings"
  check "malloc is bound to nothing else" sh -c "! grep -v 'to .*libmimalloc' '$T/bindings'"
fi
case_ "no command is a usage error" 2 "no command given" -- $M
case_ "unknown command is a usage error" 2 "^minutes: unknown command 'frobnicate'" -- $M frobnicate
case_ "convert without input is a usage error" 2 "convert needs an INPUT" -- $M convert
case_ "unknown option is a usage error" 2 "^minutes: Unknown option --bogus" -- $M convert --bogus $seed

case_ "convert to stdout" 0 '' -- $M convert $seed
check "stdout is the agenda JSON" python3 -c "import json,sys; d=json.load(open('$T/out')); assert d['format']=='minutes-agenda/1.1' and d['items']"
case_ "convert stdin with -f text" 0 '' -- sh -c "$M convert -f text - < $seed"
check "stdin source is named <stdin>" grep -q '"file": "<stdin>"' "$T/out"
case_ "convert to a file" 0 '' -- $M convert -o "$T/a.json" $seed
check "the file is complete JSON" python3 -c "import json; json.load(open('$T/a.json'))"
check "no temporary file is left beside it" sh -c "[ \$(ls '$T' | grep -c 'a.json') -eq 1 ]"

# a pipe or a device is written to, never replaced by a renamed file
mkfifo "$T/fifo"
cat "$T/fifo" > "$T/from-fifo" &
case_ "output into a FIFO" 0 '' -- $M convert -o "$T/fifo" $seed
wait
check "the FIFO is still a FIFO" test -p "$T/fifo"
check "and the JSON went through it" python3 -c "import json; json.load(open('$T/from-fifo'))"
case_ "output to /dev/null" 0 '' -- $M convert -o /dev/null $seed
check "/dev/null is still a character device" test -c /dev/null

case_ "missing input names the file" 3 "^minutes: $T/nope.txt: cannot read: No such file" -- $M convert -o "$T/x.json" "$T/nope.txt"
check "no output after a missing input" test ! -e "$T/x.json"
case_ "a directory is not an input" 3 "fixtures: is a directory; .minutes batch" -- $M convert fixtures
case_ "empty file" 6 "^minutes: $bad/empty.txt: file is empty" -- $M convert -o "$T/x.json" $bad/empty.txt
case_ "whitespace-only file" 6 "file has no text" -- $M convert -o "$T/x.json" $bad/blank.txt
case_ "binary data named .txt" 7 "^minutes: $bad/binary.txt: not a text file" -- $M convert -o "$T/x.json" $bad/binary.txt
check "no output after binary input" test ! -e "$T/x.json"
for enc in windows-1252 iso-8859-1 utf16le-bom utf16be-bom cr-only; do
  case_ "$enc text converts" 0 '' -- $M convert -o "$T/$enc.json" $bad/$enc.txt
  check "$enc decodes Danish letters and finds the items" python3 -c "
import json; d=json.load(open('$T/$enc.json'))
assert d['items'][0]['access']=='open' and 'Økonomichef' in json.dumps(d, ensure_ascii=False), d['items']"
done
case_ "unknown -f format" 4 "unknown input format 'rtf'" -- $M convert -f rtf $seed
case_ "unknown -t format" 4 "unknown output format 'yaml'" -- $M convert -t yaml $seed
case_ "random bytes with no extension" 4 "random.bin: unknown input format" -- $M convert $bad/random.bin
case_ "output into a missing directory" 13 "^minutes: .*nodir" -- $M convert -o "$T/nodir/a.json" $seed
if [ "$(id -u)" != 0 ]; then
  mkdir "$T/ro" && chmod 555 "$T/ro"
  case_ "output into a read-only directory" 13 "^minutes: " -- $M convert -o "$T/ro/a.json" $seed
else
  # root writes anywhere but in a read-only file system
  case_ "output into a read-only directory" 13 "^minutes: " -- $M convert -o /proc/minutes-test.json $seed
fi
check "no output left in it" test ! -e /proc/minutes-test.json

# a 50 MB file on one line: refused quickly with a size error
python3 -c "import sys; sys.stdout.write('Punkter ' * 6553600)" > "$T/oneline.txt"
start=$(date +%s)
case_ "50 MB on one line is refused" 8 "oneline.txt: line 1 is longer than" -- $M convert -o "$T/x.json" "$T/oneline.txt"
check "and within seconds" test $(( $(date +%s) - start )) -le 10
rm -f "$T/oneline.txt"

# PDF and DOCX bad inputs (issue 4)
if $M plugins | grep -q '^pdf '; then
  case_ "0-byte .pdf" 6 "empty.pdf: file is empty" -- $M convert -o "$T/x.json" $bad/empty.pdf
  case_ "truncated PDF" 9 "truncated.pdf: damaged PDF" -- $M convert -o "$T/x.json" $bad/truncated.pdf
  case_ "encrypted PDF" 10 "encrypted.pdf: PDF is encrypted" -- $M convert -o "$T/x.json" $bad/encrypted.pdf
  case_ "PDF without a text layer" 12 "no-text-layer.pdf: .*no text layer" -- $M convert -o "$T/x.json" $bad/no-text-layer.pdf
  case_ "random bytes named .pdf" 9 "random.pdf: damaged PDF" -- $M convert -o "$T/x.json" $bad/random.pdf
  check "no output after a bad PDF" test ! -e "$T/x.json"
  case_ "a PDF's pages are counted" 0 '' -- $M convert fixtures/dev/m06.pdf
  check "source.pages is 2" grep -q '"pages": 2' "$T/out"
fi
if $M plugins | grep -q '^docx '; then
  case_ "a ZIP that is not a DOCX" 9 "not-a-docx.docx: not a Word document" -- $M convert -o "$T/x.json" $bad/not-a-docx.docx
  case_ "DOCX without word/document.xml" 9 "no word/document.xml" -- $M convert -o "$T/x.json" $bad/no-document-xml.docx
  case_ "nested entities (billion laughs)" 11 "billion-laughs.docx: word/document.xml declares a DTD" -- $M convert -o "$T/x.json" $bad/billion-laughs.docx
  case_ "deeply nested XML" 11 "nests deeper than" -- $M convert -o "$T/x.json" $bad/deep-nesting.docx
  # a DTD behind a 70 KB comment, past the quick scan, is caught by the parser
  python3 -c '
import sys, zipfile
doc = ("<?xml version=\"1.0\"?><!--" + "x" * 70000 + "--><!DOCTYPE w [<!ENTITY a \"b\">]>"
       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
       "<w:body><w:p><w:r><w:t>Hej &a;</w:t></w:r></w:p></w:body></w:document>")
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("word/document.xml", doc)' "$T/late-dtd.docx"
  case_ "a DTD after 70 KB of comment" 11 "late-dtd.docx: word/document.xml declares a DTD" -- $M convert -o "$T/x.json" "$T/late-dtd.docx"
  case_ "broken XML" 9 "not well-formed" -- $M convert -o "$T/x.json" $bad/broken-xml.docx
  python3 tests/hostile/zipbomb.py "$T/bomb.docx"
  case_ "zip bomb (1 GB entry)" 11 "bomb.docx: word/document.xml expands beyond" -- $M convert -o "$T/x.json" "$T/bomb.docx"
  check "no output after a bad DOCX" test ! -e "$T/x.json"
  # styles.xml is read only as far as the body's styles are defined
  # (plugins/docx/styles.c): a style defined after 300 KB of table styles
  # is still found, damage past the last style used is never met, damage
  # before it is exit 9 naming styles.xml
  python3 tests/cli/styles_docx.py "$T"
  case_ "a TOC style defined after 300 KB of table styles" 0 '' -- $M convert -q "$T/late-styles.docx"
  check "is found: its line is left out" sh -c "grep -q '\"title\": \"Budget\"' $T/out && ! grep -q Indholdet $T/out"
  case_ "damage in styles.xml past the styles the body uses is not met" 0 '' -- $M convert -q "$T/tail-styles.docx"
  check "and both styles are read" sh -c "grep -q '\"title\": \"Budget\"' $T/out && ! grep -q Indholdet $T/out"
  case_ "damage in styles.xml before a style the body uses" 9 "head-styles.docx: damaged DOCX: word/styles.xml is not well-formed XML" -- $M convert -o "$T/x.json" "$T/head-styles.docx"
  check "leaves no output" test ! -e "$T/x.json"
  # numbering.xml is read at the first numbered paragraph
  # (plugins/docx/input_docx.c: numbering_ready): its labels still number
  # the items; damage in it is exit 9 where a paragraph is numbered, and
  # never met where none is
  python3 tests/cli/numbering_docx.py "$T"
  case_ "a numbered item title" 0 '' -- $M convert -q "$T/numbered.docx"
  check "has its number from numbering.xml" sh -c "grep -q '\"number\": 1,' $T/out && grep -q '\"title\": \"Budget\"' $T/out"
  case_ "damaged numbering.xml under a numbered paragraph" 9 "numbered-damaged.docx: damaged DOCX: word/numbering.xml is not well-formed XML" -- $M convert -o "$T/x.json" "$T/numbered-damaged.docx"
  check "leaves no output" test ! -e "$T/x.json"
  case_ "damaged numbering.xml with no numbered paragraph is not met" 0 '' -- $M convert -q "$T/unnumbered-damaged.docx"
  check "and the paper converts" grep -q '"title": "Budget"' "$T/out"
  # a line break (<w:br/>) ends a printed line, as in a PDF
  # (plugins/docx/input_docx.c: line_break): the venue's lines stand apart,
  # a title and a sentence over two lines join again, a page break and a
  # break in a table cell are spaces
  python3 tests/cli/breaks_docx.py "$T/breaks.docx"
  case_ "a DOCX with line breaks" 0 '' -- $M convert -q "$T/breaks.docx"
  check "the venue's lines are one location joined with ', '" grep -q '"location": "Lemvig Rådhus, Mødelokale 7, Rådhusgade 54"' "$T/out"
  check "a title broken over two lines is one title" grep -q '"title": "Budget for 2025"' "$T/out"
  check "a sentence broken over two lines, and a page break, join with spaces" grep -q '"presentation": "Forvaltningen har undersøgt sagen. Den er klar."' "$T/out"
  check "a line break in a table cell is a space" grep -q '"title": "Tidsplan for etape 1"' "$T/out"
  # bold, larger type is a heading, as in a PDF (input_docx.c: run_size)
  python3 tests/cli/type_docx.py "$T/type.docx"
  case_ "a DOCX sub-heading in bold 14 pt type" 0 'structure-doubtful: an unnumbered heading between numbered items \("Supplerende oplysninger"\)' -- $M convert "$T/type.docx"
  check "is a section of its item" grep -q '"heading": "Supplerende oplysninger"' "$T/out"
  check "bold body-size type and large plain type are text under it" grep -q '"text": "Ingen bemærkninger.\\n\\nBemærk\\n\\nStor tekst"' "$T/out"
fi

case_ "plugins lists the built-ins" 0 '' -- $M plugins
check "text and json are built in" sh -c "grep -Eq '^text +input +abi 1 +txt,text +built-in' '$T/out' && grep -Eq '^json +output' '$T/out'"
case_ "a missing --plugin-dir is an error" 14 "does-not-exist: plugin directory cannot be read" -- $M plugins --plugin-dir "$T/does-not-exist"
case_ "unknown -O key is refused" 15 "json output has no option 'colour'" -- $M convert -O colour=red $seed
case_ "-O without = is a usage error" 2 "KEY=VALUE" -- $M convert -O colour $seed

# formats asked in the wrong direction, in capitals, or not at all
case_ "an input format as -t is exit 4, not 'not built in'" 4 "^minutes: pdf is an input format, not an output one \(output formats: json, csv, html" -- $M convert -t pdf $seed
case_ "an output format as -f is exit 4" 4 "csv is an output format, not an input one" -- $M convert -f csv $seed
case_ "-t JSON is json" 0 '' -- $M convert -t JSON $seed
case_ "a misspelt -t lists the output formats" 4 "unknown output format 'jsn' \(output formats: json, csv, html" -- $M convert -t jsn $seed
# write failures name the output, never the temporary
case_ "a missing output directory names the output" 13 "^minutes: $T/nodir/x.json: cannot write: No such file or directory$" -- $M convert -o "$T/nodir/x.json" $seed
mkdir -p "$T/adir"
case_ "a directory as -o says so" 13 "^minutes: $T/adir: cannot write: is a directory$" -- $M convert -o "$T/adir" $seed
check "no temporary is left beside it" [ -z "$(ls -A "$T/adir")" ]
# warnings on stderr, -q silences them
printf 'Hello world, no meeting here.\n' > "$T/plain.txt"
case_ "a paper with no items converts with a warning on stderr" 0 "^minutes: $T/plain.txt: warning: no-items: no agenda items found$" -- $M convert -o "$T/plain.json" "$T/plain.txt"
check "and the warning is in the output too" grep -q '"code": "no-items"' "$T/plain.json"
case_ "-q silences the warnings" 0 '' -- $M convert -q -o "$T/plain.json" "$T/plain.txt"
# a paper the parser did not understand says so (no-items, unplaced-text)
{ printf 'Notat\n\nTil: Udvalget\n\n'; for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
  printf 'Forvaltningen har undersøgt sagen og vurderer at budgettet kan overholdes i det kommende år med de tiltag der er beskrevet\n\n'; done
  printf '1. Budget\n\nSagsfremstilling\n\nKort tekst.\n'; } > "$T/unplaced.txt"
case_ "most of the text in no field: converted, with an unplaced-text warning on stderr" 0 "^minutes: $T/unplaced.txt: warning: unplaced-text: [0-9]+ % of the paper's words reach no field" -- $M convert -o "$T/unplaced.json" "$T/unplaced.txt"
# issue 17: the command line as users expect it
case_ "plugins NAME describes a plugin" 0 '' -- $M plugins csv
check "with its -O keys and their values" grep -q "separator  comma (default), semicolon or tab" "$T/out"
case_ "plugins NAME for an input plugin names its extensions" 0 '' -- $M plugins docx
check "and its probe" grep -q "extensions: .docx" "$T/out"
case_ "plugins with an unknown NAME is exit 4" 4 "^minutes: no plugin named 'nope'" -- $M plugins nope
cp $seed "$T/-weird.txt"
case_ "convert -- -weird.txt reads a file whose name starts with a dash" 0 '' -- sh -c "cd '$T' && '$(pwd)/$M' convert -- -weird.txt"
case_ "convert DIR hints at batch" 3 "^minutes: fixtures/dev: is a directory; 'minutes batch -o OUTDIR fixtures/dev' converts a whole directory$" -- $M convert fixtures/dev
printf '\320\317\021\340\241\261\032\341' > "$T/old.doc"
head -c 512 /dev/zero >> "$T/old.doc"
case_ "a Word 97 .doc is named as such" 4 "old.doc: a Word 97 .doc .* is not supported; save it as .docx$" -- $M convert "$T/old.doc"
mkdir -p "$T/many"
case_ "convert a b -o DIR converts each into DIR" 0 '' -- $M convert -q -o "$T/many" fixtures/dev/m01.txt fixtures/dev/m02.pdf
check "as DIR/NAME.json" [ -s "$T/many/m01.txt.json" ] && [ -s "$T/many/m02.pdf.json" ]
case_ "several INPUTs without -o DIR is a usage error" 2 "several INPUTs need -o DIR" -- $M convert fixtures/dev/m01.txt fixtures/dev/m02.txt
case_ "two INPUTs of one name into one DIR are refused" 2 "would also write" -- $M convert -o "$T/many" fixtures/dev/m01.txt "$T/many/../many/m01.txt"
case_ "-v says what was read" 0 "^minutes: fixtures/dev/m02.pdf: read as pdf, 2 pages, layout generic: agenda of Direktionen" -- $M convert -v -o "$T/v.json" fixtures/dev/m02.pdf
case_ "-v says where the time went, phase by phase" 0 "-> $T/v3.json \\(read [0-9]+\\.[0-9]{2} ms, extract [0-9]+\\.[0-9]{2} ms, structure [0-9]+\\.[0-9]{2} ms, write [0-9]+\\.[0-9]{2} ms\\)$" -- $M convert -v -o "$T/v3.json" fixtures/dev/m02.docx
case_ "-v names the layout profile the paper was read by" 0 "layout firstagenda: minutes of" -- $M convert -v -o "$T/v2.json" tests/layouts/firstagenda/byraad.txt
rm -rf "$T/b"
$M batch --quiet -o "$T/b" -t csv -O table=topics -O header=no fixtures/dev/m01.txt >/dev/null 2>&1
check "batch -O passes the option to the output (topics, no header)" sh -c "head -n 1 '$T/b/m01.txt.csv' | grep -q '^fixtures/dev/m01.txt,Norddjurs Kommune,.*,10:00,'"
case_ "batch -O with a key no output takes is exit 15" 15 "no output of this batch has an option 'tabel'" -- $M batch -o "$T/b2" -O tabel=x fixtures/dev/m01.txt
rm -rf "$T/b3"
$M batch -o "$T/b3" fixtures/dev/m01.txt fixtures/bad/truncated.pdf 2>"$T/err" >/dev/null
check "the batch summary names the failed files and why" grep -q "^minutes: batch: failed: fixtures/bad/truncated.pdf (failed: damaged PDF" "$T/err"
# the PDF plugin's lines: wrapped at the margin they join, ended short they
# stand apart though no gap shows it (a Bilag list one title a line)
python3 tests/cli/lines_pdf.py "$T/lines.pdf"
$M convert -q -o "$T/lines.json" "$T/lines.pdf"
check "a PDF's line that ended short of the margin ends its paragraph; a wrapped one goes on" python3 - "$T/lines.json" <<'PY'
import json, sys
i = json.load(open(sys.argv[1]))['items'][0]
assert [a['title'] for a in i['attachments']] == ['Kort over skolerne', 'Notat om ventilation', 'Tidsplan'], i['attachments']
p = i['presentation']
assert p.startswith('Forvaltningen har') and p.endswith('store skoler.') and '\n' not in p, p
PY
# a page header taller than the margin's band (eDoc's five lines): no text
# of it reaches an item, the prose runs on over it, its part still counts
python3 tests/cli/header_pdf.py "$T/header.pdf"
$M convert -q -o "$T/header.json" "$T/header.pdf"
check "a tall page header is furniture: the body from the front page, prose unbroken, the part's access kept" python3 - "$T/header.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert (d['meeting']['body'], d['meeting']['date']) == ('Sundhedsudvalget', '2012-12-04'), d['meeting']
one, two = d['items'][:2]
assert one['presentation'].endswith('nye tilbud i alle byens bydele, som udvalget tidligere har bedt om.'), one['presentation']
assert '\n' not in one['presentation'] and 'Sundhedsudvalget' not in one['presentation'], one['presentation']
assert two['presentation'] == 'Kurserne evalueres hvert år.', two['presentation']
assert [i['access'] for i in d['items']] == ['open'] * 4, [i['access'] for i in d['items']]
assert [i['decision'] and i['decision']['text'] for i in d['items']] == ['Godkendt.', 'Taget til efterretning.', None, None]
PY
python3 tests/cli/header_pdf.py "$T/header2.pdf" no-part
$M convert -q -o "$T/header2.json" "$T/header2.pdf"
check "a short page's access line under its title, at the same height as the next page's, is the item's, no footer's" python3 - "$T/header2.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert [i['access'] for i in d['items']] == [None, None, 'open', 'open'], [i['access'] for i in d['items']]
PY
echo "1..$n"
exit $fail
