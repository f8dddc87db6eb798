// The webmaster's console: the lexicon (search, add, edit, disable, delete, import with a
// report of bad rows, export, history, a try-it box) and the portals (register, secret,
// policy). Signed in with a session cookie; every change sends the session's CSRF token.
import { t, language, setLanguage, STRINGS } from './i18n.js';
import { renderHighlights, signed } from './highlight.js';
import * as auth from './auth.js';

Object.assign(STRINGS.vi, {
  consoleTagline: 'Quản trị từ điển và cổng thông tin', navScore: 'Chấm điểm', tabLexicon: 'Từ điển', tabPortals: 'Cổng thông tin',
  searchLabel: 'Tìm (có dấu hoặc không dấu)', categoryLabel: 'Loại', allCategories: 'Tất cả', searchBtn: 'Tìm',
  colPhrase: 'Cụm từ', colWeight: 'Trọng số', colNote: 'Ghi chú', colState: 'Trạng thái', colActions: 'Thao tác',
  addEntry: 'Thêm mục từ', editEntry: 'Sửa mục từ', enabled: 'Đang dùng', disabledState: 'Đã tắt', enabledState: 'Đang dùng',
  save: 'Lưu', newEntry: 'Mục mới', edit: 'Sửa', disable: 'Tắt', enable: 'Bật', remove: 'Xóa',
  importTitle: 'Nhập từ tệp (CSV hoặc JSON)', importHint: 'CSV có dòng tiêu đề phrase,category,weight,note,enabled. Có dòng sai thì không nhập dòng nào.',
  file: 'Tệp', importBtn: 'Nhập', exportCsv: 'Xuất CSV', imported: 'Đã nhập {n} mục; phiên bản từ điển {v}.',
  importRejected: 'Không nhập: {n} dòng sai.', chooseFile: 'Hãy chọn một tệp.',
  tryTitle: 'Thử với một đoạn tin', tryLabel: 'Tiêu đề hoặc đoạn văn', historyTitle: 'Lịch sử thay đổi',
  versionLine: 'Phiên bản từ điển: {v}', saved: 'Đã lưu.', deleted: 'Đã xóa.',
  colPortal: 'Cổng', colMode: 'Chế độ', colThreshold: 'Ngưỡng', colWindow: 'Cửa sổ', registerPortal: 'Đăng ký cổng',
  portalId: 'Mã cổng', portalName: 'Tên', register: 'Đăng ký', policy: 'Chính sách', rotate: 'Đổi khóa',
  secretNote: 'Khóa bí mật để CMS ký yêu cầu (sao chép ngay, sẽ không hiện lại ở danh sách):',
  policyOf: 'Chính sách của {name}', threshold: 'Ngưỡng (0–1)', windowType: 'Cửa sổ', rolling: 'N ngày gần nhất',
  month: 'Tháng dương lịch', quarter: 'Quý', days: 'Số ngày', mode: 'Chế độ', modeBlock: 'Chặn', modeWarn: 'Cảnh báo',
  modeObserve: 'Theo dõi', warnMargin: 'Biên cảnh báo', minSample: 'Số tin tối thiểu để chặn',
  overrideRoles: 'Vai trò được vượt chặn (cách nhau bởi dấu phẩy)', justificationMin: 'Độ dài tối thiểu của lý do', timeZone: 'Múi giờ',
  confirmRotate: 'Đổi khóa bí mật? CMS sẽ cần khóa mới ngay.', confirmDelete: 'Xóa mục từ "{phrase}"?',
  rollback: 'Quay lại', rollbackTo: 'Quay lại phiên bản {v}', confirmRollback: 'Đưa từ điển về đúng như ở phiên bản {v}? Thao tác này tạo một phiên bản mới.',
  rolledBack: 'Đã đưa từ điển về phiên bản {v}; phiên bản hiện tại là {now}.',
  action_lexicon_added: 'thêm', action_lexicon_updated: 'sửa', action_lexicon_deleted: 'xóa', action_lexicon_imported: 'nhập tệp',
  action_lexicon_rolled_back: 'quay lại phiên bản', action_lexicon_seeded: 'từ điển mặc định',
});
Object.assign(STRINGS.en, {
  consoleTagline: 'Lexicon and portal administration', navScore: 'Score', tabLexicon: 'Lexicon', tabPortals: 'Portals',
  searchLabel: 'Search (with or without diacritics)', categoryLabel: 'Category', allCategories: 'All', searchBtn: 'Search',
  colPhrase: 'Phrase', colWeight: 'Weight', colNote: 'Note', colState: 'State', colActions: 'Actions',
  addEntry: 'Add an entry', editEntry: 'Edit the entry', enabled: 'In use', disabledState: 'Disabled', enabledState: 'In use',
  save: 'Save', newEntry: 'New entry', edit: 'Edit', disable: 'Disable', enable: 'Enable', remove: 'Delete',
  importTitle: 'Import from a file (CSV or JSON)', importHint: 'CSV with the header phrase,category,weight,note,enabled. One bad row and nothing is imported.',
  file: 'File', importBtn: 'Import', exportCsv: 'Export CSV', imported: 'Imported {n} entries; lexicon version {v}.',
  importRejected: 'Nothing imported: {n} bad rows.', chooseFile: 'Choose a file.',
  tryTitle: 'Try it on a text', tryLabel: 'A title or a paragraph', historyTitle: 'History of changes',
  versionLine: 'Lexicon version: {v}', saved: 'Saved.', deleted: 'Deleted.',
  colPortal: 'Portal', colMode: 'Mode', colThreshold: 'Threshold', colWindow: 'Window', registerPortal: 'Register a portal',
  portalId: 'Portal id', portalName: 'Name', register: 'Register', policy: 'Policy', rotate: 'New secret',
  secretNote: 'The secret the CMS signs with (copy it now; the list will not show it):',
  policyOf: 'Policy of {name}', threshold: 'Threshold (0–1)', windowType: 'Window', rolling: 'Last N days',
  month: 'Calendar month', quarter: 'Quarter', days: 'Days', mode: 'Mode', modeBlock: 'Block', modeWarn: 'Warn',
  modeObserve: 'Observe', warnMargin: 'Warn margin', minSample: 'Minimum items before blocking',
  overrideRoles: 'Roles that may override (comma-separated)', justificationMin: 'Shortest reason', timeZone: 'Time zone',
  confirmRotate: 'Issue a new secret? The CMS will need it at once.', confirmDelete: 'Delete the entry "{phrase}"?',
  rollback: 'Roll back', rollbackTo: 'Roll back to version {v}', confirmRollback: 'Make the lexicon exactly what it was at version {v}? This makes a new version.',
  rolledBack: 'The lexicon is back to version {v}; the current version is {now}.',
  action_lexicon_added: 'added', action_lexicon_updated: 'edited', action_lexicon_deleted: 'deleted', action_lexicon_imported: 'imported',
  action_lexicon_rolled_back: 'rolled back to', action_lexicon_seeded: 'default lexicon',
});

