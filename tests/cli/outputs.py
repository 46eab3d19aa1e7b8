#!/usr/bin/env python3
"""CSV and HTML outputs checked against the JSON of the same paper."""
import csv
import glob
import html.parser
import io
import json
import subprocess
import sys

M = sys.argv[1]
n = 0
failed = 0


def tap(ok, name, detail=''):
    global n, failed
    n += 1
    failed += not ok
    print(f'{"ok" if ok else "not ok"} {n} - {name}')
    if not ok and detail:
        print(f'#   {detail}')


def run(*args):
    p = subprocess.run([M, 'convert', *args], capture_output=True)
    return p.returncode, p.stdout, p.stderr.decode()


VOID = {'meta', 'br', 'hr', 'img', 'link', 'input', 'col', 'wbr'}


class Checker(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.lang, self.external, self.text = [], [], None, False, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'html':
            self.lang = a.get('lang')
        if any(k in ('src', 'href') and v and ('//' in v) for k, v in attrs):
            self.external = True
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f'</{tag}> closes {self.stack[-1] if self.stack else "nothing"}')
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


papers = sorted(glob.glob('fixtures/seeds/*.txt') + glob.glob('fixtures/dev/*.txt')
                + glob.glob('fixtures/dev/*.pdf') + glob.glob('fixtures/dev/*.docx'))
for paper in papers:
    rc, out, err = run(paper)
    doc = json.loads(out)
    items = doc['items']
    # the layout of the spec: 2-space indent, "key": value, UTF-8 unescaped
    tap(json.dumps(doc, indent=2, ensure_ascii=False) + '\n' == out.decode('utf-8')
        and list(doc) == ['format', 'source', 'meeting', 'items', 'warnings'],
        f'{paper}: json is laid out as the spec prints it')
    # CSV: items, topics, attachments tables
    rc, out, err = run('-t', 'csv', paper)
    rows = list(csv.DictReader(io.StringIO(out.decode('utf-8'), newline='')))
    ok = rc == 0 and len(rows) == len(items) and all(
        r['item_title'] == it['title'] and r['presentation'] == (it['presentation'] or '')
        and r['organisation'] == (doc['meeting']['organisation'] or '')
        and r['decision_text'] == ((it['decision'] or {}).get('text') or '')
        for r, it in zip(rows, items))
    tap(ok, f'{paper}: csv items match the JSON', err)
    # texts hold no CR, so every CRLF ends a record: header + one per item
    tap(out.count(b'\r\n') == len(items) + 1 and out.endswith(b'\r\n'),
        f'{paper}: csv records end in CRLF')
    rc, out, err = run('-t', 'csv', '-O', 'table=topics', paper)
    rows = list(csv.DictReader(io.StringIO(out.decode('utf-8'), newline='')))
    topics = [(it, t) for it in items for t in it['topics']]
    ok = rc == 0 and len(rows) == len(topics) and all(
        r['title'] == t['title'] and r['text'] == t['text'] and r['start'] == (t['start'] or '')
        and r['item_title'] == it['title'] for r, (it, t) in zip(rows, topics))
    tap(ok, f'{paper}: csv topics match the JSON ({len(topics)})', err)
    rc, out, err = run('-t', 'csv', '-O', 'table=attachments', '-O', 'header=no', paper)
    rows = list(csv.reader(io.StringIO(out.decode('utf-8'), newline='')))
    atts = [(it, a) for it in items for a in it['attachments']]
    ok = rc == 0 and len(rows) == len(atts) and all(
        r[8] == (a['document_id'] or '') and r[10] == a['title'] and r[6] == it['title']
        for r, (it, a) in zip(rows, atts))
    tap(ok, f'{paper}: csv attachments without header match the JSON ({len(atts)})', err)
    # 1.1: the new item columns, one row per decision, one per participant
    rc, out, err = run('-t', 'csv', paper)
    rows = list(csv.DictReader(io.StringIO(out.decode('utf-8'), newline='')))
    ok = all(r['file'] == paper and r['number_label'] == (it['number_label'] or '')
             and r['case_number'] == (it['case_number'] or '')
             and r['decision_result'] == ((it['decision'] or {}).get('result') or '')
             and r['decisions'] == str(len(it['decisions'])) for r, it in zip(rows, items))
    tap(ok and rows, f'{paper}: csv items carry the path given, number_label, case_number, result, decisions', err)
    rc, out, err = run('-t', 'csv', '-O', 'table=decisions', paper)
    rows = list(csv.DictReader(io.StringIO(out.decode('utf-8'), newline='')))
    decs = [(it, k, d) for it in items for k, d in enumerate(it['decisions'])]
    ok = rc == 0 and len(rows) == len(decs) and all(
        r['item_title'] == it['title'] and r['item_number'] == ('' if it['number'] is None else str(it['number']))
        and r['decision_number'] == str(k + 1) and r['decision_body'] == (d['body'] or '')
        and r['decision_date'] == (d['date'] or '') and r['result'] == d['result'] and r['text'] == d['text']
        and r['absent'] == '; '.join(d['absent'])
        and r['is_item_decision'] == ('yes' if d == it['decision'] else 'no')
        for r, (it, k, d) in zip(rows, decs))
    tap(ok, f'{paper}: csv decisions match the JSON value by value ({len(decs)})', err)
    rc, out, err = run('-t', 'csv', '-O', 'table=participants', '-O', 'separator=semicolon', '-O', 'bom=yes', paper)
    text = out.decode('utf-8')
    rows = list(csv.DictReader(io.StringIO(text.lstrip('\ufeff'), newline=''), delimiter=';'))
    people = doc['meeting']['participants']
    ok = rc == 0 and text.startswith('\ufeff') and len(rows) == len(people) and all(
        r['name'] == p['name'] and r['party'] == (p['party'] or '') and r['role'] == (p['role'] or '')
        and r['present'] == ('true' if p['present'] else 'false') and r['body'] == (doc['meeting']['body'] or '')
        for r, p in zip(rows, people))
    tap(ok, f'{paper}: csv participants (semicolons, BOM) match the JSON value by value ({len(people)})', err)
    # HTML
    rc, out, err = run('-t', 'html', paper)
    c = Checker()
    c.feed(out.decode('utf-8'))
    c.close()
    ok = rc == 0 and not c.errors and not c.stack and c.lang == 'da' and not c.external
    tap(ok, f'{paper}: html is well formed, lang="da", no external assets',
        '; '.join(c.errors[:3]) + (f' unclosed {c.stack}' if c.stack else ''))
    text = ''.join(c.text)
    tap(all(it['title'] in text for it in items), f'{paper}: html shows every item title')
    # the access badge is a word of its own in the heading's text (copied, read aloud)
    badge = {'open': ' Åben sag', 'closed': ' Lukket sag'}
    fused = [it['title'] for it in items if it['access'] in badge and it['title'] + badge[it['access']] not in text]
    tap(not fused, f'{paper}: html heads each item with its title, a space, then its access', f'fused {fused[:2]}')
    m = doc['meeting']
    want = ([m['location']] if m['location'] else []) + ([m['start']] if m['start'] else []) \
        + [p['name'] for p in m['participants']] \
        + [f"Sagsnr. {it['case_number']}" for it in items if it['case_number']] \
        + [n for it in items for d in it['decisions'] for n in d['absent']]
    missing = [w for w in want if w not in text]
    results = sum(1 for it in items for d in it['decisions'] if d['result'] != 'other')
    tap(not missing and out.decode().count('<p class="result ') == results,
        f'{paper}: html shows time, place, attendance, case numbers, results ({results}) and absent names',
        f'missing {missing[:3]}')

