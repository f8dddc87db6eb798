// The supervisor's dashboard: every portal's negative share against the line, over a period,
// the portals over or near it first, the negative items and overrides behind a share, and the
// period as a CSV report. Chart.js draws the chart (loaded as a WebJar, global Chart).
import { t, language, setLanguage, STRINGS } from './i18n.js';
import * as auth from './auth.js';

Object.assign(STRINGS.vi, {
  dashTagline: 'Giám sát tỷ lệ tin tiêu cực', navScore: 'Chấm điểm', from: 'Từ ngày', to: 'Đến ngày', show: 'Xem',
  exportCsv: 'Xuất CSV', periodHint: 'Để trống: cửa sổ của từng cổng theo chính sách.',
  chartTitle: 'Tỷ lệ tin tiêu cực theo ngày (cộng dồn trong kỳ), so với ngưỡng',
  tableTitle: 'Các cổng thông tin, tỷ lệ cao nhất trước', colPortal: 'Cổng', colTotal: 'Tổng tin', colNegative: 'Tiêu cực',
  colShare: 'Tỷ lệ', colThreshold: 'Ngưỡng', colStatus: 'Tình trạng', colOverrides: 'Vượt chặn', colDetail: 'Chi tiết',
  over: 'Vượt ngưỡng', near: 'Sát ngưỡng', ok: 'Đạt', details: 'Xem tin', itemsCaption: 'Các tin tiêu cực trong kỳ',
  colDay: 'Ngày', colTitle: 'Tiêu đề', colScore: 'Điểm', colOverride: 'Vượt chặn', detailOf: 'Tin tiêu cực của {name}',
  threshold15: 'Ngưỡng {pct}', noPortals: 'Chưa có cổng nào.', noItems: 'Không có tin tiêu cực trong kỳ.',
  chartSummary: '{n} cổng; cao nhất: {name}, {pct}.', loaded: 'Đã cập nhật {n} cổng; {over} cổng vượt ngưỡng.',
});
Object.assign(STRINGS.en, {
  dashTagline: 'Negative-share supervision', navScore: 'Score', from: 'From', to: 'To', show: 'Show',
  exportCsv: 'Export CSV', periodHint: 'Blank: each portal\'s own policy window.',
  chartTitle: 'Negative share by day (cumulative over the period) against the line',
  tableTitle: 'Portals, highest share first', colPortal: 'Portal', colTotal: 'Items', colNegative: 'Negative',
  colShare: 'Share', colThreshold: 'Threshold', colStatus: 'Status', colOverrides: 'Overrides', colDetail: 'Detail',
  over: 'Over the line', near: 'Near the line', ok: 'Within', details: 'Items', itemsCaption: 'Negative items of the period',
  colDay: 'Day', colTitle: 'Title', colScore: 'Score', colOverride: 'Override', detailOf: 'Negative items of {name}',
  threshold15: 'Threshold {pct}', noPortals: 'No portals yet.', noItems: 'No negative items in the period.',
  chartSummary: '{n} portals; highest: {name}, {pct}.', loaded: 'Updated {n} portals; {over} over the line.',
});

const $ = id => document.getElementById(id);
let rows = [];
let chart = null;
let selected = null;

const pct = share => `${(share * 100).toFixed(1).replace('.', language() === 'vi' ? ',' : '.')} %`;

async function api(path) {
  const response = await fetch(path, { headers: { ...auth.headers(), 'Accept-Language': language() } });
  if (response.status === 401) { showSignIn(); throw new Error('unauthenticated'); }
  return response;
}

function query() {
  const p = new URLSearchParams();
  if ($('from').value) p.set('from', $('from').value);
  if ($('to').value) p.set('to', $('to').value);
  return p;
}

async function load() {
  $('dash-error').hidden = true;
  const response = await api(`api/v1/overview?${query()}`);
  const json = await response.json();
  if (!response.ok) {
    $('dash-error').textContent = json.message;
    $('dash-error').hidden = false;
    return;
  }
  rows = json;
  renderTable();
  renderChart();
  $('announcer').textContent = t('loaded', { n: rows.length, over: rows.filter(r => r.status === 'over').length });
  if (selected && rows.some(r => r.portal === selected)) showDetail(selected);
}

function renderTable() {
  const body = $('portals').tBodies[0];
  body.replaceChildren();
  if (!rows.length) {
    const tr = body.insertRow();
    const td = tr.insertCell();
    td.colSpan = 8;
    td.textContent = t('noPortals');
    return;
  }
  for (const r of rows) {
    const tr = body.insertRow();
    tr.dataset.portal = r.portal;
    if (r.portal === selected) tr.className = 'selected';
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = `${r.name} (${r.portal})`;
    tr.append(name);
    for (const [value, numeric] of [[r.total, true], [r.negative, true], [pct(r.share), true], [pct(r.threshold), true]]) {
      const td = tr.insertCell();
      td.textContent = String(value);
      if (numeric) td.className = 'num';
    }
    const status = document.createElement('span');
    status.className = `status ${r.status}`;
    status.textContent = t(r.status);   // words, not colour alone
    tr.insertCell().append(status);
    const overrides = tr.insertCell();
    overrides.className = 'num';
    overrides.textContent = String(r.overridden);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.textContent = t('details');
    button.setAttribute('aria-label', `${t('details')}: ${r.name}`);
    button.addEventListener('click', () => showDetail(r.portal));
    tr.insertCell().append(button);
  }
}

