// report.html?id=<documentId>: one report (GET /api/reports/{documentId}): metadata, findings by severity with
// their evidence, the three tables with the cells the findings name highlighted, sections text, parse notes.
import {
  API, apiPath, getJson, h, replace, fmt, showMessage, statusBadge, severityBadge, bi, TEMPLATES, TABLES,
  ACTIVE_ROWS, ACTIVE_COLUMNS, APPLICANT_COLUMNS, APPLICATION_ROWS, REVIEW_GROUPS, REVIEW_COLUMNS, cellLabel,
  SECTION_NUMERALS, SEVERITY, sendJson, apiKey, setApiKey, regionLabel,
} from './common.js';

const SEVERITY_ORDER = ['error', 'warning', 'info'];
const RANK = { error: 3, warning: 2, info: 1 };

const FIGURES = {
  applicationsReceived: ['收到政府信息公开申请（件）', 'applications received'],
  activeDisclosedCount: ['主动公开政府信息（条）', 'items actively disclosed'],
  reviewCount: ['行政复议（件）', 'administrative reviews'],
  litigationCount: ['行政诉讼（件）', 'lawsuits'],
  feeCollected: ['信息处理费（元）', 'information-processing fee collected (yuan)'],
};

const message = document.getElementById('message');
const titleEl = document.getElementById('title');

function worse(a, b) {
  return (RANK[a] || 0) >= (RANK[b] || 0) ? a : b;
}

function sectionName(n) {
  if (n === null || n === undefined) return '';
  return (SECTION_NUMERALS[n] || String(n)) + '、';
}

function cellId(table, row, column) {
  return ['cell', table, row, column].map((x) => String(x).replace(/[^\w-]/g, '_')).join('-');
}

function metaRow(dt, dd) {
  return [h('dt', null, ...dt), h('dd', null, dd === null || dd === undefined || dd === '' ? h('span', { class: 'muted' }, '—') : dd)];
}

function agencyHref(rep) {
  const a = rep.agencyCanonical || rep.agency;
  return a ? 'agency.html?agency=' + encodeURIComponent(a) : null;
}

