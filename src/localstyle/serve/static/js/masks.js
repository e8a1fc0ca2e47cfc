// Each region's mask, at the photo's full size in an offscreen canvas: SAM's answer for its box and clicks
// (or the mask a dry run found), with brush and eraser strokes on top; and the tinted overlay on the photo.
import { postJson } from './api.js';
import { withPhoto } from './photo.js';
import { $, canvas, emit, fail, loadImage, say, state } from './state.js';

export const COLOURS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324'];

export function newLayer(edit = null, editIndex = null, box = null) {
  const { width, height } = state.photo;
  const layer = { edit, editIndex, box, colour: COLOURS[state.layers.length % COLOURS.length], visible: true,
    base: canvas(width, height), points: [], strokes: [], decoded: null, history: [], mask: canvas(width, height) };
  state.layers.push(layer);
  state.selected = state.layers.length - 1;
  emit('layers');
  return layer;
}

// The selected region, or a new one for the first click, box or stroke.
export function currentLayer() { return state.layers[state.selected] || newLayer(); }

export function renderMask(layer) {
  const g = layer.mask.getContext('2d'), { width, height } = state.photo;
  g.globalCompositeOperation = 'source-over';
  g.clearRect(0, 0, width, height);
  g.drawImage(layer.decoded || layer.base, 0, 0);
  for (const stroke of layer.strokes) {
    g.globalCompositeOperation = stroke.erase ? 'destination-out' : 'source-over';
    g.strokeStyle = '#fff'; g.lineCap = g.lineJoin = 'round'; g.lineWidth = stroke.width;
    g.beginPath(); g.moveTo(...stroke.points[0]);
    for (const point of stroke.points) g.lineTo(...point);
    g.stroke();
  }
  g.globalCompositeOperation = 'source-over';
}

// The overlay: every used region tinted in its colour, its box dashed, its clicks as dots; the box being
// dragged and the keyboard's cursor.
export function redraw() {
  const draw = $('draw'), g = draw.getContext('2d'), s = state.scale;
  g.clearRect(0, 0, draw.width, draw.height);
  state.layers.forEach((layer, i) => {
    if (!layer.visible) return;
    const tint = canvas(draw.width, draw.height), t = tint.getContext('2d');
    t.drawImage(layer.mask, 0, 0, tint.width, tint.height);
    t.globalCompositeOperation = 'multiply'; t.fillStyle = layer.colour; t.fillRect(0, 0, tint.width, tint.height);
    t.globalCompositeOperation = 'destination-in'; t.drawImage(regionOnly(layer.mask, tint.width, tint.height), 0, 0);
    g.globalAlpha = 0.5; g.drawImage(tint, 0, 0); g.globalAlpha = 1;
    if (layer.box) dashed(g, layer.box, layer.colour, i === state.selected ? 3 : 1.5);
    for (const [x, y, inside] of layer.points) {
      g.beginPath(); g.arc(x * s, y * s, 6, 0, 2 * Math.PI);
      g.fillStyle = inside ? '#22c55e' : '#ef4444'; g.fill(); g.lineWidth = 2; g.strokeStyle = '#fff'; g.stroke();
    }
  });
  for (const found of state.found) outlineInstances(g, found);
  if (state.drag && state.drag.box) dashed(g, state.drag.box, '#ffd400', 2);
  if (state.cursor) {
    g.strokeStyle = '#ffd400'; g.lineWidth = 2;
    g.strokeRect(state.cursor[0] * s - 8, state.cursor[1] * s - 8, 16, 16);
  }
}

// Each instance of an edit ("all the cats", SAM 3) outlined in the edit's colour and numbered as its line
// under Regions is: found from the words by a run (no regions on the photo), or as a region that is used.
function outlineInstances(g, found) {
  const layer = state.layers.find(l => l.editIndex === found.index);
  if (state.layers.length && !(layer && layer.visible)) return;
  found.instances.forEach((instance, i) => {
    const [x0, y0, x1, y1] = instance.box.map(v => v * state.scale), label = String(i + 1);
    g.lineWidth = 3; g.strokeStyle = found.colour; g.strokeRect(x0, y0, x1 - x0, y1 - y0);
    g.font = 'bold 14px system-ui, sans-serif';
    const w = g.measureText(label).width + 8;
    g.fillStyle = found.colour; g.fillRect(x0, y0, w, 18);
    g.fillStyle = '#fff'; g.fillText(label, x0 + 4, y0 + 14);
  });
}

function dashed(g, box, colour, width) {
  const [x0, y0, x1, y1] = box.map(v => v * state.scale);
  g.lineWidth = width; g.setLineDash([6, 4]); g.strokeStyle = colour;
  g.strokeRect(x0, y0, x1 - x0, y1 - y0); g.setLineDash([]);
}

// Mask pixels that count as region (bright and opaque) as an alpha mask: a decoded mask's black is not.
function regionOnly(mask, width, height) {
  const c = canvas(width, height), g = c.getContext('2d');
  g.drawImage(mask, 0, 0, width, height);
  const data = g.getImageData(0, 0, width, height), px = data.data;
  for (let i = 0; i < px.length; i += 4) px[i + 3] = (px[i] + px[i + 1] + px[i + 2] > 0 && px[i + 3] > 0) ? 255 : 0;
  g.putImageData(data, 0, 0);
  return c;
}

// SAM's mask for the layer's box and clicks (the box itself with "box is the mask").
export async function decode(layer) {
  if (!layer.points.length && !layer.box) layer.decoded = null;
  else if ($('noSegment').checked && !layer.points.length) {
    const c = canvas(state.photo.width, state.photo.height), g = c.getContext('2d'), [x0, y0, x1, y1] = layer.box;
    g.fillStyle = '#fff'; g.fillRect(x0, y0, x1 - x0, y1 - y0);
    layer.decoded = c;
  } else {
    say('segmenting...'); fail('');  // a message is about the last thing done
    try {
      const answer = await withPhoto(id => postJson('api/photos/' + id + '/mask', { box: layer.box, points: layer.points }));
      layer.decoded = await loadImage(URL.createObjectURL(await answer.blob()));
      say('mask: ' + answer.headers.get('X-Mask-Area') + ' px');
    } catch (error) { say(''); fail(error.message); }
  }
  renderMask(layer); redraw();
}

export function maskBlob(layer) { return new Promise(resolve => layer.mask.toBlob(resolve, 'image/png')); }
