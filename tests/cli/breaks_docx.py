"""A DOCX whose paragraphs are broken by line breaks (<w:br/>, Shift+Enter),
for the tests of plugins/docx/input_docx.c: line_break.  A line break ends
a printed line, as in a PDF, and the paragraphs pass reads the lines: the
venue's lines under "Kl. 10:30" stand apart (joined with ", " in
meeting.location), a title and a sentence broken over two lines are joined
again; a page break, and a line break in a table cell, are spaces.

  breaks_docx.py FILE
"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BR = '</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>'
PAGE = '</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t>'


def para(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def row(*cells):
    return '<w:tr>' + ''.join(f'<w:tc>{para(c)}</w:tc>' for c in cells) + '</w:tr>'


body = (para('Referat') + para('Udvalget for natur og miljø') + para('Tirsdag den 15. september 2015')
        + para('Kl. 10:30') + para(BR.join(['Lemvig Rådhus', 'Mødelokale 7', 'Rådhusgade 54']))
        + para('1. Budget' + BR + 'for 2025') + para('Sagsfremstilling')
        + para('Forvaltningen har' + BR + 'undersøgt sagen.' + PAGE + 'Den er klar.')
        + para('Bilag') + '<w:tbl>' + row('1', 'Åben', 'Tidsplan' + BR + 'for etape 1', '233639/15') + '</w:tbl>')
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('word/document.xml', f'<w:document {W}><w:body>{body}</w:body></w:document>')
