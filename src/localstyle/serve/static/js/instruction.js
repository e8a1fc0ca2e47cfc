// The instruction: read as the server's parser reads it while you type (GET /api/instruction), style chips
// that put a style into it, and the example phrasings. The page knows none of the grammar itself.
import { getJson, query } from './api.js';
import { $, el, method, on, state } from './state.js';
import { pictureAlone, stylePicture } from './stylepicture.js';

const READ_AFTER_MS = 250;  // a pause in typing before the text is read
let reading = null, latest = 0;

function regionsDrawn() { return method().regions && state.layers.some(layer => layer.visible); }

// The instruction with `style` in place of the one it names (a chip's click; "Again with" a style).
export async function styled(text, style) {
  return (await getJson(query('api/instruction', { text, style, regions: regionsDrawn() }))).text;
}

async function pickStyle(style) {
  const box = $('instruction');
  box.value = await styled(box.value, style);
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
  readNow();
}

// What the server understands of the text, under the box; the chip of its style pressed.
async function readNow() {
  const text = $('instruction').value, mine = ++latest;
  let answer;
  const picture = Boolean(stylePicture());  // with one, the part alone reads (the server's parse_with_picture)
  try {
    answer = await getJson(query('api/instruction', { text, regions: regionsDrawn(), picture: picture || null }));
  } catch (error) { return; }
  if (mine !== latest) return;  // a later read is under way
  const line = $('understood');
  line.classList.toggle('unread', Boolean(answer.error));
  const edits = answer.edits.map(edit => styleShown(edit.style, picture) + ' on ' + (edit.region || 'the drawn regions'));
  line.textContent = answer.error || (edits.length ? 'understood: ' + edits.join('; ') : '');
  $('phrasingHint').hidden = Boolean(answer.error);  // the parser's line recalls the forms: room for Stylise
  const named = (answer.style || '').toLowerCase();
  for (const button of $('chips').children) {
    button.setAttribute('aria-pressed', String(button.dataset.style.toLowerCase() === named));
  }
  if (!$('chips').contains(document.activeElement)) roving($('chips'));
}

// An edit's style as the job will use it: its words, or the style picture in their place or mixed with them.
function styleShown(style, picture) {
  if (!picture) return '"' + style + '"';
  if (!style) return "the picture's style";
  return pictureAlone() ? 'the picture\'s style (in place of "' + style + '")' : 'the picture mixed with "' + style + '"';
}

function readSoon() {
  clearTimeout(reading);
  reading = setTimeout(readNow, READ_AFTER_MS);
}

export function chip(style, onclick) {
  return el('button', { type: 'button', className: 'chip', textContent: style, dataset: { style },
    'aria-pressed': 'false', onclick: () => onclick(style) });
}

// A row of chips or thumbnails is one Tab stop; the arrow keys move along it (the toolbar pattern).
export function roving(group) {
  const items = [...group.querySelectorAll('button')];
  const current = items.find(b => b.getAttribute('aria-pressed') === 'true') || items[0];
  items.forEach(b => { b.tabIndex = b === current ? 0 : -1; });
  group.onkeydown = event => {
    const i = items.indexOf(document.activeElement);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (i < 0 || !step) return;
    const next = items[(i + step + items.length) % items.length];
    items.forEach(b => { b.tabIndex = b === next ? 0 : -1; });
    next.focus(); event.preventDefault();
  };
}

// The chips of the method chosen: LEAST takes any style (the server's list of chips), RegionRoute the
// styles of its adapters.
export function methodStyles() {
  const styles = method().styles;
  return styles.length ? styles : state.config.instruction.styles;
}

export function showChips() {
  $('chips').replaceChildren(...methodStyles().map(style => chip(style, pickStyle)));
  roving($('chips'));
  readNow();
}

export function setUpInstruction() {
  const help = state.config.instruction;
  $('phrasings').replaceChildren(...help.examples.map(text => el('option', { value: text })));
  const hint = () => { $('phrasingHint').textContent = stylePicture() ? help.picture_hint : help.hint; };
  $('instruction').addEventListener('input', readSoon);
  on('layers', readSoon);  // with a drawn region, a style alone reads
  on('style-picture', () => { hint(); readSoon(); });
  on('method', hint);
  on('method', showChips);
}
