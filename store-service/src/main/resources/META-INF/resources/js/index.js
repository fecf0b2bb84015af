// index.html: the filterable, sortable, paginated list of reports (GET /api/reports) with export links.
import {
  API, apiPath, getJson, h, replace, fmt, showMessage, statusBadge, TEMPLATES, bi,
} from './common.js';

const FILTERS = ['agency', 'regionCode', 'yearFrom', 'yearTo', 'template', 'status', 'ruleId', 'severity', 'q', 'current'];
const DEFAULT_SIZE = 20;
const SIZES = [10, 20, 50, 100, 200];

/** Sortable columns: [sort field of the API or null, Chinese, English, numeric?]. */
const COLUMNS = [
  ['agency', '机关', 'Agency', false],
  ['title', '标题', 'Title', false],
  ['regionCode', '行政区划', 'Region', false],
  ['year', '年度', 'Year', true],
  ['template', '模板', 'Template', false],
  ['publishedOn', '发布日期', 'Published', false],
  ['errors', '错误', 'Errors', true],
  ['warnings', '警告', 'Warnings', true],
  ['infos', '提示', 'Infos', true],
  ['status', '状态', 'Status', false],
];

const form = document.getElementById('filters');
const table = document.getElementById('reports');
const count = document.getElementById('count');
const message = document.getElementById('message');
const pager = document.getElementById('pager');
const exportsBox = document.getElementById('exports');

/** The page state, all from the URL so that a view can be bookmarked and shared. */
function state() {
  const p = new URLSearchParams(location.search);
  const s = {};
  for (const f of FILTERS) s[f] = (p.get(f) || '').trim();
  // current reports by default: 'all' shows every document, 'false' the superseded ones only
  if (!s.current) s.current = 'true';
  s.sort = p.get('sort') || '';
  s.page = Math.max(0, parseInt(p.get('page') || '0', 10) || 0);
  const size = parseInt(p.get('size') || String(DEFAULT_SIZE), 10);
  s.size = SIZES.includes(size) ? size : DEFAULT_SIZE;
  return s;
}

function filtersOf(s) {
  const out = {};
  for (const f of FILTERS) if (s[f]) out[f] = s[f];
  if (out.current === 'all') delete out.current;
  return out;
}

function navigate(s, push = true) {
  const q = new URLSearchParams();
  for (const f of FILTERS) if (s[f] && !(f === 'current' && s[f] === 'true')) q.set(f, s[f]);
  if (s.sort) q.set('sort', s.sort);
  if (s.page) q.set('page', String(s.page));
  if (s.size !== DEFAULT_SIZE) q.set('size', String(s.size));
  const url = location.pathname + (q.toString() ? '?' + q : '');
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  load();
}

function fillForm(s) {
  for (const f of FILTERS) {
    const el = form.elements.namedItem(f);
    if (el) el.value = s[f];
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const s = state();
  for (const f of FILTERS) {
    const el = form.elements.namedItem(f);
    s[f] = el ? el.value.trim() : '';
  }
  s.page = 0;
  navigate(s);
});
form.addEventListener('reset', (e) => {
  e.preventDefault();
  const s = state();
  for (const f of FILTERS) s[f] = '';
  s.current = 'true';
  s.page = 0;
  fillForm(s);
  navigate(s);
});
window.addEventListener('popstate', () => load());

/** The current sort as [field, ascending] of its first key, or null. */
function primarySort(sort) {
  const first = (sort || '').split(',')[0].trim();
  if (!first) return null;
  return first.startsWith('-') ? [first.slice(1), false] : [first.replace(/^\+/, ''), true];
}

function header(s) {
  const ps = primarySort(s.sort);
  const row = h('tr', null, COLUMNS.map(([field, zh, en, numeric]) => {
    const active = ps && ps[0] === field;
    const asc = active && ps[1];
    const next = active && asc ? '-' + field : field;
    const ariaSort = active ? (asc ? 'ascending' : 'descending') : 'none';
    const btn = h('button', {
      type: 'button', class: 'sort',
      title: '按' + zh + '排序 (sort by ' + en.toLowerCase() + ')',
      onclick: () => { const n = state(); n.sort = next; n.page = 0; navigate(n); },
    }, zh, h('span', { class: 'arrow', 'aria-hidden': 'true' }, active ? (asc ? '▲' : '▼') : '↕'), h('span', { class: 'en' }, en));
    return h('th', { scope: 'col', 'aria-sort': ariaSort, class: numeric ? 'num' : null }, btn);
  }));
  replace(table.tHead, row);
}

