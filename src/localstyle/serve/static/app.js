// localstyle web page: regions as layers (one per edit), corrected with SAM clicks, brush and eraser;
// jobs followed through Server-Sent Events. Masks live at the photo's full resolution in offscreen canvases.
'use strict';
const $ = id => document.getElementById(id);
const COLOURS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324'];
const photoC = $('photo'), drawC = $('draw');
let photo = null;     // {id, width, height, image, name}
let layers = [];      // {edit, editIndex, colour, visible, box, base, points, strokes, decoded, history, mask}
let selected = -1, tool = 'click', scale = 1, drag = null, cursor = null, job = null, stream = null;
let runs = [], viewing = null, compared = [];  // this photo's kept runs; the one shown; the two ticked

function error(text) { $('error').textContent = text || ''; }
function status(text, fraction) {
  $('status').textContent = text || '';
  $('bar').hidden = fraction == null;
  if (fraction != null) $('bar').value = fraction;
}
function busy(on) {
  $('find').disabled = $('run').disabled = on;
  $('cancel').disabled = !on;
}
async function answer(response) {
  if (response.ok) return response;
  let message = response.status + ' ' + response.statusText;
  try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
  throw new Error(message);
}
function canvas(w, h) { const c = document.createElement('canvas'); c.width = w; c.height = h; return c; }
function loadImage(src) {
  return new Promise((ok, fail) => { const im = new Image(); im.onload = () => ok(im); im.onerror = fail; im.src = src; });
}

// ---------------------------------------------------------------- the photo: file picker, drop, paste, examples
let config = { methods: [{ name: 'least', styles: [] }], upload_mb: 25, megapixels: 25, examples: [] };
const LAST_PHOTO = 'localstyle.photo';  // the photo key (and name) shown last: restored after a reload