function renderMeta(d) {
  const rep = d.report || {};
  const s = d.summary || {};
  const tpl = TEMPLATES[rep.template];
  const history = agencyHref(rep);
  replace(document.getElementById('meta'),
    metaRow(bi('标题', 'Title'), rep.title),
    metaRow(bi('机关（原文）', 'Agency as written'), rep.agency),
    metaRow(bi('机关规范名称', 'Canonical agency'), rep.agencyCanonical
      ? [rep.agencyCanonical, ' ', history ? h('a', { href: history }, '历年报告 ', h('span', { class: 'en' }, 'history')) : null]
      : h('span', { class: 'muted' }, '未能识别 (unresolved)')),
    metaRow(bi('行政区划', 'Region'), rep.regionCode ? [rep.regionName ? rep.regionName + ' ' : '', h('span', { class: 'mono' }, rep.regionCode)] : null),
    metaRow(bi('机关类型', 'Agency kind'), rep.agencyKind),
    metaRow(bi('报告年度', 'Report year'), rep.reportYear === null || rep.reportYear === undefined ? null : String(rep.reportYear)),
    metaRow(bi('统计期限', 'Stated period'), rep.statedPeriod),
    metaRow(bi('模板', 'Template'), rep.template ? [rep.template, tpl ? h('span', { class: 'en' }, tpl[0] + ' · ' + tpl[1]) : null] : null),
    metaRow(bi('发布日期', 'Published'), rep.publishedOn),
    metaRow(bi('核查状态', 'Status'), [statusBadge(d.status || s.status), ' ',
      h('span', { class: 'muted' }, '错误 ' + fmt(s.errors) + ' · 警告 ' + fmt(s.warnings) + ' · 提示 ' + fmt(s.infos))]),
    metaRow(bi('版本', 'Version'), d.current === false
      ? ['已被替代 (superseded)', d.supersededBy ? [' → ', h('a', { href: 'report.html?id=' + encodeURIComponent(d.supersededBy) }, '现行版本 (current)')] : null]
      : d.current === true ? '现行 (current)' : null),
    // collapsed, with the count of all of them; the API lists at most 10 (sameReport) and counts all (sameReportCount)
    metaRow(bi('同一报告的其他文档', 'Other documents of the same report'), (d.sameReport || []).length
      ? h('details', { id: 'same-report-box' },
        h('summary', null, '另有 ' + d.sameReportCount + ' 份 ', h('span', { class: 'en' }, d.sameReportCount + (d.sameReportCount === 1 ? ' other document' : ' other documents'))),
        h('ul', { id: 'same-report' }, d.sameReport.map((o) => h('li', null,
          h('a', { href: 'report.html?id=' + encodeURIComponent(o.documentId), class: 'mono' }, String(o.documentId).slice(0, 12) + '…'),
          ' ', fmt(o.publishedOn), o.current ? ' 现行 (current)' : ''))),
        d.sameReportCount > d.sameReport.length ? h('p', { class: 'muted' }, '共 ' + d.sameReportCount + ' 份，仅列出 ' + d.sameReport.length + ' 份 ',
          h('span', { class: 'en' }, d.sameReportCount + ' in all, ' + d.sameReport.length + ' listed')) : null)
      : null),
    rep.reportYear && (rep.agencyCanonical || rep.agency) ? metaRow(bi('历年比较', 'Compare years'),
      h('a', { id: 'compare-link', href: 'compare.html?agency=' + encodeURIComponent(rep.agencyCanonical || rep.agency) + '&yearB=' + rep.reportYear },
        '与上一年度比较 ', h('span', { class: 'en' }, 'compare with the previous year'))) : null,
    history ? metaRow(bi('机关历年报告', 'Agency history'), h('a', { href: history }, rep.agencyCanonical || rep.agency)) : null);

  const src = d.source || {};
  const uri = src.uri && /^https?:\/\//i.test(src.uri) ? h('a', { href: src.uri, rel: 'noopener noreferrer' }, src.uri) : src.uri;
  replace(document.getElementById('provenance'),
    metaRow(bi('文档编号', 'Document id (SHA-256)'), h('span', { class: 'mono' }, d.documentId)),
    metaRow(bi('文件名', 'File name'), src.fileName),
    metaRow(bi('来源地址', 'Source URI'), uri),
    metaRow(bi('媒体类型', 'Media type'), src.mediaType),
    metaRow(bi('大小（字节）', 'Size (bytes)'), src.sizeBytes === null || src.sizeBytes === undefined ? null : fmt(src.sizeBytes)),
    metaRow(bi('接收渠道', 'Channel'), src.channel),
    metaRow(bi('机关提示', 'Agency hint'), src.agencyHint),
    metaRow(bi('接收时间', 'Received at'), src.receivedAt),
    metaRow(bi('解析器版本', 'Parser version'), d.parserVersion),
    metaRow(bi('规则集版本', 'Rule-set version'), d.ruleSetVersion),
    metaRow(bi('入库时间', 'Stored at'), d.storedAt),
    metaRow(bi('更新时间', 'Updated at'), d.updatedAt));
}

/** Evidence of a finding: its own quote, or the slice of a section its span falls into. */
function evidenceOf(f, sections) {
  if (f.evidence) return f.evidence;
  if (typeof f.spanStart !== 'number' || typeof f.spanEnd !== 'number') return null;
  for (const s of sections) {
    if (typeof s.start === 'number' && typeof s.text === 'string' && s.start <= f.spanStart && f.spanEnd <= s.start + s.text.length) {
      return s.text.slice(f.spanStart - s.start, f.spanEnd - s.start);
    }
  }
  return null;
}

/** Finding index -> the id of the text mark that shows its span or evidence (merged marks share one id). */
function spanTargets(d) {
  const out = new Map();
  for (const s of d.sections || []) {
    for (const r of sectionRanges(s, d.findings)) {
      for (const i of r.ids) out.set(i, 'mark-' + r.ids[0]);
    }
  }
  return out;
}

const DECISIONS = { confirmed: ['已确认', 'confirmed'], dismissed: ['已驳回', 'dismissed'] };