function countCell(n, kind) {
  const cls = n === null || n === undefined ? null : n === 0 ? 'count-zero' : kind ? 'count-' + kind : null;
  return h('td', { class: 'num' }, h('span', { class: cls }, fmt(n)));
}

/** Superseded copies of a current report, fetched when asked for (at most the report view's limit). */
function copiesRow(r, cell) {
  const n = r.copies || 0;
  if (!n || r.current === false) return null;
  const list = h('ul', { class: 'copies', hidden: true });
  const btn = h('button', {
    type: 'button', class: 'secondary copies-toggle', 'aria-expanded': 'false',
    onclick: async () => {
      const open = btn.getAttribute('aria-expanded') !== 'true';
      btn.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
      if (open && !list.firstChild) {
        try {
          const d = await getJson(apiPath(API.report, { documentId: r.documentId }));
          replace(list, (d.sameReport || []).map((o) => h('li', null,
            h('a', { href: 'report.html?id=' + encodeURIComponent(o.documentId), class: 'mono' }, String(o.documentId).slice(0, 12) + '…'),
            ' ', fmt(o.publishedOn), o.current ? ' 现行 (current)' : ' 已被替代 (superseded)')),
          d.sameReportCount > (d.sameReport || []).length
            ? h('li', { class: 'muted' }, '… 另有 ' + (d.sameReportCount - d.sameReport.length) + ' 份 (more)') : null);
        } catch (e) {
          replace(list, h('li', { class: 'msg msg-error' }, e.message));
        }
      }
    },
  }, '另有 ' + n + ' 份副本 ', h('span', { class: 'en' }, n + (n === 1 ? ' other copy' : ' other copies')));
  cell.append(h('div', { class: 'copies-box' }, btn, list));
  return cell;
}

/** The region by its GB/T 2260 name (安徽省 宿州市 埇桥区), its code below; the code alone when the name is unknown. */
function regionCell(r) {
  if (!r.regionCode) return h('td', null, fmt(null));
  return h('td', { class: 'region' },
    r.regionName ? h('span', { class: 'region-name' }, r.regionName) : null,
    h('div', { class: r.regionName ? 'mono en' : 'mono' }, r.regionCode));
}

function rowOf(r) {
  const reportHref = 'report.html?id=' + encodeURIComponent(r.documentId);
  const agencyName = r.agencyCanonical || r.agency;
  const tpl = TEMPLATES[r.template];
  return h('tr', { class: r.current === false ? 'not-current' : null },
    h('td', null,
      agencyName ? h('a', { href: 'agency.html?agency=' + encodeURIComponent(agencyName) }, agencyName) : h('span', { class: 'muted' }, '（未识别 unresolved）'),
      r.agency && r.agencyCanonical && r.agency !== r.agencyCanonical ? h('div', { class: 'en' }, '原文 as written: ', r.agency) : null),
    (() => {
      const cell = h('td', null, h('a', { href: reportHref }, r.title || '（无标题 untitled）'),
        r.current === false ? h('div', { class: 'en' }, '已被替代 superseded') : null);
      copiesRow(r, cell);
      return cell;
    })(),
    regionCell(r),
    h('td', { class: 'num' }, fmt(r.reportYear === null || r.reportYear === undefined ? null : String(r.reportYear))),
    h('td', { title: tpl ? tpl[1] : null }, fmt(r.template)),
    h('td', null, fmt(r.publishedOn)),
    countCell(r.errors, 'error'),
    countCell(r.warnings, 'warning'),
    countCell(r.infos, null),
    h('td', null, statusBadge(r.status)));
}

function exportLinks(s) {
  const q = filtersOf(s);
  if (s.sort) q.sort = s.sort;
  const links = [];
  for (const [kind, zh] of [['reports', '报告'], ['cells', '表格数据'], ['findings', '问题']]) {
    for (const format of ['csv', 'xlsx']) {
      links.push(h('a', {
        href: apiPath(API.exports, { kind, format }, q),
        download: kind + '.' + format,
        title: '按当前筛选导出 (export with the current filters)',
      }, zh + ' ' + format.toUpperCase()));
    }
  }
  replace(exportsBox, h('span', null, '导出 ', h('span', { class: 'en' }, 'Export')), links);
}

