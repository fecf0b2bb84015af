// Shared helpers of the nianbao pages: the API paths, safe DOM building (text nodes only, never HTML strings),
// Chinese labels of the table keys (shared/spec/REPORT_FORMAT.md) and small formatting helpers.

/**
 * Every API path the pages call. Placeholders in braces are filled by apiPath(); PagesTest reads these
 * string literals back from the served file and calls each path, so keep each one a plain string literal.
 */
export const API = Object.freeze({
  reports: '/api/reports',
  report: '/api/reports/{documentId}',
  history: '/api/agencies/{agency}/history',
  aggApplications: '/api/aggregates/applications',
  aggFindings: '/api/aggregates/findings',
  rules: '/api/rules',
  exports: '/api/exports/{kind}.{format}',
  compare: '/api/compare',
  progress: '/api/progress',
  reviews: '/api/admin/reviews',
});

/** The API key the reviewer typed (write endpoints only), kept for this browser tab. */
export function apiKey() {
  try {
    return sessionStorage.getItem('nianbao-api-key') || '';
  } catch (e) {
    return '';
  }
}

export function setApiKey(v) {
  try {
    if (v) sessionStorage.setItem('nianbao-api-key', v);
    else sessionStorage.removeItem('nianbao-api-key');
  } catch (e) {
    // storage unavailable: the key is asked again
  }
}

/** A write (PUT/POST/DELETE) with a JSON body and the API key; throws ApiError on a non-2xx answer. */
export async function sendJson(method, url, body) {
  let res;
  try {
    res = await fetch(url, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-API-Key': apiKey() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, '无法连接服务 (cannot reach the service): ' + e.message);
  }
  if (!res.ok) {
    let detail = null;
    try {
      const p = await res.json();
      detail = p && (p.detail || p.title);
    } catch (ignored) {
      // not JSON
    }
    throw new ApiError(res.status, detail || (res.status + ' ' + res.statusText));
  }
  return res.status === 204 ? null : res.json();
}

/** A region as 'name (code)' when the store knows its name, else the code. */
export function regionLabel(code, name) {
  if (!code) return '';
  return name ? name + ' (' + code + ')' : code;
}

/** Fills the {placeholders} of a path (each value URI-encoded) and appends the non-empty query parameters. */
export function apiPath(template, params = {}, query = null) {
  const path = template.replace(/\{(\w+)\}/g, (_, k) => {
    if (params[k] === undefined || params[k] === null) throw new Error('missing path parameter ' + k);
    return encodeURIComponent(String(params[k]));
  });
  const qs = query ? queryString(query) : '';
  return qs ? path + '?' + qs : path;
}

/** URLSearchParams of the non-empty entries of an object (or of another URLSearchParams). */
export function queryString(query) {
  const out = new URLSearchParams();
  const entries = query instanceof URLSearchParams ? query.entries() : Object.entries(query);
  for (const [k, v] of entries) {
    if (v !== undefined && v !== null && String(v).trim() !== '') out.set(k, String(v).trim());
  }
  return out.toString();
}

/** An error of the API, with the problem detail (RFC 9457) when the server sent one. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || ('HTTP ' + status));
    this.status = status;
  }
}

/** GET a JSON resource; throws ApiError on a non-2xx answer. */
export async function getJson(url) {
  let res;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, '无法连接服务 (cannot reach the service): ' + e.message);
  }
  if (!res.ok) {
    let detail = null;
    try {
      const p = await res.json();
      detail = p && (p.detail || p.title);
    } catch (ignored) {
      // not JSON
    }
    throw new ApiError(res.status, detail || (res.status + ' ' + res.statusText));
  }
  return res.json();
}