/** Every day of the period up to today (so the line spans it), or the days that have items. */
function periodDays() {
  const withItems = [...new Set(rows.flatMap(r => r.daily.map(d => d.date)))].sort();
  if (!rows.length) return withItems;
  const first = rows.map(r => r.window.firstDay).sort()[0];
  const today = new Date().toISOString().slice(0, 10);
  const last = [rows.map(r => r.window.lastDay).sort().at(-1), today].sort()[0];
  const days = [];
  for (let d = new Date(`${first}T00:00:00Z`); days.length < 800; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    if (day > last) break;
    days.push(day);
  }
  return [...new Set([...days, ...withItems])].sort();
}

/** Each portal's share, cumulated day by day over the period, with the threshold as a dashed line. */
function renderChart() {
  const days = periodDays();
  const palette = ['#a4161a', '#0b5cad', '#1b6e32', '#7a3e00', '#5560c9', '#6b2d5c', '#2d6b6b', '#8a6d00'];
  const shown = rows.slice(0, palette.length);
  const datasets = shown.map((r, i) => {
    const byDay = new Map(r.daily.map(d => [d.date, d]));
    let total = 0;
    let negative = 0;
    return {
      label: r.name,
      borderColor: palette[i],
      backgroundColor: palette[i],
      spanGaps: true,
      data: days.map(day => {
        const d = byDay.get(day);
        if (d) { total += d.total; negative += d.negative; }
        return total ? +(negative / total * 100).toFixed(2) : null;
      }),
    };
  });
  const line = rows.length ? rows[0].threshold * 100 : 15;
  datasets.push({ label: t('threshold15', { pct: pct(line / 100) }), data: days.map(() => line), borderColor: '#1d2733',
    borderDash: [6, 4], pointRadius: 0, borderWidth: 2 });
  if (chart) chart.destroy();
  chart = new Chart($('chart'), {
    type: 'line',
    data: { labels: days, datasets },
    options: { animation: false, maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { callback: v => `${v} %` } } } },
  });
  if (rows.length) {
    $('chart-summary').textContent = t('chartSummary', { n: rows.length, name: rows[0].name, pct: pct(rows[0].share) });
  }
}

async function showDetail(portal) {
  selected = portal;
  for (const tr of $('portals').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.portal === portal);
  const row = rows.find(r => r.portal === portal);
  const p = query();
  if (!p.has('from')) p.set('from', row.window.firstDay);
  if (!p.has('to')) p.set('to', row.window.lastDay);
  p.set('label', 'negative');
  p.set('limit', '500');
  const response = await api(`api/v1/portals/${encodeURIComponent(portal)}/entries?${p}`);
  const items = await response.json();
  $('detail').hidden = false;
  $('detail-title').textContent = t('detailOf', { name: row.name });
  const body = $('items').tBodies[0];
  body.replaceChildren();
  if (!items.length) {
    const td = body.insertRow().insertCell();
    td.colSpan = 4;
    td.textContent = t('noItems');
  }
  for (const item of items) {
    const tr = body.insertRow();
    tr.insertCell().textContent = item.day;
    const title = tr.insertCell();
    if (item.url && /^https?:\/\//.test(item.url)) {
      const a = document.createElement('a');
      a.href = item.url;
      a.rel = 'noopener noreferrer';
      a.textContent = item.title ?? item.postId;
      title.append(a);
    } else {
      title.textContent = item.title ?? item.postId;
    }
    tr.insertCell().textContent = item.score.toFixed(2);
    tr.insertCell().textContent = item.overriddenBy ? `${item.overriddenBy} (${item.overrideRole}): ${item.overrideReason}` : '';
  }
}

async function exportCsv() {
  const p = query();
  p.set('format', 'csv');
  const response = await api(`api/v1/overview?${p}`);
  const blob = await response.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'tonegate-report.csv';
  document.body.append(a);
  a.click();
  a.remove();
}

function showSignIn() {
  $('sign-in').hidden = false;
  $('dashboard').hidden = true;
  $('who').hidden = true;
  $('sign-out').hidden = true;
}

function showDashboard() {
  $('sign-in').hidden = true;
  $('dashboard').hidden = false;
  $('who').hidden = false;
  $('who').textContent = t('signedInAs', { user: auth.user() });
  $('sign-out').hidden = false;
  load().catch(() => {});
}

async function signIn(event) {
  event.preventDefault();
  $('sign-in-error').hidden = true;
  const { status } = await auth.signIn($('username').value, $('password').value);
  if (status !== 200) {
    $('sign-in-error').textContent = status === 401 ? t('badCredentials') : t('network');
    $('sign-in-error').hidden = false;
    return;
  }
  $('password').value = '';
  showDashboard();
}

function applyLanguage(lang) {
  setLanguage(lang);
  $('lang').textContent = t('switchTo');
  if (!$('dashboard').hidden && rows.length) { renderTable(); renderChart(); if (selected) showDetail(selected); }
}

document.addEventListener('DOMContentLoaded', () => {
  applyLanguage(language());
  $('lang').addEventListener('click', () => applyLanguage(language() === 'vi' ? 'en' : 'vi'));
  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', () => { auth.forget(); showSignIn(); });
  $('period').addEventListener('submit', event => { event.preventDefault(); load().catch(() => {}); });
  $('export').addEventListener('click', () => exportCsv().catch(() => {}));
  if (auth.signedIn()) showDashboard();
  else auth.resume().then(ok => { if (ok) showDashboard(); else showSignIn(); });
});
