#!/usr/bin/env python3
"""Scores the converted fixtures against the upstream expected JSON.

The seeds must score 1.000; each dev-set format must reach its floor.
Prints TAP lines (no plan)."""
import io
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'tools'))
import score  # noqa: E402

FLOORS = {'txt': 0.95, 'pdf': 0.95, 'docx': 0.95}

out = sys.argv[1]
buf = io.StringIO()
s = score.run('fixtures/seeds', os.path.join(out, 'seeds'), quiet=True, stream=buf)
print(('ok' if round(s, 3) == 1.0 else 'not ok') + f' - seeds score {s:.3f} (must be 1.000)')

st_buf = io.StringIO()
docs = score.documents('fixtures/dev')
stats = score.Stats()
for doc_id, fmt, out_name in docs:
    gold = score.load(os.path.join('fixtures/dev', doc_id + '.expected.json'))
    score.score_doc(stats, fmt, gold, score.load(os.path.join(out, 'dev', out_name)))
for fmt in ('txt', 'pdf', 'docx'):
    if not any(f == fmt for _, f, _ in docs):
        continue
    v = stats.score(fmt)
    print(('ok' if v >= FLOORS[fmt] else 'not ok') + f' - dev {fmt} score {v:.3f} (floor {FLOORS[fmt]})')