const CATEGORIES = ['negative', 'positive', 'sensational', 'negator', 'booster', 'dampener', 'contrast', 'remedial', 'decline', 'improvement', 'deterioration', 'procedural', 'neutral'];
const $ = id => document.getElementById(id);
let portals = [];
let editing = null;

async function call(method, path, body, contentType = 'application/json') {
  const headers = { 'Accept-Language': language(), ...auth.headers() };
  if (body !== undefined) headers['Content-Type'] = contentType;
  const response = await fetch(path, { method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : (contentType === 'application/json' ? JSON.stringify(body) : body) });
  if (response.status === 401) { showSignIn(); }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  return { status: response.status, json, text };
}

/** Shows each violation beside its field (prefix-field-error), the rest in the form's own error line. */
function showViolations(prefix, fieldIds, answer, generalId) {
  for (const id of Object.values(fieldIds)) {
    $(`${id}-error`).hidden = true;
    $(id).removeAttribute('aria-invalid');
  }
  $(generalId).hidden = true;
  if (!answer) return;
  let placed = false;
  for (const v of answer.json?.violations ?? []) {
    const id = fieldIds[v.field];
    if (id) {
      $(`${id}-error`).textContent = v.message;
      $(`${id}-error`).hidden = false;
      $(id).setAttribute('aria-invalid', 'true');
      placed = true;
    }
  }
  if (!placed) {
    $(generalId).textContent = answer.json?.message ?? `${t('status')} ${answer.status}`;
    $(generalId).hidden = false;
  }
}

// ---------------------------------------------------------------- lexicon

