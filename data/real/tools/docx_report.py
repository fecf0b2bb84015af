#!/usr/bin/env python3
"""A DOCX built like the official template (国办公开办函〔2021〕30号 / 〔2019〕60号), filled with the
numbers of one real report's truth and the narrative of its own source text.

usage: docx_report.py TRUTH.json SOURCE_TEXT.txt OUT.docx

Word table structure as the official template has it: section 二 one 4-column table with the
第二十条 rows merged across (gridSpan) and single-value rows spanning three columns; section 三 a
10-column grid whose header has the 勾稽 note over three columns and three rows (gridSpan + vMerge),
申请人情况 over seven columns, 自然人 and 总计 over two rows, 法人或其他组织 over five columns; the
outcome block 三、本年度办理结果 as one vertical merge over all outcome rows, and the groups （三）不予公开,
（四）无法提供, （五）不予处理 and (2021) （六）其他处理 as vertical merges over their numbered rows;
section 四 a 15-column grid with 行政复议 / 行政诉讼 over five and ten columns and the five 行政复议
headers merged over two rows. A blank (null) cell is an empty cell, never 0; a cell the truth does not
give (it could not be read from the source) is also left empty, and it is not in this form's truth.

Deterministic: fixed zip entry order and dates, no timestamps in the parts.
"""
import json, re, sys, zipfile
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
TEXT_W = 9412  # A4 width 11906 minus 2 x 1247 margins, in twentieths of a point

ROWS3 = [
    ('newReceived', None, None, '一、本年新收政府信息公开申请数量'),
    ('carriedOver', None, None, '二、上年结转政府信息公开申请数量'),
    ('granted', 'A', None, '（一）予以公开'),
    ('partiallyGranted', 'A', None, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    ('deniedStateSecret', 'A', '（三）不予公开', '1.属于国家秘密'),
    ('deniedProhibitedByLaw', 'A', '（三）不予公开', '2.其他法律行政法规禁止公开'),
    ('deniedSafetyStability', 'A', '（三）不予公开', '3.危及“三安全一稳定”'),
    ('deniedThirdPartyRights', 'A', '（三）不予公开', '4.保护第三方合法权益'),
    ('deniedInternalAffairs', 'A', '（三）不予公开', '5.属于三类内部事务信息'),
    ('deniedProcessInfo', 'A', '（三）不予公开', '6.属于四类过程性信息'),
    ('deniedEnforcementFiles', 'A', '（三）不予公开', '7.属于行政执法案卷'),
    ('deniedQueryMatters', 'A', '（三）不予公开', '8.属于行政查询事项'),
    ('unavailableNotHeld', 'A', '（四）无法提供', '1.本机关不掌握相关政府信息'),
    ('unavailableNeedsCreation', 'A', '（四）无法提供', '2.没有现成信息需要另行制作'),
    ('unavailableUnclear', 'A', '（四）无法提供', '3.补正后申请内容仍不明确'),
    ('notProcessedComplaint', 'A', '（五）不予处理', '1.信访举报投诉类申请'),
    ('notProcessedRepeated', 'A', '（五）不予处理', '2.重复申请'),
    ('notProcessedPublication', 'A', '（五）不予处理', '3.要求提供公开出版物'),
    ('notProcessedExcessive', 'A', '（五）不予处理', '4.无正当理由大量反复申请'),
    ('notProcessedConfirmation', 'A', '（五）不予处理', '5.要求行政机关确认或重新出具已获取信息'),
    ('otherNoCorrection', 'A', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
    ('otherUnpaidFee', 'A', '（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    ('otherOther', 'A', '（六）其他处理', '3.其他'),
    ('otherHandling', 'A', None, '（六）其他处理'),
    ('total', 'A', None, '（七）总计'),
    ('carriedForward', None, None, '四、结转下年度继续办理'),
]
SECTION_TITLES = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
                  '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']


def fmt(v):
    if v is None:
        return ''
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def run(text, bold=False, size=None):
    rpr = ''
    if bold or size:
        rpr = '<w:rPr>' + ('<w:b/>' if bold else '') + (f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else '') + '</w:rPr>'
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text='', align=None, bold=False, size=None, indent=False):
    ppr = ''
    if align or indent:
        ppr = '<w:pPr>' + ('<w:ind w:firstLineChars="200" w:firstLine="420"/>' if indent else '') + \
              (f'<w:jc w:val="{align}"/>' if align else '') + '</w:pPr>'
    return f'<w:p>{ppr}{run(text, bold, size) if text else ""}</w:p>'


def cell(text='', width=0, span=1, vmerge=None, size=18):
    """vmerge: None, 'restart' (top of a vertical merge) or 'cont' (a cell merged into the one above)"""
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == 'restart':
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == 'cont':
        pr += '<w:vMerge/>'
    pr += '<w:vAlign w:val="center"/>'
    body = '' if vmerge == 'cont' else text
    return f'<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(body, size=size) if body else ""}</w:p></w:tc>'


def table(cols, rows, size=18):
    """cols: grid column widths; rows: lists of (text, span, vmerge)"""
    b = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(cols)}" w:type="dxa"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           f'<w:tblCellMar><w:left w:w="40" w:type="dxa"/><w:right w:w="40" w:type="dxa"/></w:tblCellMar></w:tblPr>',
           '<w:tblGrid>' + ''.join(f'<w:gridCol w:w="{c}"/>' for c in cols) + '</w:tblGrid>']
    for r in rows:
        out.append('<w:tr><w:trPr><w:cantSplit/></w:trPr>')
        i = 0
        for text, span, vm in r:
            out.append(cell(text, sum(cols[i:i + span]), span, vm, size))
            i += span
        assert i == len(cols), (i, r)
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def c(text, span=1, vm=None):
    return (text, span, vm)


