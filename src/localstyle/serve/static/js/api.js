// Requests to this server. An answer that is not OK throws an ApiError with the server's one-line message;
// a request that gets no answer at all says so on the page and starts watching for the server to come back
// (then 'server-back' is emitted, and the modules pick up where they were).
import { emit, fail, say } from './state.js';

const RETRY_SECONDS = 2;
export const NOT_ANSWERING = 'the server is not answering (was `localstyle serve` stopped?): the page tries ' +
  'again every ' + RETRY_SECONDS + ' s and goes on when it is back';

export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

let watching = null;  // the promise of the server's return, while it is gone

export async function request(path, options) {
  let response;
  try {
    response = await fetch(path, options);
  } catch (error) {  // no answer: the server stopped or the network is down
    serverGone();
    throw new ApiError(0, NOT_ANSWERING);
  }
  if (response.ok) return response;
  let message = response.status + ' ' + response.statusText;
  try { message = (await response.json()).error || message; } catch (error) { /* not JSON */ }
  throw new ApiError(response.status, message);
}

export async function getJson(path) { return (await request(path)).json(); }

export function postJson(path, body) {
  return request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

export function query(path, params) {
  const shown = Object.entries(params).filter(([, value]) => value != null && value !== '');
  return path + (shown.length ? '?' + new URLSearchParams(shown) : '');
}

// Say the server is gone (once) and poll it until it answers.
export function serverGone() {
  if (watching) return watching;
  fail(NOT_ANSWERING);
  watching = new Promise(resolve => {
    const poll = async () => {
      try {
        const answer = await fetch('api/config', { cache: 'no-store' });
        if (answer.ok) return resolve();
      } catch (error) { /* still gone */ }
      setTimeout(poll, RETRY_SECONDS * 1000);
    };
    setTimeout(poll, RETRY_SECONDS * 1000);
  }).then(() => {
    watching = null;
    if (document.getElementById('error').textContent === NOT_ANSWERING) fail('');
    say('the server is back');
    emit('server-back');
  });
  return watching;
}

export function serverIsGone() { return watching !== null; }
