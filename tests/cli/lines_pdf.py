#!/usr/bin/env python3
"""A PDF written by hand (Helvetica, one page, no gaps between lines) for
the PDF plugin's line reading: a paragraph wrapped at the margin, then a
Bilag list printed one title a line.  Usage: lines_pdf.py OUT.pdf"""
import sys

LINES = [
    (72, 770, 'Dagsorden'),
    (72, 740, '1. Budget for skolerne'),
    (72, 710, 'Sagsfremstilling'),
    # a paragraph whose lines the margin wrapped: one paragraph
    (72, 690, 'Forvaltningen har gennemgået skolernes budget for det kommende'),
    (72, 677, 'skoleår og foreslår at afsætte midler til nye vinduer og bedre'),
    (72, 664, 'ventilation i undervisningsfløjen på alle de store skoler.'),
    (72, 634, 'Bilag'),
    # titles one a line, no gap between them: each its own
    (72, 614, 'Bilag 1: Kort over skolerne'),
    (72, 601, 'Notat om ventilation'),
    (72, 588, 'Bilag 2: Tidsplan'),
]


def content():
    out = []
    for x, y, text in LINES:
        t = text.encode('cp1252').replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
        out.append(b'BT /F1 11 Tf %d %d Td (' % (x, y) + t + b') Tj ET')
    return b'\n'.join(out)


def pdf():
    body = content()
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Length %d >>\nstream\n' % len(body) + body + b'\nendstream',
    ]
    out = bytearray(b'%PDF-1.4\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


open(sys.argv[1], 'wb').write(pdf())