async function search(event) {
  event?.preventDefault();
  const p = new URLSearchParams({ q: $('q').value, limit: '200' });
  if ($('category').value) p.set('category', $('category').value);
  const { json } = await call('GET', `api/v1/lexicon?${p}`);
  if (!json) return;
  $('lexicon-version').textContent = t('versionLine', { v: json.version });
  const body = $('entries').tBodies[0];
  body.replaceChildren();
  for (const e of json.entries) {
    const tr = body.insertRow();
    tr.dataset.id = e.id;
    for (const value of [e.phrase, t(`cat_${e.category}`), String(e.weight), e.note ?? '', e.enabled ? t('enabledState') : t('disabledState')]) {
      tr.insertCell().textContent = value;
    }
    if (!e.enabled) tr.cells[4].className = 'disabled';
    const actions = tr.insertCell();
    actions.className = 'row-actions';
    actions.append(button(t('edit'), `${t('edit')}: ${e.phrase}`, () => edit(e)),
      button(e.enabled ? t('disable') : t('enable'), `${e.enabled ? t('disable') : t('enable')}: ${e.phrase}`,
        () => save({ ...e, enabled: !e.enabled }, e.id)),
      button(t('remove'), `${t('remove')}: ${e.phrase}`, () => remove(e)));
  }
}

