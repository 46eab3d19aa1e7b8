#!/usr/bin/env python3
"""Writes the hand-made bad inputs in fixtures/bad/ (run once; the files
are committed).  The encrypted PDF is made with qpdf when present; the
1 GB zip bomb and the 100 MB text line are made at test time instead
(tests/hostile/run.sh), to keep the repository small."""
import io
import os
import random
import shutil
import subprocess
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, '..', '..')
bad = os.path.join(root, 'fixtures', 'bad')
os.makedirs(bad, exist_ok=True)
rng = random.Random(7)


def write(name, data):
    with open(os.path.join(bad, name), 'wb') as f:
        f.write(data)


seed = open(os.path.join(root, 'fixtures', 'seeds', '001_25dbb616ed6b92b4.txt'), encoding='utf-8').read()

write('empty.txt', b'')
write('empty.pdf', b'')
write('empty.docx', b'')
write('blank.txt', b'   \n\n \t \n')
write('binary.txt', bytes(rng.randrange(256) for _ in range(4096)))
for ext in ('pdf', 'docx', 'txt', 'bin'):
    write(f'random.{ext}', bytes(rng.randrange(256) for _ in range(2048)))
write('windows-1252.txt', seed.replace('\n', '\r\n').encode('cp1252'))
write('iso-8859-1.txt', seed.replace('’', "'").replace('–', '-').encode('latin-1'))
write('utf16le-bom.txt', b'\xff\xfe' + seed.encode('utf-16-le'))
write('utf16be-bom.txt', b'\xfe\xff' + seed.encode('utf-16-be'))
write('cr-only.txt', seed.replace('\n', '\r').encode('utf-8'))

pdf = open(os.path.join(root, 'fixtures', 'dev', 'm01.pdf'), 'rb').read()
write('truncated.pdf', pdf[: len(pdf) // 3])


def minimal_pdf(content, extra_objects=()):
    """A one-page PDF whose page draws `content` (no text layer)."""
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
            b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream']
    objs += list(extra_objects)
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for off in offsets:
        out.write(b'%010d 00000 n \n' % off)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref))
    return out.getvalue()


# a scanned page: graphics, no text
write('no-text-layer.pdf', minimal_pdf(b'0.5 g 50 50 495 742 re f'))
# a page tree that points back at itself
cyclic = minimal_pdf(b'0 g').replace(b'/Kids [3 0 R] /Count 1', b'/Kids [2 0 R] /Count 1')
write('cyclic-pages.pdf', cyclic)

if shutil.which('qpdf'):
    src = os.path.join(root, 'fixtures', 'dev', 'm08.pdf')
    subprocess.run(['qpdf', '--encrypt', 'secret', 'secret', '256', '--', src,
                    os.path.join(bad, 'encrypted.pdf')], check=True)


def docx(name, parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    write(name, buf.getvalue())


content_types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
docx('not-a-docx.docx', {'readme.txt': 'just a zip'})
docx('no-document-xml.docx', {'[Content_Types].xml': content_types,
                              'word/styles.xml': f'<w:styles {W}/>'})
laughs = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + ''.join(f'<!ENTITY lol{i} "' + f'&lol{i - 1};' * 10 + '">' for i in range(1, 10)).replace('&lol0;', '&lol;')
          + f']>\n<w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
docx('billion-laughs.docx', {'[Content_Types].xml': content_types, 'word/document.xml': laughs})
deep = f'<w:document {W}><w:body>' + '<w:sdt>' * 5000 + '</w:sdt>' * 5000 + '</w:body></w:document>'
docx('deep-nesting.docx', {'[Content_Types].xml': content_types, 'word/document.xml': deep})
docx('broken-xml.docx', {'[Content_Types].xml': content_types,
                         'word/document.xml': f'<w:document {W}><w:body><w:p><w:r><w:t>Punkt'})
print('wrote', len(os.listdir(bad)), 'files to fixtures/bad')
