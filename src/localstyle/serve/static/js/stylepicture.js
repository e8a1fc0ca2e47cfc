// The style picture: a painting whose style a job applies in place of the instruction's style words (LEAST
// mixes the words back in below weight 1; RegionRoute routes the picture to its adapters). It has its own
// drop target beside the chips, since a drop or paste anywhere else is a new photo (photo.js): a drop on
// the box, a paste while the box has the focus, or the file picker. Each job sends it as `style_image`.
import { $, emit, fail, method, on, state } from './state.js';

const offered = () => Boolean(method().style_image);
const mixes = () => method().settings.includes('style_image_weight');

// The picture alone is the style (the chips and style words are then not used): RegionRoute, or weight 1.
export function pictureAlone() { return !mixes() || Number($('styleWeight').value) >= 1; }

// The picture that goes with a job (none for a method that takes none).
export function stylePicture() { return offered() ? state.stylePicture : null; }

function take(file, name) {
  if (!file || !/^image\//.test(file.type || '')) return fail('that is not an image: give a picture for the style');
  const limit = state.config.upload_mb * 1048576;
  if (file.size > limit) {
    return fail('the style picture is ' + (file.size / 1048576).toFixed(1) + ' MiB; this server takes up to ' +
      state.config.upload_mb + ' MiB');
  }
  fail('');
  if (state.stylePicture) URL.revokeObjectURL(state.stylePicture.url);
  state.stylePicture = { blob: file, name, url: URL.createObjectURL(file) };
  show();
}

function remove() {
  if (state.stylePicture) URL.revokeObjectURL(state.stylePicture.url);
  state.stylePicture = null;
  show();
  $('styleChoose').focus();  // the Remove button is gone; the picker is back
}

function show() {
  const picture = state.stylePicture;
  $('styleChosen').hidden = !picture;
  $('styleOffer').hidden = Boolean(picture);  // room for Stylise: another picture replaces it by drop or paste
  $('styleDrop').classList.toggle('chosen', Boolean(picture));
  if (picture) { $('styleThumb').src = picture.url; $('styleName').textContent = picture.name; }
  else $('styleThumb').removeAttribute('src');
  explain();
  emit('style-picture');
}

// What the picture does with this method, and whether the chips still count.
function explain() {
  $('styleDrop').hidden = !offered();
  $('styleWeightShown').textContent = Number($('styleWeight').value).toFixed(2);
  const picture = stylePicture(), alone = picture && pictureAlone();
  $('chips').classList.toggle('unused', Boolean(alone));
  $('styleNote').textContent = !picture ? '' : !mixes() ? method().style_image_about : alone
    ? 'Weight 1: the picture alone; the chips\' words are not used.'
    : 'Mixed with the instruction\'s style words: each edit needs some.';
}

// The job's picture (its weight is a setting: settings.js sends it with the picture only).
export function addPicture(form) {
  const picture = stylePicture();
  if (picture) form.append('style_image', picture.blob, picture.name);
}

export function setUpStylePicture() {
  const box = $('styleDrop'), withFiles = e => [...e.dataTransfer.types].includes('Files');
  $('styleChoose').onclick = () => $('styleFile').click();
  $('styleFile').onchange = () => {
    const file = $('styleFile').files[0];
    if (file) take(file, file.name);
    $('styleFile').value = '';  // the same file chosen again after Remove is a change too
  };
  // Drops and pastes here stop here: the page's own handlers (photo.js) would take them as the photo.
  box.addEventListener('dragover', e => {
    if (!withFiles(e)) return;
    e.preventDefault(); e.stopPropagation();
    box.classList.add('dragging'); $('workspace').classList.remove('dragging');
  });
  box.addEventListener('dragleave', () => box.classList.remove('dragging'));
  box.addEventListener('drop', e => {
    if (!withFiles(e)) return;
    e.preventDefault(); e.stopPropagation();
    box.classList.remove('dragging'); $('workspace').classList.remove('dragging');
    const file = [...e.dataTransfer.files].find(f => /^image\//.test(f.type));
    if (file) take(file, file.name); else fail('drop an image file for the style (JPEG, PNG, WebP...)');
  });
  box.addEventListener('paste', e => {
    const item = [...(e.clipboardData ? e.clipboardData.items : [])].find(i => i.kind === 'file' && /^image\//.test(i.type));
    if (!item) return;
    e.preventDefault(); e.stopPropagation();
    take(item.getAsFile(), 'pasted picture');
  });
  $('styleRemove').onclick = remove;
  $('styleRemove').setAttribute('aria-label', 'remove the style picture');
  $('styleWeight').oninput = () => { explain(); emit('style-picture'); };
  on('method', explain);  // settings.js says the first method as it starts
}
