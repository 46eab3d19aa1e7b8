#!/usr/bin/env python3
"""make bench, part 2: does the cost grow with the input, and no faster?

For each kind of input -- short lines, long lines, prose text, a prose PDF,
a DOCX of prose -- a paper of size S and one of 8 S are written, each
converted three times (the best counts), and the ratio of the two times is
printed: linear cost gives about 8, the bound is 12.  The prose PDF is also
timed against pdftotext on the same file (bound: 3x).  Ratios, never
assertions in `make check`: a loaded machine changes seconds, not these.
Prints a Markdown table (bench.py appends it to bench/RESULTS.md).
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
MINUTES = os.path.join(ROOT, os.environ.get('BUILD', 'build'), 'minutes')
WORDS = ('Kommunalbestyrelsen drøftede budgettet for de kommende år herunder anlægsrammen '
         'og servicerammen for skoleområdet samt ældreplejen i Grenå Kommune').split()


def sentence(rng, n):
    return ' '.join(rng.choice(WORDS) for _ in range(n))


def head():
    return '1. Budget 2025\n\nÅben Sag\n\nSagsfremstilling\n\n'


def short_lines(path, scale, rng):
    with open(path, 'w') as f:
        f.write(head())
        for _ in range(130000 * scale):
            f.write(rng.choice(WORDS) + '\n')


def long_lines(path, scale, rng):
    with open(path, 'w') as f:
        f.write(head())
        for _ in range(16 * scale):
            f.write(sentence(rng, 8000) + '\n\n')


def prose_text(path, scale, rng):
    with open(path, 'w') as f:
        f.write(head())
        for i in range(40000 * scale):
            f.write(sentence(rng, 10) + ('.\n\n' if i % 8 == 7 else '\n'))


def pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def prose_pdf(path, scale, rng):
    """A plain PDF: pages of 50 wrapped prose lines in Helvetica."""
    pages = 64 * scale
    objs = {1: b'<< /Type /Catalog /Pages 2 0 R >>',
            3: b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'}
    kids = []
    n = 4
    for p in range(pages):
        lines = ['1. Budget 2025', 'Sagsfremstilling'] if p == 0 else []
        lines += [sentence(rng, 10) for _ in range(50 - len(lines))]
        body = 'BT /F1 10 Tf 14 TL 60 780 Td ' + ' '.join(f'({pdf_escape(l)}) \'' for l in lines) + ' ET'
        data = body.encode('cp1252')
        objs[n] = b'<< /Length %d >>\nstream\n' % len(data) + data + b'\nendstream'
        objs[n + 1] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R '
                       b'/Resources << /Font << /F1 3 0 R >> >> >>' % n)
        kids.append(n + 1)
        n += 2
    objs[2] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % k for k in kids), pages)
    out = bytearray(b'%PDF-1.4\n')
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % n
    for k in range(1, n):
        out += b'%010d 00000 n \n' % offsets[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n, xref)
    open(path, 'wb').write(out)


def prose_docx(path, scale, rng):
    subprocess.run([sys.executable, os.path.join(ROOT, 'tests', 'hostile', 'big_docx.py'), path,
                    'prose', str(3000 * scale)], check=True)


KINDS = [('short lines (text)', '.txt', short_lines), ('long lines (text)', '.txt', long_lines),
         ('prose (text)', '.txt', prose_text), ('prose (PDF)', '.pdf', prose_pdf),
         ('prose (DOCX)', '.docx', prose_docx)]


def best_of(cmd, runs=3):
    best = None
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True)
        dt = time.perf_counter() - t
        if p.returncode not in (0,):
            raise SystemExit(f'scaling: {" ".join(cmd)} failed ({p.returncode}): {p.stderr.decode()[:200]}')
        best = dt if best is None else min(best, dt)
    return best


def main():
    tmp = tempfile.mkdtemp(prefix='minutes-scaling-')
    rows = []
    try:
        for name, ext, make in KINDS:
            times, sizes = [], []
            for scale in (1, 8):
                path = os.path.join(tmp, f'in{scale}{ext}')
                make(path, scale, random.Random(scale))
                sizes.append(os.path.getsize(path))
                times.append(best_of([MINUTES, 'convert', '-q', '--timeout', '0', '-o',
                                      os.path.join(tmp, 'out.json'), path]))
                if ext == '.pdf' and scale == 8 and shutil.which('pdftotext'):
                    ref = best_of(['pdftotext', '-q', path, os.path.join(tmp, 'out.txt')])
                    rows.append((f'{name} vs pdftotext, 8 S', f'{times[-1]:.3f} s', f'{ref:.3f} s',
                                 times[-1] / ref, 3.0))
            rows.append((f'{name}: S = {sizes[0] / 1e6:.1f} MB, 8 S', f'{times[0]:.3f} s', f'{times[1]:.3f} s',
                         times[1] / times[0], 12.0))
    finally:
        shutil.rmtree(tmp)
    print('| input | time A | time B | B / A | bound |')
    print('| --- | --- | --- | --- | --- |')
    for name, a, b, r, bound in rows:
        print(f'| {name} | {a} | {b} | {r:.2f}x | <= {bound:g}x {"(met)" if r <= bound else "(NOT met)"} |')


if __name__ == '__main__':
    main()
