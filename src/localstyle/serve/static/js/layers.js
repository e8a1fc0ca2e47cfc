// The list of regions, one per edit: pick the one that clicks and strokes edit, use it or not, delete it.
import { newLayer, redraw, renderMask } from './masks.js';
import { $, emit, fromTemplate, loadImage, on, state } from './state.js';

function name(layer, i) {
  return (i + 1) + '. ' + (layer.edit ? '"' + layer.edit.style + '" on ' + layer.edit.region : 'drawn region');
}

function renderLayers() {
  $('layers').replaceChildren(...state.layers.map((layer, i) => {
    const [item, parts] = fromTemplate('layerTemplate');
    const [pick] = item.querySelectorAll('input[type=radio]');
    item.classList.toggle('selected', i === state.selected);
    parts.swatch.style.background = layer.colour;
    parts.name.textContent = name(layer, i);
    pick.checked = i === state.selected;
    pick.onchange = () => { state.selected = i; emit('layers'); redraw(); };
    parts.use.checked = layer.visible;
    parts.use.setAttribute('aria-label', 'use region ' + (i + 1));
    parts.use.onchange = () => { layer.visible = parts.use.checked; redraw(); };
    parts.remove.setAttribute('aria-label', 'delete region ' + (i + 1));
    parts.remove.onclick = () => {
      state.layers.splice(i, 1);
      state.selected = Math.min(state.selected, state.layers.length - 1);
      emit('layers'); redraw();
    };
    return item;
  }));
  $('noLayers').hidden = state.layers.length > 0;
}

export function clearLayers() {
  state.layers = []; state.selected = -1;
  emit('layers'); redraw();
}

// The regions a dry run ("Find regions") found: one layer per edit, its mask from the job's files.
export async function takeRegions(jobId, record) {
  state.layers = []; state.selected = -1;
  for (const [i, edit] of record.edits.entries()) {
    const layer = newLayer(edit, i, edit.box);
    layer.base = await loadImage('api/jobs/' + jobId + '/mask_' + (i + 1) + '.png');
    renderMask(layer);
  }
  for (const layer of state.layers) layer.edits = record.edits.length;
  state.selected = 0;
  emit('layers'); redraw();
}

export function setUpLayers() {
  $('clear').onclick = clearLayers;
  on('layers', renderLayers);
  on('photo', () => { state.cursor = state.drag = null; clearLayers(); });  // regions belong to their photo
}
