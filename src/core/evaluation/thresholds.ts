// Grade thresholds: the defaults, the settings table a clerk may keep in the workbook, and the
// JSON form a caller may pass.
//
// Settings table (read by readThresholdsTable, written by layoutThresholdsTable):
//
//   | Ngưỡng xếp loại |                 |   ← title cell, anywhere on any sheet
//   | Xếp loại        | Điểm tối thiểu  |   ← optional header row
//   | Xuất sắc        | > 15            |   ← "> n": strictly above n
//   | Tốt             | 12              |   ← a number (or ">= n", "≥ n", "từ n"): n and above
//   | Khá             | 9               |
//   | Trung bình      | 6               |
//   | Yếu             |                 |   ← empty, 0 or "< n": every total below the others
//
// Grades are in the title's column, minimums in the next column; the table ends at the first
// row whose grade cell is empty. On a sheet named "Cài đặt" the title may be left out: a header
// row "Xếp loại | Điểm tối thiểu" starts the table. Rows whose minimum cannot be read are
// ignored; a table with no readable row is ignored (the defaults apply). Order does not matter.
//
// The same thresholds as JSON (e.g. a file given to the CLI):
//   { "Xuất sắc": "> 15", "Tốt": 12, "Khá": 9, "Trung bình": 6, "Yếu": null }
// or a list [{ "grade": "Tốt", "min": 12, "inclusive": true }, …].
import { Sheet, WorkbookSnapshot } from "../grid";
import { EVAL_GRADES } from "../messages/evaluation";
import { headerKey, scanSheet } from "./locate";
import { GradeThreshold, ThresholdsInput } from "./types";

/**
 * Default grades of the total (max 18). Source: the grading applied by Thanh Hóa province's
 * open-source one-stop public-service system, as recorded in SPEC.md ("The nine indices").
 * The thresholds of Nghị định 61/2018/NĐ-CP and Thông tư 01/2018/TT-VPCP themselves were not
 * found, hence configurable. That system leaves a total of exactly 15 ungraded; we give it
 * "Tốt" (12 ≤ total ≤ 15).
 */
export const DEFAULT_THRESHOLDS: readonly GradeThreshold[] = [
  { grade: EVAL_GRADES.excellent, min: 15, inclusive: false }, // > 15
  { grade: EVAL_GRADES.good, min: 12, inclusive: true }, // 12 – 15
  { grade: EVAL_GRADES.fair, min: 9, inclusive: true }, // 9 – < 12
  { grade: EVAL_GRADES.average, min: 6, inclusive: true }, // 6 – < 9
  { grade: EVAL_GRADES.weak, min: -Infinity, inclusive: true }, // < 6
];

const EPS = 1e-9;

/** Highest threshold first; at equal minimums "above" ranks over "at or above". */
function ordered(ts: readonly GradeThreshold[]): GradeThreshold[] {
  return [...ts].sort((a, b) => b.min - a.min || Number(a.inclusive) - Number(b.inclusive));
}

/** The grade of `total` under `thresholds`, or null when no threshold covers it. */
export function gradeFor(
  total: number,
  thresholds: readonly GradeThreshold[] = DEFAULT_THRESHOLDS
): string | null {
  for (const t of ordered(thresholds)) {
    if (t.inclusive ? total >= t.min - EPS : total > t.min + EPS) return t.grade;
  }
  return null;
}

