// The viewer: before / after, or two kept runs, with a slider or side by side. Left and right are the same
// in both modes and are said above the pictures; each side has its download.
import { chip, methodStyles, roving, styled } from './instruction.js';
import { submit } from './jobs.js';
import { takeSettings } from './settings.js';
import { $, emit, fail, state } from './state.js';

export const runUrl = (run, name) => 'api/history/' + run.photo + '/' + run.id + '/' + name;
export const exactFile = run => (run.files.includes('result.tif') ? 'result.tif' : 'result.png');
export const number = run => state.runs.indexOf(run) + 1;
export const stem = () => state.photo.name.replace(/\.[^.]*$/, '') || 'photo';
const TIME = { hour: '2-digit', minute: '2-digit', second: '2-digit' };

// A link that saves run N's result (its exact file: result.tif for CMYK and 32-bit photos) or record.
export function saveResult(anchor, run, label) {
  const exact = exactFile(run);
  link(anchor, runUrl(run, exact), stem() + '-' + number(run) + '.' + exact.split('.')[1], label);
}
export function saveRecord(anchor, run, label) {
  link(anchor, runUrl(run, 'record.json'), stem() + '-' + number(run) + '-record.json', label);
}

// A run in one line: method, its style picture, preset, seed, steps, when it finished and how long it took.
export function details(run) {
  const offered = state.config.methods.find(m => m.name === run.method), weight = run.style_image;
  return [offered ? offered.title : run.method,
    weight != null ? 'style picture' + (weight < 1 ? ' (weight ' + weight + ')' : '') : null, run.preset, 'seed ' + run.seed,
    run.steps ? run.steps + (run.steps === 1 ? ' step' : ' steps') : null,
    run.time ? new Date(run.time * 1000).toLocaleTimeString([], TIME) : null,
    run.seconds != null ? run.seconds + ' s' : null].filter(Boolean).join(' · ');
}

export function link(anchor, href, name, label) {
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

export function compareRuns() {
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
    saveResult($('downloadLeft'), left);
    saveRecord($('downloadLeftRecord'), left);
    $('downloadLeft').textContent = 'Download left (run ' + number(left) + ')';
  }
  $('downloadImage').textContent = left ? 'Download right (run ' + number(right) + ')' : 'Download image';
  $('downloadRecord').textContent = left ? 'right record' : 'Download record';
  if (!right) return;
  saveResult($('downloadImage'), right);
  saveRecord($('downloadRecord'), right);
}

// A result the history could not keep (a full disk): shown from the job's own files.
export function showJob(s) {
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
  emit('viewing');  // the history marks it
  if (state.compared.length === 2) return compareRuns();
  const n = number(run);
  show({ src: state.photo.url, caption: 'before', side: 'before' },
    { src: runUrl(run, 'result.png'), caption: n + '. ' + run.instruction, side: 'after (run ' + n + ')' },
    'Run ' + n + ': before / after', (run.summary ? run.summary + ' — ' : '') + details(run));
  downloads(null, run);
  const current = run.instruction.toLowerCase();
  const others = methodStyles().filter(style => !current.includes(style.toLowerCase()));
  $('rerunStyles').replaceChildren(...others.map(style => chip(style, () => rerun(run, { style }))));
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

// A result in view when a run ends (under the photo below 1100 px; on a phone under the settings): whole
// if it fits the window, else from its top.
export function bringIntoView() {
  const box = $('results').getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  $('results').scrollIntoView({ block: box.height <= window.innerHeight ? 'nearest' : 'start' });
}

export function setUpViewer() {
  $('split').oninput = split;
  $('modeSlider').onchange = $('modeSide').onchange = split;
  $('rerunSeed').onclick = () => {
    const run = state.runs.find(r => r.id === state.viewing);
    if (run) rerun(run, { seed: Math.max(...state.runs.map(r => r.seed)) + 1 });  // a seed this photo has not had
  };
}
