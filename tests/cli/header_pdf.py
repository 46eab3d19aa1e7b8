#!/usr/bin/env python3
"""A three-page PDF written by hand (Helvetica) whose page header is taller
than the margin's band, as eDoc prints it: the body, the paper's kind, the
part and the date under each other from 85 pt down, then "Side N".  The
text of item 1 runs from page 1 over page 2; items 3 and 4 stand alone on
short pages, each title with "Åben Sag" under it at the same height and a
footer in the bottom margin (the access lines are the items', no footer's).
With "no-part" the header names no part ("Referat" twice), so the items'
access is their own lines'.  Usage: header_pdf.py OUT.pdf [no-part]"""
import sys

PART = 'Referat' if sys.argv[2:] == ['no-part'] else 'Åbent referat'


def header(page):
    return [(72, 757, 'Sundhedsudvalget'), (72, 735, 'Referat'), (72, 725, PART),
            (72, 715, 'Dato: 04.12.2012'), (72, 705, 'Side %d' % page)]


def footer():
    return [(72, 40, 'Ballerup Kommune')]


PAGES = [
    header(1) + [
        (72, 600, 'Sundhedsudvalget'),
        (72, 580, 'tirsdag den 4. december 2012, kl. 13:00'),
        (72, 560, 'Tilstede'),
        (72, 545, 'Lone Hansen (A) - formand'),
        (72, 530, 'Per Holm (V)'),
        (72, 480, '1. Budget for sundhed'),
        (72, 450, 'Sagsfremstilling'),
        (72, 430, 'Forvaltningen har gennemgået budgettet for det kommende år og foreslår at'),
        (72, 419, 'afsætte midler til forebyggelse, til rygestop og til nye tilbud i alle'),
    ],
    header(2) + [
        (72, 660, 'byens bydele, som udvalget tidligere har bedt om.'),
        (72, 630, 'Beslutning'),
        (72, 610, 'Godkendt.'),
        (72, 560, '2. Rygestopkurser'),
        (72, 530, 'Sagsfremstilling'),
        (72, 510, 'Kurserne evalueres hvert år.'),
        (72, 480, 'Beslutning'),
        (72, 460, 'Taget til efterretning.'),
    ] + footer(),
    header(3) + [(72, 690, '3. Orientering'), (72, 675, 'Åben Sag')] + footer(),
    header(4) + [(72, 690, '4. Eventuelt'), (72, 675, 'Åben Sag')] + footer(),
]


def content(lines):
    out = []
    for x, y, text in lines:
        t = text.encode('cp1252').replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
        out.append(b'BT /F1 10 Tf %d %d Td (' % (x, y) + t + b') Tj ET')
    return b'\n'.join(out)


def pdf():
    n = len(PAGES)
    kids = b' '.join(b'%d 0 R' % (4 + 2 * k) for k in range(n))
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [' + kids + b'] /Count %d >>' % n,
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ]
    for k, lines in enumerate(PAGES):
        body = content(lines)
        objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>'
                    b' /Contents %d 0 R >>' % (5 + 2 * k))
        objs.append(b'<< /Length %d >>\nstream\n' % len(body) + body + b'\nendstream')
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
