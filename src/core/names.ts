// Names the add-in gives to things it makes: new sheets that never take an existing name, and the
// report's ASCII file name. Pure; used by the Excel host and the CLI alike.
import { foldAscii } from "./text/normalize";

/** A name not yet used in the workbook (case-insensitive, as Excel compares): "Biểu 06a", "Biểu 06a (2)", … */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** ASCII-safe slug of Vietnamese text: "UBND phường Phú Sơn" → "ubnd-phuong-phu-son". */
export function slug(text: string): string {
  return foldAscii(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "bao-cao-<unit>-<period>.docx", ASCII only; the unit without its "UBND" prefix. */
export function reportFileName(unit: string | null, period: string | null): string {
  const u = slug(unit ?? "").replace(/^(ubnd|uy-ban-nhan-dan)-/, "");
  const p = slug(period ?? "");
  return ["bao-cao", u, p].filter((s) => s.length > 0).join("-") + ".docx";
}