function reviewBox(f, d) {
  const current = f.review;
  const status = current
    ? h('p', { class: 'review review-' + current.decision },
      h('strong', null, (DECISIONS[current.decision] || [current.decision])[0]), h('span', { class: 'en' }, (DECISIONS[current.decision] || [, current.decision])[1]),
      '：', h('span', { class: 'review-reason' }, current.reason),
      h('span', { class: 'muted' }, ' — ', current.reviewer || '', ' ', current.decidedAt || ''))
    : h('p', { class: 'review review-none muted' }, '尚未审核 ', h('span', { class: 'en' }, 'not reviewed'));
  if (!f.location) return status;
  const reason = h('input', { type: 'text', name: 'reason', class: 'review-input', 'aria-label': '理由 (reason)', placeholder: '理由 reason', value: current ? current.reason : null });
  const msg = h('span', { class: 'review-msg', role: 'status' });
  const send = (decision) => async () => {
    msg.textContent = '保存中… (saving)';
    try {
      await sendJson('PUT', apiPath(API.reviews), {
        documentId: d.documentId, ruleId: f.ruleId, location: f.location, decision, reason: reason.value,
      });
      const fresh = await getJson(apiPath(API.report, { documentId: d.documentId }));
      renderFindings(fresh);
      renderSections(fresh);
    } catch (e) {
      msg.textContent = (e.status === 401 ? '需要有效的 API 密钥 (a valid API key is needed): ' : '保存失败 (not saved): ') + e.message;
    }
  };
  return h('div', { class: 'review-box' }, status,
    h('form', { class: 'review-form', onsubmit: (e) => e.preventDefault() },
      reason,
      h('button', { type: 'button', class: 'confirm', onclick: send('confirmed') }, '确认 ', h('span', { class: 'en' }, 'confirm')),
      h('button', { type: 'button', class: 'secondary dismiss', onclick: send('dismissed') }, '驳回 ', h('span', { class: 'en' }, 'dismiss')),
      msg));
}

function keyBox() {
  const input = h('input', { type: 'password', id: 'api-key', autocomplete: 'off', value: apiKey() || null });
  return h('p', { class: 'keybox' },
    h('label', { for: 'api-key' }, '审核用 API 密钥 ', h('span', { class: 'en' }, 'API key (to confirm or dismiss)')), ' ', input, ' ',
    h('button', { type: 'button', class: 'secondary', onclick: () => setApiKey(input.value.trim()) }, '使用 ', h('span', { class: 'en' }, 'use')));
}

function renderFindings(d) {
  const box = document.getElementById('findings');
  const findings = d.findings || [];
  if (findings.length === 0) {
    replace(box, h('p', { class: 'msg msg-info' }, '未发现问题。', h('span', { class: 'en' }, 'No findings.')));
    return;
  }
  const groups = new Map();
  findings.forEach((f, i) => {
    const sev = SEVERITY[f.severity] ? f.severity : 'other';
    if (!groups.has(sev)) groups.set(sev, []);
    groups.get(sev).push([f, i]);
  });
  const order = [...SEVERITY_ORDER, 'other'].filter((s) => groups.has(s));
  const targets = spanTargets(d);
  replace(box, keyBox(), order.map((sev) => {
    const list = groups.get(sev);
    const [zh, en] = SEVERITY[sev] || ['其他', 'other'];
    return h('section', { class: 'sev', 'aria-label': zh + ' (' + en + ')' },
      h('h3', null, severityBadge(sev === 'other' ? null : sev), ' ', list.length + ' 项', h('span', { class: 'en' }, list.length + (list.length === 1 ? ' finding' : ' findings'))),
      h('ol', { class: 'finding-list' }, list.map(([f, i]) => findingItem(f, i, d, targets))));
  }));
}

