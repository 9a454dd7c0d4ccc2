#!/usr/bin/env node
// Generates the add-in's PNG icons into assets/ with plain node: shapes are drawn
// as signed distance fields (anti-aliased by a one-pixel ramp), then encoded by a
// small PNG writer (RGBA, 8 bits, zlib from node). No npm dependencies.
//
//   node scripts/make-icons.js            writes assets/*.png
//   node scripts/make-icons.js --check    exits 1 if a committed icon differs
//
// Designs (all on a rounded square with a vertical gradient, white glyph):
//   icon-*    green, check mark       (app icon, group icon, "Kiểm tra" button)
//   report-*  blue, page with lines   ("Tạo báo cáo")
//   pane-*    teal, table grid        ("Bảng điều khiển")
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// ---------------------------------------------------------------- PNG writer

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encode straight (non-premultiplied) RGBA pixels as a PNG file. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  // Each scanline starts with its filter type; 0 (None) keeps the writer simple
  // and is plenty for icons this small.
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ------------------------------------------------------- distance functions
// Coordinates are in pixels; a distance < 0 is inside the shape.

function sdRoundedRect(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(px - cx) - hx;
  const qy = Math.abs(py - cy) - hy;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

function sdSegment(px, py, ax, ay, bx, by, halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy)) - halfWidth;
}

function sdPolyline(px, py, points, halfWidth) {
  let d = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    d = Math.min(d, sdSegment(px, py, ax, ay, bx, by, halfWidth));
  }
  return d;
}

/** A rounded box whose edges are snapped to whole pixels (crisp at 16 px). */
function sdBox(px, py, x0, y0, x1, y1, r) {
  return sdRoundedRect(px, py, Math.round(x0), Math.round(y0), Math.round(x1), Math.round(y1), r);
}

/** Coverage of a pixel centre at distance d: a one-pixel linear ramp. */
function coverage(d) {
  return Math.max(0, Math.min(1, 0.5 - d));
}

// ------------------------------------------------------------------ drawing

function hex(color) {
  const n = parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a, b, t) {
  return [0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t);
}

/**
 * Render one icon. `glyph(px, py, s)` returns the distance to the white glyph
 * (in pixels) for an icon of size s; `ink(px, py, s)` optionally returns the
 * distance to details drawn in the tile colour on top of the glyph.
 */
function renderIcon(size, design) {
  const rgba = Buffer.alloc(size * size * 4);
  const top = hex(design.top);
  const bottom = hex(design.bottom);
  const white = [255, 255, 255];
  // Small icons get a thinner margin so the tile stays as large as possible.
  const margin = size <= 16 ? 0.5 : size * 0.04;
  const radius = size * 0.2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const tile = coverage(
        sdRoundedRect(px, py, margin, margin, size - margin, size - margin, radius)
      );
      if (tile === 0) continue;
      let color = mix(top, bottom, py / size);
      const tileColor = color;
      const g = coverage(design.glyph(px, py, size));
      color = mix(color, white, g);
      if (design.ink) {
        const k = coverage(design.ink(px, py, size)) * g;
        color = mix(color, tileColor, k);
      }
      const i = (y * size + x) * 4;
      rgba[i] = Math.round(color[0]);
      rgba[i + 1] = Math.round(color[1]);
      rgba[i + 2] = Math.round(color[2]);
      rgba[i + 3] = Math.round(tile * 255);
    }
  }
  return encodePng(size, size, rgba);
}

/** Stroke width in pixels: proportional, but never thinner than ~1.6 px. */
function stroke(size, fraction) {
  return Math.max(1.6, size * fraction);
}

const DESIGNS = {
  icon: {
    // Excel-like greens.
    top: "#2ea86b",
    bottom: "#107c41",
    glyph(px, py, s) {
      const pts = [
        [0.27 * s, 0.52 * s],
        [0.43 * s, 0.68 * s],
        [0.74 * s, 0.35 * s],
      ];
      return sdPolyline(px, py, pts, stroke(s, 0.115) / 2);
    },
  },
  report: {
    top: "#3b8ee0",
    bottom: "#1a5cb0",
    glyph(px, py, s) {
      // A page, its edges on whole pixels so small sizes stay crisp.
      return sdBox(px, py, 0.27 * s, 0.17 * s, 0.73 * s, 0.83 * s, s <= 16 ? 0 : 0.05 * s);
    },
    ink(px, py, s) {
      // Three text lines on the page, the last one shorter.
      const h = Math.max(1, Math.round(s * 0.07));
      const x0 = 0.36 * s;
      const lines = [
        [0.36, 0.64],
        [0.5, 0.64],
        [0.64, 0.55],
      ];
      let d = Infinity;
      for (const [y, x1] of lines)
        d = Math.min(d, sdBox(px, py, x0, y * s - h / 2, x1 * s, y * s + h / 2, 0));
      return d;
    },
  },
  pane: {
    top: "#17a3a0",
    bottom: "#0b6a6e",
    glyph(px, py, s) {
      // A table: outline, a filled header band, one column rule and one row rule.
      const w = Math.max(1, Math.round(s * 0.07));
      const x0 = 0.2 * s;
      const x1 = 0.8 * s;
      const y0 = 0.24 * s;
      const y1 = 0.76 * s;
      const r = s <= 16 ? 0 : 0.04 * s;
      const outer = sdBox(px, py, x0, y0, x1, y1, r);
      const inner = sdBox(px, py, x0 + w, y0 + w, x1 - w, y1 - w, 0);
      const frame = Math.max(outer, -inner);
      const header = sdBox(px, py, x0, y0, x1, 0.42 * s, r);
      const rowRule = sdBox(px, py, x0, 0.59 * s - w / 2, x1, 0.59 * s + w / 2, 0);
      const colRule = sdBox(px, py, 0.42 * s - w / 2, y0, 0.42 * s + w / 2, y1, 0);
      return Math.min(frame, header, rowRule, colRule);
    },
  },
};

const OUTPUTS = [
  ["icon", [16, 32, 64, 80]],
  ["report", [16, 32, 80]],
  ["pane", [16, 32, 80]],
];

function main() {
  const check = process.argv.includes("--check");
  const outDir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  let stale = 0;
  for (const [name, sizes] of OUTPUTS) {
    for (const size of sizes) {
      const file = path.join(outDir, `${name}-${size}.png`);
      const png = renderIcon(size, DESIGNS[name]);
      if (check) {
        const same = fs.existsSync(file) && fs.readFileSync(file).equals(png);
        if (!same) {
          console.error(`stale: ${path.relative(process.cwd(), file)}`);
          stale++;
        }
      } else {
        fs.writeFileSync(file, png);
        console.log(`${path.relative(process.cwd(), file)}  ${png.length} bytes`);
      }
    }
  }
  if (check && stale > 0) {
    console.error(`${stale} icon(s) differ; run: node scripts/make-icons.js`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { encodePng, renderIcon };
