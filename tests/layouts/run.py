#!/usr/bin/env python3
"""Layout examples: tests/layouts/<system>/<name>.txt with <name>.expected.json,
small papers in the layouts of the agenda systems (generic, eDoc, Acadre,
SBSYS, FirstAgenda).  Each is converted and compared with what its
expected file records -- only that: meeting fields, participants as
[name, party, role, present], and per item its number, number_label,
title, access, case_number, case_flow, section_kinds, topics (titles),
attachments as [number, document_id, title], decisions as [body, date,
result], absent (the item's decision's); and that the paper is read by the
layout profile its folder names (`generic` for none).  A new system comes
with a profile (core/agenda/layouts/) and a folder of examples (cmark's
spec_tests idea).  Prints TAP.

Usage: run.py MINUTES"""
import glob
import json
import os
import re
import subprocess
import sys

M = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
n = failed = 0


def tap(ok, name, detail=''):
    global n, failed
    n += 1
    failed += not ok
    print(f'{"ok" if ok else "not ok"} {n} - {name}')
    if not ok and detail:
        print(f'#   {detail[:600]}')


def view_item(it):
    d = it.get('decision') or {}
    return {
        'number': it['number'], 'number_label': it['number_label'], 'title': it['title'],
        'access': it['access'], 'case_number': it['case_number'], 'case_flow': it['case_flow'],
        'section_kinds': [s['kind'] for s in it['sections']],
        'topics': [t['title'] for t in it['topics']],
        'attachments': [[a['number'], a['document_id'], a['title']] for a in it['attachments']],
        'decisions': [[x['body'], x['date'], x['result']] for x in it['decisions']],
        'absent': d.get('absent', []),
    }


for expected_path in sorted(glob.glob(os.path.join(HERE, '*', '*.expected.json'))):
    system = os.path.basename(os.path.dirname(expected_path))
    paper = expected_path.replace('.expected.json', '.txt')
    name = f'{system}/{os.path.basename(paper)}'
    want = json.load(open(expected_path, encoding='utf-8'))
    p = subprocess.run([M, 'convert', '-v', paper], capture_output=True)
    if p.returncode != 0:
        tap(False, f'{name} converts', p.stderr.decode())
        continue
    got = json.loads(p.stdout)
    # the folder names the profile the paper must be read by (-v says which)
    chosen = re.search(r', layout ([a-z]+):', p.stderr.decode())
    tap(chosen is not None and chosen.group(1) == system, f'{name}: read by the {system} layout',
        p.stderr.decode())
    tap('layout-uncertain' not in p.stderr.decode(), f'{name}: no layout doubt', p.stderr.decode())
    meeting = dict(got['meeting'])
    meeting['participants'] = [[x['name'], x['party'], x['role'], x['present']] for x in meeting['participants']]
    for key, value in want.get('meeting', {}).items():
        tap(meeting.get(key) == value, f'{name}: meeting.{key}', f'want {value!r}, got {meeting.get(key)!r}')
    items = [view_item(it) for it in got['items']]
    tap(len(items) == len(want['items']), f'{name}: {len(want["items"])} items',
        f'got {[(i["number_label"], i["title"]) for i in items]}')
    for k, (w, g) in enumerate(zip(want['items'], items)):
        for key, value in w.items():
            tap(g.get(key) == value, f'{name}: items[{k}].{key}', f'want {value!r}, got {g.get(key)!r}')
print(f'1..{n}')
sys.exit(1 if failed else 0)
