// The photo: taken from the file picker, a drop, a paste, an example or the history; uploaded once, and again
// by itself when the server no longer has it (restarted, or it kept only later uploads); kept in the browser
// (IndexedDB), so a reload brings it back as it was; shown on the stage at a size that fits the window.
import { ApiError, request } from './api.js';
import { $, emit, el, fail, loadImage, say, state } from './state.js';

const MAX_CANVAS = 1024;  // canvas pixels on the longer side; masks are kept at the photo's own size
let given = false;  // a photo came in since the page loaded: the last one is not brought back over it

// `restored`: a photo with a history (its newest run is shown); `reloaded`: the one brought back after a reload.
export async function usePhoto(blob, name, { restored = false, reloaded = false } = {}) {
  if (!reloaded) given = true;
  await state.configured;  // the limits, and every module listening for the photo
  if (!blob || !/^image\//.test(blob.type || 'image/')) return fail('that is not an image: drop or paste a photo');
  const limit = state.config.upload_mb * 1048576;
  if (blob.size > limit) {
    return fail('the photo is ' + (blob.size / 1048576).toFixed(1) + ' MiB; this server takes up to ' +
      state.config.upload_mb + ' MiB');
  }
  fail(''); say('uploading the photo...');
  try {
    const info = await upload(blob, name);
    const url = URL.createObjectURL(blob), image = await loadImage(url);
    if (state.photo) URL.revokeObjectURL(state.photo.url);
    state.photo = { ...info, blob, url, image, name: name || 'photo' };
    keep({ blob, name: state.photo.name, key: info.key });
    showPhoto();
    say('photo ' + info.width + ' x ' + info.height);
    emit('photo', { restored });
  } catch (error) { say(''); fail(error.message); }
}

async function upload(blob, name) {
  const form = new FormData();
  form.append('image', blob, name || 'photo');
  return (await request('api/photos', { method: 'POST', body: form })).json();
}

// `send(id)` with the photo's id on the server; when the server answers 404 (it has forgotten the photo, or
// it restarted), the photo is uploaded again and `send` runs once more with the new id.
export async function withPhoto(send) {
  try {
    return await send(state.photo.id);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    say('the server no longer had the photo: uploading it again...');
    state.photo.id = (await upload(state.photo.blob, state.photo.name)).id;
    return send(state.photo.id);
  }
}

function showPhoto() {
  const { width, height } = state.photo;
  state.scale = Math.min(1, MAX_CANVAS / Math.max(width, height));
  const pixels = [Math.round(width * state.scale), Math.round(height * state.scale)];
  for (const c of [$('photo'), $('draw')]) [c.width, c.height] = pixels;
  $('photo').getContext('2d').drawImage(state.photo.image, 0, 0, $('photo').width, $('photo').height);
  $('stage').hidden = false;
  $('stageHint').hidden = false;
  $('dropzone').classList.add('compact');
  $('photoName').textContent = state.photo.name;
  fitStage();
}

// The photo's size on the screen: within the column and the window's height, never enlarged. Both
// canvases get it, so a point under the pointer is the same on both.
export function fitStage() {
  if (!state.photo || $('stage').hidden) return;
  const { width, height } = state.photo, box = $('workspace');
  const room = box.clientWidth - parseFloat(getComputedStyle(box).paddingLeft) * 2;
  const top = $('stage').getBoundingClientRect().top + window.scrollY;
  const tall = Math.max(240, window.innerHeight - top - 60);
  const shown = Math.min(1, room / width, tall / height);
  const size = [Math.max(1, Math.floor(width * shown)) + 'px', Math.max(1, Math.floor(height * shown)) + 'px'];
  for (const c of [$('photo'), $('draw')]) {
    if (c.style.width !== size[0] || c.style.height !== size[1]) [c.style.width, c.style.height] = size;
  }
}

export function watchLayout() {
  new ResizeObserver(fitStage).observe($('workspace'));
  window.addEventListener('resize', fitStage);
}

// ---------------------------------------------------------------- kept in the browser across reloads
function database() {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('localstyle', 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('photos');
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

async function keep(record) {
  try {
    const db = await database();
    db.transaction('photos', 'readwrite').objectStore('photos').put(record, 'last');
  } catch (error) { /* private windows may refuse: the history still brings the photo back */ }
}

export function photoGiven() { return given; }

export async function keptPhoto() {
  try {
    const db = await database();
    return await new Promise(resolve => {
      const reading = db.transaction('photos').objectStore('photos').get('last');
      reading.onsuccess = () => resolve(reading.result || null);
      reading.onerror = () => resolve(null);
    });
  } catch (error) { return null; }
}

// ---------------------------------------------------------------- the ways a photo comes in
export function thumbButton(src, text, onclick) {
  return el('button', { type: 'button', className: 'thumb', title: text, 'aria-label': text, onclick },
    el('img', { src, alt: '' }));
}

export async function useUrl(url, name, options) {
  try { await usePhoto(await (await request(url)).blob(), name, options); } catch (error) { fail(error.message); }
}

export function takePhotos() {
  $('choose').onclick = () => $('file').click();
  $('file').onchange = () => { const file = $('file').files[0]; if (file) usePhoto(file, file.name); };
  // A photo dropped anywhere is taken (the browser would open it in place of the page); text dragged
  // within the page is left to the browser.
  const zone = $('workspace'), withFiles = e => [...e.dataTransfer.types].includes('Files');
  document.addEventListener('dragover', e => { if (withFiles(e)) { e.preventDefault(); zone.classList.add('dragging'); } });
  document.addEventListener('dragleave', e => { if (!e.relatedTarget) zone.classList.remove('dragging'); });
  document.addEventListener('drop', e => {
    if (!withFiles(e)) return;
    e.preventDefault(); zone.classList.remove('dragging');
    const file = [...e.dataTransfer.files].find(f => /^image\//.test(f.type));
    if (file) usePhoto(file, file.name); else fail('drop an image file (JPEG, PNG, WebP, TIFF...)');
  });
  document.addEventListener('paste', e => {
    const item = [...(e.clipboardData ? e.clipboardData.items : [])].find(i => i.kind === 'file' && /^image\//.test(i.type));
    if (!item) return;  // text pastes into the instruction as usual
    e.preventDefault(); usePhoto(item.getAsFile(), 'pasted image');
  });
}
