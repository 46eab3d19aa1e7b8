#!/usr/bin/env python3
"""Writes a small valid PDF whose one page draws form 1 twice, form 1 draws
form 2 twice, ... down to form DEPTH: 2**DEPTH draws of a glyph.  poppler
(and pdftotext) walk every draw, so it does not finish in any useful time:
the input for convert --timeout.  Usage: nested_forms.py OUT.pdf [DEPTH]"""
import sys

out = sys.argv[1]
depth = int(sys.argv[2]) if len(sys.argv) > 2 else 30
objs = {}
objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
objs[2] = b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>'
objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
first = 10


def stream(dict_part, body):
    return b'<< ' + dict_part + b' /Length %d >>\nstream\n' % len(body) + body + b'\nendstream'


for i in range(depth):
    n = first + i
    if i + 1 < depth:
        body = b'q /X%d Do Q q 1 0 0 1 1 1 cm /X%d Do Q' % (n + 1, n + 1)
        res = b'/Resources << /XObject << /X%d %d 0 R >> >>' % (n + 1, n + 1)
    else:
        body = b'BT /F1 12 Tf 10 10 Td (Punkt) Tj ET'
        res = b'/Resources << /Font << /F1 4 0 R >> >>'
    objs[n] = stream(b'/Type /XObject /Subtype /Form /BBox [0 0 600 800] ' + res, body)
objs[5] = stream(b'', b'q /X%d Do Q q /X%d Do Q' % (first, first))
objs[3] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 5 0 R '
           b'/Resources << /XObject << /X%d %d 0 R >> >> >>' % (first, first))
pdf = bytearray(b'%PDF-1.4\n')
offsets = {}
for n in sorted(objs):
    offsets[n] = len(pdf)
    pdf += b'%d 0 obj\n' % n + objs[n] + b'\nendobj\n'
xref = len(pdf)
size = max(objs) + 1
pdf += b'xref\n0 %d\n0000000000 65535 f \n' % size
for n in range(1, size):
    pdf += (b'%010d 00000 n \n' % offsets[n]) if n in offsets else b'0000000000 65535 f \n'
pdf += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, xref)
open(out, 'wb').write(pdf)
