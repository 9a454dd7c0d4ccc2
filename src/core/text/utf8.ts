// UTF-8 length of a string, as Office.js payloads are measured (the fake Excel's limits, the host's
// read and write planning). One copy for all three.

/** UTF-8 length of a string (what travels over the wire), without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
