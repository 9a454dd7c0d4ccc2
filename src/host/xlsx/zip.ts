// A small reader of a zip's central directory (APPNOTE.TXT §4.3.12–4.3.16, zip64 §4.3.14–4.3.15):
// the names and declared sizes of the entries, read before anything is inflated, so the budgets
// can refuse a zip bomb before the parser sees it; and one entry inflated under a byte ceiling
// (a size that lies in the directory is caught by the ceiling, not believed).
import * as zlib from "zlib";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is reported as is. */
  method: number;
  compressedSize: number;
  /** Declared uncompressed size. */
  size: number;
  crc: number;
  localOffset: number;
}

/** Not a zip, or a zip whose directory is damaged. */
export class ZipFormatError extends Error {}

/** More entries than the caller accepts (their count, read from the end record). */
export class ZipTooManyEntries extends Error {
  constructor(readonly count: number) {
    super(`${count} entries`);
  }
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;

/** The entries of the central directory, in directory order. */
export function centralDirectory(buf: Buffer, maxEntries = Number.MAX_SAFE_INTEGER): ZipEntry[] {
  // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535 bytes).
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--)
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== EOCD64_LOCATOR)
      throw new ZipFormatError("zip64 locator missing");
    const off = Number(buf.readBigUInt64LE(loc + 8));
    if (off < 0 || off + 56 > buf.length || buf.readUInt32LE(off) !== EOCD64)
      throw new ZipFormatError("zip64 end record missing");
    count = Number(buf.readBigUInt64LE(off + 32));
    cdSize = Number(buf.readBigUInt64LE(off + 40));
    cdOffset = Number(buf.readBigUInt64LE(off + 48));
  }
  if (cdOffset + cdSize > buf.length) throw new ZipFormatError("central directory out of the file");
  if (count > maxEntries) throw new ZipTooManyEntries(count);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH)
      throw new ZipFormatError("bad central directory header");
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    // zip64 extended information (§4.5.3): the fields that are 0xFFFFFFFF, in this order.
    let e = p + 46 + nameLen;
    const end = e + extraLen;
    while (e + 4 <= end) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) {
          size = Number(buf.readBigUInt64LE(q));
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = Number(buf.readBigUInt64LE(q));
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + len)
          localOffset = Number(buf.readBigUInt64LE(q));
      }
      e += 4 + len;
    }
    entries.push({ name, method, compressedSize, size, crc, localOffset });
    p = end + commentLen;
  }
  return entries;
}

/** The compressed bytes of an entry (after its local header). */
function rawData(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (p < 0 || p + 30 > buf.length || buf.readUInt32LE(p) !== LFH)
    throw new ZipFormatError(`bad local header: ${entry.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + entry.compressedSize > buf.length)
    throw new ZipFormatError(`entry out of the file: ${entry.name}`);
  return buf.subarray(start, start + entry.compressedSize);
}

/** The entry's bytes, or `null` when they would exceed `maxBytes` (whatever the directory declares). */
export function inflateEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer | null {
  const raw = rawData(buf, entry);
  if (entry.method === 0) return raw.length > maxBytes ? null : raw;
  if (entry.method !== 8)
    throw new ZipFormatError(`compression method ${entry.method}: ${entry.name}`);
  try {
    return zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw new ZipFormatError(`inflate failed: ${entry.name}`);
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A zip we wrote, checked as a reader would: every entry inflates to its declared size and CRC,
 * and every name of `required` is present. Returns the first problem, or null.
 */
export function verifyZip(buf: Buffer, required: string[]): string | null {
  let entries: ZipEntry[];
  try {
    entries = centralDirectory(buf);
  } catch (e) {
    return (e as Error).message;
  }
  const names = new Set(entries.map((e) => e.name));
  for (const r of required) if (!names.has(r)) return `missing part ${r}`;
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    let data: Buffer | null;
    try {
      data = inflateEntry(buf, e, e.size);
    } catch (err) {
      return (err as Error).message;
    }
    if (!data || data.length !== e.size) return `size mismatch: ${e.name}`;
    if (crc32(data) !== e.crc) return `CRC mismatch: ${e.name}`;
  }
  return null;
}
