"""A DOCX whose sub-heading is set in bold, larger type rather than in a
heading style (as FirstAgenda's are), and is no heading of the
vocabulary, for the tests of plugins/docx/input_docx.c: run_size.  Bold type of 14 pt over an
11 pt body is a heading, as in a PDF; bold type of the body's size, or
large type that is not bold, is not.

  type_docx.py FILE
"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def para(text, bold=False, size=None):
    rpr = ('<w:b/>' if bold else '') + (f'<w:sz w:val="{size}"/>' if size else '')
    return f'<w:p><w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t>{text}</w:t></w:r></w:p>'


body = (para('Dagsorden') + para('1. Budget') + para('Sagsfremstilling') + para('Teksten.')
        + para('Supplerende oplysninger', bold=True, size=28) + para('Ingen bemærkninger.')
        + para('Bemærk', bold=True) + para('Stor tekst', size=28) + para('2. Regnskab')
        + para('Sagsfremstilling') + para('Teksten.'))
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('word/document.xml', f'<w:document {W}><w:body>{body}</w:body></w:document>')
