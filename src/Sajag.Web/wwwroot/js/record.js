// The safe record: kept in this browser's localStorage only, never sent. Export as a printable page or a
// JSON file with a SHA-256 of its contents and the time it was made; verify such a file.
import { FIELDS, canonical, sha256, verify } from './record-file.js';

const KEY = 'sajag-record';
const root = document.getElementById('record');
const text = root.dataset;
const status = document.getElementById('record-status');
const exportStatus = document.getElementById('record-export-status');
const inputs = [...root.querySelectorAll('[data-field]')];
const boxes = [...root.querySelectorAll('[data-done]')];
document.getElementById('record-nojs').hidden = true;

function read() {
  const record = {};
  for (const input of inputs) record[input.dataset.field] = input.value;
  record.done = boxes.filter((b) => b.checked).map((b) => b.dataset.done);
  return record;
}

function isEmpty(record) {
  return FIELDS.every((f) => (f === 'done' ? record.done.length === 0 : !record[f].trim()));
}

function show(record) {
  for (const input of inputs) input.value = record[input.dataset.field] ?? '';
  for (const box of boxes) box.checked = (record.done ?? []).includes(box.dataset.done);
}

function save() {
  const record = read();
  if (isEmpty(record)) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, JSON.stringify(record));
  status.textContent = text.saved;
}

try {
  const kept = localStorage.getItem(KEY);
  if (kept) show(JSON.parse(kept));
} catch {
  localStorage.removeItem(KEY);
}

root.addEventListener('input', save);
root.addEventListener('change', save);

document.getElementById('r-when-now').addEventListener('click', () => {
  const when = document.getElementById('r-when');
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  when.value = when.value.trim() ? `${when.value.replace(/\s+$/, '')}\n${stamp}` : stamp;
  save();
  when.focus();
});

document.getElementById('record-delete').addEventListener('click', () => {
  if (!confirm(text.confirm)) return;
  localStorage.removeItem(KEY);
  show({});
  document.getElementById('printable').hidden = true;
  status.textContent = text.deleted;
});

// The record as exported: made now, fingerprinted over format, time and contents.
async function exported() {
  const record = read();
  if (isEmpty(record)) {
    exportStatus.textContent = text.empty;
    return null;
  }
  exportStatus.textContent = '';
  const made = new Date().toISOString();
  const body = canonical(made, record);
  const file = JSON.parse(body);
  file.sha256 = await sha256(body);
  return file;
}

document.getElementById('record-print').addEventListener('click', async () => {
  const file = await exported();
  if (!file) return;
  const page = document.getElementById('printable');
  document.getElementById('p-made').textContent = file.made;
  document.getElementById('p-sha').textContent = file.sha256;
  for (const cell of page.querySelectorAll('[data-print]')) {
    const field = cell.dataset.print;
    cell.textContent = field === 'done'
      ? boxes.filter((b) => b.checked).map((b) => b.parentElement.textContent.trim()).join('; ')
      : file.record[field];
  }
  page.hidden = false;
  window.print();
});

document.getElementById('record-download').addEventListener('click', async () => {
  const file = await exported();
  if (!file) return;
  const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `sajag-record-${file.made.slice(0, 16).replace(/[:T]/g, '-')}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

document.getElementById('verify-file').addEventListener('change', async (event) => {
  const out = document.getElementById('verify-result');
  const chosen = event.target.files[0];
  if (!chosen) return;
  const { result, made } = await verify(chosen.size > 1_000_000 ? '' : await chosen.text());
  out.className = `status ${result}`;
  out.textContent = result === 'ok' ? `${text.ok} ${made}.` : text[result];
});