def section2(t, template):
    ad = t.get('activeDisclosure') or {}

    def v(item, key):
        return fmt((ad.get(item) or {}).get(key))
    cols = [2812, 2200, 2200, 2200]
    if template == '2021':
        rows = [[c('第二十条第（一）项', 4)],
                [c('信息内容'), c('本年制发件数'), c('本年废止件数'), c('现行有效件数')],
                [c('规章')] + [c(v('regulations', k)) for k in ('made', 'repealed', 'inForce')],
                [c('行政规范性文件')] + [c(v('normativeDocuments', k)) for k in ('made', 'repealed', 'inForce')],
                [c('第二十条第（五）项', 4)],
                [c('信息内容'), c('本年处理决定数量', 3)],
                [c('行政许可'), c(v('licensing', 'decisions'), 3)],
                [c('第二十条第（六）项', 4)],
                [c('信息内容'), c('本年处理决定数量', 3)],
                [c('行政处罚'), c(v('punishment', 'decisions'), 3)],
                [c('行政强制'), c(v('coercion', 'decisions'), 3)],
                [c('第二十条第（八）项', 4)],
                [c('信息内容'), c('本年收费金额（单位：万元）', 3)],
                [c('行政事业性收费'), c(v('fees', 'amount'), 3)]]
    else:
        three = ('previousCount', 'change', 'decisions')
        rows = [[c('第二十条第（一）项', 4)],
                [c('信息内容'), c('本年新制作数量'), c('本年新公开数量'), c('对外公开总数量')],
                [c('规章')] + [c(v('regulations', k)) for k in ('newlyMade', 'newlyPublished', 'totalPublished')],
                [c('规范性文件')] + [c(v('normativeDocuments', k)) for k in ('newlyMade', 'newlyPublished', 'totalPublished')],
                [c('第二十条第（五）项', 4)],
                [c('信息内容'), c('上一年项目数量'), c('本年增/减'), c('处理决定数量')],
                [c('行政许可')] + [c(v('licensing', k)) for k in three],
                [c('其他对外管理服务事项')] + [c(v('otherServices', k)) for k in three],
                [c('第二十条第（六）项', 4)],
                [c('信息内容'), c('上一年项目数量'), c('本年增/减'), c('处理决定数量')],
                [c('行政处罚')] + [c(v('punishment', k)) for k in three],
                [c('行政强制')] + [c(v('coercion', k)) for k in three],
                [c('第二十条第（八）项', 4)],
                [c('信息内容'), c('上一年项目数量'), c('本年增/减', 2)],
                [c('行政事业性收费'), c(v('fees', 'previousCount')), c(v('fees', 'change'), 2)],
                [c('第二十条第（九）项', 4)],
                [c('信息内容'), c('采购项目数量'), c('采购总金额', 2)],
                [c('政府集中采购'), c(v('procurement', 'projects')), c(v('procurement', 'totalAmount'), 2)]]
    return table(cols, rows)


def section3(t, template):
    ap = t.get('applications') or {}
    drop = {'otherHandling'} if template == '2021' else {'otherNoCorrection', 'otherUnpaidFee', 'otherOther'}
    keys = [r for r in ROWS3 if r[0] not in drop]
    cols = [760, 860, 2392] + [771] * 7
    cols[-1] = TEXT_W - sum(cols[:-1])
    rows = [[c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 'restart'), c('申请人情况', 7)],
            [c('', 3, 'cont'), c('自然人', 1, 'restart'), c('法人或其他组织', 5), c('总计', 1, 'restart')],
            [c('', 3, 'cont'), c('', 1, 'cont'), c('商业企业'), c('科研机构'), c('社会公益组织'), c('法律服务机构'),
             c('其他'), c('', 1, 'cont')]]
    prev_a = prev_g = None
    for key, a, group, label in keys:
        vals = ap.get(key) or [None] * 7
        nums = [c(fmt(x)) for x in vals]
        if a is None:
            row = [c(label, 3)]
        else:
            row = [c('三、本年度办理结果', 1, 'cont' if prev_a else 'restart')]
            if group is None:
                row.append(c(label, 2))
            else:
                row += [c(group, 1, 'cont' if prev_g == group else 'restart'), c(label)]
        prev_a, prev_g = a, group
        rows.append(row + nums)
    return table(cols, rows, size=16)


