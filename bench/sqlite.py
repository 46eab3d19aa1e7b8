#!/usr/bin/env python3
"""make bench, part 3: a batch into SQLite beside the JSON batch, on the same
files in one run (best of three each), as files/s and their ratio.  Over
../shared/corpus/scale when present, else fixtures/dev.  Prints a Markdown
table (make bench appends it to bench/RESULTS.md)."""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
MINUTES = os.path.join(ROOT, os.environ.get('BUILD', 'build'), 'minutes')
SCALE = os.path.join(ROOT, '..', 'shared', 'corpus', 'scale')
CORPUS = SCALE if os.path.isdir(SCALE) else os.path.join(ROOT, 'fixtures', 'dev')


def main():
    files = sorted(f for f in glob.glob(os.path.join(CORPUS, '*')) if f.endswith(('.pdf', '.docx', '.txt')))
    tmp = tempfile.mkdtemp(prefix='minutes-bench-sqlite-')
    rows = []
    try:
        src = os.path.join(tmp, 'in')
        os.mkdir(src)
        for f in files:
            shutil.copy(f, src)
        for label, fmt in (('batch -j 2 -t json', 'json'), ('batch -j 2 -t sqlite', 'sqlite'),
                           ('batch -j 2 -t json,sqlite', 'json,sqlite')):
            best = None
            for _ in range(3):
                out = os.path.join(tmp, 'out')
                shutil.rmtree(out, ignore_errors=True)
                t = time.perf_counter()
                p = subprocess.run([MINUTES, 'batch', '-q', '-j', '2', '-t', fmt, '-o', out, src], capture_output=True)
                dt = time.perf_counter() - t
                if p.returncode != 0:
                    sys.exit(f'bench/sqlite.py: {label} failed: {p.stderr.decode()[:200]}')
                best = dt if best is None else min(best, dt)
            rows.append((label, best))
    finally:
        shutil.rmtree(tmp)
    base = rows[0][1]
    print(f'{len(files)} files of {os.path.relpath(CORPUS, ROOT)}\n')
    print('| batch | seconds | files/s | vs JSON batch |')
    print('| --- | --- | --- | --- |')
    for label, secs in rows:
        print(f'| {label} | {secs:.2f} | {len(files) / secs:.1f} | {base / secs:.2f}x |')


if __name__ == '__main__':
    main()
