"""DOCX files for the numbering.xml tests (plugins/docx/input_docx.c:
numbering_ready, which reads numbering.xml at the first numbered
paragraph).  The item title's number "1." comes from numbering.xml alone.

  numbering_docx.py DIR
    numbered.docx            a numbered item title, numbering.xml whole
    numbered-damaged.docx    the same, numbering.xml damaged
    unnumbered-damaged.docx  no numbered paragraph, numbering.xml damaged
"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERING = (f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
             '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
DAMAGED = f'<w:numbering {W}><w:abstractNum <<'


def para(text, numbered=False):
    ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if numbered else ''
    return f'<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>'


def write(path, numbered, numbering):
    title = para('Budget', True) if numbered else para('1. Budget')
    body = para('Dagsorden') + title + para('Sagsfremstilling') + para('Teksten.')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('word/document.xml', f'<w:document {W}><w:body>{body}</w:body></w:document>')
        z.writestr('word/numbering.xml', numbering)


out = sys.argv[1]
write(f'{out}/numbered.docx', True, NUMBERING)
write(f'{out}/numbered-damaged.docx', True, DAMAGED)
write(f'{out}/unnumbered-damaged.docx', False, DAMAGED)