function num(s: string): number | null {
  const t = s.replace(/\s/g, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * Reads a minimum as a clerk writes it: 12 or "12" (12 and above), "> 15" / "trên 15" / "lớn hơn 15"
 * (above 15), ">= 12" / "≥ 12" / "từ 12" (12 and above); empty, "< 6" / "dưới 6" / "còn lại":
 * the lowest grade. Null when unreadable.
 */
export function parseMinimum(v: unknown): { min: number; inclusive: boolean } | null {
  if (v === null || v === undefined) return { min: -Infinity, inclusive: true };
  if (typeof v === "number") return Number.isFinite(v) ? { min: v, inclusive: true } : null;
  if (typeof v !== "string") return null;
  const s = v.normalize("NFC").trim();
  if (s === "") return { min: -Infinity, inclusive: true };
  const k = headerKey(s.replace(/≥/g, " ge ").replace(/≤/g, " le "));
  const raw = s.toLowerCase();
  const rest = (prefix: RegExp): number | null => {
    const m = prefix.exec(raw);
    return m ? num(raw.slice(m[0].length)) : null;
  };
  let n: number | null;
  if ((n = rest(/^\s*(>=|≥|=>)\s*/)) !== null) return { min: n, inclusive: true };
  if ((n = rest(/^\s*>\s*/)) !== null) return { min: n, inclusive: false };
  if (
    /^\s*(<|<=|≤)/.test(raw) ||
    k.startsWith("duoi") ||
    k.startsWith("nho hon") ||
    k.startsWith("con lai")
  )
    return { min: -Infinity, inclusive: true };
  const words = /^(tu|tren|lon hon)\s+(.+)$/.exec(k);
  if (words) {
    const x = num(words[2].replace(/ /g, "."));
    if (x === null) return null;
    return { min: x, inclusive: words[1] === "tu" };
  }
  n = num(s);
  return n === null ? null : { min: n, inclusive: true };
}

/** Thresholds from a JSON value (list or record). Throws on a value that cannot be read. */
export function normalizeThresholds(input: ThresholdsInput): GradeThreshold[] {
  const out: GradeThreshold[] = [];
  if (Array.isArray(input)) {
    for (const t of input) {
      if (!t || typeof t.grade !== "string" || t.grade.trim() === "")
        throw new Error("threshold without a grade");
      const min = t.min === null || t.min === undefined ? -Infinity : Number(t.min);
      if (Number.isNaN(min)) throw new Error(`threshold "${t.grade}": bad minimum`);
      out.push({ grade: t.grade.normalize("NFC").trim(), min, inclusive: t.inclusive !== false });
    }
  } else if (input && typeof input === "object") {
    for (const [grade, v] of Object.entries(input)) {
      const p = parseMinimum(v);
      if (!p) throw new Error(`threshold "${grade}": cannot read minimum ${JSON.stringify(v)}`);
      out.push({ grade: grade.normalize("NFC").trim(), ...p });
    }
  } else {
    throw new Error("thresholds must be a list or an object");
  }
  if (!out.length) throw new Error("no thresholds");
  return ordered(out);
}

export interface ThresholdsTable {
  sheet: string;
  /** Title (or header) cell. */
  row: number;
  col: number;
  thresholds: GradeThreshold[];
}

function readRows(sh: Sheet, firstRow: number, col: number): GradeThreshold[] {
  const out: GradeThreshold[] = [];
  let r = firstRow;
  const hk = headerKey(sh.text(r, col));
  if (
    hk.startsWith("xep loai") ||
    hk === "muc" ||
    headerKey(sh.text(r, col + 1)).startsWith("diem")
  )
    r++;
  for (; r <= sh.bottom; r++) {
    const grade = sh.text(r, col);
    if (grade === "") break;
    const p = parseMinimum(sh.value(r, col + 1));
    if (p) out.push({ grade, ...p });
  }
  return out;
}

/** Find and read the settings table ("Ngưỡng xếp loại", or a header on the "Cài đặt" sheet). */
export function readThresholdsTable(wb: WorkbookSnapshot): ThresholdsTable | null {
  const sheets = wb.sheets.map(scanSheet);
  for (const sh of sheets) {
    for (let r = sh.top; r <= sh.bottom; r++) {
      for (let c = sh.left; c <= sh.rowRight(r); c++) {
        if (!headerKey(sh.text(r, c)).startsWith("nguong xep loai")) continue;
        const ts = readRows(sh, r + 1, c);
        if (ts.length) return { sheet: sh.name, row: r, col: c, thresholds: ordered(ts) };
      }
    }
  }
  for (const sh of sheets) {
    if (headerKey(sh.name) !== "cai dat") continue;
    for (let r = sh.top; r <= sh.bottom; r++) {
      for (let c = sh.left; c <= sh.rowRight(r); c++) {
        if (headerKey(sh.text(r, c)) !== "xep loai") continue;
        const next = headerKey(sh.text(r, c + 1));
        if (!next.startsWith("diem") && !next.startsWith("nguong")) continue;
        const ts = readRows(sh, r, c);
        if (ts.length) return { sheet: sh.name, row: r, col: c, thresholds: ordered(ts) };
      }
    }
  }
  return null;
}

/** How a threshold is written in the settings table: a number, "> n", or "" for the lowest. */
export function minimumText(t: GradeThreshold): number | string {
  if (t.min === -Infinity) return "";
  return t.inclusive ? t.min : `> ${String(t.min).replace(".", ",")}`;
}
