// How the pages prove who they are. HTTP Basic for now, kept in this tab only;
// one place to change when console sessions arrive.
const KEY = 'tonegate.credentials';

export function signedIn() { return sessionStorage.getItem(KEY) !== null; }

export function user() {
  const c = sessionStorage.getItem(KEY);
  if (!c) return '';
  const bytes = Uint8Array.from(atob(c), ch => ch.charCodeAt(0));
  return new TextDecoder().decode(bytes).split(':')[0];
}

export function remember(username, password) {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  sessionStorage.setItem(KEY, btoa(String.fromCharCode(...bytes)));
}

export function forget() { sessionStorage.removeItem(KEY); }

export function headers() {
  const c = sessionStorage.getItem(KEY);
  // X-Requested-With keeps the server from asking the browser for its own password dialog
  return c ? { Authorization: `Basic ${c}`, 'X-Requested-With': 'tonegate' } : { 'X-Requested-With': 'tonegate' };
}