function findingItem(f, i, d, targets) {
  const ev = evidenceOf(f, d.sections || []);
  const cells = (f.cells || []).filter((c) => c && c.table);
  return h('li', { id: 'f-' + i, class: 'finding sev-' + (f.severity || 'none') },
    h('div', { class: 'finding-head' },
      h('span', { class: 'rule' }, f.ruleId || '?'),
      severityBadge(f.severity),
      f.section !== null && f.section !== undefined ? h('span', { class: 'muted' }, '第' + sectionName(f.section).replace('、', '') + '部分', h('span', { class: 'en' }, 'section ' + f.section)) : null,
      f.origin ? h('span', { class: 'muted' }, '来源 ', h('span', { class: 'en' }, 'origin'), ' ', f.origin) : null),
    h('p', { lang: 'zh-CN' }, f.messageZh || ''),
    f.messageEn ? h('p', { lang: 'en', class: 'msg-en' }, f.messageEn) : null,
    f.expected !== null && f.expected !== undefined || f.actual !== null && f.actual !== undefined
      ? h('p', null, '应为 ', h('span', { class: 'en' }, 'expected'), ' ', h('strong', null, fmt(f.expected)), '；报告为 ', h('span', { class: 'en' }, 'actual'), ' ', h('strong', null, fmt(f.actual)))
      : null,
    cells.length ? h('p', { class: 'cellrefs' }, '单元格 ', h('span', { class: 'en' }, 'cells'), ' ',
      cells.map((c) => h('a', { href: '#' + cellId(c.table, c.row, c.column || '') }, cellLabel(c)))) : null,
    ev ? h('blockquote', { class: 'evidence', cite: null }, ev) : null,
    targets.has(i) ? h('p', { class: 'spanref' }, h('a', { href: '#' + targets.get(i), class: 'to-span' }, '在正文中查看 ', h('span', { class: 'en' }, 'see it in the text'),
      typeof f.spanStart === 'number' ? ' (' + f.spanStart + '–' + fmt(f.spanEnd) + ')' : ''))
      : typeof f.spanStart === 'number' ? h('p', { class: 'muted' }, '原文位置 ', h('span', { class: 'en' }, 'text span'), ' ' + f.spanStart + '–' + fmt(f.spanEnd)) : null,
    f.relatedDocumentId ? h('p', null, '相关报告 ', h('span', { class: 'en' }, 'related report'), ' ',
      h('a', { href: 'report.html?id=' + encodeURIComponent(f.relatedDocumentId), class: 'mono' }, String(f.relatedDocumentId).slice(0, 16) + '…')) : null,
    reviewBox(f, d));
}

/** table/row/column -> {sev, rules: [], ids: []}; a reference without a column marks the whole row. */
function highlights(findings) {
  const out = new Map();
  (findings || []).forEach((f, i) => {
    for (const c of f.cells || []) {
      if (!c || !c.table) continue;
      const key = [c.table, c.row || '', c.column || ''].join('/');
      const e = out.get(key) || { sev: null, rules: [], ids: [] };
      e.sev = worse(f.severity, e.sev);
      if (!e.rules.includes(f.ruleId)) e.rules.push(f.ruleId);
      e.ids.push(i);
      out.set(key, e);
    }
  });
  return out;
}

function lookup(hl, table, row, column) {
  return hl.get([table, row, column].join('/')) || null;
}

/** A table row; a finding naming the whole row (no column) tints it. */
function tableRow(hl, table, row, ...cells) {
  const mark = hl.get([table, row, ''].join('/'));
  return h('tr', { class: mark ? 'hl-row hl-row-' + (mark.sev || 'info') : null }, ...cells);
}

/** A value cell: empty (null) shown empty, not applicable shown as a dash, highlighted when a finding names it. */
function valueCell(hl, table, row, column, value, applicable = true) {
  const mark = lookup(hl, table, row, column);
  const present = value !== undefined;
  const classes = ['num'];
  if (!applicable && !present) {
    return h('td', { class: 'na', 'aria-label': '不适用 (not applicable)' }, '—');
  }
  if (value === null || value === undefined) classes.push('empty');
  if (mark) classes.push('hl-' + (mark.sev || 'info'));
  return h('td', {
    id: cellId(table, row, column),
    class: classes.join(' '),
    title: mark ? mark.rules.join(', ') : (value === null || value === undefined ? '空 (empty)' : null),
  }, fmt(value), mark ? h('span', { class: 'sr-only' }, '（核查发现 finding: ' + mark.rules.join(', ') + '）') : null);
}

function rowHeader(hl, table, row, label) {
  const mark = hl.get([table, row, ''].join('/'));
  return h('th', { scope: 'row', id: cellId(table, row, ''), class: mark ? 'hl-' + (mark.sev || 'info') : null, title: mark ? mark.rules.join(', ') : null },
    label, h('span', { class: 'en mono' }, row),
    mark ? h('span', { class: 'sr-only' }, '（整行核查发现 finding on the row: ' + mark.rules.join(', ') + '）') : null);
}

function absent(table, template) {
  const note = template === '2008'
    ? ['2008年条例时期的报告没有标准表格。', 'A report of the 2008 era has no standard tables.']
    : ['本报告中未找到此表。', 'This table is absent from the report.'];
  return h('p', { class: 'msg msg-info' }, note[0], h('span', { class: 'en' }, note[1]));
}

function tpl(template) {
  return template === '2019' ? '2019' : '2021';
}