/**
 * Builds an element: h('a', {href: x, class: 'y'}, 'text', child, [more]). Strings and numbers become text
 * nodes; null/undefined/false children are skipped; attributes with null/undefined/false values are skipped.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'onclick' || k === 'onchange' || k === 'onsubmit') {
        el.addEventListener(k.slice(2), v);
      } else if (k === 'href') {
        el.setAttribute('href', safeHref(v));
      } else {
        el.setAttribute(k, v === true ? '' : String(v));
      }
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

/** Relative links and http(s) only: anything else (javascript:, data:) becomes '#'. */
export function safeHref(v) {
  const s = String(v);
  const probe = s.replace(/[\u0000-\u0020]/g, '');
  if (/^https?:\/\//i.test(probe)) return s;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(probe) && !probe.startsWith('//')) return s;
  return '#';
}

/** Replaces the children of an element. */
export function replace(el, ...children) {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
  return el;
}

/** A cell value as text: null/undefined as '' (an empty cell of the report, not 0). */
export function fmt(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
  return String(v);
}

/** Shows a message in the page's status area (role=status or alert). */
export function showMessage(el, text, kind = 'error') {
  replace(el, text ? h('p', { class: 'msg msg-' + kind }, text) : null);
  el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

export const STATUS = {
  clean: ['无问题', 'clean'],
  warnings: ['有警告', 'warnings'],
  errors: ['有错误', 'errors'],
};

export const SEVERITY = {
  error: ['错误', 'error'],
  warning: ['警告', 'warning'],
  info: ['提示', 'info'],
};

export const TEMPLATES = {
  2021: ['2021年模板', '国办公开办函〔2021〕30号'],
  2019: ['2019年模板', '国办公开办函〔2019〕60号'],
  2008: ['2008年条例（无标准表格）', 'narrative, no standard tables'],
  unknown: ['未识别', 'unknown'],
};

/** A coloured badge for a report status (clean | warnings | errors). */
export function statusBadge(status) {
  if (!status) return h('span', { class: 'badge badge-none' }, '—');
  const [zh, en] = STATUS[status] || [status, status];
  return h('span', { class: 'badge badge-' + (STATUS[status] ? status : 'none'), title: en }, zh, ' ', h('span', { class: 'en' }, en));
}

/** A coloured badge for a finding severity (error | warning | info). */
export function severityBadge(sev) {
  const [zh, en] = SEVERITY[sev] || [sev || '?', sev || '?'];
  return h('span', { class: 'badge sev-' + (SEVERITY[sev] ? sev : 'none') }, zh, ' ', h('span', { class: 'en' }, en));
}

/** A Chinese label with its English subtitle. */
export function bi(zh, en) {
  return [zh, h('span', { class: 'en' }, en)];
}

export const TABLES = {
  activeDisclosure: ['二、主动公开政府信息情况', 'Section 2: active disclosure'],
  applications: ['三、收到和处理政府信息公开申请情况', 'Section 3: applications received and handled'],
  reviewLitigation: ['四、政府信息公开行政复议、行政诉讼情况', 'Section 4: administrative review and litigation'],
};

/** Section 二 rows and columns, per template (keys and order of TemplateKeys). */
export const ACTIVE_ROWS = {
  2021: {
    regulations: ['规章', ['made', 'repealed', 'inForce']],
    normativeDocuments: ['行政规范性文件', ['made', 'repealed', 'inForce']],
    licensing: ['行政许可', ['decisions']],
    punishment: ['行政处罚', ['decisions']],
    coercion: ['行政强制', ['decisions']],
    fees: ['行政事业性收费', ['amount']],
  },
  2019: {
    regulations: ['规章', ['newlyMade', 'newlyPublished', 'totalPublished']],
    normativeDocuments: ['规范性文件', ['newlyMade', 'newlyPublished', 'totalPublished']],
    licensing: ['行政许可', ['previousCount', 'change', 'decisions']],
    otherServices: ['其他对外管理服务事项', ['previousCount', 'change', 'decisions']],
    punishment: ['行政处罚', ['previousCount', 'change', 'decisions']],
    coercion: ['行政强制', ['previousCount', 'change', 'decisions']],
    fees: ['行政事业性收费', ['previousCount', 'change']],
    procurement: ['政府集中采购', ['projects', 'totalAmount']],
  },
};

export const ACTIVE_COLUMNS = {
  made: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  decisions: '本年处理决定数量',
  amount: '本年收费金额（万元）',
  newlyMade: '本年新制作数量',
  newlyPublished: '本年新公开数量',
  totalPublished: '对外公开总数量',
  previousCount: '上一年项目数量',
  change: '本年增/减',
  projects: '采购项目数量',
  totalAmount: '采购总金额',
};

export const APPLICANT_COLUMNS = [
  ['naturalPerson', '自然人'],
  ['commercialEnterprise', '法人或其他组织：商业企业'],
  ['researchInstitution', '法人或其他组织：科研机构'],
  ['publicInterestOrg', '法人或其他组织：社会公益组织'],
  ['legalServiceOrg', '法人或其他组织：法律服务机构'],
  ['otherOrg', '法人或其他组织：其他'],
  ['total', '总计'],
];

const OUTCOMES_HEAD = [
  ['granted', '三、本年度办理结果 （一）予以公开'],
  ['partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['deniedStateSecret', '（三）不予公开 1.属于国家秘密'],
  ['deniedProhibitedByLaw', '（三）不予公开 2.其他法律行政法规禁止公开'],
  ['deniedSafetyStability', '（三）不予公开 3.危及“三安全一稳定”'],
  ['deniedThirdPartyRights', '（三）不予公开 4.保护第三方合法权益'],
  ['deniedInternalAffairs', '（三）不予公开 5.属于三类内部事务信息'],
  ['deniedProcessInfo', '（三）不予公开 6.属于四类过程性信息'],
  ['deniedEnforcementFiles', '（三）不予公开 7.属于行政执法案卷'],
  ['deniedQueryMatters', '（三）不予公开 8.属于行政查询事项'],
  ['unavailableNotHeld', '（四）无法提供 1.本机关不掌握相关政府信息'],
  ['unavailableNeedsCreation', '（四）无法提供 2.没有现成信息需要另行制作'],
  ['unavailableUnclear', '（四）无法提供 3.补正后申请内容仍不明确'],
  ['notProcessedComplaint', '（五）不予处理 1.信访举报投诉类申请'],
  ['notProcessedRepeated', '（五）不予处理 2.重复申请'],
  ['notProcessedPublication', '（五）不予处理 3.要求提供公开出版物'],
  ['notProcessedExcessive', '（五）不予处理 4.无正当理由大量反复申请'],
  ['notProcessedConfirmation', '（五）不予处理 5.要求行政机关确认或重新出具已获取信息'],
];

/** Section 三 rows in order, per template. */
export const APPLICATION_ROWS = {
  2021: [
    ['newReceived', '一、本年新收政府信息公开申请数量'],
    ['carriedOver', '二、上年结转政府信息公开申请数量'],
    ...OUTCOMES_HEAD,
    ['otherNoCorrection', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    ['otherUnpaidFee', '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    ['otherOther', '（六）其他处理 3.其他'],
    ['total', '（七）总计'],
    ['carriedForward', '四、结转下年度继续办理'],
  ],
  2019: [
    ['newReceived', '一、本年新收政府信息公开申请数量'],
    ['carriedOver', '二、上年结转政府信息公开申请数量'],
    ...OUTCOMES_HEAD,
    ['otherHandling', '（六）其他处理'],
    ['total', '（七）总计'],
    ['carriedForward', '四、结转下年度继续办理'],
  ],
};

export const REVIEW_GROUPS = [
  ['review', '行政复议'],
  ['litigationDirect', '行政诉讼：未经复议直接起诉'],
  ['litigationAfterReview', '行政诉讼：复议后起诉'],
];

export const REVIEW_COLUMNS = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
];

const ALL_APPLICATION_ROWS = Object.fromEntries([...APPLICATION_ROWS[2021], ...APPLICATION_ROWS[2019]]);
const ALL_ACTIVE_ROWS = Object.fromEntries([...Object.entries(ACTIVE_ROWS[2019]), ...Object.entries(ACTIVE_ROWS[2021])]
  .map(([k, [label]]) => [k, label]));

/** The Chinese label of a cell reference {table,row,column}, e.g. '三、…（七）总计 / 总计'. */
export function cellLabel(ref) {
  if (!ref) return '';
  const t = ref.table;
  let row = ref.row;
  let col = ref.column;
  if (t === 'applications') {
    row = ALL_APPLICATION_ROWS[row] || row;
    col = (APPLICANT_COLUMNS.find(([k]) => k === col) || [col, col])[1];
  } else if (t === 'activeDisclosure') {
    row = ALL_ACTIVE_ROWS[row] || row;
    col = ACTIVE_COLUMNS[col] || col;
  } else if (t === 'reviewLitigation') {
    row = (REVIEW_GROUPS.find(([k]) => k === row) || [row, row])[1];
    col = (REVIEW_COLUMNS.find(([k]) => k === col) || [col, col])[1];
  }
  const table = TABLES[t] ? TABLES[t][0].split('、')[0] : t;
  return [table, row, col].filter((x) => x !== null && x !== undefined && x !== '').join(' › ');
}

export const SECTION_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Integer from a query parameter, or null. */
export function intParam(params, name) {
  const v = params.get(name);
  if (v === null || !/^-?\d+$/.test(v.trim())) return null;
  return parseInt(v, 10);
}

/**
 * A tiny horizontal bar chart as inline SVG: bars = [{label, value}]. Returns null when there is nothing to draw.
 * Built with createElementNS and textContent (no markup strings).
 */
export function barChart(bars, { title = '', width = 480, barHeight = 18, labelWidth = 90 } = {}) {
  const data = bars.filter((b) => typeof b.value === 'number' && isFinite(b.value));
  if (data.length === 0) return null;
  const NS = 'http://www.w3.org/2000/svg';
  const max = Math.max(...data.map((b) => b.value), 0) || 1;
  const gap = 4;
  const height = data.length * (barHeight + gap) + gap;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', 'chart');
  const t = document.createElementNS(NS, 'title');
  t.textContent = title;
  svg.appendChild(t);
  const room = width - labelWidth - 70;
  data.forEach((b, i) => {
    const y = gap + i * (barHeight + gap);
    const label = document.createElementNS(NS, 'text');
    label.setAttribute('x', String(labelWidth - 6));
    label.setAttribute('y', String(y + barHeight * 0.75));
    label.setAttribute('text-anchor', 'end');
    label.textContent = String(b.label);
    svg.appendChild(label);
    const rect = document.createElementNS(NS, 'rect');
    rect.setAttribute('x', String(labelWidth));
    rect.setAttribute('y', String(y));
    rect.setAttribute('height', String(barHeight));
    rect.setAttribute('width', String(Math.max(b.value > 0 ? 1 : 0, (b.value / max) * room)));
    rect.setAttribute('class', 'bar' + (b.kind ? ' bar-' + b.kind : ''));
    svg.appendChild(rect);
    const v = document.createElementNS(NS, 'text');
    v.setAttribute('x', String(labelWidth + Math.max(0, (b.value / max) * room) + 4));
    v.setAttribute('y', String(y + barHeight * 0.75));
    v.textContent = fmt(b.value);
    svg.appendChild(v);
  });
  return svg;
}
