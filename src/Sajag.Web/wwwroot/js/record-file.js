// The safe record's file: its canonical text and SHA-256 fingerprint (Web Crypto), shared by export and verify.
export const FORMAT = 'sajag-record/1';
export const FIELDS = ['platform', 'username', 'profile', 'when', 'words', 'payment', 'images', 'done', 'other'];

// Fixed key order, so the same record always gives the same text and fingerprint.
export function canonical(made, record) {
  const ordered = {};
  for (const key of FIELDS) {
    const value = record[key];
    ordered[key] = key === 'done' ? (Array.isArray(value) ? value.map(String) : []) : String(value ?? '');
  }
  return JSON.stringify({ format: FORMAT, made: String(made), record: ordered });
}

export async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// 'ok', 'changed' or 'bad' (not a record file).
export async function verify(text) {
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    return { result: 'bad' };
  }
  if (!file || file.format !== FORMAT || typeof file.made !== 'string' || typeof file.sha256 !== 'string' || typeof file.record !== 'object' || !file.record) {
    return { result: 'bad' };
  }
  const hash = await sha256(canonical(file.made, file.record));
  return { result: hash === file.sha256.toLowerCase() ? 'ok' : 'changed', made: file.made };
}
