// How the simulated grid shows a cell value: a small subset of Excel's number formats, with
// Vietnamese separators (decimal comma, thousands dot) as Excel shows them on a vi-VN system.
// Browser-safe.

import type { CellValue } from "../core/grid";
import { isDateFormat, serialToDate } from "../host/excel/numberFormat";

const pad = (n: number) => String(n).padStart(2, "0");

function formatDate(d: Date, numberFormat: string): string {
  const day = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const withTime = /h/i.test(numberFormat.replace(/"[^"]*"/g, ""));
  return withTime ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : day;
}

/** Digits with Vietnamese separators: "1.234,5". */
export function viNumber(n: number, decimals: number | null, grouping: boolean): string {
  let s: string;
  if (decimals === null) {
    // General: up to 10 significant digits, no trailing zeros, no grouping.
    if (n !== 0 && (Math.abs(n) >= 1e11 || Math.abs(n) < 1e-9))
      return n.toExponential(5).replace(".", ",").replace(/e\+?/, "E+").replace("E+-", "E-");
    s = String(Number(n.toPrecision(10)));
  } else {
    s = Math.abs(n) < 1e21 ? n.toFixed(decimals) : String(n);
  }
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  const parts = s.split(".");
  let int = parts[0];
  const frac = parts[1];
  if (grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const out = frac ? `${int},${frac}` : int;
  return negative && Number(s) !== 0 ? `-${out}` : out;
}

/** Decimal places a format section asks for ("0.0%" → 1, "#,##0" → 0). */
function decimalsOf(section: string): number {
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

/** The text Excel would show for `value` under `numberFormat` (simplified). */
export function displayText(value: CellValue, numberFormat = "General"): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return formatDate(value, numberFormat);
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  const nf = numberFormat || "General";
  if (nf === "General" || nf === "@") return viNumber(value, null, false);
  if (isDateFormat(nf)) return formatDate(serialToDate(value), nf);
  const sections = nf.split(";");
  const section = (value < 0 && sections[1] ? sections[1] : sections[0])
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"/g, "$1");
  const shown = value < 0 && sections[1] ? Math.abs(value) : value;
  const grouping = /#,##|0,0/.test(section);
  if (section.includes("%")) return viNumber(shown * 100, decimalsOf(section), grouping) + "%";
  if (/[0#]/.test(section)) return viNumber(shown, decimalsOf(section), grouping);
  return viNumber(value, null, false);
}
