#!/usr/bin/env bash
# Writes the hostile corpus (issue 12, item 5) into a folder; nothing of it is committed.
#   deploy/local/hostile/make-corpus.sh [TARGET_DIR]     (default deploy/local/state/hostile)
# Needs bash and python3 (standard library only); about 270 MB of disk, ~30 s.
# Files (name: what it is):
#   zip-bomb.docx            a DOCX whose word/document.xml inflates to 2 GiB (compressed ~2 MB)
#   billion-laughs.docx      a DOCX whose document.xml defines nested XML entities (10^9 "lol")
#   billion-laughs.html      an XHTML page with the same entity expansion in its internal DTD
#   encrypted.pdf            a PDF with an /Encrypt dictionary (Standard handler, RC4 40-bit, unknown user password)
#   truncated.pdf            a valid one-page PDF cut in the middle of its content (no xref, no %%EOF)
#   pages-5000.pdf           a valid PDF of 5,000 pages, one line of text on each
#   nested-100000.html       HTML with 100,000 nested <div> elements
#   size-200mb.txt           200 MB of plain text (above every size limit)
#   mixed-utf8-gbk.txt       a real report's text in UTF-8 with GBK-encoded runs and invalid bytes mixed in
#   elf-renamed.txt          an ELF executable (this machine's /bin/true) named .txt
#   empty.txt                zero bytes
#   one-line-50mb.txt        one line of 50 MB, no line break
#   one-line-15mb.txt        one line of 15 MB (just under ingest's 16 MiB limit: reaches parse)
#   news-article.html        a Chinese news article: a real document that is not an annual report
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
OUT="${1:-$ROOT/deploy/local/state/hostile}"
mkdir -p "$OUT"
python3 - "$OUT" "$ROOT" <<'PY'
import os, sys, zipfile, shutil, zlib

out, root = sys.argv[1], sys.argv[2]
def p(name): return os.path.join(out, name)

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# 1. zip bomb: 2 GiB of paragraphs, streamed through the deflater
with zipfile.ZipFile(p('zip-bomb.docx'), 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', CT)
    z.writestr('_rels/.rels', RELS)
    with z.open('word/document.xml', 'w', force_zip64=True) as f:
        f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>' % W).encode())
        para = ('<w:p><w:r><w:t>' + 'A' * 200 + '</w:t></w:r></w:p>').encode()
        chunk = para * ((1 << 20) // len(para) + 1)
        written, target = 0, 2 * 1024 ** 3
        while written < target:
            f.write(chunk); written += len(chunk)
        f.write(b'</w:body></w:document>')

# 2. billion laughs in DOCX and XHTML
ents = '<!ENTITY lol "lol">' + ''.join(
    '<!ENTITY lol%d "%s">' % (i, ('&lol%s;' % ('' if i == 1 else i - 1)) * 10) for i in range(1, 10))
doc = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [%s]>'
       '<w:document %s><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>') % (ents, W)
with zipfile.ZipFile(p('billion-laughs.docx'), 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', CT)
    z.writestr('_rels/.rels', RELS)
    z.writestr('word/document.xml', doc)
with open(p('billion-laughs.html'), 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html [%s]>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>2023年政府信息公开工作年度报告</title></head>'
            '<body><p>&lol9;</p></body></html>\n' % ents)

# PDF writer: objects as bytes, correct xref offsets
def pdf(objs, trailer_extra=b''):
    buf = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(buf))
        buf += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(buf)
    buf += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        buf += b'%010d 00000 n \n' % o
    buf += b'trailer\n<< /Size %d /Root 1 0 R ' % (len(objs) + 1) + trailer_extra + b'>>\nstartxref\n%d\n%%%%EOF\n' % x
    return bytes(buf)

def stream(data):
    return b'<< /Length %d >>\nstream\n' % len(data) + data + b'\nendstream'

text = b'BT /F1 12 Tf 72 720 Td (Annual report on government information disclosure 2023) Tj ET'
font = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
one = [b'<< /Type /Catalog /Pages 2 0 R >>',
       b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
       b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
       stream(text), font]

# 3. encrypted: the Standard security handler, V1 R2, with O/U that match no password we know
enc = b'<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <' + b'6b' * 32 + b'> /U <' + b'3f' * 32 + b'> >>'
with open(p('encrypted.pdf'), 'wb') as f:
    f.write(pdf(one + [enc], b'/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] '))

# 4. truncated: the same valid PDF cut inside the content stream
full = pdf(one)
cut = full.index(b'stream\n') + 20
with open(p('truncated.pdf'), 'wb') as f:
    f.write(full[:cut])

# 5. 5,000 pages
n = 5000
objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % (4 + 2 * i) for i in range(n)) + b'] /Count %d >>' % n,
        font]
