// The photo's history: every kept run (view it, tick two to compare, download, forget; viewer.js runs one
// again with another seed or style) and the jobs still waiting or running, each with its Cancel.
import { getJson, request } from './api.js';
import { cancel, describe, time } from './jobs.js';
import { thumbButton } from './photo.js';
import { $, fail, fromTemplate, on, say, state } from './state.js';
import { bringIntoView, compareRuns, details, runUrl, saveRecord, saveResult, showJob, view } from './viewer.js';

export async function loadHistory({ show } = {}) {
  if (!state.photo) return;
  try {
    state.runs = (await getJson('api/history/' + state.photo.key)).runs;
    const listed = await getJson('api/history');
    $('historyUse').textContent = listed.used_mb.toFixed(1) + ' of ' + listed.max_mb + ' MiB used';
  } catch (error) { return fail(error.message); }
  state.compared = state.compared.filter(id => state.runs.some(r => r.id === id));
  renderRuns();
  if (show) view(show === 'newest' ? state.runs[state.runs.length - 1]?.id : show);
}

function renderRuns() {
  $('history').hidden = !state.runs.length && !state.queued.length;
  $('runs').replaceChildren(...state.runs.map((run, i) => {
    const [item, parts] = fromTemplate('runTemplate'), n = i + 1;
    item.dataset.run = run.id;
    item.classList.toggle('viewing', run.id === state.viewing);
    const open = thumbButton(runUrl(run, 'thumb.jpg'), 'view run ' + n + ': ' + run.instruction, () => view(run.id));
    item.querySelector('.thumb').replaceWith(open);
    parts.instruction.textContent = n + '. ' + run.instruction;
    parts.details.textContent = details(run);
    parts.pick.checked = state.compared.includes(run.id);
    parts.pick.setAttribute('aria-label', 'compare run ' + n);
    parts.pick.onchange = () => tick(run.id, parts.pick.checked);
    saveResult(parts.image, run, 'download the image of run ' + n);
    saveRecord(parts.record, run, 'download the record of run ' + n);
    parts.forget.setAttribute('aria-label', 'forget run ' + n);
    parts.forget.onclick = () => forget(run);
    return item;
  }));
}

// The waiting and running jobs, one row each: updated in place, so a focused Cancel keeps its focus.
function renderQueue() {
  const rows = new Map([...$('queue').children].map(row => [row.dataset.job, row]));
  $('queue').replaceChildren(...state.queued.map(s => {
    let row = rows.get(s.id);
    if (!row) {
      const [item, parts] = fromTemplate('queuedTemplate');
      item.dataset.job = s.id;
      parts.instruction.textContent = s.about.instruction;
      parts.details.textContent = details(s.about);
      parts.stop.setAttribute('aria-label', 'cancel the job "' + s.about.instruction + '"');
      parts.stop.onclick = () => cancel(s.id);
      row = item;
    }
    row.querySelector('.state').textContent = describe(s);
    return row;
  }));
  $('history').hidden = !state.runs.length && !state.queued.length;
}

async function forget(run) {
  try {
    await request('api/history/' + run.photo + '/' + run.id, { method: 'DELETE' });
  } catch (error) { return fail(error.message); }
  if (state.viewing === run.id || state.compared.includes(run.id)) { state.viewing = null; $('results').hidden = true; }
  loadHistory();
}

function tick(id, ticked) {
  state.compared = state.compared.filter(c => c !== id);
  if (ticked) state.compared.push(id);
  if (state.compared.length > 2) state.compared.shift();  // the two ticked last
  renderRuns();
  if (state.compared.length === 2) compareRuns();
  else if (state.viewing) view(state.viewing);
  else $('results').hidden = true;
}

export function setUpHistory() {
  on('viewing', renderRuns);
  on('photo', ({ restored }) => {
    $('results').hidden = true; $('live').hidden = true;
    state.viewing = null; state.compared = []; state.queued = [];
    loadHistory({ show: restored ? 'newest' : null });
  });
  on('queue', renderQueue);
  on('job-finished', async s => {
    if (s.status !== 'done' || s.dry_run) return;
    if (s.history) await loadHistory({ show: s.history.split('/')[1] }); else showJob(s);
    say('done in ' + time(s.seconds || 0));
    bringIntoView();
  });
  on('server-back', () => loadHistory());
}