function button(text, label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'secondary small';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

function edit(e) {
  editing = e.id;
  $('entry-title').textContent = t('editEntry');
  $('entry-phrase').value = e.phrase;
  $('entry-category').value = e.category;
  $('entry-weight').value = e.weight;
  $('entry-note').value = e.note ?? '';
  $('entry-enabled').checked = e.enabled;
  $('entry-phrase').focus();
}

function newEntry() {
  editing = null;
  $('entry-title').textContent = t('addEntry');
  $('entry-form').reset();
}

const ENTRY_FIELDS = { phrase: 'entry-phrase', category: 'entry-category', weight: 'entry-weight' };

async function save(entry, id) {
  const answer = id ? await call('PUT', `api/v1/lexicon/${id}`, entry) : await call('POST', 'api/v1/lexicon', entry);
  if (answer.status >= 400) {
    showViolations('entry', ENTRY_FIELDS, answer, 'entry-error');
    return false;
  }
  showViolations('entry', ENTRY_FIELDS, null, 'entry-error');
  $('announcer').textContent = t('saved');
  await Promise.all([search(), history()]);
  return true;
}

async function submitEntry(event) {
  event.preventDefault();
  const entry = { phrase: $('entry-phrase').value, category: $('entry-category').value,
    weight: $('entry-weight').value === '' ? null : Number($('entry-weight').value), note: $('entry-note').value,
    enabled: $('entry-enabled').checked };
  if (await save(entry, editing)) newEntry();
}

async function remove(e) {
  if (!confirm(t('confirmDelete', { phrase: e.phrase }))) return;
  await call('DELETE', `api/v1/lexicon/${e.id}`);
  $('announcer').textContent = t('deleted');
  await Promise.all([search(), history()]);
}

/** Uploads with XMLHttpRequest, which reports upload progress, unlike fetch. */
function importFile(event) {
  event.preventDefault();
  const file = $('import-file').files[0];
  $('import-errors').replaceChildren();
  if (!file) { $('import-result').textContent = t('chooseFile'); return; }
  const csv = file.name.toLowerCase().endsWith('.csv') || file.type === 'text/csv';
  const xhr = new XMLHttpRequest();
  xhr.open('POST', 'api/v1/lexicon/import');
  xhr.setRequestHeader('Content-Type', csv ? 'text/csv' : 'application/json');
  xhr.setRequestHeader('Accept-Language', language());
  for (const [name, value] of Object.entries(auth.headers())) xhr.setRequestHeader(name, value);
  $('import-progress').hidden = false;
  $('import-progress').value = 0;
  xhr.upload.onprogress = e => { if (e.lengthComputable) $('import-progress').value = Math.round(e.loaded / e.total * 100); };
  xhr.onload = async () => {
    $('import-progress').value = 100;
    let json = null;
    try { json = JSON.parse(xhr.responseText); } catch { json = null; }
    if (xhr.status === 200) {
      $('import-result').textContent = t('imported', { n: json.imported, v: json.version });
      await Promise.all([search(), history()]);
    } else {
      const rows = json?.violations ?? [];
      $('import-result').textContent = rows.length ? t('importRejected', { n: new Set(rows.map(r => r.field.split('.')[0])).size })
        : (json?.message ?? `${t('status')} ${xhr.status}`);
      for (const v of rows) {
        const li = document.createElement('li');
        li.textContent = `${v.field}: ${v.message}`;
        $('import-errors').append(li);
      }
    }
  };
  xhr.onerror = () => { $('import-result').textContent = t('network'); };
  xhr.send(file);
}

async function exportCsv() {
  const response = await fetch('api/v1/lexicon/export?format=csv',
    { credentials: 'same-origin', headers: auth.headers() });
  const blob = await response.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'tonegate-lexicon.csv';
  document.body.append(a);
  a.click();
  a.remove();
}

async function tryIt(event) {
  event.preventDefault();
  const draft = { title: $('try-text').value };
  const { status, json } = await call('POST', 'api/v1/score', draft);
  if (status !== 200) { $('try-result').textContent = json?.message ?? `${t('status')} ${status}`; return; }
  $('try-result').textContent = `${t(json.label)} (${signed(json.score)})`;
  renderHighlights($('highlights'), json, draft);
}

async function history() {
  const { json } = await call('GET', 'api/v1/lexicon/versions?limit=15');
  const list = $('history');
  list.replaceChildren();
  (json ?? []).forEach((r, i) => {
    const li = document.createElement('li');
    li.dataset.version = r.lexiconVersion;
    const what = r.after?.phrase ?? r.before?.phrase ?? r.subject;
    const line = document.createElement('span');
    line.textContent = `v${r.lexiconVersion} · ${new Date(r.at).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB')} · ${r.actor} · ${t(`action_${r.action}`)} · ${what}`;
    li.append(line);
    // the newest line is the current version: nothing to go back to
    if (i > 0) {
      li.append(' ', button(t('rollback'), t('rollbackTo', { v: r.lexiconVersion }), () => rollback(r.lexiconVersion)));
    }
    list.append(li);
  });
}

async function rollback(version) {
  if (!confirm(t('confirmRollback', { v: version }))) return;
  const answer = await call('POST', 'api/v1/lexicon/rollback', { version });
  $('announcer').textContent = answer.status === 200 ? t('rolledBack', { v: version, now: answer.json.version })
    : (answer.json?.message ?? `${t('status')} ${answer.status}`);
  $('history-status').textContent = $('announcer').textContent;
  await Promise.all([search(), history()]);
}

// ---------------------------------------------------------------- portals

async function loadPortals() {
  const { json } = await call('GET', 'api/v1/portals');
  portals = json ?? [];
  const body = $('portal-list').tBodies[0];
  body.replaceChildren();
  for (const p of portals) {
    const tr = body.insertRow();
    tr.dataset.portal = p.id;
    const window = p.policy.window.type === 'rolling_days' ? `${p.policy.window.days} ${t('days').toLowerCase()}` : t(p.policy.window.type === 'calendar_month' ? 'month' : 'quarter');
    for (const value of [`${p.name} (${p.id})`, t(`mode${p.policy.mode[0].toUpperCase()}${p.policy.mode.slice(1)}`), String(p.policy.threshold), window]) {
      tr.insertCell().textContent = value;
    }
    tr.insertCell().append(button(t('policy'), `${t('policy')}: ${p.name}`, () => showPolicy(p)),
      button(t('rotate'), `${t('rotate')}: ${p.name}`, () => rotate(p)));
  }
}

const PORTAL_FIELDS = { id: 'portal-id', name: 'portal-name' };

async function registerPortal(event) {
  event.preventDefault();
  const answer = await call('POST', 'api/v1/portals', { id: $('portal-id').value.trim(), name: $('portal-name').value });
  if (answer.status !== 201) { showViolations('portal', PORTAL_FIELDS, answer, 'portal-error'); return; }
  showViolations('portal', PORTAL_FIELDS, null, 'portal-error');
  showSecret(answer.json.secret);
  $('portal-form').reset();
  await loadPortals();
}

function showSecret(secret) {
  $('secret').textContent = secret;
  $('secret-box').hidden = false;
}

async function rotate(p) {
  if (!confirm(t('confirmRotate'))) return;
  const { json } = await call('POST', `api/v1/portals/${encodeURIComponent(p.id)}/secret`, {});
  if (json?.secret) showSecret(json.secret);
}

let policyPortal = null;
const POLICY_FIELDS = { threshold: 'policy-threshold', 'window.type': 'policy-window', 'window.days': 'policy-days',
  warnMargin: 'policy-margin', minSample: 'policy-sample', 'override.justificationMinLength': 'policy-justification',
  timeZone: 'policy-zone' };

function showPolicy(p) {
  policyPortal = p;
  const pol = p.policy;
  $('policy-form').hidden = false;
  $('policy-title').textContent = t('policyOf', { name: p.name });
  $('policy-threshold').value = pol.threshold;
  $('policy-window').value = pol.window.type;
  $('policy-days').value = pol.window.days ?? 30;
  $('policy-mode').value = pol.mode;
  $('policy-margin').value = pol.warnMargin;
  $('policy-sample').value = pol.minSample;
  $('policy-roles').value = (pol.override?.roles ?? []).join(', ');
  $('policy-justification').value = pol.override?.justificationMinLength ?? 20;
  $('policy-zone').value = pol.timeZone;
  $('policy-saved').textContent = '';
  showViolations('policy', POLICY_FIELDS, null, 'policy-error');
  $('policy-threshold').focus();
}

const num = id => ($(id).value === '' ? null : Number($(id).value));

async function savePolicy(event) {
  event.preventDefault();
  const body = { threshold: num('policy-threshold'), window: { type: $('policy-window').value, days: num('policy-days') },
    mode: $('policy-mode').value, warnMargin: num('policy-margin'), minSample: num('policy-sample'),
    override: { roles: $('policy-roles').value.split(',').map(r => r.trim()).filter(Boolean),
      justificationMinLength: num('policy-justification') }, timeZone: $('policy-zone').value.trim() };
  if (body.window.type !== 'rolling_days') delete body.window.days;
  const answer = await call('PUT', `api/v1/portals/${encodeURIComponent(policyPortal.id)}/policy`, body);
  if (answer.status !== 200) { showViolations('policy', POLICY_FIELDS, answer, 'policy-error'); $('policy-saved').textContent = ''; return; }
  showViolations('policy', POLICY_FIELDS, null, 'policy-error');
  $('policy-saved').textContent = t('saved');
  await loadPortals();
}

// ---------------------------------------------------------------- shell

function selectTab(name) {
  for (const tab of ['lexicon', 'portals']) {
    $(`tab-${tab}`).setAttribute('aria-selected', String(tab === name));
    $(tab).hidden = tab !== name;
  }
  if (name === 'portals') loadPortals();
}

function showSignIn() {
  $('sign-in').hidden = false;
  $('console').hidden = true;
  $('who').hidden = true;
  $('sign-out').hidden = true;
}

function showConsole() {
  $('sign-in').hidden = true;
  $('console').hidden = false;
  $('who').hidden = false;
  $('who').textContent = t('signedInAs', { user: auth.user() });
  $('sign-out').hidden = false;
  search();
  history();
}

async function signIn(event) {
  event.preventDefault();
  $('sign-in-error').hidden = true;
  const { status, message } = await auth.signIn($('username').value, $('password').value);
  if (status !== 200) {
    $('sign-in-error').textContent = status === 401 ? t('badCredentials') : (message ?? t('network'));
    $('sign-in-error').hidden = false;
    return;
  }
  $('password').value = '';
  showConsole();
}

function applyLanguage(lang) {
  setLanguage(lang);
  $('lang').textContent = t('switchTo');
  const current = $('entry-category').value;
  for (const select of [$('category'), $('entry-category')]) {
    const keep = select.id === 'category' ? [select.options[0]] : [];
    select.replaceChildren(...keep);
    for (const c of CATEGORIES) {
      const o = document.createElement('option');
      o.value = c;
      o.textContent = t(`cat_${c}`);
      select.append(o);
    }
  }
  $('entry-category').value = current || 'negative';
}

document.addEventListener('DOMContentLoaded', async () => {
  applyLanguage(language());
  $('lang').addEventListener('click', () => applyLanguage(language() === 'vi' ? 'en' : 'vi'));
  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', () => { auth.forget(); showSignIn(); });
  $('tab-lexicon').addEventListener('click', () => selectTab('lexicon'));
  $('tab-portals').addEventListener('click', () => selectTab('portals'));
  $('search').addEventListener('submit', search);
  $('entry-form').addEventListener('submit', submitEntry);
  $('entry-new').addEventListener('click', newEntry);
  $('import-form').addEventListener('submit', importFile);
  $('export').addEventListener('click', exportCsv);
  $('try-form').addEventListener('submit', tryIt);
  $('portal-form').addEventListener('submit', registerPortal);
  $('policy-form').addEventListener('submit', savePolicy);
  if (await auth.resume()) showConsole(); else showSignIn();
});
