// The photo's history: every kept run (view it, tick two to compare, download, forget, run it again with
// another seed or style) and the jobs still waiting or running. The viewer shows before / after or two
// runs, with a slider or side by side; left and right are the same in both and are said above it.
import { getJson, request } from './api.js';
import { methodStyles, roving, chip, styled } from './instruction.js';
import { cancel, describe, submit, time } from './jobs.js';
import { thumbButton } from './photo.js';
import { takeSettings } from './settings.js';
import { $, fail, fromTemplate, on, say, state } from './state.js';

const runUrl = (run, name) => 'api/history/' + run.photo + '/' + run.id + '/' + name;
const exactFile = run => (run.files.includes('result.tif') ? 'result.tif' : 'result.png');
const number = run => state.runs.indexOf(run) + 1;
const stem = () => state.photo.name.replace(/\.[^.]*$/, '') || 'photo';

function details(run) {
  const when = run.time ? new Date(run.time * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : null;
  return [run.method === 'regionroute' ? 'RegionRoute' : 'LEAST', run.preset, 'seed ' + run.seed,
    run.steps ? run.steps + ' steps' : null, when, run.seconds != null ? run.seconds + ' s' : null].filter(Boolean).join(' · ');
}

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
    item.querySelector('.thumb').replaceWith(thumbButton(runUrl(run, 'thumb.jpg'), 'view run ' + n + ': ' + run.instruction, () => view(run.id)));
    parts.instruction.textContent = n + '. ' + run.instruction;
    parts.details.textContent = details(run);
    parts.pick.checked = state.compared.includes(run.id);
    parts.pick.setAttribute('aria-label', 'compare run ' + n);
    parts.pick.onchange = () => tick(run.id, parts.pick.checked);
    link(parts.image, runUrl(run, exactFile(run)), stem() + '-' + n + '.' + exactFile(run).split('.')[1], 'download the image of run ' + n);
    link(parts.record, runUrl(run, 'record.json'), stem() + '-' + n + '-record.json', 'download the record of run ' + n);
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
  try { await request('api/history/' + run.photo + '/' + run.id, { method: 'DELETE' }); } catch (error) { return fail(error.message); }
  if (state.viewing === run.id || state.compared.includes(run.id)) { state.viewing = null; $('results').hidden = true; }
  loadHistory();
}

function tick(id, ticked) {
  state.compared = state.compared.filter(c => c !== id);
  if (ticked) state.compared.push(id);
  if (state.compared.length > 2) state.compared.shift();  // the two ticked last
  renderRuns();
  if (state.compared.length === 2) compareRuns(); else if (state.viewing) view(state.viewing); else $('results').hidden = true;
}

function link(anchor, href, name, label) {
  Object.assign(anchor, { href, download: name });
  if (label) anchor.setAttribute('aria-label', label);
}

function show(left, right, title, summary) {
  $('before').src = left.src; $('before').alt = left.caption;
  $('after').src = right.src; $('after').alt = right.caption;
  $('captionA').textContent = left.caption; $('captionB').textContent = right.caption;
  $('sides').textContent = 'left = ' + left.side + ' · right = ' + right.side;
  $('viewTitle').textContent = title;
  $('summary').textContent = summary;
  $('results').hidden = false;
  split();
}

function compareRuns() {
  const [a, b] = state.compared.map(id => state.runs.find(r => r.id === id)).sort((x, y) => x.time - y.time);
  show({ src: runUrl(a, 'result.png'), caption: number(a) + '. ' + a.instruction, side: 'run ' + number(a) },
    { src: runUrl(b, 'result.png'), caption: number(b) + '. ' + b.instruction, side: 'run ' + number(b) },
    'Run ' + number(a) + ' / run ' + number(b), number(a) + ': ' + details(a) + ' — ' + number(b) + ': ' + details(b));
  $('rerunBar').hidden = true;
  downloads(a, b);
}

// A download for each side: in a comparison the left run's too; otherwise the result (right) only.
function downloads(left, right) {
  for (const id of ['downloadLeft', 'downloadLeftRecord']) $(id).hidden = !left;
  if (left) {
    link($('downloadLeft'), runUrl(left, exactFile(left)), stem() + '-' + number(left) + '.' + exactFile(left).split('.')[1]);
    link($('downloadLeftRecord'), runUrl(left, 'record.json'), stem() + '-' + number(left) + '-record.json');
    $('downloadLeft').textContent = 'Download left (run ' + number(left) + ')';
  }
  $('downloadImage').textContent = left ? 'Download right (run ' + number(right) + ')' : 'Download image';
  $('downloadRecord').textContent = left ? 'right record' : 'Download record';
  if (!right) return;
  const n = number(right), exact = exactFile(right);
  link($('downloadImage'), runUrl(right, exact), stem() + '-' + n + '.' + exact.split('.')[1]);
  link($('downloadRecord'), runUrl(right, 'record.json'), stem() + '-' + n + '-record.json');
}

// A result the history could not keep (a full disk): shown from the job's own files.
function showJob(s) {
  const files = 'api/jobs/' + s.id + '/', exact = s.files.includes('result.tif') ? 'tif' : 'png';
  show({ src: state.photo.url, caption: 'before', side: 'before' },
    { src: files + 'result.png', caption: s.about.instruction, side: 'after' }, 'Before / after', '');
  downloads(null, null);
  link($('downloadImage'), files + 'result.' + exact, stem() + '-stylised.' + exact);
  link($('downloadRecord'), files + 'record.json', stem() + '-record.json');
  $('rerunBar').hidden = true;
}

export function view(id) {
  const run = state.runs.find(r => r.id === id);
  if (!run) return;
  state.viewing = id;
  renderRuns();
  if (state.compared.length === 2) return compareRuns();
  const n = number(run);
  show({ src: state.photo.url, caption: 'before', side: 'before' },
    { src: runUrl(run, 'result.png'), caption: n + '. ' + run.instruction, side: 'after (run ' + n + ')' },
    'Run ' + n + ': before / after', (run.summary ? run.summary + ' — ' : '') + details(run));
  downloads(null, run);
  const current = run.instruction.toLowerCase();
  $('rerunStyles').replaceChildren(...methodStyles().filter(s => !current.includes(s.toLowerCase())).map(s => chip(s, style => rerun(run, { style }))));
  roving($('rerunStyles'));
  $('rerunBar').hidden = false;
}

// The run's settings back in the form, changed as asked, and started: one click for another seed or style.
async function rerun(run, change) {
  if (!takeSettings(run, change)) return fail('this server cannot run ' + run.method);
  $('instruction').value = change.style ? await styled(run.instruction, change.style) : run.instruction;
  submit(false);
}

function split() {
  const side = $('modeSide').checked;
  $('compare').classList.toggle('side', side);
  $('splitLabel').hidden = side;
  $('after').style.clipPath = side ? '' : 'inset(0 0 0 ' + $('split').value + '%)';  // the right image right of the split
}

// A result in view when a run ends (on a phone it is below the settings).
function bringIntoView() {
  const top = $('results').getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight - 120) $('results').scrollIntoView({ block: 'start' });
}

export function setUpHistory() {
  $('split').oninput = split;
  $('modeSlider').onchange = $('modeSide').onchange = split;
  $('rerunSeed').onclick = () => {
    const run = state.runs.find(r => r.id === state.viewing);
    if (run) rerun(run, { seed: Math.max(...state.runs.map(r => r.seed)) + 1 });  // a seed this photo has not had
  };
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
