// stats.html: applications received per region and year (GET /api/aggregates/applications), findings per rule
// and year (GET /api/aggregates/findings), and the rule catalogue (GET /api/rules).
import { API, apiPath, getJson, h, replace, fmt, showMessage, severityBadge, barChart, bi } from './common.js';

const form = document.getElementById('stats-form');
const message = document.getElementById('message');
const LEVELS = ['province', 'city', 'county'];

function params() {
  const p = new URLSearchParams(location.search);
  const level = LEVELS.includes(p.get('level')) ? p.get('level') : 'province';
  const year = (n) => (/^\d{4}$/.test((p.get(n) || '').trim()) ? p.get(n).trim() : '');
  const region = /^(\d{2}|\d{4})$/.test((p.get('regionCode') || '').trim()) ? p.get('regionCode').trim() : '';
  return { level, yearFrom: year('yearFrom'), yearTo: year('yearTo'), regionCode: region };
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = new URLSearchParams();
  for (const n of ['level', 'yearFrom', 'yearTo']) {
    const v = form.elements.namedItem(n).value.trim();
    if (v) q.set(n, v);
  }
  const region = params().regionCode;
  if (region && LEVELS.indexOf(q.get('level')) > region.length / 2 - 1) q.set('regionCode', region);
  history.pushState(null, '', location.pathname + '?' + q);
  load();
});
window.addEventListener('popstate', () => load());

/** rows x years pivot: cells Map key 'row|year' -> content; numeric totals per year for the chart. */
function pivot(caption, rowHead, rows, years, cell) {
  return h('table', { class: 'data' },
    h('caption', null, ...caption),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, ...rowHead),
      years.map((y) => h('th', { scope: 'col', class: 'num' }, String(y))))),
    h('tbody', null, rows.map((r) => h('tr', null, h('th', { scope: 'row' }, ...r.label),
      years.map((y) => cell(r, y))))));
}

function uniqueSorted(values) {
  return [...new Set(values.filter((v) => v !== null && v !== undefined))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function renderApplications(list, p) {
  const years = uniqueSorted(list.map((x) => x.year));
  const regions = uniqueSorted(list.map((x) => x.region));
  const byKey = new Map(list.map((x) => [x.region + '|' + x.year, x]));
  const box = document.getElementById('apps');
  if (list.length === 0) {
    replace(box, h('p', { class: 'muted' }, '无数据 ', h('span', { class: 'en' }, 'no data')));
    replace(document.getElementById('apps-chart'));
    return;
  }
  const names = new Map(list.map((x) => [x.region, x]));
  const deeper = LEVELS[LEVELS.indexOf(p.level) + 1];
  const drill = (r) => {
    const q = new URLSearchParams({ level: deeper, regionCode: r });
    if (p.yearFrom) q.set('yearFrom', p.yearFrom);
    if (p.yearTo) q.set('yearTo', p.yearTo);
    return 'stats.html?' + q;
  };
  const table = pivot(bi('本年新收申请数（报告数）', 'applications received (number of reports)'),
    bi('地区', 'region (' + p.level + ')'),
    regions.map((r) => {
      const x = names.get(r) || {};
      return {
        key: r,
        label: [
          deeper ? h('a', { href: drill(r), class: 'drill', title: '下钻 (drill down)' }, x.regionName || r) : h('span', { class: 'region-name' }, x.regionName || r),
          ' ', h('a', { href: 'index.html?regionCode=' + encodeURIComponent(r), class: 'mono', title: '该地区的报告 (reports of the region)' }, r),
          x.fullName && x.fullName !== x.regionName ? h('span', { class: 'en' }, x.fullName) : null],
      };
    }),
    years,
    (r, y) => {
      const x = byKey.get(r.key + '|' + y);
      return x ? h('td', { class: 'num', title: x.reports + ' 份报告 (reports)' }, fmt(x.newReceived), h('span', { class: 'en' }, '(' + fmt(x.reports) + ')'))
        : h('td', { class: 'num muted' }, '');
    });
  replace(box, table);
  const perYear = years.map((y) => ({
    label: String(y),
    value: list.filter((x) => x.year === y).reduce((s, x) => s + (Number(x.newReceived) || 0), 0),
  }));
  replace(document.getElementById('apps-chart'),
    barChart(perYear, { title: '全部地区历年本年新收申请数 (applications received, all regions, per year)' }));
}

function renderFindings(list) {
  const years = uniqueSorted(list.map((x) => x.year));
  const rules = uniqueSorted(list.map((x) => x.ruleId + '|' + x.severity));
  const byKey = new Map(list.map((x) => [x.ruleId + '|' + x.severity + '|' + x.year, x]));
  const box = document.getElementById('findings');
  if (list.length === 0) {
    replace(box, h('p', { class: 'muted' }, '无数据 ', h('span', { class: 'en' }, 'no data')));
    replace(document.getElementById('rules-chart'));
    return;
  }
  const table = pivot(bi('发现数（报告数）', 'findings (reports)'), bi('规则', 'rule'),
    rules.map((k) => {
      const [rule, sev] = k.split('|');
      return { key: k, label: [h('a', { href: 'index.html?ruleId=' + encodeURIComponent(rule) + '&severity=' + encodeURIComponent(sev) }, rule), ' ', severityBadge(sev)] };
    }),
    years,
    (r, y) => {
      const x = byKey.get(r.key + '|' + y);
      if (!x) return h('td', { class: 'num muted' }, '');
      const [rule, sev] = r.key.split('|');
      const href = 'index.html?ruleId=' + encodeURIComponent(rule) + '&severity=' + encodeURIComponent(sev)
        + '&yearFrom=' + y + '&yearTo=' + y + '&current=true';
      return h('td', { class: 'num' }, h('a', { href, title: x.reports + ' 份报告 (reports)' }, fmt(x.findings)), h('span', { class: 'en' }, '(' + fmt(x.reports) + ')'));
    });
  replace(box, table);
  const totals = new Map();
  for (const x of list) {
    const t = totals.get(x.ruleId) || { value: 0, kind: x.severity };
    t.value += Number(x.findings) || 0;
    totals.set(x.ruleId, t);
  }
  const bars = [...totals.entries()].sort((a, b) => b[1].value - a[1].value)
    .map(([rule, t]) => ({ label: rule, value: t.value, kind: t.kind }));
  replace(document.getElementById('rules-chart'),
    barChart(bars, { title: '各规则发现总数 (findings per rule, all years)', width: 560, labelWidth: 190 }));
}

function renderCatalogue(rules) {
  const box = document.getElementById('catalogue');
  if (!rules.length) {
    replace(box, h('p', { class: 'muted' }, '无 ', h('span', { class: 'en' }, 'none')));
    return;
  }
  replace(box, h('table', { class: 'data' },
    h('caption', { class: 'sr-only' }, '规则目录 (rule catalogue)'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, ...bi('规则编号', 'rule id')),
      h('th', { scope: 'col' }, ...bi('严重程度', 'severity')),
      h('th', { scope: 'col' }, ...bi('来源', 'origin')),
      h('th', { scope: 'col' }, ...bi('说明', 'description')),
      h('th', { scope: 'col', class: 'num' }, ...bi('发现数', 'findings')))),
    h('tbody', null, rules.map((r) => h('tr', null,
      h('th', { scope: 'row', class: 'rule' }, h('a', { href: 'index.html?ruleId=' + encodeURIComponent(r.ruleId) }, r.ruleId)),
      h('td', null, severityBadge(r.severity)),
      h('td', null, fmt(r.origin)),
      h('td', null, fmt(r.description)),
      h('td', { class: 'num' }, fmt(r.findings)))))));
}

