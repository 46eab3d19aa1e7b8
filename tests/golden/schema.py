#!/usr/bin/env python3
"""Every output of every fixture validates against the JSON Schema of the
model (docs/minutes-agenda.schema.json, draft 2020-12, Debian's
python3-jsonschema), and a reader of the 1.0 keys gets from the 1.1 output
exactly the values 1.0 output held (tests/golden/v1.0-outputs.json.xz, the
accepted goldens of the last 1.0 release).  Also checks that the schema
refuses what it must.  Prints TAP lines (no plan).

Usage: schema.py OUT_DIR   (OUT_DIR/<set>/<file>.json, as convert_all.sh)"""
import copy
import json
import lzma
import os
import sys

import jsonschema

out = sys.argv[1]
schema = json.load(open('docs/minutes-agenda.schema.json', encoding='utf-8'))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
with lzma.open('tests/golden/v1.0-outputs.json.xz', 'rt', encoding='utf-8') as f:
    v10 = json.load(f)


def tap(ok, name, detail=''):
    print(('ok' if ok else 'not ok') + f' - {name}')
    if not ok and detail:
        print(f'#   {detail[:400]}')


def project(old, new):
    """new restricted to the keys old has (lists element by element)."""
    if isinstance(old, dict) and isinstance(new, dict):
        return {k: project(old[k], new.get(k)) for k in old}
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [project(a, b) for a, b in zip(old, new)]
    return new


docs = []
for s in ('seeds', 'dev'):
    for name in sorted(os.listdir(os.path.join(out, s))):
        if name.endswith('.json'):
            docs.append((f'{s}/{name}', json.load(open(os.path.join(out, s, name), encoding='utf-8'))))
for name, doc in docs:
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    tap(not errors, f'{name} validates against docs/minutes-agenda.schema.json',
        '; '.join(f'{list(e.path)}: {e.message}' for e in errors[:3]))
    old = v10.get(name)
    if old is None:
        tap(False, f'{name}: a 1.0 output to compare with')
        continue
    old = copy.deepcopy(old)
    old.pop('format')
    got = project(old, doc)
    diff = [k for k in old if old[k] != got.get(k)]
    tap(old == got, f'{name}: a reader of the 1.0 keys gets the values 1.0 gave', f'differs in {diff}')

# the schema is no rubber stamp
_, sample = docs[0]
bad = []
d = copy.deepcopy(sample); d['format'] = 'minutes-agenda/1'; bad.append(('an old format id', d))
d = copy.deepcopy(sample); d['meeting']['start'] = '9.30'; bad.append(('a time not as HH:MM', d))
d = copy.deepcopy(sample); d['items'][0]['sections'].append({'heading': 'X', 'kind': 'misc', 'text': ''})
bad.append(('an unknown section kind', d))
d = copy.deepcopy(sample); d['items'][0].pop('decisions'); bad.append(('an item without decisions', d))
d = copy.deepcopy(sample); d['meeting']['participants'] = [{'name': 'A', 'party': None, 'role': None}]
bad.append(('a participant without present', d))
for what, d in bad:
    tap(not validator.is_valid(d), f'the schema refuses {what}')
