// tonegate for a CMS editor page: one script tag mounts the editor panel beside the editor,
// feeds it the draft as the editor types, and holds the publish button while the panel says
// "block". A convenience only: the CMS server must still check before it publishes (see the
// README), because a button can be bypassed.
//
// <script src="https://tonegate.example/embed.js" data-portal="so-tttt" data-token="<panel token>"
//         data-post="cms-123" data-title="#title" data-sapo="#excerpt" data-body="#content"
//         data-publish="#publish" data-reservation="#tonegate-reservation" data-on-failure="fail-open"></script>
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var cfg = script.dataset;
  var base = new URL('.', script.src);
  var origin = base.origin;
  var failClosed = cfg.onFailure === 'fail-closed';
  var timeoutMs = Number(cfg.timeoutMs || 5000);
  var lastDecision = null;
  var pending = null;
  var sentDraft = null;      // the draft the last check was asked about
  var decidedDraft = null;   // the draft the last decision answers
  var waitingClick = false;
  var passThrough = false;

  function find(selector) { return selector ? document.querySelector(selector) : null; }
  function read(el) {
    if (!el) return '';
    return 'value' in el && el.tagName !== 'DIV' ? el.value : el.innerHTML;
  }
  var fields = { title: find(cfg.title || '#title'), sapo: find(cfg.sapo), body: find(cfg.body || '#content') };
  var publish = find(cfg.publish);
  var reservationField = find(cfg.reservation);
  var bodyIsHtml = cfg.format === 'html' || (fields.body && fields.body.isContentEditable);

  var frame = document.createElement('iframe');
  frame.title = 'tonegate';
  frame.width = cfg.width || '380';
  frame.height = cfg.height || '640';
  frame.style.border = '1px solid #d5dbe3';
  var hash = new URLSearchParams({ portal: cfg.portal || '', token: cfg.token || '', post: cfg.post || '', embedded: '1' });
  frame.src = new URL('panel.html', base).href + '#' + hash.toString();
  var container = find(cfg.container);
  if (container) container.appendChild(frame); else script.insertAdjacentElement('afterend', frame);

  function hold(reason) {
    if (!publish) return;
    publish.disabled = true;
    publish.setAttribute('aria-disabled', 'true');
    publish.title = reason;
  }
  function release() {
    if (!publish) return;
    publish.disabled = false;
    publish.removeAttribute('aria-disabled');
    publish.removeAttribute('title');
  }
  function unanswered() {
    // tonegate did not answer in time: the CMS's failure policy decides
    if (failClosed) hold('tonegate không phản hồi / tonegate did not answer'); else release();
  }

  var timer = null;
  function current() {
    return { type: 'tonegate:draft', title: read(fields.title), sapo: read(fields.sapo), body: read(fields.body),
      format: bodyIsHtml ? 'html' : 'text' };
  }
  function key(d) { return JSON.stringify([d.title, d.sapo, d.body, d.format]); }
  function send() {
    var draft = current();
    sentDraft = key(draft);
    frame.contentWindow.postMessage(draft, origin);
    clearTimeout(pending);
    pending = setTimeout(function () { unanswered(); if (waitingClick) finishClick(); }, timeoutMs);
  }
  function finishClick() {
    // the check for the draft as it stands has answered (or timed out): let the click through unless held
    waitingClick = false;
    if (publish && !publish.disabled) {
      passThrough = true;
      publish.click();
      passThrough = false;
    }
  }
  function changed() {
    clearTimeout(timer);
    timer = setTimeout(send, 300);
  }
  Object.keys(fields).forEach(function (k) {
    if (fields[k]) fields[k].addEventListener('input', changed);
  });
  frame.addEventListener('load', function () { if (read(fields.title) || read(fields.body)) send(); });

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var m = event.data;
    if (!m || m.type !== 'tonegate:decision') return;
    clearTimeout(pending);
    lastDecision = m;
    decidedDraft = sentDraft;
    if (reservationField) reservationField.value = m.reservation || '';
    if (m.decision === 'block') hold('tonegate: tỷ lệ tin tiêu cực sẽ chạm ngưỡng / the negative share would reach the line');
    else release();
    script.dispatchEvent(new CustomEvent('tonegate:decision', { detail: m, bubbles: true }));
    if (waitingClick) finishClick();
  });

  // A publish click is checked first: if the draft changed since the last decision (or none
  // came yet), the click waits for a fresh check; a block stops it, whoever clicked.
  if (publish) {
    publish.addEventListener('click', function (event) {
      if (passThrough) return;
      var stale = decidedDraft === null || decidedDraft !== key(current());
      if (stale || (lastDecision && lastDecision.decision === 'block')) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      if (stale && !waitingClick) {
        waitingClick = true;
        clearTimeout(timer);
        send();
      }
    }, true);
  }
  if (failClosed) hold('tonegate chưa kiểm tra / not checked yet');
})();
