#!/usr/bin/env python3
"""Field-by-field comparison of converter output with accepted goldens.

Usage: compare.py GOLDEN_DIR OUTPUT_DIR   (prints TAP lines, no plan)

Each accepted golden <name>.json in GOLDEN_DIR is compared with the output
of the same name: one TAP line per field path (meeting.body,
items[2].decision.text, items[0].topics[1].participants, ...), so a failure
names the field and shows both values.  source.sha256 is compared too: a
changed fixture must be accepted on purpose (make golden-accept).
"""
import json
import os
import sys

n = 0


def tap(ok, name, want=None, got=None):
    global n
    n += 1
    print(('ok' if ok else 'not ok') + f' - {name}')
    if not ok:
        print(f'#   expected: {json.dumps(want, ensure_ascii=False)[:400]}')
        print(f'#        got: {json.dumps(got, ensure_ascii=False)[:400]}')


def leaves(prefix, want, got):
    """Yields (path, want, got) for every field; lists by index."""
    if isinstance(want, dict) and isinstance(got, dict):
        for k in want:
            yield from leaves(f'{prefix}.{k}' if prefix else k, want[k], got.get(k))
        for k in got:
            if k not in want:
                yield (f'{prefix}.{k}' if prefix else k), None, got[k]
    elif isinstance(want, list) and isinstance(got, list) and want and isinstance(want[0], dict):
        yield f'{prefix}.length', len(want), len(got)
        for i in range(min(len(want), len(got))):
            yield from leaves(f'{prefix}[{i}]', want[i], got[i])
    else:
        yield prefix, want, got


def main():
    gold_dir, out_dir = sys.argv[1], sys.argv[2]
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith('.json'):
            continue
        with open(os.path.join(gold_dir, name), encoding='utf-8') as f:
            want = json.load(f)
        try:
            with open(os.path.join(out_dir, name), encoding='utf-8') as f:
                got = json.load(f)
        except (OSError, ValueError) as e:
            tap(False, f'{name}: output readable', 'a JSON file', str(e))
            continue
        for path, w, g in leaves('', want, got):
            tap(w == g, f'{name} {path}', w, g)


if __name__ == '__main__':
    main()
