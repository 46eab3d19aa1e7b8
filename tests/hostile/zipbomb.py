#!/usr/bin/env python3
"""Writes a DOCX whose word/document.xml inflates to 1 GiB of spaces
(about 1 MB on disk): a zip bomb for the size caps."""
import sys
import zipfile

GIB = 1 << 30
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr('[Content_Types].xml', '<Types/>')
    with z.open('word/document.xml', 'w', force_zip64=True) as f:
        chunk = b' ' * (1 << 20)
        for _ in range(GIB // len(chunk)):
            f.write(chunk)
