// agency.html?agency=<name>: the year-by-year history of one agency (GET /api/agencies/{agency}/history).
import { API, apiPath, getJson, h, replace, fmt, showMessage, statusBadge, barChart } from './common.js';

const message = document.getElementById('message');
const form = document.getElementById('agency-form');
const titleEl = document.getElementById('title');
const box = document.getElementById('history');

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const a = form.elements.namedItem('agency').value.trim();
  if (!a) return;
  history.pushState(null, '', location.pathname + '?agency=' + encodeURIComponent(a));
  load();
});
window.addEventListener('popstate', () => load());

function count(n, kind) {
  return h('td', { class: 'num' }, h('span', { class: n === 0 ? 'count-zero' : n ? 'count-' + kind : null }, fmt(n)));
}

function agencyName() {
  return (new URLSearchParams(location.search).get('agency') || '').trim();
}

function yearRow(y) {
  const f = y.findings || {};
  const byRule = Object.entries(y.findingsByRule || {});
  return h('tr', { class: y.current === false ? 'not-current' : null },
    h('th', { scope: 'row', class: 'num' }, y.year === null || y.year === undefined ? '' : String(y.year)),
    h('td', null, h('a', { href: 'report.html?id=' + encodeURIComponent(y.documentId) }, y.title || String(y.documentId).slice(0, 12) + '…'),
      y.current === false ? h('div', { class: 'en' }, '已被替代 superseded',
        y.supersededBy ? [' → ', h('a', { href: 'report.html?id=' + encodeURIComponent(y.supersededBy) }, '现行 current')] : null) : null),
    h('td', null, fmt(y.publishedOn),
      y.current !== false && y.year ? h('div', null, h('a', {
        href: 'compare.html?agency=' + encodeURIComponent(agencyName()) + '&yearB=' + y.year, class: 'compare',
      }, '与上年比较 ', h('span', { class: 'en' }, 'compare'))) : null),
    h('td', null, fmt(y.template)),
    h('td', { class: 'num' + (y.applicationsReceived === null || y.applicationsReceived === undefined ? ' empty' : '') }, fmt(y.applicationsReceived)),
    h('td', { class: 'num' + (y.carriedOver === null || y.carriedOver === undefined ? ' empty' : '') }, fmt(y.carriedOver)),
    h('td', { class: 'num' + (y.carriedForward === null || y.carriedForward === undefined ? ' empty' : '') }, fmt(y.carriedForward)),
    count(f.errors, 'error'),
    count(f.warnings, 'warning'),
    count(f.infos, 'info'),
    h('td', null, statusBadge(y.status)),
    h('td', null, byRule.length
      ? h('ul', { class: 'plain' }, byRule.map(([rule, n]) => h('li', null,
        h('a', { href: 'index.html?ruleId=' + encodeURIComponent(rule) }, rule), ' × ' + n)))
      : h('span', { class: 'muted' }, '—')));
}

async function load() {
  const agency = (new URLSearchParams(location.search).get('agency') || '').trim();
  form.elements.namedItem('agency').value = agency;
  showMessage(message, '');
  box.hidden = true;
  if (!agency) {
    replace(titleEl, '机关历年报告', h('span', { class: 'en' }, 'Agency history'));
    showMessage(message, '请输入机关名称。(Enter an agency name.)', 'info');
    return;
  }
  replace(titleEl, agency, h('span', { class: 'en' }, 'history · 历年报告'));
  document.title = agency + ' · 历年报告 · 年报核查';
  let data;
  try {
    data = await getJson(apiPath(API.history, { agency }));
  } catch (e) {
    showMessage(message, e.status === 404
      ? '没有该机关的报告：' + agency + '（no report of this agency; the name must be the canonical name or exactly as written）'
      : '加载失败 (cannot load): ' + e.message, e.status === 404 ? 'info' : 'error');
    return;
  }
  const years = data.years || [];
  replace(document.querySelector('#years tbody'), years.map(yearRow));
  const current = years.filter((y) => y.current !== false && typeof y.applicationsReceived === 'number');
  const chart = barChart(current.map((y) => ({ label: String(y.year), value: y.applicationsReceived })),
    { title: agency + ' 历年本年新收申请数 (applications received per year)' });
  replace(document.getElementById('chart'), chart || h('p', { class: 'muted' }, '无数据 ', h('span', { class: 'en' }, 'no data')));
  box.hidden = false;
}

load();
