"""DOCX files for the on-demand styles.xml tests (plugins/docx/styles.c).
Each body uses two heading styles and a table-of-contents style ("toc 1":
its line, "Indholdet sidst i bilaget.", is left out of the output), the
TOC style defined after 300 KB of table styles.

  styles_docx.py DIR          late-, tail- and head-styles.docx:
    late-styles.docx  styles.xml whole
    tail-styles.docx  styles.xml damaged after the three styles
    head-styles.docx  styles.xml damaged before the TOC style
  styles_docx.py --archive DIR
    a1..a3.docx from one template, b1, b2.docx from another (its item
    heading style "H2" is a plain one: no items), each with its own item
    title, the styles they use after 300 KB of table styles; c1..c3.docx
    from a third, where c1 (the largest, converted first) uses only the
    style defined first (its paper stops reading at once) and c2, c3 the
    late ones too (past what c1 read: they must read on)
"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def style(sid, name):
    return f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'


def para(text, sid=None):
    ppr = f'<w:pPr><w:pStyle w:val="{sid}"/></w:pPr>' if sid else ''
    return f'<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>'


def document(title, early_only=False):
    if early_only:
        # the template's largest paper: a batch converts it first
        return (f'<w:document {W}><w:body>' + para('Dagsorden', 'H')
                + ''.join(para(f'Teksten, afsnit {k}.') for k in range(300)) + '</w:body></w:document>')
    return (f'<w:document {W}><w:body>' + para('Dagsorden', 'H') + para(f'1. {title}', 'H2')
            + para('Teksten.') + para('Indholdet sidst i bilaget.', 'Toc') + '</w:body></w:document>')


def write(path, doc, styles):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('word/document.xml', doc)
        z.writestr('word/styles.xml', f'<w:styles {W}>' + styles)


table = ''.join(f'<w:style w:type="table" w:styleId="T{i}"><w:name w:val="T{i}"/>'
                + '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr>' * 20 + '</w:style>'
                for i in range(300))
heading = style('H', 'heading 1') + style('H2', 'heading 2')
damage = '<w:style <<'

if sys.argv[1] == '--archive':
    out = sys.argv[2]
    for template, h2 in (('a', 'heading 2'), ('b', 'Brødtekst')):
        for i in range(1, 4 if template == 'a' else 3):
            write(f'{out}/{template}{i}.docx', document(f'Sag {template}{i}'),
                  style('H', 'heading 1') + table + style('Toc', 'toc 1') + style('H2', h2) + '</w:styles>')
    for i in range(1, 4):
        write(f'{out}/c{i}.docx', document(f'Sag c{i}', early_only=i == 1),
              style('H', 'heading 1') + table + style('Toc', 'toc 1') + style('H2', 'heading 2') + '</w:styles>')
else:
    out, toc = sys.argv[1], style('Toc', 'toc 1')
    for name, styles in (('late', heading + table + toc + '</w:styles>'),
                         ('tail', heading + toc + table + damage),
                         ('head', heading + damage + toc)):
        write(f'{out}/{name}-styles.docx', document('Budget'), styles)
