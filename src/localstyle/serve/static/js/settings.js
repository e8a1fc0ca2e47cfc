// The method and its settings, all as /api/config describes them: which methods this server offers, which
// settings each takes, the presets with their steps, and the server's defaults. A setting left empty is
// not sent, so the server's own value applies (the detector's own threshold, the preset's steps).
import { $, el, emit, method, state } from './state.js';
import { stylePicture } from './stylepicture.js';

const INPUTS = { preset: 'preset', steps: 'steps', seed: 'seed', detector: 'detector', box_threshold: 'boxThreshold',
  style_image_weight: 'styleWeight', guidance: 'guidance', keep_background: 'keepBackground' };

export function setUpSettings() {
  const { methods, presets, settings } = state.config;
  $('method').replaceChildren(...methods.map(m => el('option', { value: m.name, textContent: m.label })));
  const presetOption = p => el('option', { value: p.name, textContent: `${p.name} (${p.steps} steps)` });
  $('preset').replaceChildren(...presets.map(presetOption));
  $('detector').replaceChildren(...state.config.detectors.map(d => el('option', { value: d.name, textContent: d.label })));
  for (const [name, id] of Object.entries(INPUTS)) {
    const input = $(id), setting = settings[name];
    input.closest('label').title = setting.help;
    if (input.type === 'checkbox') input.checked = Boolean(setting.default);
    else if (setting.default != null) input.value = setting.default;
  }
  $('method').onchange = showMethod;
  $('preset').onchange = showSteps;
  $('detector').onchange = showThreshold;
  showMethod();
  showThreshold();
}

// The chosen method's settings shown, the others hidden; the region tools only for a method that takes regions.
export function showMethod() {
  const chosen = method();
  document.body.dataset.regions = String(chosen.regions);
  for (const label of document.querySelectorAll('[data-setting]')) {
    label.hidden = !chosen.settings.includes(label.dataset.setting);
  }
  $('methodHint').textContent = chosen.about || '';
  showSteps();
  emit('method', chosen);
}

function showSteps() {
  const chosen = method(), preset = state.config.presets.find(p => p.name === $('preset').value);
  $('steps').placeholder = chosen.steps != null ? String(chosen.steps) : preset ? preset.steps + ' (preset)' : 'preset';
}

// Left empty, the threshold is the chosen detector's own: say which.
function showThreshold() {
  const chosen = state.config.detectors.find(d => d.name === $('detector').value);
  $('boxThreshold').placeholder = chosen ? chosen.threshold + " (the detector's own)" : "the detector's own";
}

// The chosen method's settings as request fields; empty ones are left to the server. The picture's weight
// goes only with a picture.
export function addSettings(form) {
  form.append('method', method().name);
  for (const name of method().settings) {
    if (name === 'style_image_weight' && !stylePicture()) continue;
    const input = $(INPUTS[name]);
    if (input.type === 'checkbox') { if (input.checked) form.append(name, '1'); }
    else if (input.value !== '') form.append(name, input.value);
  }
}

// A kept run's settings back in the form (to run it again), changed as asked.
export function takeSettings(run, change = {}) {
  if (![...$('method').options].some(o => o.value === run.method)) return false;
  $('method').value = run.method;
  if (run.preset) $('preset').value = run.preset;
  $('seed').value = change.seed != null ? change.seed : run.seed;
  $('steps').value = run.steps || '';
  showMethod();
  return true;
}
