// The page's one state object, and the few helpers every module uses to show it. Each module owns a part
// of the state and renders it; modules tell each other what changed with events (`emit`, `on`).

export const state = {
  config: null,         // GET /api/config: methods, presets, settings, instruction help, limits
  configured: null,     // the promise of it (main.js)
  photo: null,          // {id, key, width, height, name, blob, url, image}: the photo on the stage
  scale: 1,             // canvas pixels per photo pixel (the canvases hold at most 1024 px a side)
  layers: [],           // regions, one per edit (masks.js)
  found: [],            // the instances of each edit the last run or dry run found: {index, label, colour, instances}
  stylePicture: null,   // {blob, name, url}: the picture whose style the jobs apply (stylepicture.js)
  selected: -1,         // the region that clicks and strokes edit
  tool: 'click',        // click, box, brush or eraser (tools.js)
  drag: null,           // the box or stroke under way
  cursor: null,         // the keyboard's cursor on the photo, photo pixels
  job: null,            // {id, dryRun}: the job the status line follows (jobs.js)
  queued: [],           // this photo's other queued or running jobs: their statuses
  runs: [],             // this photo's kept runs, oldest first (history.js)
  viewing: null,        // the run shown
  compared: [],         // the two runs ticked for comparing
};

export const $ = id => document.getElementById(id);

// One element with properties (`onclick` and other `on...` become listeners) and children.
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name in node) node[name] = value;
    else node.setAttribute(name, value);
  }
  node.append(...children.filter(child => child != null));
  return node;
}

// A copy of a <template>'s element, and the parts of it found by class name.
export function fromTemplate(id) {
  const node = $(id).content.firstElementChild.cloneNode(true);
  const parts = {};
  for (const part of node.querySelectorAll('[class]')) parts[part.classList[0]] = part;
  return [node, parts];
}

export function say(text, fraction) {
  $('status').textContent = text || '';
  $('bar').hidden = fraction == null;
  if (fraction != null) $('bar').value = fraction;
}

export function fail(text) { $('error').textContent = text || ''; }

export function canvas(width, height) { return el('canvas', { width, height }); }

export function loadImage(src) {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not show that image'));
    image.src = src;
  });
}

// The method chosen in the form, as /api/config describes it.
export function method() {
  return state.config.methods.find(m => m.name === $('method').value) || state.config.methods[0];
}

export const emit = (name, detail) => document.dispatchEvent(new CustomEvent('localstyle:' + name, { detail }));
export const on = (name, handler) => document.addEventListener('localstyle:' + name, event => handler(event.detail));
