"""Writes three DOCX files into DIR for the on-demand styles.xml tests
(plugins/docx/styles.c): each body uses two heading styles and a
table-of-contents style ("toc 1": its line is left out of the output).

  late-styles.docx  the TOC style is defined after 300 KB of table styles
  tail-styles.docx  styles.xml is damaged after both styles
  head-styles.docx  styles.xml is damaged before the TOC style
"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def style(sid, name):
    return f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'


def para(text, sid=None):
    ppr = f'<w:pPr><w:pStyle w:val="{sid}"/></w:pPr>' if sid else ''
    return f'<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>'


table = ''.join(f'<w:style w:type="table" w:styleId="T{i}"><w:name w:val="T{i}"/>'
                + '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr>' * 20 + '</w:style>'
                for i in range(300))
doc = (f'<w:document {W}><w:body>' + para('Dagsorden', 'H') + para('1. Budget', 'H2') + para('Teksten.')
       + para('Indholdet sidst i bilaget.', 'Toc') + '</w:body></w:document>')
heading = style('H', 'heading 1') + style('H2', 'heading 2')
toc, damage = style('Toc', 'toc 1'), '<w:style <<'
for name, styles in (('late', heading + table + toc + '</w:styles>'),
                     ('tail', heading + toc + table + damage),
                     ('head', heading + damage + toc)):
    with zipfile.ZipFile(f'{sys.argv[1]}/{name}-styles.docx', 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('word/document.xml', doc)
        z.writestr('word/styles.xml', f'<w:styles {W}>' + styles)
