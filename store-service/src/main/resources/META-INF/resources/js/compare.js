// compare.html?agency=<name>&yearA=<y>&yearB=<y> (or ?a=<documentId>&b=<documentId>): two reports side by side
// (GET /api/compare): every table cell of either year with the differing ones marked, and the narrative's
// sentences removed and added.
import {
  API, apiPath, getJson, h, replace, fmt, showMessage, statusBadge, bi, cellLabel, TABLES,
} from './common.js';

const form = document.getElementById('compare-form');
const message = document.getElementById('message');
const box = document.getElementById('comparison');
const onlyDiff = document.getElementById('only-diff');

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = new URLSearchParams();
  for (const n of ['agency', 'yearA', 'yearB']) {
    const v = (form.elements.namedItem(n).value || '').trim();
    if (v) q.set(n, v);
  }
  history.pushState(null, '', location.pathname + '?' + q);
  load();
});
window.addEventListener('popstate', () => load());
onlyDiff.addEventListener('change', () => {
  document.getElementById('cells').classList.toggle('only-diff', onlyDiff.checked);
});

/** The current document of each year of an agency's history: year -> documentId. */
function currentByYear(years) {
  const out = new Map();
  for (const y of years) {
    if (y.year === null || y.year === undefined) continue;
    if (y.current !== false || !out.has(y.year)) out.set(y.year, y.documentId);
  }
  return out;
}

function options(select, years, chosen) {
  replace(select, years.map((y) => h('option', { value: String(y), selected: String(y) === String(chosen) }, String(y))));
}

function side(s, label) {
  return h('dl', { class: 'meta side', id: 'side-' + label },
    h('dt', null, label === 'a' ? '年度甲' : '年度乙', h('span', { class: 'en' }, label === 'a' ? 'year A' : 'year B')),
    h('dd', null, h('strong', null, String(s.reportYear ?? '')), ' ', statusBadge(s.status)),
    h('dt', null, ...bi('报告', 'Report')),
    h('dd', null, h('a', { href: 'report.html?id=' + encodeURIComponent(s.documentId) }, s.title || s.documentId)),
    h('dt', null, ...bi('模板', 'Template')), h('dd', null, fmt(s.template)),
    h('dt', null, ...bi('发布日期', 'Published')), h('dd', null, fmt(s.publishedOn)));
}

function delta(a, b) {
  if (typeof a !== 'number' || typeof b !== 'number') return '';
  const d = b - a;
  return d === 0 ? '0' : (d > 0 ? '+' : '') + fmt(d);
}

function renderCells(c) {
  const rows = c.cells || [];
  const cellsBox = document.getElementById('cells');
  const summary = document.getElementById('cell-summary');
  summary.textContent = '';
  summary.append(...bi(rows.length + ' 个单元格，其中 ' + c.differingCells + ' 个不同',
    rows.length + ' cells, ' + c.differingCells + ' differ'));
  if (rows.length === 0) {
    replace(cellsBox, h('p', { class: 'muted' }, '两份报告都没有标准表格。', h('span', { class: 'en' }, 'Neither report has the standard tables.')));
    return;
  }
  replace(cellsBox, h('table', { class: 'data', id: 'diff-cells' },
    h('caption', { class: 'sr-only' }, '表格差异 (cells compared)'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, ...bi('表格', 'table')),
      h('th', { scope: 'col' }, ...bi('单元格', 'cell')),
      h('th', { scope: 'col', class: 'num' }, String(c.a.reportYear ?? '甲'), h('span', { class: 'en' }, 'A')),
      h('th', { scope: 'col', class: 'num' }, String(c.b.reportYear ?? '乙'), h('span', { class: 'en' }, 'B')),
      h('th', { scope: 'col', class: 'num' }, ...bi('变化', 'change')))),
    h('tbody', null, rows.map((r) => h('tr', {
      id: ['diff', r.table, r.row, r.column].map((x) => String(x).replace(/[^\w-]/g, '_')).join('-'),
      class: r.differs ? 'differs' : 'same',
    },
    h('td', null, TABLES[r.table] ? TABLES[r.table][0].split('、')[0] : r.table),
    h('th', { scope: 'row' }, cellLabel({ table: r.table, row: r.row, column: r.column }).split(' › ').slice(1).join(' › '),
      h('span', { class: 'en mono' }, r.row + '.' + r.column)),
    h('td', { class: 'num' + (r.inA ? '' : ' na') }, r.inA ? fmt(r.a) : '—'),
    h('td', { class: 'num' + (r.inB ? '' : ' na') }, r.inB ? fmt(r.b) : '—'),
    h('td', { class: 'num' }, r.differs ? delta(r.a, r.b) || '≠' : ''))))));
  cellsBox.classList.toggle('only-diff', onlyDiff.checked);
}

