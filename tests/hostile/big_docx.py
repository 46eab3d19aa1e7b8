#!/usr/bin/env python3
"""Writes a valid DOCX for the limit tests.

  big_docx.py OUT.docx large   word/document.xml of 12 MB: real paragraphs
                               (libxml2 alone refuses 10 MB without HUGE)
  big_docx.py OUT.docx empty   2.5 million empty paragraphs (about 200 KB on
                               disk): over the block limit
  big_docx.py OUT.docx prose N N paragraphs of prose, for scaling runs"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
out, kind = sys.argv[1], sys.argv[2]
para = ('<w:p><w:r><w:t>Kommunalbestyrelsen drøftede budgettet for de kommende år, '
        'herunder anlægsrammen og servicerammen for skoleområdet.</w:t></w:r></w:p>')
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',
               '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="xml" ContentType="application/xml"/></Types>')
    with z.open('word/document.xml', 'w', force_zip64=True) as f:
        f.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>'.encode())
        f.write('<w:p><w:r><w:t>1. Budget 2025</w:t></w:r></w:p><w:p><w:r><w:t>Sagsfremstilling</w:t></w:r></w:p>'.encode())
        if kind == 'large':
            chunk = (para * 100).encode()
            for _ in range(12_000_000 // len(chunk) + 1):
                f.write(chunk)
        elif kind == 'empty':
            chunk = b'<w:p/>' * 100_000
            for _ in range(25):
                f.write(chunk)
        else:
            chunk = para.encode()
            for _ in range(int(sys.argv[3])):
                f.write(chunk)
        f.write(b'</w:body></w:document>')
