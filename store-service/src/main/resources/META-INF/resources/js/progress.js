// progress.html: what the store received and stored per minute (GET /api/progress), refreshed every few seconds,
// with the totals, so that a running batch can be watched.
import { API, apiPath, getJson, h, replace, fmt, showMessage, barChart, bi } from './common.js';

const form = document.getElementById('progress-form');
const message = document.getElementById('message');
let timer = null;

function params() {
  const p = new URLSearchParams(location.search);
  const minutes = ['5', '15', '60', '240'].includes(p.get('minutes')) ? p.get('minutes') : '15';
  const refresh = ['5', '30', '0'].includes(p.get('refresh')) ? p.get('refresh') : '5';
  return { minutes, refresh };
}

form.addEventListener('change', () => {
  const q = new URLSearchParams();
  q.set('minutes', form.elements.namedItem('minutes').value);
  q.set('refresh', form.elements.namedItem('refresh').value);
  history.replaceState(null, '', location.pathname + '?' + q);
  load();
});

function time(t) {
  return t ? String(t).replace('T', ' ').replace(/\.\d+/, '').replace('Z', ' UTC') : '—';
}

function render(p) {
  replace(document.getElementById('totals'),
    h('dt', null, ...bi('窗口内接收', 'received in the window')), h('dd', { id: 'received-window' }, fmt(p.receivedInWindow)),
    h('dt', null, ...bi('窗口内入库', 'stored in the window')), h('dd', { id: 'stored-window' }, fmt(p.storedInWindow)),
    h('dt', null, ...bi('文档总数', 'documents stored')), h('dd', { id: 'documents' }, fmt(p.documents)),
    h('dt', null, ...bi('现行报告', 'current reports')), h('dd', { id: 'current-reports' }, fmt(p.currentReports)),
    h('dt', null, ...bi('核查发现', 'findings')), h('dd', { id: 'findings-total' }, fmt(p.findings)),
    h('dt', null, ...bi('待发布事件', 'change events not yet published')), h('dd', { id: 'outbox' }, fmt(p.outboxUnsent)),
    h('dt', null, ...bi('最近入库', 'last stored')), h('dd', { id: 'last-stored' }, time(p.lastStoredAt)));
  const minutes = p.perMinute || [];
  replace(document.getElementById('chart'), barChart(minutes.map((m) => ({ label: time(m.minute).slice(11, 16), value: m.stored })),
    { title: '每分钟入库文档数 (documents stored per minute)', labelWidth: 60 }) || '');
  replace(document.getElementById('minutes'), h('table', { class: 'data', id: 'per-minute' },
    h('caption', { class: 'sr-only' }, '每分钟 (per minute)'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, ...bi('分钟', 'minute (UTC)')),
      h('th', { scope: 'col', class: 'num' }, ...bi('接收', 'received')), h('th', { scope: 'col', class: 'num' }, ...bi('入库', 'stored')))),
    h('tbody', null, [...minutes].reverse().map((m) => h('tr', { class: m.stored || m.received ? null : 'quiet' },
      h('th', { scope: 'row', class: 'mono' }, time(m.minute)), h('td', { class: 'num' }, fmt(m.received)), h('td', { class: 'num' }, fmt(m.stored)))))));
  const u = document.getElementById('updated');
  u.textContent = '';
  u.append(...bi('更新于 ' + time(p.now), 'updated ' + time(p.now)));
}

async function load() {
  const p = params();
  form.elements.namedItem('minutes').value = p.minutes;
  form.elements.namedItem('refresh').value = p.refresh;
  if (timer) clearTimeout(timer);
  try {
    render(await getJson(apiPath(API.progress, {}, { minutes: p.minutes })));
    showMessage(message, '');
  } catch (e) {
    showMessage(message, '加载失败 (cannot load): ' + e.message);
  }
  if (p.refresh !== '0') timer = setTimeout(load, parseInt(p.refresh, 10) * 1000);
}

load();