function pagination(s, data) {
  const pages = Math.max(1, Math.ceil(data.total / data.size));
  const go = (p) => () => { const n = state(); n.page = p; navigate(n); };
  const sizeSelect = h('select', {
    id: 'page-size',
    onchange: (e) => { const n = state(); n.size = parseInt(e.target.value, 10); n.page = 0; navigate(n); },
  }, SIZES.map((z) => h('option', { value: String(z), selected: z === s.size }, String(z))));
  replace(pager,
    h('button', { type: 'button', class: 'secondary', disabled: data.page <= 0, onclick: go(0) }, '« 首页', h('span', { class: 'en' }, 'first')),
    h('button', { type: 'button', class: 'secondary', disabled: data.page <= 0, onclick: go(data.page - 1) }, '‹ 上一页', h('span', { class: 'en' }, 'previous')),
    h('span', null, '第 ' + (data.page + 1) + ' / ' + pages + ' 页', h('span', { class: 'en' }, 'page ' + (data.page + 1) + ' of ' + pages)),
    h('button', { type: 'button', class: 'secondary', disabled: data.page + 1 >= pages, onclick: go(data.page + 1) }, '下一页 ›', h('span', { class: 'en' }, 'next')),
    h('button', { type: 'button', class: 'secondary', disabled: data.page + 1 >= pages, onclick: go(pages - 1) }, '末页 »', h('span', { class: 'en' }, 'last')),
    h('label', { for: 'page-size' }, '每页 ', h('span', { class: 'en' }, 'per page')), sizeSelect);
}

let generation = 0;

async function load() {
  const s = state();
  const mine = ++generation;
  fillForm(s);
  header(s);
  exportLinks(s);
  showMessage(message, '');
  count.textContent = '加载中… (loading)';
  const q = filtersOf(s);
  q.page = String(s.page);
  q.size = String(s.size);
  if (s.sort) q.sort = s.sort;
  try {
    const data = await getJson(apiPath(API.reports, {}, q));
    if (mine !== generation) return;
    const items = data.items || [];
    if (items.length === 0 && data.total > 0 && s.page > 0) {
      // the page is past the end (the filters changed under it): go to the last page
      const n = state();
      n.page = Math.max(0, Math.ceil(data.total / data.size) - 1);
      navigate(n, false);
      return;
    }
    replace(table.tBodies[0], items.length ? items.map(rowOf)
      : h('tr', null, h('td', { colspan: String(COLUMNS.length), class: 'muted' }, '没有符合条件的报告 (no report matches)')));
    count.textContent = '';
    count.append(...bi('共 ' + data.total + ' 份报告', data.total + ' report' + (data.total === 1 ? '' : 's')));
    pagination(s, data);
  } catch (e) {
    if (mine !== generation) return;
    count.textContent = '';
    replace(table.tBodies[0]);
    replace(pager);
    showMessage(message, '查询失败 (query failed): ' + e.message);
  }
}

async function loadRules() {
  try {
    const rules = await getJson(apiPath(API.rules));
    const list = document.getElementById('rule-ids');
    replace(list, rules.map((r) => h('option', { value: r.ruleId }, (r.severity || '') + ' · ' + (r.findings || 0))));
  } catch (ignored) {
    // the datalist is a convenience only
  }
}

/**
 * The names the region filter offers: every province, city and county with a current report (the aggregates name
 * them), as the full name the API understands; a code prefix typed instead still works.
 */
async function loadRegions() {
  try {
    const levels = await Promise.all(['province', 'city', 'county'].map((level) =>
      getJson(apiPath(API.aggApplications, {}, { level }))));
    const names = new Map();
    for (const rows of levels) for (const x of rows) if (x.fullName) names.set(x.fullName, x.region);
    const list = document.getElementById('region-names');
    replace(list, [...names.entries()].sort((a, b) => a[1].localeCompare(b[1]))
      .map(([name, code]) => h('option', { value: name }, code)));
  } catch (ignored) {
    // the datalist is a convenience only
  }
}

load();
loadRules();
loadRegions();