for i in range(n):
    objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i))
    objs.append(stream(b'BT /F1 12 Tf 72 720 Td (Page %d of the 2023 disclosure report) Tj ET' % (i + 1)))
with open(p('pages-5000.pdf'), 'wb') as f:
    f.write(pdf(objs))

# 6. HTML nested 100,000 levels
with open(p('nested-100000.html'), 'w', encoding='utf-8') as f:
    f.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>2023年政府信息公开工作年度报告</title></head><body>')
    f.write('<div>' * 100000 + '政府信息公开工作年度报告' + '</div>' * 100000)
    f.write('</body></html>\n')

sample_dir = os.path.join(root, 'data', 'samples')
sample = sorted(x for x in os.listdir(sample_dir) if x.endswith('.txt'))[0]
stext = open(os.path.join(sample_dir, sample), encoding='utf-8').read()

# 7. 200 MB
line = (stext.replace('\n', ' ') + '\n').encode('utf-8')
with open(p('size-200mb.txt'), 'wb') as f:
    left = 200 * 1000 * 1000
    while left > 0:
        b = line[:left]; f.write(b); left -= len(b)

# 8. mixed UTF-8 / GBK / invalid bytes: every 3rd line in GBK, every 7th gets stray bytes
mixed = bytearray()
for i, l in enumerate(stext.splitlines(True)):
    if i % 3 == 1:
        mixed += l.encode('gbk', errors='replace')
    else:
        mixed += l.encode('utf-8')
    if i % 7 == 3:
        mixed += b'\xff\xfe\xc0\xaf\xed\xa0\x80\x80\x81'
with open(p('mixed-utf8-gbk.txt'), 'wb') as f:
    f.write(bytes(mixed))

# 9. ELF renamed .txt
elf = next(x for x in ('/bin/true', '/usr/bin/true', sys.executable) if os.path.exists(x))
shutil.copyfile(elf, p('elf-renamed.txt'))

# 10. empty
open(p('empty.txt'), 'wb').close()

# 11. one line of 50 MB and of 15 MB
unit = stext.replace('\n', ' ').replace('\r', ' ').encode('utf-8')
for name, size in (('one-line-50mb.txt', 50 * 1000 * 1000), ('one-line-15mb.txt', 15 * 1000 * 1000)):
    with open(p(name), 'wb') as f:
        left = size
        while left > 0:
            b = unit[:left]; f.write(b); left -= len(b)

# 12. not a report: a news article
with open(p('news-article.html'), 'w', encoding='utf-8') as f:
    f.write('''<!DOCTYPE html><html><head><meta charset="utf-8"><title>我市举办2023年秋季农产品展销会</title></head><body>
<h1>我市举办2023年秋季农产品展销会</h1>
<p>发布时间：2023-10-12 09:30 来源：市融媒体中心</p>
<p>10月11日，为期三天的2023年秋季农产品展销会在市会展中心开幕。本次展销会共设展位320个，吸引了来自全市12个县（区）的186家农业企业和合作社参展，展出大米、茶叶、水果、食用菌等特色农产品600余种。</p>
<p>开幕当天，现场签订农产品购销合同45份，签约金额2.3亿元。市民王女士告诉记者：“这里的农产品新鲜又实惠，我一下子买了好几样。”</p>
<p>据了解，近年来我市大力发展特色农业，农产品品牌影响力不断提升。下一步，将继续搭建产销对接平台，助力乡村振兴。</p>
<p>（记者 李明 通讯员 张华）</p>
</body></html>
''')
open(p('.complete'), 'w').close()
for x in sorted(os.listdir(out)):
    if x.startswith('.'): continue
    print('%-24s %12d bytes' % (x, os.path.getsize(p(x))))
PY