async function usePhoto(blob, name, restored) {
  if (!blob || !/^image\//.test(blob.type || 'image/')) return error('that is not an image: drop or paste a photo');
  if (blob.size > config.upload_mb * 1048576) {
    return error('the photo is ' + (blob.size / 1048576).toFixed(1) + ' MiB; this server takes up to ' + config.upload_mb + ' MiB');
  }
  error(''); status('uploading the photo...');
  try {
    const form = new FormData(); form.append('image', blob, name || 'photo');
    const info = await (await answer(await fetch('api/photos', { method: 'POST', body: form }))).json();
    const url = URL.createObjectURL(blob), image = await loadImage(url);
    photo = { ...info, image, url, name: (name || 'photo').replace(/\.[^.]*$/, '') || 'photo' };
    localStorage.setItem(LAST_PHOTO, JSON.stringify({ key: info.key, name: photo.name }));
    scale = Math.min(1, 1024 / Math.max(info.width, info.height));
    for (const c of [photoC, drawC]) { c.width = Math.round(info.width * scale); c.height = Math.round(info.height * scale); }
    photoC.getContext('2d').drawImage(image, 0, 0, photoC.width, photoC.height);
    layers = []; selected = -1; renderLayers(); redraw();
    $('stage').hidden = false; $('stageHint').hidden = false; $('dropzone').classList.add('compact');
    $('results').hidden = true; $('live').hidden = true; compared = []; viewing = null;
    status('photo ' + info.width + ' x ' + info.height);
    await loadHistory(restored);
  } catch (e) { status(''); error(e.message); }
}
$('file').onchange = () => { const file = $('file').files[0]; if (file) usePhoto(file, file.name); };
$('choose').onclick = () => $('file').click();
function firstImage(list) { return [...(list || [])].find(f => f && /^image\//.test(f.type)); }
// A photo dropped anywhere on the page is taken (the browser would otherwise open it in place of the page).
// Text dragged within the page (out of the instruction box, say) is left to the browser.
const zone = $('workspace'), withFiles = e => [...e.dataTransfer.types].includes('Files');
document.addEventListener('dragover', e => { if (withFiles(e)) { e.preventDefault(); zone.classList.add('dragging'); } });
document.addEventListener('dragleave', e => { if (!e.relatedTarget) zone.classList.remove('dragging'); });
document.addEventListener('drop', e => {
  if (!withFiles(e)) return;
  e.preventDefault(); zone.classList.remove('dragging');
  const file = firstImage(e.dataTransfer.files);
  if (file) usePhoto(file, file.name); else error('drop an image file (JPEG, PNG, WebP, TIFF...)');
});
document.addEventListener('paste', e => {
  const items = [...(e.clipboardData ? e.clipboardData.items : [])];
  const item = items.find(i => i.kind === 'file' && /^image\//.test(i.type));
  if (!item) return;  // text pastes into the instruction as usual
  e.preventDefault(); usePhoto(item.getAsFile(), 'pasted.png');
});
async function useUrl(url, name, restored) {
  try { await usePhoto(await (await answer(await fetch(url))).blob(), name, restored); }
  catch (e) { error(e.message); }
}
function thumbButton(src, text, onclick) {
  const b = document.createElement('button'); b.type = 'button'; b.className = 'thumb'; b.setAttribute('aria-label', text);
  b.title = text; b.innerHTML = '<img alt="">'; b.firstChild.src = src; b.onclick = onclick; return b;
}

// ---------------------------------------------------------------- styles, phrasings, methods
const STYLES = ['cubism', 'watercolor', 'pixel art', 'starry night by van gogh', 'pop art', 'ukiyo-e', 'mosaic',
  'stained glass', 'oil painting', 'pencil sketch', 'cyberpunk', 'impressionism'];
const PHRASINGS = ['apply cubism style to the cat', 'make the sky look like starry night by van gogh',
  'turn the car into pixel art', 'paint the face in pop art style', 'apply watercolor style to the left dog',
  'apply cubism to the cat and watercolor to the grass', 'make the man in pixel-art style'];
// Where the style sits in the phrasings that work: [before, style, after].
const FORMS = [/^(apply\s+(?:the\s+)?)(.+?)(\s+style\s+to\s+.+)$/i, /^(make\s+.+?\s+in\s+)(.+?)(\s+style)$/i,
  /^(apply\s+(?:the\s+)?)(.+?)(\s+to\s+.+)$/i, /^(make\s+.+?\s+look\s+like\s+(?:an?\s+)?)(.+)()$/i,
  /^(turn\s+.+?\s+into\s+(?:an?\s+)?)(.+)()$/i, /^(paint\s+.+?\s+in\s+(?:the\s+style\s+of\s+)?)(.+?)((?:\s+style)?)$/i];
function withStyle(text, style) {
  text = text.trim();
  for (const form of FORMS) { const m = text.match(form); if (m) return m[1] + style + m[3]; }
  if (!text) return layers.length ? style : 'apply ' + style + ' style to the ';
  return 'apply ' + style + ' style to ' + (/^(the|a|an|my)\s/i.test(text) ? text : 'the ' + text);
}
function styleOf(text) {
  for (const form of FORMS) { const m = text.trim().match(form); if (m) return m[2].toLowerCase(); }
  return text.trim().toLowerCase();
}
function pickStyle(style) {
  const box = $('instruction'); box.value = withStyle(box.value, style); markChips();
  box.focus(); box.setSelectionRange(box.value.length, box.value.length);
}
function chip(style, onclick) {
  const b = document.createElement('button'); b.type = 'button'; b.className = 'chip'; b.textContent = style;
  b.dataset.style = style; b.setAttribute('aria-pressed', 'false'); b.onclick = () => onclick(style); return b;
}
// A row of chips or thumbnails is one Tab stop; the arrow keys move along it (the toolbar pattern).
function roving(group) {
  const items = [...group.querySelectorAll('button')];
  const current = items.find(b => b.getAttribute('aria-pressed') === 'true') || items[0];
  items.forEach(b => { b.tabIndex = b === current ? 0 : -1; });
  group.onkeydown = e => {
    const i = items.indexOf(document.activeElement), step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (i < 0 || !step) return;
    const next = items[(i + step + items.length) % items.length];
    items.forEach(b => { b.tabIndex = b === next ? 0 : -1; }); next.focus(); e.preventDefault();
  };
}
function markChips() {
  const current = styleOf($('instruction').value);
  for (const b of document.querySelectorAll('#chips .chip, #rrStyles .chip')) b.setAttribute('aria-pressed', String(b.dataset.style === current));
  if (!['chips', 'rrStyles'].includes(document.activeElement.parentNode.id)) { roving($('chips')); roving($('rrStyles')); }
}
$('instruction').addEventListener('input', markChips);
function method() { return $('method').value; }
function setMethod() {
  const rr = method() === 'regionroute';
  document.body.classList.toggle('rr', rr);
  $('rrOptions').hidden = !rr;
  $('steps').placeholder = rr ? '28' : 'preset';
}
$('method').onchange = setMethod;

async function start() {
  try { config = await (await answer(await fetch('api/config'))).json(); }
  catch (e) { error('cannot reach the server: ' + e.message); return; }
  $('method').innerHTML = '';
  for (const m of config.methods) {
    const o = document.createElement('option'); o.value = m.name; o.textContent = m.label; $('method').append(o);
  }
  const rr = config.methods.find(m => m.name === 'regionroute');
  $('rrStyles').replaceChildren(...(rr ? rr.styles : []).map(s => chip(s, pickStyle)));
  $('chips').replaceChildren(...STYLES.map(s => chip(s, pickStyle)));
  $('phrasings').replaceChildren(...PHRASINGS.map(p => { const o = document.createElement('option'); o.value = p; return o; }));
  $('preset').value = config.preset;
  $('limitsText').textContent = 'Up to ' + +config.upload_mb.toFixed(1) + ' MiB and ' + +config.megapixels.toFixed(1) +
    ' megapixels; JPEG, PNG, WebP, TIFF.';
  $('examples').replaceChildren(...config.examples.map(name => thumbButton('api/examples/' + name + '/thumb.jpg',
    'example photo ' + name, () => useUrl('api/examples/' + name, name))));
  $('examplesBox').hidden = !config.examples.length;
  markChips(); roving($('examples'));
  setMethod();
  const history = await (await answer(await fetch('api/history'))).json();
  $('recent').replaceChildren(...history.photos.slice(0, 8).map(p => thumbButton('api/history/' + p.key + '/thumb.jpg',
    'recent photo ' + p.width + ' x ' + p.height + ', ' + p.runs + ' run(s)', () => useUrl('api/history/' + p.key + '/photo.png', 'photo', true))));
  $('recentBox').hidden = !history.photos.length; roving($('recent'));
  let last = null; try { last = JSON.parse(localStorage.getItem(LAST_PHOTO)); } catch (e) { /* none */ }
  if (last && history.photos.some(p => p.key === last.key)) await useUrl('api/history/' + last.key + '/photo.png', last.name, true);
}

// ---------------------------------------------------------------- layers
function newLayer(edit, editIndex, box) {
  const layer = { edit, editIndex, colour: COLOURS[layers.length % COLOURS.length], visible: true, box: box || null,
    base: canvas(photo.width, photo.height), points: [], strokes: [], decoded: null, history: [],
    mask: canvas(photo.width, photo.height) };
  layers.push(layer); selected = layers.length - 1;
  return layer;
}
function current() { return layers[selected] || newLayer(null, null, null); }
function label(layer, i) {
  return (i + 1) + '. ' + (layer.edit ? '"' + layer.edit.style + '" on ' + layer.edit.region : 'drawn region');
}
function renderLayers() {
  const list = $('layers'); list.innerHTML = '';
  layers.forEach((layer, i) => {
    const li = document.createElement('li'); li.className = i === selected ? 'selected' : '';
    const swatch = document.createElement('span'); swatch.className = 'swatch'; swatch.style.background = layer.colour;
    const pick = document.createElement('label');
    pick.innerHTML = '<input type="radio" name="layer">'; pick.append(label(layer, i));
    pick.firstChild.checked = i === selected; pick.firstChild.onchange = () => { selected = i; renderLayers(); redraw(); };
    const show = document.createElement('label');
    show.innerHTML = '<input type="checkbox"> use'; show.firstChild.checked = layer.visible;
    show.firstChild.setAttribute('aria-label', 'use region ' + (i + 1));
    show.firstChild.onchange = e => { layer.visible = e.target.checked; redraw(); };
    const remove = document.createElement('button'); remove.type = 'button'; remove.textContent = 'Delete';
    remove.setAttribute('aria-label', 'delete region ' + (i + 1));
    remove.onclick = () => { layers.splice(i, 1); selected = Math.min(selected, layers.length - 1); renderLayers(); redraw(); };
    li.append(swatch, pick, show, remove); list.append(li);
  });
  $('noLayers').hidden = layers.length > 0;
}
$('clear').onclick = () => { layers = []; selected = -1; renderLayers(); redraw(); };

// The layer's mask: SAM's answer for its points (or the found mask), then brush and eraser strokes on top.
function renderMask(layer) {
  const g = layer.mask.getContext('2d');
  g.globalCompositeOperation = 'source-over'; g.clearRect(0, 0, photo.width, photo.height);
  g.drawImage(layer.decoded || layer.base, 0, 0);
  for (const s of layer.strokes) {
    g.globalCompositeOperation = s.erase ? 'destination-out' : 'source-over';
    g.strokeStyle = '#fff'; g.lineCap = g.lineJoin = 'round'; g.lineWidth = s.width;
    g.beginPath(); g.moveTo(s.points[0][0], s.points[0][1]);
    for (const p of s.points) g.lineTo(p[0], p[1]);
    g.stroke();
  }
  g.globalCompositeOperation = 'source-over';
}
function redraw() {
  const g = drawC.getContext('2d'); g.clearRect(0, 0, drawC.width, drawC.height);
  layers.forEach((layer, i) => {
    if (!layer.visible) return;
    const tint = canvas(drawC.width, drawC.height), t = tint.getContext('2d');
    t.drawImage(layer.mask, 0, 0, tint.width, tint.height);
    // White (and painted) pixels keep the colour; the decoded mask's black pixels are made transparent.
    t.globalCompositeOperation = 'multiply'; t.fillStyle = layer.colour; t.fillRect(0, 0, tint.width, tint.height);
    t.globalCompositeOperation = 'destination-in'; t.drawImage(whiteOnly(layer.mask, tint.width, tint.height), 0, 0);
    g.globalAlpha = 0.5; g.drawImage(tint, 0, 0); g.globalAlpha = 1;
    if (layer.box) {
      const [x0, y0, x1, y1] = layer.box.map(v => v * scale);
      g.lineWidth = i === selected ? 3 : 1.5; g.setLineDash([6, 4]); g.strokeStyle = layer.colour;
      g.strokeRect(x0, y0, x1 - x0, y1 - y0); g.setLineDash([]);
    }
    for (const [x, y, inside] of layer.points) {
      g.beginPath(); g.arc(x * scale, y * scale, 6, 0, 2 * Math.PI);
      g.fillStyle = inside ? '#22c55e' : '#ef4444'; g.fill(); g.lineWidth = 2; g.strokeStyle = '#fff'; g.stroke();
    }
  });
  if (drag && tool === 'box' && drag.box) {
    const [x0, y0, x1, y1] = drag.box.map(v => v * scale);
    g.lineWidth = 2; g.setLineDash([6, 4]); g.strokeStyle = '#ffd400'; g.strokeRect(x0, y0, x1 - x0, y1 - y0); g.setLineDash([]);
  }
  if (cursor) { g.strokeStyle = '#ffd400'; g.lineWidth = 2; g.strokeRect(cursor[0] * scale - 8, cursor[1] * scale - 8, 16, 16); }
}
// Mask pixels that count as region (bright and opaque), as an alpha mask at display size.
function whiteOnly(mask, w, h) {
  const c = canvas(w, h), g = c.getContext('2d'); g.drawImage(mask, 0, 0, w, h);
  const data = g.getImageData(0, 0, w, h), px = data.data;
  for (let i = 0; i < px.length; i += 4) px[i + 3] = (px[i] + px[i + 1] + px[i + 2] > 0 && px[i + 3] > 0) ? 255 : 0;
  g.putImageData(data, 0, 0); return c;
}

// ---------------------------------------------------------------- tools
function setTool(name) {
  tool = name;
  for (const [id, t] of [['toolClick', 'click'], ['toolBox', 'box'], ['toolBrush', 'brush'], ['toolEraser', 'eraser']]) {
    $(id).classList.toggle('on', t === name); $(id).setAttribute('aria-pressed', String(t === name));
  }
}
$('toolClick').onclick = () => setTool('click');
$('toolBox').onclick = () => setTool('box');
$('toolBrush').onclick = () => setTool('brush');
$('toolEraser').onclick = () => setTool('eraser');

// Pointer position in ORIGINAL photo pixels (the canvas may be shrunk by CSS and by `scale`).
function at(e) {
  const r = drawC.getBoundingClientRect();
  const x = (e.clientX - r.left) / r.width * photo.width, y = (e.clientY - r.top) / r.height * photo.height;
  return [Math.max(0, Math.min(photo.width, x)), Math.max(0, Math.min(photo.height, y))];
}
async function decode(layer) {
  if (!layer.points.length && !layer.box) { layer.decoded = null; renderMask(layer); redraw(); return; }
  if ($('noSegment').checked && !layer.points.length) {  // the box itself is the mask
    const c = canvas(photo.width, photo.height), g = c.getContext('2d'), [x0, y0, x1, y1] = layer.box;
    g.fillStyle = '#fff'; g.fillRect(x0, y0, x1 - x0, y1 - y0); layer.decoded = c; renderMask(layer); redraw(); return;
  }
  status('segmenting...');
  try {
    const r = await answer(await fetch('api/photos/' + photo.id + '/mask', { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ box: layer.box, points: layer.points }) }));
    layer.decoded = await loadImage(URL.createObjectURL(await r.blob()));
    status('mask: ' + r.headers.get('X-Mask-Area') + ' px'); error('');
  } catch (e) { status(''); error(e.message); }
  renderMask(layer); redraw();
}
function addPoint(p, exclude) {
  const layer = current();
  layer.points.push([Math.round(p[0]), Math.round(p[1]), exclude ? 0 : 1]); layer.history.push({ kind: 'point' });
  renderLayers(); return decode(layer);
}
drawC.oncontextmenu = e => e.preventDefault();
drawC.onpointerdown = e => {
  if (!photo) return;
  const p = at(e); cursor = null;
  if (tool === 'click') { addPoint(p, e.shiftKey || e.button === 2 || $('exclude').checked); return; }
  drawC.setPointerCapture(e.pointerId);
  drag = { start: p, box: null };
  if (tool === 'brush' || tool === 'eraser') {
    const layer = current();
    drag.stroke = { erase: tool === 'eraser', width: $('brush').value / scale, points: [p, p] };
    layer.strokes.push(drag.stroke); layer.history.push({ kind: 'stroke' }); renderLayers(); renderMask(layer); redraw();
  }
};
drawC.onpointermove = e => {
  if (!drag) return;
  const p = at(e);
  if (drag.stroke) { drag.stroke.points.push(p); renderMask(layers[selected]); }
  else drag.box = [Math.min(drag.start[0], p[0]), Math.min(drag.start[1], p[1]), Math.max(drag.start[0], p[0]), Math.max(drag.start[1], p[1])];
  redraw();
};
drawC.onpointerup = drawC.onpointercancel = () => {
  const box = drag && drag.box; drag = null;
  if (box && box[2] - box[0] >= 2 && box[3] - box[1] >= 2) {
    const layer = current();
    layer.history.push({ kind: 'box', previous: layer.box });
    layer.box = box.map(Math.round); renderLayers(); decode(layer);
  }
  redraw();
};
// Keyboard: arrows move a cursor over the photo, Enter includes, Shift+Enter excludes.
drawC.onkeydown = e => {
  if (!photo) return;
  const step = e.shiftKey ? 50 : 10, moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
  if (moves[e.key]) {
    cursor = cursor || [photo.width / 2, photo.height / 2];
    cursor = [Math.max(0, Math.min(photo.width, cursor[0] + moves[e.key][0])), Math.max(0, Math.min(photo.height, cursor[1] + moves[e.key][1]))];
    redraw(); e.preventDefault();
  } else if (e.key === 'Enter' && cursor) { addPoint(cursor, e.shiftKey || $('exclude').checked); e.preventDefault(); }
};
function undo() {
  const layer = layers[selected]; if (!layer || !layer.history.length) return;
  const last = layer.history.pop();
  if (last.kind === 'point') { layer.points.pop(); decode(layer); }
  else if (last.kind === 'box') { layer.box = last.previous; decode(layer); }
  else { layer.strokes.pop(); renderMask(layer); redraw(); }
}
$('undo').onclick = undo;
document.addEventListener('keydown', e => { if ((e.ctrlKey || e.metaKey) && e.key === 'z' && e.target.tagName !== 'INPUT') { undo(); e.preventDefault(); } });

// ---------------------------------------------------------------- jobs
async function maskBlob(layer) { return new Promise(ok => layer.mask.toBlob(ok, 'image/png')); }
async function submit(dryRun) {
  error('');
  if (!photo) return error('choose a photo first');
  if (!$('instruction').value.trim()) return error('type an instruction, e.g. "apply cubism style to the cat"');
  const form = new FormData(), rr = method() === 'regionroute';
  form.append('photo', photo.id); form.append('instruction', $('instruction').value);
  form.append('method', method()); form.append('seed', $('seed').value || '0');
  if ($('steps').value) form.append('steps', $('steps').value);
  form.append('box_threshold', $('boxThreshold').value || '0.3');
  const used = layers.filter(l => l.visible);
  if (rr) {  // mask-free: no regions, no preset
    if ($('guidance').value) form.append('guidance', $('guidance').value);
    if ($('keepBackground').checked) form.append('keep_background', '1');
  } else {
    form.append('preset', $('preset').value);
    if (dryRun) form.append('dry_run', '1');
    else if (used.length) {
      for (const layer of used) form.append('mask', await maskBlob(layer), 'mask.png');
      const found = layers.length && layers.every(l => l.edit);
      if (found && used.length < layers[0].edits) form.append('keep', used.map(l => l.editIndex).join(','));
    }
  }
  busy(true); status('sending...'); $('live').hidden = true;
  try {
    const r = await answer(await fetch('api/jobs', { method: 'POST', body: form }));
    follow((await r.json()).id, dryRun);
  } catch (e) { busy(false); status(''); error(e.message); }
}
$('find').onclick = () => submit(true);
$('run').onclick = () => submit(false);
$('cancel').onclick = async () => {
  if (!job) return;
  try { await answer(await fetch('api/jobs/' + job, { method: 'DELETE' })); status('cancelling...'); }
  catch (e) { error(e.message); }
};

function time(s) { s = Math.round(s); return s >= 60 ? Math.floor(s / 60) + ' min ' + (s % 60) + ' s' : s + ' s'; }
const STAGES = { ground: 'finding the region', segment: 'segmenting', load: 'loading the models', stylize: 'stylising' };
function follow(id, dryRun) {
  job = id; if (stream) stream.close();
  stream = new EventSource('api/jobs/' + id + '/events');
  let previews = 0;
  stream.onmessage = async message => {
    const s = JSON.parse(message.data);
    if (s.status === 'queued') status('queued' + (s.ahead ? ' behind ' + s.ahead + ' job(s)' : ''));
    else if (s.status === 'running') {
      let text = STAGES[s.stage] || 'starting (models load on the first job)';
      if (s.edits > 1) text += ', edit ' + (s.edit + 1) + ' of ' + s.edits;
      if (s.stage === 'stylize' && s.steps) {
        text += ': step ' + s.step + ' / ' + s.steps;
        if (s.loss != null) text += ', loss ' + s.loss.toPrecision(4);
        if (s.eta != null) text += ', about ' + time(s.eta) + ' left';
      }
      status(text, s.stage === 'stylize' && s.steps ? s.step / s.steps : null);
      if (s.previews > previews) {
        previews = s.previews; $('live').hidden = false;
        $('preview').src = 'api/jobs/' + id + '/preview.png?n=' + previews;
      }
    }
    if (!['done', 'error', 'cancelled'].includes(s.status)) return;
    stream.close(); stream = null; job = null; busy(false);
    if (s.status === 'cancelled') { status('cancelled'); return; }
    if (s.status === 'error') { status(''); error(s.error); return; }
    if (dryRun) { await takeRegions(id, s.record); status('regions found: click to correct them, then Stylise'); }
    else {
      const seconds = s.record.seconds.stylize;
      $('live').hidden = true;  // the preview was of the optimisation; the result replaces it
      if (s.history) { await loadHistory(); await view(s.history.split('/')[1]); }
      else showJob(id, s.record, s.files);
      status('done in ' + seconds + ' s');
    }
  };
  stream.onerror = () => { if (stream && stream.readyState === EventSource.CLOSED) { busy(false); error('lost the connection to the server'); } };
}
async function takeRegions(id, record) {
  layers = []; selected = -1;
  for (const [i, edit] of record.edits.entries()) {
    const layer = newLayer(edit, i, edit.box);
    layer.base = await loadImage('api/jobs/' + id + '/mask_' + (i + 1) + '.png'); renderMask(layer);
  }
  for (const layer of layers) layer.edits = record.edits.length;
  selected = 0; renderLayers(); redraw();
}
// ---------------------------------------------------------------- results and the history
function summary(record) {  // one record shape for both methods: RegionRoute's edit also has its routing
  return record.edits.map((e, i) => {
    const where = e.box ? ' [' + e.box.join(', ') + ']' : '';
    const experts = e.routing ? ' (RegionRoute; experts: ' + Object.entries(e.routing).filter(([, w]) => w > 0)
      .map(([n, w]) => n + ' ' + w.toFixed(2)).join(', ') + ')' : '';
    return (i + 1) + '. "' + e.style + '" on ' + e.region + where + experts;
  }).join('; ');
}
function download(link, url, name) { link.href = url; link.download = name; }
// A job whose result is not in the history (it could not be written): shown from the job's own files.
function showJob(id, record, files) {
  const exact = files.includes('result.tif') ? 'tif' : 'png';
  show(photo.url, 'before', 'api/jobs/' + id + '/result.png', 'after', 'Before / after');
  download($('downloadImage'), 'api/jobs/' + id + '/result.' + exact, photo.name + '-stylised.' + exact);
  download($('downloadRecord'), 'api/jobs/' + id + '/record.json', photo.name + '-record.json');
  $('summary').textContent = summary(record); $('rerunBar').hidden = true;
}
function runUrl(run, name) { return 'api/history/' + run.photo + '/' + run.id + '/' + name; }
function describe(run) {
  const when = new Date(run.time * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return [run.method === 'regionroute' ? 'RegionRoute' : 'LEAST', run.preset, 'seed ' + run.seed,
    run.steps ? run.steps + ' steps' : null, when, run.seconds != null ? run.seconds + ' s' : null].filter(Boolean).join(' · ');
}
function show(urlA, captionA, urlB, captionB, title) {
  $('before').src = urlA; $('before').alt = captionA; $('captionA').textContent = captionA;
  $('after').src = urlB; $('after').alt = captionB; $('captionB').textContent = captionB;
  $('viewTitle').textContent = title; $('results').hidden = false; split();
}
async function loadHistory(restored) {
  if (!photo) return;
  try {
    const answered = await (await answer(await fetch('api/history/' + photo.key))).json();
    runs = answered.runs;
    const listed = await (await answer(await fetch('api/history'))).json();
    $('historyUse').textContent = listed.used_mb.toFixed(1) + ' of ' + listed.max_mb + ' MiB used';
  } catch (e) { error(e.message); return; }
  compared = compared.filter(id => runs.some(r => r.id === id));
  renderRuns();
  if (restored && runs.length && !viewing) view(runs[runs.length - 1].id);
}
function renderRuns() {
  $('history').hidden = !runs.length;
  const list = $('runs'); list.innerHTML = '';
  runs.forEach((run, i) => {
    const li = document.createElement('li'); li.dataset.run = run.id;
    li.className = run.id === viewing ? 'viewing' : '';
    const open = thumbButton(runUrl(run, 'thumb.jpg'), 'view run ' + (i + 1) + ': ' + run.instruction, () => view(run.id));
    const meta = document.createElement('div'); meta.className = 'meta';
    meta.innerHTML = '<b></b><span></span>'; meta.firstChild.textContent = (i + 1) + '. ' + run.instruction;
    meta.lastChild.textContent = describe(run);
    const pick = document.createElement('label'); pick.className = 'row';
    pick.innerHTML = '<input type="checkbox"> compare'; pick.firstChild.checked = compared.includes(run.id);
    pick.firstChild.setAttribute('aria-label', 'compare run ' + (i + 1));
    pick.firstChild.onchange = e => tick(run.id, e.target.checked);
    const links = document.createElement('div'); links.className = 'bar';
    const image = document.createElement('a'), record = document.createElement('a');
    const exact = run.files.includes('result.tif') ? 'result.tif' : 'result.png';
    download(image, runUrl(run, exact), photo.name + '-' + (i + 1) + '.' + exact.split('.')[1]); image.textContent = 'image';
    download(record, runUrl(run, 'record.json'), photo.name + '-' + (i + 1) + '-record.json'); record.textContent = 'record';
    image.setAttribute('aria-label', 'download the image of run ' + (i + 1));
    record.setAttribute('aria-label', 'download the record of run ' + (i + 1));
    const forget = document.createElement('button'); forget.type = 'button'; forget.textContent = 'Forget';
    forget.setAttribute('aria-label', 'forget run ' + (i + 1));
    forget.onclick = async () => {
      try { await answer(await fetch('api/history/' + run.photo + '/' + run.id, { method: 'DELETE' })); }
      catch (e) { return error(e.message); }
      if (viewing === run.id || compared.includes(run.id)) { viewing = null; $('results').hidden = true; }
      loadHistory();
    };
    links.append(image, record, forget);
    li.append(open, meta, pick, links); list.append(li);
  });
}
function tick(id, on) {
  compared = compared.filter(c => c !== id);
  if (on) compared.push(id);
  if (compared.length > 2) compared.shift();  // the two ticked last
  renderRuns();
  if (compared.length === 2) compareRuns(); else if (viewing) view(viewing); else $('results').hidden = true;
}
function compareRuns() {
  const [a, b] = compared.map(id => runs.find(r => r.id === id)).sort((x, y) => x.time - y.time);
  const n = run => runs.indexOf(run) + 1;
  show(runUrl(a, 'result.png'), n(a) + '. ' + a.instruction, runUrl(b, 'result.png'), n(b) + '. ' + b.instruction,
    'Run ' + n(a) + ' / run ' + n(b));
  $('summary').textContent = n(a) + ': ' + describe(a) + ' — ' + n(b) + ': ' + describe(b);
  $('rerunBar').hidden = true;
  download($('downloadImage'), runUrl(b, 'result.png'), photo.name + '-' + n(b) + '.png');
  download($('downloadRecord'), runUrl(b, 'record.json'), photo.name + '-' + n(b) + '-record.json');
}
async function view(id) {
  const run = runs.find(r => r.id === id); if (!run) return;
  viewing = id; renderRuns();
  if (compared.length === 2) return compareRuns();
  const n = runs.indexOf(run) + 1, exact = run.files.includes('result.tif') ? 'result.tif' : 'result.png';
  show(photo.url, 'before', runUrl(run, 'result.png'), n + '. ' + run.instruction, 'Run ' + n + ': before / after');
  download($('downloadImage'), runUrl(run, exact), photo.name + '-' + n + '.' + exact.split('.')[1]);
  download($('downloadRecord'), runUrl(run, 'record.json'), photo.name + '-' + n + '-record.json');
  $('summary').textContent = describe(run);
  try { $('summary').textContent = summary(await (await answer(await fetch(runUrl(run, 'record.json')))).json()) + ' — ' + describe(run); }
  catch (e) { /* the run was removed meanwhile */ }
  const styles = run.method === 'regionroute' ? (config.methods.find(m => m.name === 'regionroute') || { styles: [] }).styles : STYLES;
  const current = styleOf(run.instruction);
  $('rerunStyles').replaceChildren(...styles.filter(s => s !== current).map(s => chip(s, style => rerun(run, { style }))));
  roving($('rerunStyles'));
  $('rerunBar').hidden = false;
}
// The run's settings back in the form, changed as asked, and started: one click for another seed or style.
function rerun(run, change) {
  if (![...$('method').options].some(o => o.value === run.method)) return error('this server cannot run ' + run.method);
  $('method').value = run.method; setMethod();
  $('instruction').value = change.style ? withStyle(run.instruction, change.style) : run.instruction; markChips();
  if (run.preset) $('preset').value = run.preset;
  $('seed').value = change.seed != null ? change.seed : run.seed;
  $('steps').value = run.steps || '';
  submit(false);
}
$('rerunSeed').onclick = () => {
  const run = runs.find(r => r.id === viewing); if (!run) return;
  rerun(run, { seed: Math.max(run.seed, ...runs.map(r => r.seed)) + 1 });  // a seed this photo has not had
};
function split() {
  const side = $('modeSide').checked;
  $('compare').classList.toggle('side', side); $('splitLabel').hidden = side;
  $('after').style.clipPath = side ? '' : 'inset(0 ' + (100 - $('split').value) + '% 0 0)';
}
$('split').oninput = split;
$('modeSlider').onchange = $('modeSide').onchange = split;
start();
