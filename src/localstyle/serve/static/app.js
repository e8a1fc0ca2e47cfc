// localstyle web page: regions as layers (one per edit), corrected with SAM clicks, brush and eraser;
// jobs followed through Server-Sent Events. Masks live at the photo's full resolution in offscreen canvases.
'use strict';
const $ = id => document.getElementById(id);
const COLOURS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324'];
const photoC = $('photo'), drawC = $('draw');
let photo = null;     // {id, width, height, image, name}
let layers = [];      // {edit, editIndex, colour, visible, box, base, points, strokes, decoded, history, mask}
let selected = -1, tool = 'click', scale = 1, drag = null, cursor = null, job = null, stream = null;

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

// ---------------------------------------------------------------- the photo
$('file').onchange = async () => {
  const file = $('file').files[0]; if (!file) return;
  error(''); status('uploading the photo...');
  try {
    const form = new FormData(); form.append('image', file);
    const info = await (await answer(await fetch('api/photos', { method: 'POST', body: form }))).json();
    const image = await loadImage(URL.createObjectURL(file));
    photo = { ...info, image, name: file.name.replace(/\.[^.]*$/, '') || 'photo' };
    scale = Math.min(1, 1024 / Math.max(info.width, info.height));
    for (const c of [photoC, drawC]) { c.width = Math.round(info.width * scale); c.height = Math.round(info.height * scale); }
    photoC.getContext('2d').drawImage(image, 0, 0, photoC.width, photoC.height);
    layers = []; selected = -1; renderLayers(); redraw();
    $('workspace').hidden = false; $('results').hidden = true; $('live').hidden = true;
    status('photo ' + info.width + ' x ' + info.height);
  } catch (e) { status(''); error(e.message); }
};

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
  const form = new FormData();
  form.append('photo', photo.id); form.append('instruction', $('instruction').value);
  form.append('preset', $('preset').value); form.append('seed', $('seed').value || '0');
  if ($('steps').value) form.append('steps', $('steps').value);
  form.append('box_threshold', $('boxThreshold').value || '0.3');
  const used = layers.filter(l => l.visible);
  if (dryRun) { form.append('dry_run', '1'); }
  else if (used.length) {
    for (const layer of used) form.append('mask', await maskBlob(layer), 'mask.png');
    const found = layers.length && layers.every(l => l.edit);
    if (found && used.length < layers[0].edits) form.append('keep', used.map(l => l.editIndex).join(','));
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
    else { showResult(id, s.record, s.files); status('done in ' + s.record.seconds.stylize + ' s'); }
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
function showResult(id, record, files) {
  const url = 'api/jobs/' + id + '/result.png';
  // CMYK and 32-bit photos: result.png is only for showing; the exact result is a TIFF
  const exact = files.includes('result.tif') ? 'tif' : 'png';
  $('before').src = URL.createObjectURL($('file').files[0]); $('after').src = url;
  $('downloadImage').href = 'api/jobs/' + id + '/result.' + exact;
  $('downloadImage').download = photo.name + '-stylised.' + exact;
  $('downloadRecord').href = 'api/jobs/' + id + '/record.json'; $('downloadRecord').download = photo.name + '-record.json';
  $('summary').textContent = record.edits.map((e, i) => (i + 1) + '. "' + e.style + '" on ' + e.region + ' [' + e.box.join(', ') + ']').join('; ');
  $('results').hidden = false; split();
}
function split() { $('after').style.clipPath = 'inset(0 ' + (100 - $('split').value) + '% 0 0)'; }
$('split').oninput = split;