/** Where the drill-down stands: 全国 › province › city, each a link back up. */
async function breadcrumb(p) {
  const box = document.getElementById('breadcrumb');
  if (!box) return;
  const parts = [h('a', { href: 'stats.html?level=province' }, '全国 ', h('span', { class: 'en' }, 'all regions'))];
  if (p.regionCode) {
    const prefixes = p.regionCode.length === 4 ? [p.regionCode.slice(0, 2), p.regionCode] : [p.regionCode];
    for (const code of prefixes) {
      const level = code.length === 2 ? 'city' : 'county';
      let name = code;
      try {
        const rows = await getJson(apiPath(API.aggApplications, {}, { level: code.length === 2 ? 'province' : 'city', regionCode: code }));
        const hit = rows.find((x) => x.region === code);
        if (hit && hit.regionName) name = hit.regionName;
      } catch (ignored) {
        // the code stands for itself
      }
      parts.push(' › ', h('a', { href: 'stats.html?level=' + level + '&regionCode=' + code }, name));
    }
  }
  replace(box, ...parts);
}

async function load() {
  const p = params();
  for (const n of ['level', 'yearFrom', 'yearTo']) form.elements.namedItem(n).value = p[n];
  showMessage(message, '');
  const range = { yearFrom: p.yearFrom, yearTo: p.yearTo };
  breadcrumb(p);
  const errors = [];
  await Promise.all([
    getJson(apiPath(API.aggApplications, {}, { level: p.level, regionCode: p.regionCode, ...range })).then((x) => renderApplications(x, p), (e) => errors.push(e.message)),
    getJson(apiPath(API.aggFindings, {}, range)).then(renderFindings, (e) => errors.push(e.message)),
    getJson(apiPath(API.rules)).then(renderCatalogue, (e) => errors.push(e.message)),
  ]);
  if (errors.length) showMessage(message, '加载失败 (cannot load): ' + errors.join('; '));
}

load();
