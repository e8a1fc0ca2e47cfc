// The list of regions, one per edit: pick the one that clicks and strokes edit, use it or not, delete it;
// and under them every instance an edit was found as ("all the cats", SAM 3), numbered as on the photo.
import { COLOURS, newLayer, redraw, renderMask } from './masks.js';
import { $, el, emit, fromTemplate, loadImage, on, state } from './state.js';

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
  renderInstances();
}

// One line per instance, with its score, box and area (record.edits[i].instances).
function renderInstances() {
  $('instances').replaceChildren(...state.found.map(found => {
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = found.colour;
    const lines = found.instances.map((instance, i) => el('li', { className: 'instance' },
      (i + 1) + '. score ' + instance.score.toFixed(2) + ' · box ' + instance.box.map(Math.round).join(', ') +
      ' · ' + instance.mask_area + ' px'));
    return el('li', {}, swatch, ' ' + found.label + ': ' + found.instances.length + ' instance' +
      (found.instances.length === 1 ? '' : 's'), el('ol', {}, ...lines));
  }));
  $('instancesBox').hidden = !state.found.length;
}

// The instances of a finished job's edits (a dry run's or a run's), or none.
export function takeInstances(record) {
  const style = edit => (edit.style ? '"' + edit.style + '"' : 'the style picture');
  state.found = ((record && record.edits) || []).map((edit, index) => ({ index, instances: edit.instances || [],
    label: style(edit) + ' on ' + edit.region, colour: COLOURS[index % COLOURS.length] }))
    .filter(found => found.instances.length);
  renderInstances(); redraw();
}

export function clearLayers() {
  state.layers = []; state.selected = -1; state.found = [];
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
  // A run that sent the regions keeps the instances they were found as (its record has none of its own).
  on('job-finished', s => {
    if (s.status === 'done' && s.record && (s.dry_run || !state.layers.length)) takeInstances(s.record);
  });
}