function renderText(c) {
  const parts = c.text || [];
  const summary = document.getElementById('text-summary');
  summary.textContent = '';
  summary.append(...bi('删除 ' + c.sentencesRemoved + ' 句，新增 ' + c.sentencesAdded + ' 句',
    c.sentencesRemoved + ' sentences removed, ' + c.sentencesAdded + ' added'));
  replace(document.getElementById('text'), parts.map((p) => p.op === 'REMOVED' ? h('del', { title: '仅见于年度甲 (only in A)' }, p.text)
    : p.op === 'ADDED' ? h('ins', { title: '仅见于年度乙 (only in B)' }, p.text) : h('span', null, p.text)));
}

async function load() {
  const p = new URLSearchParams(location.search);
  const agency = (p.get('agency') || '').trim();
  let a = (p.get('a') || '').trim();
  let b = (p.get('b') || '').trim();
  form.elements.namedItem('agency').value = agency;
  showMessage(message, '');
  box.hidden = true;
  if (agency) {
    let hist;
    try {
      hist = await getJson(apiPath(API.history, { agency }));
    } catch (e) {
      showMessage(message, e.status === 404 ? '没有该机关的报告：' + agency + ' (no report of this agency)' : e.message, e.status === 404 ? 'info' : 'error');
      return;
    }
    const byYear = currentByYear(hist.years || []);
    const years = [...byYear.keys()].sort((x, y) => x - y);
    if (years.length < 2) {
      options(form.elements.namedItem('yearA'), years, years[0]);
      options(form.elements.namedItem('yearB'), years, years[0]);
      showMessage(message, '该机关只有一个年度的报告，无法比较。(Only one year of this agency is stored.)', 'info');
      return;
    }
    let yearB = parseInt(p.get('yearB') || '', 10);
    if (!byYear.has(yearB)) yearB = years[years.length - 1];
    let yearA = parseInt(p.get('yearA') || '', 10);
    if (!byYear.has(yearA) || yearA === yearB) {
      const before = years.filter((y) => y < yearB);
      yearA = before.length ? before[before.length - 1] : years.find((y) => y !== yearB);
    }
    options(form.elements.namedItem('yearA'), years, yearA);
    options(form.elements.namedItem('yearB'), years, yearB);
    a = byYear.get(yearA);
    b = byYear.get(yearB);
  }
  if (!a || !b) {
    showMessage(message, '请输入机关名称。(Enter an agency name, or give ?a=&b= document ids.)', 'info');
    return;
  }
  let c;
  try {
    c = await getJson(apiPath(API.compare, {}, { a, b }));
  } catch (e) {
    showMessage(message, '比较失败 (cannot compare): ' + e.message);
    return;
  }
  const name = c.b.agencyCanonical || c.b.agency || agency;
  replace(document.getElementById('title'), name, ' ', String(c.a.reportYear ?? ''), ' ↔ ', String(c.b.reportYear ?? ''),
    h('span', { class: 'en' }, 'compare years'));
  document.title = name + ' ' + c.a.reportYear + '–' + c.b.reportYear + ' · 历年比较 · 年报核查';
  replace(document.getElementById('sides'), side(c.a, 'a'), side(c.b, 'b'));
  renderCells(c);
  renderText(c);
  box.hidden = false;
}

load();
