// The charset of a one-stop system's HTML export, from its bytes: a BOM, UTF-16 without a BOM
// (every other byte of the ASCII markup is 0), the <meta> tag, or the content itself (UTF-8 when
// the bytes are valid UTF-8, else a legacy Windows code page). Browser-safe: TextDecoder only.

/** The charset of an HTML file's bytes (a TextDecoder label). */
export function htmlCharset(buf: Uint8Array): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return "utf-8";
  if (buf[0] === 0xff && buf[1] === 0xfe) return "utf-16le";
  if (buf[0] === 0xfe && buf[1] === 0xff) return "utf-16be";
  const n = Math.min(buf.length, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  if (oddZeros > n / 4 && evenZeros === 0) return "utf-16le";
  if (evenZeros > n / 4 && oddZeros === 0) return "utf-16be";
  const head = latin1(buf.subarray(0, 4096));
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  if (meta) {
    const label = meta[1].toLowerCase();
    // A page that says UTF-16 but reached us as ASCII-compatible bytes is UTF-8 (as browsers do).
    if (!label.startsWith("utf-16") && supported(label)) return label;
  }
  if (validUtf8(buf)) return "utf-8";
  // Old pages: legacy-font text (.VnTime, VNI-Times) is Windows-1252 bytes; otherwise Vietnamese Windows.
  return /face\s*=\s*["']?\s*(\.vn|vni)|font-family\s*:\s*["']?\s*(\.vn|vni)/i.test(head)
    ? "windows-1252"
    : "windows-1258";
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function validUtf8(buf: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** The HTML file as text (BOM dropped). */
export function decodeHtml(buf: Uint8Array): string {
  const text = new TextDecoder(htmlCharset(buf)).decode(buf);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Whether a file's first bytes are an HTML page (NULs dropped: a UTF-16 page has one between the
 * characters of its ASCII markup). Here, without the parser, so that a file picker can tell an
 * export before loading the reader.
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 2048); i++)
    if (bytes[i] !== 0) head += String.fromCharCode(bytes[i]);
  return /<(html|table|!doctype html)/i.test(head);
}
