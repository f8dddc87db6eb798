import { t, language, setLanguage } from './i18n.js';
import { renderHighlights, signed } from './highlight.js';
import * as auth from './auth.js';

const $ = id => document.getElementById(id);
const FIELDS = ['title', 'sapo', 'body'];
const ICONS = { negative: '▼', neutral: '●', positive: '▲' };

let lastResult = null;
let lastDraft = null;

function show(view) {
  $('sign-in').hidden = view !== 'sign-in';
  $('scorer').hidden = view !== 'scorer';
  $('sign-out').hidden = view !== 'scorer';
  $('who').hidden = view !== 'scorer';
  $('who').textContent = view === 'scorer' ? t('signedInAs', { user: auth.user() }) : '';
  if (view === 'sign-in') $('password').focus();
}

function applyLanguage(lang) {
  setLanguage(lang);
  $('lang').textContent = t('switchTo');
  $('lang').setAttribute('aria-label', t('switchTo'));
  if (auth.signedIn()) $('who').textContent = t('signedInAs', { user: auth.user() });
  if (lastResult) render(lastResult, lastDraft);
}

async function api(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': language(), ...auth.headers() },
    body: JSON.stringify(body),
  });
  let json = null;
  try { json = await response.json(); } catch { /* not JSON: handled below */ }
  return { status: response.status, json };
}

function clearErrors() {
  for (const f of FIELDS) { $(`${f}-error`).hidden = true; $(f).removeAttribute('aria-invalid'); }
  $('form-error').hidden = true;
}

function showError(status, json) {
  const violations = json?.violations ?? [];
  let placed = false;
  for (const v of violations) {
    const el = $(`${v.field}-error`);
    if (el) {
      el.textContent = v.message;
      el.hidden = false;
      $(v.field).setAttribute('aria-invalid', 'true');
      placed = true;
    }
  }
  const message = json?.message ?? '';
  if (!placed || violations.length === 0) {
    $('form-error').textContent = `${message} (${t('status')} ${status})`;
    $('form-error').hidden = false;
  }
  $('result').dataset.status = String(status);
  $('announcer').textContent = message;
}

async function score(event) {
  event?.preventDefault();
  clearErrors();
  const draft = {
    title: $('title').value, sapo: $('sapo').value, body: $('body').value,
    format: document.querySelector('input[name=format]:checked').value,
  };
  $('score-btn').disabled = true;
  $('announcer').textContent = t('scoring');
  try {
    const { status, json } = await api('api/v1/score', draft);
    if (status === 401) {
      auth.forget();
      show('sign-in');
      $('sign-in-error').textContent = t('needSignIn');
      $('sign-in-error').hidden = false;
      return;
    }
    if (status !== 200 || !json) { showError(status, json); return; }
    lastResult = json;
    lastDraft = draft;
    render(json, draft);
    $('result').dataset.status = '200';
    $('announcer').textContent = t('announced', { label: t(json.label), score: json.score.toFixed(2) });
  } catch {
    $('form-error').textContent = t('network');
    $('form-error').hidden = false;
    $('result').dataset.status = 'network';
  } finally {
    $('score-btn').disabled = false;
  }
}


function render(result, draft) {
  $('result-empty').hidden = true;
  $('result-body').hidden = false;
  $('verdict').className = `verdict ${result.label}`;
  $('verdict-icon').textContent = ICONS[result.label] ?? '';
  $('verdict-label').textContent = t(result.label);
  $('score-value').textContent = signed(result.score);
  $('confidence').textContent = `${Math.round(result.confidence * 100)} %`;
  $('flags').textContent = result.flags.length ? result.flags.map(f => t(f)).join(', ') : t('none');
  $('lexicon-version').textContent = String(result.lexiconVersion);

  renderHighlights($('highlights'), result, draft);

  const fieldKey = { title: 'fieldTitle', sapo: 'fieldSapo', body: 'fieldBody' };
  const rows = $('matches').tBodies[0];
  rows.replaceChildren();
  for (const m of result.matches) {
    const tr = document.createElement('tr');
    const cells = [t(fieldKey[m.field]), m.text, t(`cat_${m.category}`), signed(m.contribution), m.rule ?? ''];
    for (const value of cells) {
      const td = document.createElement('td');
      td.textContent = value;
      tr.append(td);
    }
    tr.className = `cat-${m.category}`;
    rows.append(tr);
  }
}

async function signIn(event) {
  event.preventDefault();
  $('sign-in-error').hidden = true;
  const { status } = await auth.signIn($('username').value, $('password').value);
  if (status !== 200) {
    $('sign-in-error').textContent = status === 401 || status === 403 ? t('badCredentials') : t('network');
    $('sign-in-error').hidden = false;
    return;
  }
  $('password').value = '';
  show('scorer');
  $('title').focus();
}

document.addEventListener('DOMContentLoaded', () => {
  applyLanguage(language());
  $('lang').addEventListener('click', () => applyLanguage(language() === 'vi' ? 'en' : 'vi'));
  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', () => { auth.forget(); lastResult = null; show('sign-in'); });
  $('draft').addEventListener('submit', score);
  $('draft').addEventListener('keydown', e => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) score(e); });
  show(auth.signedIn() ? 'scorer' : 'sign-in');
  if (!auth.signedIn()) auth.resume().then(ok => { if (ok) show('scorer'); });
});
