// Reads what a photo reveals — GPS position, date, device — from its EXIF block (JPEG APP1, PNG eXIf,
// WebP EXIF), in the browser. Hand-written and small on purpose: the photo never leaves the device.
const TAGS = { make: 0x010f, model: 0x0110, dateTime: 0x0132, exifIfd: 0x8769, gpsIfd: 0x8825, dateTaken: 0x9003 };
const SIZES = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

function ascii(view, at, length) {
  let s = '';
  for (let i = 0; i < length && at + i < view.byteLength; i++) s += String.fromCharCode(view.getUint8(at + i));
  return s;
}

// Where the TIFF structure of the EXIF block starts and ends, or null.
function findTiff(view) {
  const size = view.byteLength;
  if (size >= 4 && view.getUint16(0) === 0xffd8) {
    for (let p = 2; p + 4 <= size;) {
      if (view.getUint8(p) !== 0xff) return null;
      const marker = view.getUint8(p + 1);
      if (marker === 0xff) { p++; continue; }
      if (marker === 0xd9 || marker === 0xda) return null;
      if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { p += 2; continue; }
      const length = view.getUint16(p + 2);
      if (marker === 0xe1 && ascii(view, p + 4, 6) === 'Exif\0\0') return { start: p + 10, end: Math.min(size, p + 2 + length) };
      p += 2 + length;
    }
    return null;
  }
  if (size >= 8 && ascii(view, 1, 3) === 'PNG') {
    for (let p = 8; p + 8 <= size;) {
      const length = view.getUint32(p);
      const type = ascii(view, p + 4, 4);
      if (type === 'eXIf') return { start: p + 8, end: Math.min(size, p + 8 + length) };
      if (type === 'IEND') return null;
      p += 12 + length;
    }
    return null;
  }
  if (size >= 12 && ascii(view, 0, 4) === 'RIFF' && ascii(view, 8, 4) === 'WEBP') {
    for (let p = 12; p + 8 <= size;) {
      const length = view.getUint32(p + 4, true);
      if (ascii(view, p, 4) === 'EXIF') {
        const start = ascii(view, p + 8, 6) === 'Exif\0\0' ? p + 14 : p + 8;
        return { start, end: Math.min(size, p + 8 + length) };
      }
      p += 8 + length + (length & 1);
    }
  }
  return null;
}

function readTiff(view, start, end) {
  const order = view.getUint16(start);
  if (order !== 0x4949 && order !== 0x4d4d) return {};
  const little = order === 0x4949;
  const at = (offset, bytes) => {
    if (offset < 0 || start + offset + bytes > end) throw new RangeError('outside the EXIF block');
    return start + offset;
  };
  const u16 = (o) => view.getUint16(at(o, 2), little);
  const u32 = (o) => view.getUint32(at(o, 4), little);
  if (u16(2) !== 42) return {};

  // An IFD as a map from tag to { type, count, offset of its value }.
  const ifd = (offset) => {
    const entries = new Map();
    const count = u16(offset);
    for (let i = 0; i < count && i < 500; i++) {
      const e = offset + 2 + i * 12;
      const type = u16(e + 2);
      const n = u32(e + 4);
      const bytes = (SIZES[type] || 1) * n;
      entries.set(u16(e), { type, n, value: bytes <= 4 ? e + 8 : u32(e + 8) });
    }
    return entries;
  };
  const text = (entries, tag) => {
    const e = entries.get(tag);
    if (!e || e.type !== 2) return undefined;
    const s = ascii(view, at(e.value, e.n), e.n).replace(/\0+$/, '').trim();
    return s || undefined;
  };
  const rationals = (entries, tag) => {
    const e = entries.get(tag);
    if (!e || e.type !== 5 || e.n < 3) return undefined;
    return [0, 1, 2].map((i) => u32(e.value + i * 8) / u32(e.value + i * 8 + 4));
  };
  const pointer = (entries, tag) => {
    const e = entries.get(tag);
    return e && (e.type === 4 || e.type === 13) ? u32(e.value) : undefined;
  };

  const main = ifd(u32(4));
  const details = { make: text(main, TAGS.make), model: text(main, TAGS.model), date: text(main, TAGS.dateTime) };
  const exifAt = pointer(main, TAGS.exifIfd);
  if (exifAt !== undefined) details.date = text(ifd(exifAt), TAGS.dateTaken) ?? details.date;
  const gpsAt = pointer(main, TAGS.gpsIfd);
  if (gpsAt !== undefined) {
    const gps = ifd(gpsAt);
    const degrees = (dms) => (dms ? dms[0] + dms[1] / 60 + dms[2] / 3600 : NaN);
    const latitude = degrees(rationals(gps, 2)) * (text(gps, 1) === 'S' ? -1 : 1);
    const longitude = degrees(rationals(gps, 4)) * (text(gps, 3) === 'W' ? -1 : 1);
    if (Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
      details.latitude = latitude;
      details.longitude = longitude;
    }
  }
  for (const key of Object.keys(details)) if (details[key] === undefined) delete details[key];
  return details;
}

/** { latitude, longitude, date, make, model }: only what the photo carries; {} when it carries nothing readable. */
export function readPhotoDetails(buffer) {
  const view = new DataView(buffer);
  try {
    const tiff = findTiff(view);
    return tiff ? readTiff(view, tiff.start, tiff.end) : {};
  } catch {
    return {};
  }
}