def section4(t):
    rl = t.get('reviewLitigation') or {}
    cells = ('upheld', 'corrected', 'other', 'pending', 'total')
    heads = ('结果维持', '结果纠正', '其他结果', '尚未审结', '总计')
    cols = [627] * 15
    cols[-1] = TEXT_W - sum(cols[:-1])
    rows = [[c('行政复议', 5), c('行政诉讼', 10)],
            [c(h, 1, 'restart') for h in heads] + [c('未经复议直接起诉', 5), c('复议后起诉', 5)],
            [c('', 1, 'cont') for _ in heads] + [c(h) for h in heads] * 2,
            [c(fmt((rl.get(g) or {}).get(k))) for g in ('review', 'litigationDirect', 'litigationAfterReview') for k in cells]]
    return table(cols, rows, size=16)


HEADINGS = [re.compile(p) for p in (r'一\s*[、.．]\s*总体情况', r'二\s*[、.．]\s*主动公开政府信息', r'三\s*[、.．]\s*收到和处理',
                                    r'四\s*[、.．]\s*政府信息公开行政复议', r'五\s*[、.．]\s*存在的?主要问题[及和]?(改进|整改)?(情况|措施)?',
                                    r'六\s*[、.．]\s*其他需要?报告的?事项')]
END = re.compile(r'扫一扫|【字体|打印本页|关闭窗口|上一篇|下一篇|\[bookmark')


def narrative(src):
    """the report's own text of sections 一, 五 and 六, as paragraphs"""
    s = src.replace('\r', '')
    pos = []
    start = 0
    for h in HEADINGS:
        m = h.search(s, start)
        pos.append(m)
        if m:
            start = m.end()
    out = {}
    for n, nxt in ((0, 1), (4, 5), (5, None)):
        m = pos[n]
        if not m:
            continue
        stop = pos[nxt].start() if nxt is not None and pos[nxt] else len(s)
        body = s[m.end():stop]
        e = END.search(body)
        if e:
            body = body[:e.start()]
        out[n] = paragraphs(body, cap=600 if n == 5 else 4000)
    return out


def paragraphs(body, cap):
    lines = [re.sub(r'[#*\f]+', '', l).strip() for l in body.split('\n')]
    lines = [l for l in lines if not re.fullmatch(r'[-－—]\s*\d+\s*[-－—]', l)]  # page numbers of a PDF's text
    paras, cur = [], ''
    for l in lines:
        if not l:
            if cur:
                paras.append(cur)
                cur = ''
            continue
        if re.match(r'[（(][一二三四五六七八九十]+[）)]', l) and cur:
            paras.append(cur)
            cur = ''
        cur += l
        if l.endswith(('。', '：', ':')) and len(cur) > 40:
            paras.append(cur)
            cur = ''
    if cur:
        paras.append(cur)
    out, n = [], 0
    for p in paras:
        if n + len(p) > cap and out:
            break
        out.append(p)
        n += len(p)
    return out


def document(t, src):
    r = t['report']
    template = str(r['template'])
    text = narrative(src)
    body = [para(f"{r['agency']}{r['reportYear']}年政府信息公开工作年度报告", 'center', True, 36)]
    for n, title in enumerate(SECTION_TITLES):
        body.append(para(title, bold=True, size=24))
        if n == 1:
            body.append(section2(t, template))
        elif n == 2:
            body.append(section3(t, template))
        elif n == 3:
            body.append(section4(t))
        for p in text.get(n, []):
            body.append(para(p, indent=True))
        if n in (1, 2, 3):
            body.append(para())
    body.append(para(r['agency'], 'right'))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1247" w:bottom="1440" w:left="1247" w:header="851" w:footer="992" w:gutter="0"/>'
            '</w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
            + ''.join(body) + sect + '</w:body></w:document>')


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>
<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''
CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>'''
DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>'''


def core(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:title>{escape(title)}</dc:title><dc:creator>nianbao data/real</dc:creator></cp:coreProperties>')


def main():
    truth_path, src_path, out = sys.argv[1:4]
    t = json.load(open(truth_path, encoding='utf-8'))
    src = open(src_path, encoding='utf-8').read()
    r = t['report']
    parts = [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS), ('docProps/core.xml', core(f"{r['agency']}{r['reportYear']}年政府信息公开工作年度报告")),
             ('word/_rels/document.xml.rels', DOC_RELS), ('word/styles.xml', STYLES), ('word/document.xml', document(t, src))]
    with zipfile.ZipFile(out, 'w') as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8'))


if __name__ == '__main__':
    main()
