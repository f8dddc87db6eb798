// How the pages prove who they are: a console session. The session id is an HttpOnly cookie
// that scripts never see; this tab keeps only the user name and the session's CSRF token,
// which every change sends back. One sign-in serves every page of the console.
const KEY = 'tonegate.session';

function stored() {
  try { return JSON.parse(sessionStorage.getItem(KEY)); } catch { return null; }
}

function keep(session) {
  sessionStorage.setItem(KEY, JSON.stringify({ username: session.username, csrfToken: session.csrfToken }));
}

export function signedIn() { return stored() !== null; }

export function user() { return stored()?.username ?? ''; }

// X-Requested-With keeps the server from asking the browser for its own password dialog
const BASE = { 'X-Requested-With': 'tonegate' };

/** Signs in; answers the HTTP status (0 when the server cannot be reached) and the server's message, if any. */
export async function signIn(username, password) {
  const response = await fetch('api/v1/session', {
    method: 'POST', credentials: 'same-origin',
    headers: { ...BASE, 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  }).catch(() => null);
  if (!response) return { status: 0, message: null };
  const json = await response.json().catch(() => null);
  if (response.ok) keep(json);
  return { status: response.status, message: json?.message ?? null };
}

/** Picks up a session this browser already has (signed in on another page of the console). */
export async function resume() {
  const response = await fetch('api/v1/session', { headers: BASE, credentials: 'same-origin' }).catch(() => null);
  if (response?.ok) { keep(await response.json()); return true; }
  sessionStorage.removeItem(KEY);
  return false;
}

/** Forgets the session here and on the server. */
export function forget() {
  sessionStorage.removeItem(KEY);
  // keepalive: the sign-out reaches the server even if the page is left at once
  fetch('api/v1/session', { method: 'DELETE', headers: BASE, credentials: 'same-origin', keepalive: true }).catch(() => {});
}

export function headers() {
  const s = stored();
  return s ? { ...BASE, 'X-CSRF-Token': s.csrfToken } : { ...BASE };
}
