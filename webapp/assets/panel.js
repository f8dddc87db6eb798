// The editor panel: beside the CMS editor (an iframe that embed.js mounts, or opened alone),
// it checks the draft as the editor types and shows the decision, the share against the
// line, the headroom and the words behind the score; when blocked, it offers the override
// to the roles the policy allows. It authenticates with the short-lived token the CMS minted.
import { t, language, setLanguage, STRINGS } from './i18n.js';
import { renderHighlights, signed } from './highlight.js';

Object.assign(STRINGS.vi, {
  panelTagline: 'Kiểm tra trước khi đăng', liveHint: 'Điểm được cập nhật khi bạn gõ.',
  waiting: 'Chưa có nội dung để kiểm tra.', checking: 'Đang kiểm tra…', labelIs: 'Sắc thái',
  shareNow: 'Tỷ lệ tin tiêu cực hiện nay', shareAfter: 'Sau khi đăng tin này', threshold: 'Ngưỡng',
  allow: 'Được đăng', warn: 'Được đăng, nhưng cần lưu ý', block: 'Chưa được đăng: tỷ lệ tin tiêu cực sẽ chạm ngưỡng',
  allowOverridden: 'Được đăng vượt chặn (đã ghi nhật ký)',
  roomLeft: 'Còn được đăng {n} tin tiêu cực.', needMore: 'Cần thêm {n} tin không tiêu cực trước tin này.',
  nextSlot: 'Chỗ trống tiếp theo: {when}.', sensationalHint: 'Tiêu đề có dấu hiệu giật gân, câu khách; nên viết lại.',
  overrideTitle: 'Đăng vượt chặn', overrideHint: 'Chỉ vai trò được chính sách cho phép. Lý do sẽ được ghi vào nhật ký.',
  justification: 'Lý do', overrideSubmit: 'Đăng vượt chặn', decisionAnnounced: 'Quyết định: {decision}.',
  noToken: 'Khung biên tập cần mã truy cập do CMS cấp (portal, token trong địa chỉ).',
  tokenExpired: 'Mã truy cập đã hết hạn; hãy tải lại trang biên tập.',
});
Object.assign(STRINGS.en, {
  panelTagline: 'Check before publishing', liveHint: 'The score updates as you type.',
  waiting: 'Nothing to check yet.', checking: 'Checking…', labelIs: 'Tone',
  shareNow: 'Negative share now', shareAfter: 'After publishing this item', threshold: 'Threshold',
  allow: 'May be published', warn: 'May be published, with care', block: 'Not yet: the negative share would reach the line',
  allowOverridden: 'Published over the block (logged)',
  roomLeft: '{n} more negative items fit.', needMore: '{n} non-negative items are needed before this one.',
  roomLeftOne: 'One more negative item fits.', needMoreOne: 'One non-negative item is needed before this one.',
  nextSlot: 'Next free slot: {when}.', sensationalHint: 'The headline reads as sensational clickbait; consider rewording it.',
  overrideTitle: 'Publish over the block', overrideHint: 'Only roles the policy allows. The reason is logged.',
  justification: 'Reason', overrideSubmit: 'Publish over the block', decisionAnnounced: 'Decision: {decision}.',
  noToken: 'The panel needs an access token from the CMS (portal and token in the address).',
  tokenExpired: 'The access token has expired; reload the editor page.',
});

const $ = id => document.getElementById(id);
const ICONS = { allow: '✔', warn: '⚠', block: '✖' };
const params = new URLSearchParams(location.hash.slice(1));
const portal = params.get('portal');
const token = params.get('token');
const postId = params.get('post') || `draft-${Date.now()}`;
const embedded = params.get('embedded') === '1';
let draft = { title: '', sapo: '', body: '', format: 'text' };
let last = null;
let timer = null;
let seq = 0;

function pct(share) {
  return `${(share * 100).toFixed(1).replace('.', language() === 'vi' ? ',' : '.')} %`;
}

function showError(text) {
  $('panel-error').textContent = text;
  $('panel-error').hidden = false;
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(() => check(), 500);
}