/** Section 二 as the template prints it: one block per article of 第二十条, each with its own column heads. */
const ARTICLES = {
  2021: { regulations: '（一）', normativeDocuments: '（一）', licensing: '（五）', punishment: '（六）', coercion: '（六）', fees: '（八）' },
  2019: { regulations: '（一）', normativeDocuments: '（一）', licensing: '（五）', otherServices: '（五）', punishment: '（六）', coercion: '（六）', fees: '（八）', procurement: '（九）' },
};

function activeTable(data, hl, template) {
  const t = tpl(template);
  const layout = ACTIVE_ROWS[t];
  const rows = [...Object.keys(layout), ...Object.keys(data).filter((k) => !layout[k])];
  // consecutive rows of the same article (or of the same columns, for a row the template does not know) form a block
  const blocks = [];
  for (const r of rows) {
    const cols = layout[r] ? layout[r][1] : Object.keys(data[r] || {});
    const article = ARTICLES[t][r] || null;
    const last = blocks[blocks.length - 1];
    if (last && last.article === article && last.cols.join() === cols.join()) last.rows.push(r);
    else blocks.push({ article, cols, rows: [r] });
  }
  const width = Math.max(...blocks.map((b) => b.cols.length)) + 1;
  const body = [];
  for (const b of blocks) {
    body.push(h('tr', { class: 'article' }, h('th', { scope: 'colgroup', colspan: String(width), class: 'article-head' },
      b.article ? '第二十条第' + b.article + '项' : '其他 (other rows)')));
    body.push(h('tr', { class: 'col-head' }, h('th', { scope: 'col' }, '信息内容', h('span', { class: 'en' }, 'item')),
      b.cols.map((c, i) => h('th', {
        scope: 'col', class: 'num',
        colspan: i === b.cols.length - 1 && b.cols.length < width - 1 ? String(width - b.cols.length) : null,
      }, ACTIVE_COLUMNS[c] || c, h('span', { class: 'en mono' }, c)))));
    for (const r of b.rows) {
      const cells = data[r] || {};
      body.push(tableRow(hl, 'activeDisclosure', r, rowHeader(hl, 'activeDisclosure', r, layout[r] ? layout[r][0] : r),
        b.cols.map((c, i) => {
          const td = valueCell(hl, 'activeDisclosure', r, c, Object.prototype.hasOwnProperty.call(cells, c) ? cells[c] : null);
          if (i === b.cols.length - 1 && b.cols.length < width - 1) td.setAttribute('colspan', String(width - b.cols.length));
          return td;
        })));
    }
  }
  return h('table', { class: 'data template', id: 'table-activeDisclosure' },
    h('caption', { class: 'sr-only' }, ...bi(TABLES.activeDisclosure[0], TABLES.activeDisclosure[1])),
    h('tbody', null, body));
}