# escaping by construction: markup in the input stays text
p = subprocess.run([M, 'convert', '-f', 'text', '-t', 'html', '-'], capture_output=True,
                   input=b'1. Titel & "citat"\n\n\xc3\x85ben Sag\n\nSagsfremstilling\n\na < b > c & d\n')
body = p.stdout.decode()
tap('Titel &amp; &quot;citat&quot;' in body and 'a &lt; b &gt; c &amp; d' in body,
    'html escapes text by construction', body[-400:])
p = subprocess.run([M, 'convert', '-t', 'csv', '-O', 'table=people', 'fixtures/dev/m01.txt'], capture_output=True)
tap(p.returncode == 15 and b'table=people' in p.stderr, 'an invalid csv option value exits 15')
p = subprocess.run([M, 'convert', '-t', 'csv', '-O', 'separator=pipe', 'fixtures/dev/m01.txt'], capture_output=True)
tap(p.returncode == 15 and b'separator=pipe' in p.stderr, 'an invalid csv separator exits 15')
p = subprocess.run([M, 'convert', '-t', 'html', '-O', 'x=1', 'fixtures/dev/m01.txt'], capture_output=True)
tap(p.returncode == 15 and b"html output has no option 'x'" in p.stderr, 'html refuses unknown options')
print(f'1..{n}')
sys.exit(1 if failed else 0)
