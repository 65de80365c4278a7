/**
 * A raw-DEFLATE compressor and CRC-32 (ISO 3309, as zip uses), handed in by the caller: main
 * gives Node's native zlib (main/export/deflate.ts), so app/ stays pure, as the Word reader is
 * given its inflater.
 */
export interface Deflater {
  /** `data` compressed as raw DEFLATE (RFC 1951, no zlib header). */
  deflateRaw(data: Uint8Array): Uint8Array;
  /** CRC-32 of `data`, unsigned. */
  crc32(data: Uint8Array): number;
}

/** MS-DOS date of 1 January 2026 and time 00:00:00: fixed, so equal input gives equal bytes. */
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

const ascii = new TextEncoder();

/**
 * Writes a zip (PKWARE APPNOTE 6.3: local headers, central directory, end record; no zip64, no
 * data descriptors) of `files` in their order, each deflated by `deflater` (method 8), dated
 * 2026-01-01 00:00. Names are part names (ASCII, as OPC's are). Throws a RangeError when the
 * package reaches 4 GiB or 65,535 files (never for a .docx of a briefing).
 */
export function zipFiles(files: Array<[name: string, data: Uint8Array]>, deflater: Deflater): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = ascii.encode(name);
    const compressed = deflater.deflateRaw(data);
    const crc = deflater.crc32(data) >>> 0;
    const local = new Uint8Array(30 + nameBytes.length);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(8, 8, true);
    view.setUint16(10, DOS_TIME, true);
    view.setUint16(12, DOS_DATE, true);
    view.setUint32(14, crc, true);
    view.setUint32(18, compressed.length, true);
    view.setUint32(22, data.length, true);
    view.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const entry = new Uint8Array(46 + nameBytes.length);
    const cd = new DataView(entry.buffer);
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, 8, true);
    cd.setUint16(12, DOS_TIME, true);
    cd.setUint16(14, DOS_DATE, true);
    cd.setUint32(16, crc, true);
    cd.setUint32(20, compressed.length, true);
    cd.setUint32(24, data.length, true);
    cd.setUint16(28, nameBytes.length, true);
    cd.setUint32(42, offset, true);
    entry.set(nameBytes, 46);
    chunks.push(local, compressed);
    central.push(entry);
    offset += local.length + compressed.length;
  }
  const centralSize = central.reduce((sum, entry) => sum + entry.length, 0);
  if (offset + centralSize >= 2 ** 32 || files.length >= 0xffff) throw new RangeError('zip: package too large');
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, files.length, true);
  view.setUint16(10, files.length, true);
  view.setUint32(12, centralSize, true);
  view.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const chunk of [...chunks, ...central, end]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