/** The outcome groups of section 三 (三、本年度办理结果) as the template nests them. */
function outcomeGroups(template) {
  const groups = [
    [null, [['granted', '（一）予以公开']]],
    [null, [['partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）']]],
    ['（三）不予公开', [['deniedStateSecret', '1.属于国家秘密'], ['deniedProhibitedByLaw', '2.其他法律行政法规禁止公开'],
      ['deniedSafetyStability', '3.危及“三安全一稳定”'], ['deniedThirdPartyRights', '4.保护第三方合法权益'],
      ['deniedInternalAffairs', '5.属于三类内部事务信息'], ['deniedProcessInfo', '6.属于四类过程性信息'],
      ['deniedEnforcementFiles', '7.属于行政执法案卷'], ['deniedQueryMatters', '8.属于行政查询事项']]],
    ['（四）无法提供', [['unavailableNotHeld', '1.本机关不掌握相关政府信息'], ['unavailableNeedsCreation', '2.没有现成信息需要另行制作'],
      ['unavailableUnclear', '3.补正后申请内容仍不明确']]],
    ['（五）不予处理', [['notProcessedComplaint', '1.信访举报投诉类申请'], ['notProcessedRepeated', '2.重复申请'],
      ['notProcessedPublication', '3.要求提供公开出版物'], ['notProcessedExcessive', '4.无正当理由大量反复申请'],
      ['notProcessedConfirmation', '5.要求行政机关确认或重新出具已获取信息']]],
  ];
  if (template === '2019') {
    groups.push([null, [['otherHandling', '（六）其他处理']]]);
  } else {
    groups.push(['（六）其他处理', [['otherNoCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
      ['otherUnpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], ['otherOther', '3.其他']]]);
  }
  groups.push([null, [['total', '（七）总计']]]);
  return groups;
}

/** A row-head cell of the template (merged over rows/columns), highlighted with its row when a finding names the row. */
function headCell(hl, table, row, text, rowspan, colspan) {
  const mark = row ? hl.get([table, row, ''].join('/')) : null;
  return h('th', {
    scope: 'row', id: row ? cellId(table, row, '') : null,
    rowspan: rowspan > 1 ? String(rowspan) : null, colspan: colspan > 1 ? String(colspan) : null,
    class: mark ? 'hl-' + (mark.sev || 'info') : null, title: mark ? mark.rules.join(', ') : null,
  }, text, row ? h('span', { class: 'en mono' }, row) : null);
}

function applicationsTable(data, hl, template) {
  const t = tpl(template);
  const cells = (r) => {
    const values = Array.isArray(data[r]) ? data[r] : [];
    return APPLICANT_COLUMNS.map(([c], i) => valueCell(hl, 'applications', r, c, values[i] === undefined ? null : values[i]));
  };
  const groups = outcomeGroups(t);
  const outcomeRows = groups.reduce((n, [, items]) => n + items.length, 0);
  const body = [];
  body.push(tableRow(hl, 'applications', 'newReceived', headCell(hl, 'applications', 'newReceived', '一、本年新收政府信息公开申请数量', 1, 3), cells('newReceived')));
  body.push(tableRow(hl, 'applications', 'carriedOver', headCell(hl, 'applications', 'carriedOver', '二、上年结转政府信息公开申请数量', 1, 3), cells('carriedOver')));
  let first = true;
  for (const [group, items] of groups) {
    items.forEach(([r, label], i) => {
      const heads = [];
      if (first) heads.push(h('th', { scope: 'rowgroup', rowspan: String(outcomeRows), class: 'group' }, '三、本年度办理结果'));
      first = false;
      if (group && i === 0) heads.push(h('th', { scope: 'rowgroup', rowspan: String(items.length), class: 'group' }, group));
      heads.push(headCell(hl, 'applications', r, label, 1, group ? 1 : 2));
      body.push(tableRow(hl, 'applications', r, ...heads, cells(r)));
    });
  }
  body.push(tableRow(hl, 'applications', 'carriedForward', headCell(hl, 'applications', 'carriedForward', '四、结转下年度继续办理', 1, 3), cells('carriedForward')));
  const known = new Set(['newReceived', 'carriedOver', 'carriedForward', ...groups.flatMap(([, items]) => items.map(([k]) => k))]);
  for (const r of Object.keys(data).filter((k) => !known.has(k))) {
    body.push(tableRow(hl, 'applications', r, headCell(hl, 'applications', r, r + '（模板外 not in the template）', 1, 3), cells(r)));
  }
  const corp = APPLICANT_COLUMNS.slice(1, 6);
  return h('table', { class: 'data template', id: 'table-applications' },
    h('caption', { class: 'sr-only' }, ...bi(TABLES.applications[0], TABLES.applications[1])),
    h('thead', null,
      h('tr', null,
        h('th', { scope: 'col', colspan: '3', rowspan: '3', class: 'corner' }, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
        h('th', { scope: 'colgroup', colspan: '7' }, '申请人情况', h('span', { class: 'en' }, 'applicants'))),
      h('tr', null,
        h('th', { scope: 'col', rowspan: '2', class: 'num' }, '自然人', h('span', { class: 'en mono' }, 'naturalPerson')),
        h('th', { scope: 'colgroup', colspan: '5' }, '法人或其他组织', h('span', { class: 'en' }, 'legal persons and other organisations')),
        h('th', { scope: 'col', rowspan: '2', class: 'num' }, '总计', h('span', { class: 'en mono' }, 'total'))),
      h('tr', null, corp.map(([k, label]) => h('th', { scope: 'col', class: 'num' }, label.replace('法人或其他组织：', ''), h('span', { class: 'en mono' }, k))))),
    h('tbody', null, body));
}

function reviewTable(data, hl) {
  const cols = REVIEW_COLUMNS;
  const groupCells = (g) => cols.map(([c]) => valueCell(hl, 'reviewLitigation', g, c, data[g] && data[g][c] !== undefined ? data[g][c] : null));
  const colHeads = (g, rowspan) => cols.map(([c, label]) => h('th', {
    scope: 'col', class: 'num', rowspan: rowspan ? String(rowspan) : null,
    id: cellId('reviewLitigation', g, c) + '-head',
  }, label, h('span', { class: 'en mono' }, c)));
  const known = REVIEW_GROUPS.map(([k]) => k);
  const extra = Object.keys(data).filter((k) => !known.includes(k));
  const mark = (g) => hl.get(['reviewLitigation', g, ''].join('/'));
  const groupHead = (g, text, colspan) => h('th', {
    scope: 'colgroup', colspan: String(colspan), id: cellId('reviewLitigation', g, ''),
    class: mark(g) ? 'hl-' + (mark(g).sev || 'info') : null, title: mark(g) ? mark(g).rules.join(', ') : null,
  }, text, h('span', { class: 'en mono' }, g));
  return h('div', null,
    h('table', { class: 'data template', id: 'table-reviewLitigation' },
      h('caption', { class: 'sr-only' }, ...bi(TABLES.reviewLitigation[0], TABLES.reviewLitigation[1])),
      h('thead', null,
        h('tr', null, h('th', { scope: 'colgroup', colspan: '5' }, '行政复议', h('span', { class: 'en' }, 'administrative review')),
          h('th', { scope: 'colgroup', colspan: '10' }, '行政诉讼', h('span', { class: 'en' }, 'litigation'))),
        h('tr', null, colHeads('review', 2),
          groupHead('litigationDirect', '未经复议直接起诉', 5), groupHead('litigationAfterReview', '复议后起诉', 5)),
        h('tr', null, colHeads('litigationDirect'), colHeads('litigationAfterReview'))),
      h('tbody', null, h('tr', null, groupCells('review'), groupCells('litigationDirect'), groupCells('litigationAfterReview')))),
    extra.length ? h('table', { class: 'data' },
      h('tbody', null, extra.map((g) => h('tr', null, h('th', { scope: 'row' }, g), groupCells(g))))) : null);
}

function renderTables(d) {
  const tables = d.tables || {};
  const template = (d.report || {}).template;
  const hl = highlights(d.findings);
  const box = document.getElementById('tables');
  const part = (key, build) => h('section', { 'aria-label': TABLES[key][0] },
    h('h3', null, ...bi(TABLES[key][0], TABLES[key][1])),
    tables[key] && Object.keys(tables[key]).length ? h('div', { class: 'table-wrap' }, build(tables[key], hl, template)) : absent(key, template));
  replace(box,
    part('activeDisclosure', activeTable),
    part('applications', applicationsTable),
    part('reviewLitigation', reviewTable));
}

/** Character ranges of a section to mark: finding spans inside it, or its evidence found in its text. */
function sectionRanges(s, findings) {
  const text = s.text || '';
  const ranges = [];
  for (const f of findings || []) {
    let a = null;
    let b = null;
    if (typeof f.spanStart === 'number' && typeof f.spanEnd === 'number' && typeof s.start === 'number') {
      a = Math.max(f.spanStart, s.start) - s.start;
      b = Math.min(f.spanEnd, s.start + text.length) - s.start;
    } else if (f.evidence && (f.section === null || f.section === undefined || f.section === s.number)) {
      const at = text.indexOf(f.evidence);
      if (at >= 0) {
        a = at;
        b = at + f.evidence.length;
      }
    }
    if (a !== null && b > a) ranges.push({ a, b, sev: f.severity, rule: f.ruleId, id: (findings || []).indexOf(f) });
  }
  ranges.sort((x, y) => x.a - y.a);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.a < last.b) {
      last.b = Math.max(last.b, r.b);
      last.sev = worse(r.sev, last.sev);
      if (!last.rules.includes(r.rule)) last.rules.push(r.rule);
      last.ids.push(r.id);
    } else {
      merged.push({ a: r.a, b: r.b, sev: r.sev, rules: [r.rule], ids: [r.id] });
    }
  }
  return merged;
}

function markedText(text, ranges) {
  const out = [];
  let at = 0;
  for (const r of ranges) {
    if (r.a > at) out.push(text.slice(at, r.a));
    out.push(h('mark', {
      id: 'mark-' + r.ids[0], class: 'span-' + (SEVERITY[r.sev] ? r.sev : 'info'), title: r.rules.join(', '),
    }, text.slice(r.a, r.b), ' ', r.ids.map((i) => h('a', { href: '#f-' + i, class: 'back', title: '核查发现 finding ' + (i + 1) }, '↩'))));
    at = r.b;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function renderSections(d) {
  const box = document.getElementById('sections');
  const sections = d.sections || [];
  if (sections.length === 0) {
    replace(box, h('p', { class: 'msg msg-info' }, '未识别出章节。', h('span', { class: 'en' }, 'No section was recognised.')));
    return;
  }
  const details = sections.map((s) => {
    const ranges = sectionRanges(s, d.findings);
    return h('details', { class: 'section', open: ranges.length > 0 },
      h('summary', null, sectionName(s.number) + (s.title || ''),
        ranges.length ? h('span', { class: 'en' }, ranges.length + ' 处标注 marked') : null),
      h('div', { class: 'section-text', lang: 'zh-CN' }, s.text ? markedText(s.text, ranges) : h('span', { class: 'muted' }, '（空 empty）')));
  });
  const toggle = h('button', {
    type: 'button', class: 'secondary',
    onclick: () => {
      const open = details.some((x) => !x.open);
      details.forEach((x) => { x.open = open; });
    },
  }, '全部展开/收起 ', h('span', { class: 'en' }, 'expand/collapse all'));
  replace(box, h('p', null, toggle), details);
}

function renderNarrative(d) {
  const n = d.narrative || {};
  const keys = Object.keys(n);
  replace(document.getElementById('narrative'),
    h('h3', null, ...bi('正文中的数字', 'Figures stated in the text')),
    keys.length ? h('table', { class: 'data' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, '项目', h('span', { class: 'en' }, 'figure')), h('th', { scope: 'col', class: 'num' }, '数值', h('span', { class: 'en' }, 'value')))),
      h('tbody', null, keys.map((k) => h('tr', null,
        h('th', { scope: 'row' }, FIGURES[k] ? FIGURES[k][0] : k, h('span', { class: 'en' }, FIGURES[k] ? FIGURES[k][1] : '')),
        h('td', { class: 'num' + (n[k] === null ? ' empty' : '') }, fmt(n[k]))))))
      : h('p', { class: 'muted' }, '无 ', h('span', { class: 'en' }, 'none')));
  const notes = d.parseNotes || [];
  replace(document.getElementById('parse-notes'),
    h('h3', null, ...bi('解析说明', 'Parse notes')),
    notes.length ? h('ul', null, notes.map((p) => h('li', null,
      h('span', { class: 'rule' }, p.code || '?'), ' ',
      p.section !== null && p.section !== undefined ? h('span', { class: 'muted' }, sectionName(p.section) + ' ') : null,
      p.table ? h('span', { class: 'muted mono' }, p.table + ' ') : null,
      p.message || '',
      (p.candidates || []).length ? h('div', { class: 'en' }, '候选 candidates: ', p.candidates.join('、')) : null)))
      : h('p', { class: 'muted' }, '无 ', h('span', { class: 'en' }, 'none')));
}

async function main() {
  const id = (new URLSearchParams(location.search).get('id') || '').trim();
  if (!/^[0-9a-f]{64}$/.test(id)) {
    replace(titleEl, '无效的报告编号', h('span', { class: 'en' }, 'invalid report id'));
    titleEl.classList.remove('loading');
    showMessage(message, '地址须为 report.html?id=<64位十六进制文档编号> (expected report.html?id=<64 hex characters>)');
    return;
  }
  let d;
  try {
    d = await getJson(apiPath(API.report, { documentId: id }));
  } catch (e) {
    titleEl.classList.remove('loading');
    replace(titleEl, e.status === 404 ? '未找到报告' : '加载失败', h('span', { class: 'en' }, e.status === 404 ? 'report not found' : 'cannot load the report'));
    showMessage(message, e.message);
    return;
  }
  const rep = d.report || {};
  document.title = (rep.title || id) + ' · 年报核查';
  titleEl.classList.remove('loading');
  replace(titleEl, rep.title || '（无标题 untitled）', ' ', statusBadge(d.status));
  const sections = [
    ['meta', renderMeta], ['findings', renderFindings], ['tables', renderTables],
    ['sections', renderSections], ['narrative', renderNarrative],
  ];
  const failed = [];
  for (const [name, render] of sections) {
    try {
      render(d);
    } catch (e) {
      // one malformed part must not hide the rest of the report
      failed.push(name + ': ' + e.message);
    }
  }
  if (failed.length) showMessage(message, '部分内容无法显示 (some parts cannot be shown): ' + failed.join('; '));
  document.getElementById('report').hidden = false;
  if (location.hash) {
    const target = document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView();
  }
}

main();
