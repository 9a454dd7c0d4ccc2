// Number parsing (counts as clerks type them) and Vietnamese number/date formatting.

export type CountParse =
  | { kind: "count"; value: number; asText: boolean; grouped?: boolean }
  | { kind: "blank" }
  | {
      kind: "invalid";
      reason: "negative" | "fraction" | "thousands" | "text" | "date" | "bool";
      value?: number;
    };

/** Spaces clerks and exports put between digit groups: space, no-break, narrow no-break, thin, figure. */
const GROUP_SPACES = /[\u00a0\u202f\u2009\u2007]/g;
/** Whole numbers with thousands separators as text: "1.234", "12.345.678", "1 234" (one kind of separator). */
const GROUPED = /^[1-9]\d{0,2}(?:(?:\.\d{3})+|(?: \d{3})+)$/;
/** "1,234": a comma between groups of three, the English thousands separator or a Vietnamese decimal comma. */
const COMMA_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+$/;

/**
 * Reads a value as a dossier count. Numbers must be whole and >= 0. Text "31" is a count
 * (asText); so is text with thousands separators, "1.234", "1 234" (also with a no-break space)
 * or "12.345.678" (asText and grouped: worth a warning). "1,5", "1.5" and 1.5 are fractions;
 * "1,234" is ambiguous (English grouping or a decimal comma) and reported as "thousands".
 */
export function parseCount(v: unknown): CountParse {
  if (v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid", reason: "text" };
    if (v < 0) return { kind: "invalid", reason: "negative", value: v };
    if (!Number.isInteger(v)) return { kind: "invalid", reason: "fraction", value: v };
    return { kind: "count", value: v, asText: false };
  }
  if (typeof v === "boolean") return { kind: "invalid", reason: "bool" };
  if (v instanceof Date) return { kind: "invalid", reason: "date" };
  if (typeof v === "string") {
    const s = v.normalize("NFC").replace(GROUP_SPACES, " ").trim();
    if (s === "") return { kind: "blank" };
    if (/^\d+$/.test(s)) return { kind: "count", value: parseInt(s, 10), asText: true };
    if (GROUPED.test(s))
      return {
        kind: "count",
        value: parseInt(s.replace(/[. ]/g, ""), 10),
        asText: true,
        grouped: true,
      };
    if (/^-\s*\d+([.,]\d+)?$/.test(s))
      return {
        kind: "invalid",
        reason: "negative",
        value: Number(s.replace(/\s/g, "").replace(",", ".")),
      };
    if (/^-\s*\S/.test(s)) {
      const rest = parseCount(s.replace(/^-\s*/, ""));
      if (rest.kind === "count") return { kind: "invalid", reason: "negative", value: -rest.value };
    }
    if (COMMA_GROUPED.test(s))
      return { kind: "invalid", reason: "thousands", value: Number(s.replace(/,/g, "")) };
    if (/^\d+[.,]\d+$/.test(s))
      return { kind: "invalid", reason: "fraction", value: Number(s.replace(",", ".")) };
    return { kind: "invalid", reason: "text" };
  }
  return { kind: "invalid", reason: "text" };
}

/** Vietnamese number: thousands dot, decimal comma. fmtNumber(1234) = "1.234", fmtNumber(17.4, 1) = "17,4". */
export function fmtNumber(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return "…"; // never "Infinity" or "NaN" in a message or a report
  const neg = n < 0;
  const fixed = roundHalfUp(Math.abs(n), decimals).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (neg ? "-" : "") + grouped + (frac ? "," + frac : "");
}

/** Like fmtNumber but drops a trailing ",0": 2 → "2", 1.8 → "1,8". */
export function fmtScore(n: number): string {
  const s = fmtNumber(n, 1);
  return s.endsWith(",0") ? s.slice(0, -2) : s;
}

/** "73,2%" from a share in percent (73.17 → "73,2%"). */
export function fmtPercent(p: number, decimals = 1): string {
  return fmtNumber(p, decimals) + "%";
}

/** Round half away from zero at `decimals`, robust to binary representation (1.45 → 1.5). */
export function roundHalfUp(n: number, decimals = 0): number {
  const f = Math.pow(10, decimals);
  const x = Math.abs(n) * f;
  const r = Math.round(x + 1e-9 * Math.max(1, x));
  return (Math.sign(n) || 1) * (r / f);
}

export interface IsoDate {
  y: number;
  m: number;
  d: number;
}

export function isoDate(d: IsoDate): string {
  return `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
}

/** "dd/mm/yyyy" */
export function fmtDateShort(d: IsoDate): string {
  return `${String(d.d).padStart(2, "0")}/${String(d.m).padStart(2, "0")}/${d.y}`;
}

/** "ngày 14 tháng 3 năm 2024" (plain) or, for the document date line (ND 30/2020), with leading zeros for days < 10 and months 1–2. */
export function fmtDateLong(d: IsoDate, administrative = false): string {
  const dd = administrative && d.d < 10 ? "0" + d.d : String(d.d);
  const mm = administrative && d.m <= 2 ? "0" + d.m : String(d.m);
  return `ngày ${dd} tháng ${mm} năm ${d.y}`;
}

/** Parse "14/03/2024", "14-3-2024", "14.3.2024" into a date, or null. */
export function parseDmy(s: string): IsoDate | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s.trim());
  if (!m) return null;
  const d = parseInt(m[1], 10);
  const mo = parseInt(m[2], 10);
  const y = parseInt(m[3], 10);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
  return { y, m: mo, d };
}

export function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
