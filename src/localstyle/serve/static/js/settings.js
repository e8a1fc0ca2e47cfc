// The method and its settings, all as /api/config describes them: which methods this server offers, which
// settings each takes, the presets with their steps, and the server's defaults. A setting left empty is
// not sent, so the server's own value applies (the detector's own threshold, the preset's steps).
import { $, el, emit, method, state } from './state.js';

const INPUTS = { preset: 'preset', steps: 'steps', seed: 'seed', box_threshold: 'boxThreshold', guidance: 'guidance',
  keep_background: 'keepBackground' };

export function setUpSettings() {
  const { methods, presets, settings } = state.config;
  $('method').replaceChildren(...methods.map(m => el('option', { value: m.name, textContent: m.label })));
  const presetOption = p => el('option', { value: p.name, textContent: `${p.name} (${p.steps} steps)` });
  $('preset').replaceChildren(...presets.map(presetOption));
  for (const [name, id] of Object.entries(INPUTS)) {
    const input = $(id), setting = settings[name];
    input.closest('label').title = setting.help;
    if (input.type === 'checkbox') input.checked = Boolean(setting.default);
    else if (setting.default != null) input.value = setting.default;
  }
  $('method').onchange = showMethod;
  $('preset').onchange = showSteps;
  showMethod();
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

// The chosen method's settings as request fields; empty ones are left to the server.
export function addSettings(form) {
  form.append('method', method().name);
  for (const name of method().settings) {
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
