// localstyle's web page (ES modules, no build step): regions as layers, one per edit, corrected with SAM
// clicks, brush and eraser; jobs followed through Server-Sent Events; every finished run kept per photo.
// This module starts the others with what the server offers (/api/config) and brings the last photo back.
import { ApiError, getJson, serverGone } from './api.js';
import { setUpHistory } from './history.js';
import { setUpInstruction, roving } from './instruction.js';
import { setUpJobs } from './jobs.js';
import { setUpLayers } from './layers.js';
import { keptPhoto, photoGiven, takePhotos, thumbButton, usePhoto, useUrl, watchLayout } from './photo.js';
import { setUpSettings } from './settings.js';
import { $, fail, on, state } from './state.js';
import { setUpStylePicture } from './stylepicture.js';
import { setUpTools } from './tools.js';
import { setUpViewer } from './viewer.js';

const LAST_PHOTO = 'localstyle.photo';  // {key, name} of the photo shown last, for when the browser kept no copy

function showOffer(config) {
  $('limitsText').textContent = 'Up to ' + +config.upload_mb.toFixed(1) + ' MiB and ' + +config.megapixels.toFixed(1) +
    ' megapixels; JPEG, PNG, WebP, TIFF.';
  $('examples').replaceChildren(...config.examples.map(name => thumbButton('api/examples/' + name + '/thumb.jpg',
    'example photo ' + name, () => useUrl('api/examples/' + name, name))));
  $('examplesBox').hidden = !config.examples.length;
  roving($('examples'));
}

async function showRecent() {
  const { photos } = await getJson('api/history');
  $('recent').replaceChildren(...photos.slice(0, 8).map(p => thumbButton('api/history/' + p.key + '/thumb.jpg',
    'recent photo ' + p.width + ' x ' + p.height + ', ' + p.runs + ' run(s)',
    () => useUrl('api/history/' + p.key + '/photo.png', 'photo ' + p.width + ' x ' + p.height, { restored: true }))));
  $('recentBox').hidden = !photos.length;
  roving($('recent'));
  return photos;
}

// The photo of before the reload: the browser's own copy (exactly as it was given), else the history's.
async function restorePhoto(photos) {
  const kept = await keptPhoto();
  if (photoGiven()) return;  // one chosen meanwhile wins
  if (kept) return usePhoto(kept.blob, kept.name, { restored: true, reloaded: true });
  let last = null;
  try { last = JSON.parse(localStorage.getItem(LAST_PHOTO)); } catch (error) { /* none */ }
  if (last && photos.some(p => p.key === last.key)) {
    await useUrl('api/history/' + last.key + '/photo.png', last.name, { restored: true, reloaded: true });
  }
}

// What the server offers; while it does not answer, api.js says so and this waits for it.
async function loadConfig() {
  for (;;) {
    try { return await getJson('api/config'); } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 0) throw error;
      await serverGone();
    }
  }
}

async function start() {
  try {
    state.config = await state.configured;
  } catch (error) { return fail('cannot start: ' + error.message); }
  showOffer(state.config);
  setUpInstruction();  // before the settings: these two follow the method they choose
  setUpStylePicture();
  setUpSettings();
  setUpTools();
  setUpLayers();
  setUpJobs();
  setUpHistory();
  setUpViewer();
  watchLayout();
  on('photo', () => localStorage.setItem(LAST_PHOTO, JSON.stringify({ key: state.photo.key, name: state.photo.name })));
  const photos = await showRecent();
  await restorePhoto(photos);
  document.body.dataset.ready = 'true';
}

window.localstyle = { state };  // for the browser's console (and the page's tests)
state.configured = loadConfig();
takePhotos();  // at once: a photo given before the server's answer waits for it (photo.js)
start();
