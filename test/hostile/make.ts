// Generators of the hostile corpus, at test time, each file small on disk: a zip writer that
// can declare any size (to lie, or to carry a deflate stream of gigabytes of spaces), and
// Biểu 06a workbooks patched at the XML level (merges, sheet parts).
import * as fs from "fs";
import * as zlib from "zlib";
import { centralDirectory, crc32, inflateEntry } from "../../src/host/xlsx/zip";
import { build06a, Build06aOptions, ROWS_OK, RowSpec } from "../helpers/form06a";
import { workbookOf } from "../helpers/xlsx";

export interface Part {
  name: string;
  /** Deflated bytes; `size`/`crc` are what the directory declares. */
  deflated: Buffer;
  size: number;
  crc: number;
  /** 0: stored (uncompressed, as an ODF "mimetype" must be); default 8, deflated. */
  method?: 0 | 8;
}

export function part(name: string, data: Buffer | string, stored = false): Part {
  const b = Buffer.isBuffer(data) ? data : Buffer.from(data, "utf8");
  return stored
    ? { name, deflated: b, size: b.length, crc: crc32(b), method: 0 }
    : { name, deflated: zlib.deflateRawSync(b), size: b.length, crc: crc32(b) };
}

/** A zip of the parts (deflate, no zip64: sizes below 4 GB). */
export function zipOf(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6);
    lh.writeUInt16LE(p.method ?? 8, 8);
    lh.writeUInt32LE(p.crc >>> 0, 14);
    lh.writeUInt32LE(p.deflated.length, 18);
    lh.writeUInt32LE(p.size >>> 0, 22);
    lh.writeUInt16LE(name.length, 26);
    locals.push(lh, name, p.deflated);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(p.method ?? 8, 10);
    ch.writeUInt32LE(p.crc >>> 0, 16);
    ch.writeUInt32LE(p.deflated.length, 20);
    ch.writeUInt32LE(p.size >>> 0, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The parts of an .xlsx file, inflated. */
export function partsOf(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of centralDirectory(buf))
    if (!e.name.endsWith("/")) out.set(e.name, inflateEntry(buf, e, 1 << 30) as Buffer);
  return out;
}

export function zipOfMap(parts: Map<string, Buffer | string>): Buffer {
  return zipOf([...parts].map(([n, d]) => part(n, d)));
}

/**
 * A deflate stream of `head`, then `bytes` spaces, then `tail` (a well-formed XML part of any
 * size): a few hundred KB for gigabytes. Its CRC is not computed (0): the reader must refuse the
 * part from its declared size, before inflating it.
 */
export async function bigPart(
  name: string,
  head: string,
  bytes: number,
  tail: string
): Promise<Part> {
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const d = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on("data", (b: Buffer) => out.push(b));
  const done = new Promise<void>((res) => d.on("end", () => res()));
  d.write(head);
  for (let left = bytes; left > 0; left -= chunk.length) {
    if (!d.write(left >= chunk.length ? chunk : chunk.subarray(0, left)))
      await new Promise((r) => d.once("drain", r));
  }
  d.end(tail);
  await done;
  return {
    name,
    deflated: Buffer.concat(out),
    size: Buffer.byteLength(head) + bytes + Buffer.byteLength(tail),
    crc: 0,
  };
}

/** A Biểu 06a .xlsx (the test helper's builder), as bytes. */
export async function form06aXlsx(
  rows: RowSpec[] = ROWS_OK,
  o: Build06aOptions = {}
): Promise<Buffer> {
  const b = build06a(rows, o);
  return Buffer.from(await workbookOf(b.wb).xlsx.writeBuffer());
}

/** Replace the <mergeCells> of a sheet part (or add them before </worksheet>). */
export function withMerges(xml: string, refs: string[], keepExisting = true): string {
  const existing = keepExisting
    ? [...xml.matchAll(/<mergeCell ref="([^"]+)"\/>/g)].map((m) => m[1])
    : [];
  const all = [...existing, ...refs];
  const block = `<mergeCells count="${all.length}">${all.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
  const stripped = xml.replace(/<mergeCells[^>]*>.*?<\/mergeCells>/s, "");
  // mergeCells goes after sheetData (and sheetProtection etc.), before pageMargins.
  return stripped.includes("<pageMargins")
    ? stripped.replace("<pageMargins", block + "<pageMargins")
    : stripped.replace("</worksheet>", block + "</worksheet>");
}

export function writeFile(file: string, buf: Buffer): string {
  fs.writeFileSync(file, buf);
  return file;
}
