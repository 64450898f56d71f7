// Photo check: reads the photo's hidden details and makes a cleaned copy, all in this browser.
// Nothing here sends the photo anywhere: no fetch, no form, no upload.
import { readPhotoDetails } from './exif.js';

const tool = document.getElementById('photo-tool');
const input = document.getElementById('photo-file');
const result = document.getElementById('photo-result');
const text = tool.dataset;
let cleanedUrl = null;
tool.hidden = false;
document.getElementById('photo-nojs').hidden = true;

function el(name, content, className) {
  const node = document.createElement(name);
  if (content !== undefined) node.textContent = content;
  if (className) node.className = className;
  return node;
}

function describe(details) {
  const rows = [];
  if ('latitude' in details) {
    const place = `${details.latitude.toFixed(5)}, ${details.longitude.toFixed(5)}`;
    rows.push([text.gps, place, text.gpsWhy, 'gps']);
  }
  if (details.date) rows.push([text.date, details.date.replace(/^(\d{4}):(\d{2}):(\d{2})/, '$1-$2-$3'), null, 'date']);
  const device = [details.make, details.model].filter(Boolean).join(' ');
  if (device) rows.push([text.device, device, null, 'device']);
  return rows;
}

async function cleanedCopy(file) {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 4096 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode'))), type, 0.92));
}

input.addEventListener('change', async () => {
  const file = input.files[0];
  result.replaceChildren();
  if (cleanedUrl) URL.revokeObjectURL(cleanedUrl);
  cleanedUrl = null;
  if (!file) return;

  const rows = describe(readPhotoDetails(await file.arrayBuffer()));
  result.append(el('p', rows.length ? text.found : text.nothing, rows.length ? 'warn' : null));
  if (rows.length) {
    const list = el('dl', undefined, 'photo-details');
    for (const [label, value, why, kind] of rows) {
      const dd = el('dd', value);
      dd.dataset.detail = kind;
      if (why) dd.append(el('small', why));
      list.append(el('dt', label), dd);
    }
    result.append(list);
  }

  let cleaned;
  try {
    cleaned = await cleanedCopy(file);
  } catch {
    result.replaceChildren(el('p', text.error, 'error'));
    return;
  }
  // Check the copy with the same reader before offering it.
  if (describe(readPhotoDetails(await cleaned.arrayBuffer())).length) return;
  cleanedUrl = URL.createObjectURL(cleaned);
  const link = el('a', text.download, 'button');
  link.href = cleanedUrl;
  link.download = `photo-cleaned.${cleaned.type === 'image/png' ? 'png' : 'jpg'}`;
  link.id = 'photo-download';
  result.append(el('p', text.cleaned, 'ok'), link);
});