async function check(override) {
  if (!draft.title.trim() && !draft.sapo.trim() && !draft.body.trim()) return;
  const mine = ++seq;
  $('decision-text').textContent = t('checking');
  const body = { postId, title: draft.title, sapo: draft.sapo, body: draft.body, format: draft.format };
  if (override) body.override = { justification: override };
  let response;
  try {
    response = await fetch(`api/v1/portals/${encodeURIComponent(portal)}/checks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Accept-Language': language() },
      body: JSON.stringify(body),
    });
  } catch {
    showError(t('network'));
    return;
  }
  if (mine !== seq) return; // a newer check is on its way
  const json = await response.json().catch(() => ({}));
  if (response.status === 401) { showError(t('tokenExpired')); return; }
  if (!response.ok) {
    if (override) {
      $('override-error').textContent = json.message ?? `${t('status')} ${response.status}`;
      $('override-error').hidden = false;
    } else {
      showError(json.message ?? `${t('status')} ${response.status}`);
    }
    return;
  }
  $('panel-error').hidden = true;
  $('override-error').hidden = true;
  render(json);
}

function render(answer) {
  const changed = !last || last.decision !== answer.decision || last.overridden !== answer.overridden;
  last = answer;
  $('result').dataset.decision = answer.decision;
  $('result-body').hidden = false;
  $('decision-icon').textContent = ICONS[answer.decision];
  $('decision-text').textContent = answer.overridden ? t('allowOverridden') : t(answer.decision);
  $('label').textContent = t(answer.score.label);
  $('score-value').textContent = signed(answer.score.score);
  $('hints').hidden = !answer.score.flags.includes('sensational');
  $('hints').textContent = t('sensationalHint');

  const { share, headroom } = answer;
  $('share-now').textContent = pct(share.before);
  $('share-after').textContent = pct(share.after);
  $('threshold').textContent = pct(share.threshold);
  const scale = Math.max(share.threshold * 2, share.after, share.before, 0.01);
  $('meter-now').style.width = `${Math.min(100, share.before / scale * 100)}%`;
  $('meter-after').style.width = `${Math.min(100, share.after / scale * 100)}%`;
  $('meter-line').style.left = `${share.threshold / scale * 100}%`;

  // English says "one item", "2 items"; Vietnamese has no plural, so its strings have no One form
  const counted = (key, n) => t(n === 1 && STRINGS[language()][`${key}One`] ? `${key}One` : key, { n });
  const room = [counted('roomLeft', headroom.negativeAllowedNow)];
  if (headroom.nonNegativeNeeded > 0) room.push(counted('needMore', headroom.nonNegativeNeeded));
  if (headroom.nextSlotAt && answer.decision === 'block') {
    room.push(t('nextSlot', { when: new Date(headroom.nextSlotAt).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB') }));
  }
  $('headroom').textContent = room.join(' ');

  const list = $('messages');
  list.replaceChildren();
  for (const m of answer.messages.filter(m => m.lang === language())) {
    const li = document.createElement('li');
    li.textContent = m.text;
    list.append(li);
  }
  renderHighlights($('highlights'), answer.score, draft);
  $('override').hidden = answer.decision !== 'block';
  if (changed) {
    $('announcer').textContent = t('decisionAnnounced', { decision: $('decision-text').textContent });
  }
  // Tell the embedding CMS page, so it can hold or release its publish button.
  if (window.parent !== window) {
    window.parent.postMessage({ type: 'tonegate:decision', postId, decision: answer.decision,
      reservation: answer.reservation?.id ?? null, overridden: answer.overridden }, '*');
  }
}

function readForm() {
  draft = { title: $('title').value, sapo: $('sapo').value, body: $('body').value, format: 'text' };
  schedule();
}

function applyLanguage(lang) {
  setLanguage(lang);
  $('lang').textContent = t('switchTo');
  $('lang').setAttribute('aria-label', t('switchTo'));
  if (last) render(last);
}

document.addEventListener('DOMContentLoaded', () => {
  applyLanguage(language());
  $('lang').addEventListener('click', () => applyLanguage(language() === 'vi' ? 'en' : 'vi'));
  if (!portal || !token) {
    showError(t('noToken'));
    return;
  }
  if (embedded) document.body.classList.add('embedded');
  for (const id of ['title', 'sapo', 'body']) $(id).addEventListener('input', readForm);
  $('override').addEventListener('submit', event => {
    event.preventDefault();
    check($('justification').value);
  });
  // Drafts from the CMS page (embed.js): only their text is used, never as markup.
  window.addEventListener('message', event => {
    if (event.source !== window.parent || window.parent === window) return;
    const m = event.data;
    if (!m || m.type !== 'tonegate:draft') return;
    draft = { title: String(m.title ?? ''), sapo: String(m.sapo ?? ''), body: String(m.body ?? ''),
      format: m.format === 'html' ? 'html' : 'text' };
    schedule();
  });
});
