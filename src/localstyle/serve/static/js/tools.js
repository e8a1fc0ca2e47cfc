// The tools on the photo: click (SAM include / exclude points), box, brush and eraser, undo, and the keyboard.
import { currentLayer, decode, redraw, renderMask } from './masks.js';
import { $, emit, state } from './state.js';

function setTool(name) {
  state.tool = name;
  for (const button of document.querySelectorAll('button.tool')) {
    button.classList.toggle('on', button.dataset.tool === name);
    button.setAttribute('aria-pressed', String(button.dataset.tool === name));
  }
}

// The pointer in photo pixels. The drawing canvas lies exactly on the photo (photo.js sizes both), so its
// box is the photo's on the screen; a drag that leaves the photo is held to its edge.
function at(event) {
  const r = $('draw').getBoundingClientRect(), { width, height } = state.photo;
  const x = (event.clientX - r.left) / r.width * width, y = (event.clientY - r.top) / r.height * height;
  return [Math.max(0, Math.min(width, x)), Math.max(0, Math.min(height, y))];
}

function addPoint(point, exclude) {
  const layer = currentLayer();
  layer.points.push([Math.round(point[0]), Math.round(point[1]), exclude ? 0 : 1]);
  layer.history.push({ kind: 'point' });
  emit('layers');
  return decode(layer);
}

function pointerDown(event) {
  if (!state.photo) return;
  const point = at(event);
  state.cursor = null;
  if (state.tool === 'click') return addPoint(point, event.shiftKey || event.button === 2 || $('exclude').checked);
  $('draw').setPointerCapture(event.pointerId);
  state.drag = { start: point, box: null };
  if (state.tool === 'brush' || state.tool === 'eraser') {
    const layer = currentLayer();
    state.drag.stroke = { erase: state.tool === 'eraser', width: $('brush').value / state.scale, points: [point, point] };
    layer.strokes.push(state.drag.stroke);
    layer.history.push({ kind: 'stroke' });
    emit('layers'); renderMask(layer); redraw();
  }
}

function pointerMove(event) {
  const drag = state.drag;
  if (!drag) return;
  const p = at(event), s = drag.start;
  if (drag.stroke) { drag.stroke.points.push(p); renderMask(state.layers[state.selected]); }
  else drag.box = [Math.min(s[0], p[0]), Math.min(s[1], p[1]), Math.max(s[0], p[0]), Math.max(s[1], p[1])];
  redraw();
}

function pointerUp() {
  const box = state.drag && state.drag.box;
  state.drag = null;
  if (box && box[2] - box[0] >= 2 && box[3] - box[1] >= 2) {
    const layer = currentLayer();
    layer.history.push({ kind: 'box', previous: layer.box });
    layer.box = box.map(Math.round);
    emit('layers'); decode(layer);
  }
  redraw();
}

// Arrows move a cursor over the photo (Shift: faster), Enter includes, Shift+Enter excludes.
function key(event) {
  if (!state.photo) return;
  const step = event.shiftKey ? 50 : 10, { width, height } = state.photo;
  const move = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[event.key];
  if (move) {
    const [x, y] = state.cursor || [width / 2, height / 2];
    state.cursor = [Math.max(0, Math.min(width, x + move[0])), Math.max(0, Math.min(height, y + move[1]))];
    redraw(); event.preventDefault();
  } else if (event.key === 'Enter' && state.cursor) {
    addPoint(state.cursor, event.shiftKey || $('exclude').checked); event.preventDefault();
  }
}

function undo() {
  const layer = state.layers[state.selected];
  if (!layer || !layer.history.length) return;
  const last = layer.history.pop();
  if (last.kind === 'point') layer.points.pop();
  else if (last.kind === 'box') layer.box = last.previous;
  else layer.strokes.pop();
  if (last.kind === 'stroke') { renderMask(layer); redraw(); } else decode(layer);
  emit('layers');
}

export function setUpTools() {
  for (const button of document.querySelectorAll('button.tool')) button.onclick = () => setTool(button.dataset.tool);
  const draw = $('draw');
  draw.oncontextmenu = event => event.preventDefault();
  draw.onpointerdown = pointerDown;
  draw.onpointermove = pointerMove;
  draw.onpointerup = draw.onpointercancel = pointerUp;
  draw.onkeydown = key;
  $('undo').onclick = undo;
  document.addEventListener('keydown', event => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'z' && event.target.tagName !== 'INPUT') {
      undo(); event.preventDefault();
    }
  });
}
