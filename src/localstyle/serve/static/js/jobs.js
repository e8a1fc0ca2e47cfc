// Jobs: Stylise and Find regions post one, and its status comes after every change as Server-Sent Events,
// on the status line with Cancel. A reloaded page finds this photo's queued and running jobs (GET /api/jobs)
// and follows them again; when the server goes away the page waits for it and then looks the job up again.
import { ApiError, getJson, request } from './api.js';
import { takeRegions } from './layers.js';
import { maskBlob } from './masks.js';
import { withPhoto } from './photo.js';
import { addSettings } from './settings.js';
import { $, emit, fail, method, on, say, state } from './state.js';
import { addPicture } from './stylepicture.js';

const STAGES = { ground: 'finding the region', segment: 'segmenting', load: 'loading the models', stylize: 'stylising' };
const FINISHED = ['done', 'error', 'cancelled'];
let stream = null;

export function time(s) { s = Math.round(s); return s >= 60 ? Math.floor(s / 60) + ' min ' + (s % 60) + ' s' : s + ' s'; }

// A job's status in one line: the status line's, and its row in the history.
export function describe(s) {
  if (s.status === 'queued') return 'queued' + (s.ahead ? ' behind ' + s.ahead + ' job(s)' : '');
  let text = STAGES[s.stage] || 'starting (models load on the first job)';
  if (s.edits > 1) text += ', edit ' + (s.edit + 1) + ' of ' + s.edits;
  if (s.stage === 'stylize' && s.steps) {
    text += ': step ' + s.step + ' / ' + s.steps;
    if (s.loss != null) text += ', loss ' + s.loss.toPrecision(4);
    if (s.eta != null) text += ', about ' + time(s.eta) + ' left';
  }
  return text;
}

// Stylise and Find regions wait while a job runs; focus stays on a control that works (Cancel, then Stylise).
function busy(running) {
  const focused = document.activeElement;
  $('find').disabled = $('run').disabled = running;
  $('cancel').disabled = !running;
  if (running && (focused === $('run') || focused === $('find'))) $('cancel').focus();
  if (!running && (focused === $('cancel') || focused === document.body)) $('run').focus({ preventScroll: true });
}

async function jobForm(photoId, dryRun) {
  const form = new FormData();
  form.append('photo', photoId);
  form.append('instruction', $('instruction').value);
  addSettings(form);
  addPicture(form);  // a dry run too: with a picture "the cat" alone reads
  if (!method().regions) return form;  // mask-free: no regions, no dry run
  if (dryRun) { form.append('dry_run', '1'); return form; }
  const used = state.layers.filter(layer => layer.visible);
  for (const layer of used) form.append('mask', await maskBlob(layer), 'mask.png');
  const found = state.layers.length && state.layers.every(layer => layer.edit);
  if (found && used.length && used.length < state.layers[0].edits) form.append('keep', used.map(l => l.editIndex).join(','));
  return form;
}

export async function submit(dryRun) {
  fail('');
  if (!state.photo) return fail('choose a photo first');
  if (!$('instruction').value.trim()) return fail('type an instruction, e.g. "apply cubism style to the cat"');
  busy(true); say('sending...'); $('live').hidden = true;
  try {
    const answer = await withPhoto(async id => request('api/jobs', { method: 'POST', body: await jobForm(id, dryRun) }));
    follow((await answer.json()).id);
  } catch (error) { busy(false); say(''); fail(error.message); }
}

function follow(id) {
  if (stream) stream.close();
  state.job = { id, previews: 0 };
  busy(true);
  stream = new EventSource('api/jobs/' + id + '/events');
  stream.onmessage = message => show(JSON.parse(message.data));
  stream.onerror = () => { stream.close(); stream = null; lookUp(id); };
}

function show(s) {
  if (!state.job || s.id !== state.job.id) return;
  queue(s);
  if (FINISHED.includes(s.status)) return finish(s);
  say(describe(s), s.stage === 'stylize' && s.steps ? s.step / s.steps : null);
  if (s.previews > state.job.previews) {
    state.job.previews = s.previews;
    $('live').hidden = false;
    $('preview').src = 'api/jobs/' + s.id + '/preview.png?n=' + s.previews;
  }
}

async function finish(s) {
  if (stream) { stream.close(); stream = null; }
  state.job = null; busy(false);
  if (s.status === 'cancelled') say('cancelled');
  else if (s.status === 'error') { say(''); fail(s.error); }
  else if (s.dry_run) { await takeRegions(s.id, s.record); say('regions found: click to correct them, then Stylise'); }
  else $('live').hidden = true;  // the preview was of the optimisation: history.js shows the result
  emit('job-finished', s);
  findJobs();  // the next of this photo's jobs, if more wait
}

// The stream ended early: ask for the job. The server answers: follow it again (or show how it ended);
// no answer: api.js says so and 'server-back' brings us here again; 404: the server lost it (restarted).
async function lookUp(id) {
  try {
    const s = await getJson('api/jobs/' + id);
    if (FINISHED.includes(s.status)) return show(s);
    setTimeout(() => { if (state.job && state.job.id === id) follow(id); }, 500);  // not at once: no busy loop
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) return;
    state.job = null; busy(false); say('');
    fail('the server no longer has that job (it was restarted?): Stylise again');
    findJobs();
  }
}

// This photo's queued and running jobs, as the server lists them: the history shows them, and the page
// follows the running one (or the oldest) when it follows none.
export async function findJobs() {
  if (!state.photo) return;
  let listed;
  try { listed = (await getJson('api/jobs')).jobs; } catch (error) { return; }
  state.queued = listed.filter(s => s.about && s.about.photo === state.photo.key);
  emit('queue');
  const next = state.queued.find(s => s.status === 'running') || state.queued[0];
  if (!state.job && next) { follow(next.id); show(next); }
}

// A job's newest status in the history's list of waiting and running jobs.
function queue(s) {
  const others = state.queued.filter(q => q.id !== s.id);
  state.queued = FINISHED.includes(s.status) || !state.photo || s.about.photo !== state.photo.key ? others : [...others, s];
  state.queued.sort((a, b) => listedOrder(a) - listedOrder(b));
  emit('queue');
}
const listedOrder = s => (s.status === 'running' ? 0 : 1 + (s.ahead || 0));

export async function cancel(id) {
  try { await request('api/jobs/' + id, { method: 'DELETE' }); say('cancelling...'); } catch (error) { fail(error.message); }
  if (!state.job || state.job.id !== id) findJobs();
}

export function setUpJobs() {
  $('runForm').addEventListener('submit', event => { event.preventDefault(); if (!$('run').disabled) submit(false); });
  $('find').onclick = () => submit(true);
  $('cancel').onclick = () => { if (state.job) cancel(state.job.id); };
  on('photo', findJobs);
  on('server-back', () => (state.job ? lookUp(state.job.id) : findJobs()));
}
