// Finding the evaluation table, its satisfaction table and "Số phiếu đánh giá", and the
// ballots sheet, anywhere in a workbook. Header words are compared after fold() and
// foldAscii() (NFC/NFD, case, spacing, missing diacritics, stray punctuation).
import { Sheet, SheetSnapshot, WorkbookSnapshot } from "../grid";
import { foldLabel } from "../text/normalize";
import {
  BallotsLocation,
  EvalColumns,
  EvalLocation,
  GradeSpot,
  LabelledSpot,
  SatisfactionLocation,
} from "./types";
import { minOf } from "../arrays";

/** A header word as compared: no diacritics, lower case, punctuation as spaces, single spaces. */
export function headerKey(s: string): string {
  return foldLabel(s)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/** Keys of the five satisfaction levels, lowest first. */
export const LEVEL_KEYS: readonly string[] = [
  "rat khong hai long",
  "khong hai long",
  "binh thuong",
  "hai long",
  "rat hai long",
];

/** 0…4 when `text` names one of the five levels (tolerant), else null. */
export function levelIndex(text: string): number | null {
  const i = LEVEL_KEYS.indexOf(headerKey(text));
  return i < 0 ? null : i;
}

export interface LocateOptions {
  /** Look for the evaluation table on this sheet only. */
  sheet?: string;
  /** Look for the ballots on this sheet only. */
  ballotsSheet?: string;
}

/**
 * A Sheet that computes its width once (Sheet.right walks every row) and remembers the header
 * key of each cell it has read: the locator scans whole sheets several times.
 */
export class ScanSheet extends Sheet {
  private width: number | null = null;
  private readonly keys = new Map<number, string>();
  override get right(): number {
    if (this.width === null) this.width = super.right;
    return this.width;
  }
  /**
   * The last column of `row` that holds a cell. Scans go row by row up to it, not up to the
   * sheet's right edge: one stray cell at XFD1048576 makes every row 16,384 columns wide.
   */
  rowRight(row: number): number {
    const line = this.snapshot.data[row - this.top];
    return line ? this.left + line.length - 1 : this.left - 1;
  }
  key(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null || v === undefined) return "";
    // Only text is worth remembering; numbers (most cells of a large sheet) are cheap to key.
    if (typeof v === "number")
      return Number.isInteger(v) && v >= 0 ? String(v) : headerKey(String(v));
    const id = row * 16384 + col;
    let k = this.keys.get(id);
    if (k === undefined) {
      k = headerKey(this.text(row, col));
      this.keys.set(id, k);
    }
    return k;
  }
}

/** A fresh ScanSheet over a snapshot (no cache across calls: a caller may change its snapshot). */
export function scanSheet(s: SheetSnapshot): ScanSheet {
  return new ScanSheet(s);
}

function sheetsOf(wb: WorkbookSnapshot, only?: string): ScanSheet[] {
  const all = wb.sheets.map(scanSheet);
  if (only === undefined) return all;
  const exact = all.filter((s) => s.name === only);
  if (exact.length) return exact;
  return all.filter((s) => headerKey(s.name) === headerKey(only));
}

function key(sh: ScanSheet, r: number, c: number): string {
  return sh.key(r, c);
}

/** The first column right of (row, col) that is not part of the same merged area. */
function nextCol(sh: ScanSheet, row: number, col: number): number {
  const m = sh.mergeAt(row, col);
  return m ? m.right + 1 : col + 1;
}

/** Dots, ellipses, underscores or dashes left on a blank form for the value ("……", "___"). */
export function isPlaceholder(s: string): boolean {
  return /^[.…_\-–\s]*$/u.test(s);
}

/** Text after a label: after the first ":" when there is one, else after the label's `words` words. */
export function afterLabel(text: string, words: number): string {
  const t = text.normalize("NFC").trim();
  const colon = t.search(/[:：]/);
  if (colon >= 0) return t.slice(colon + 1).trim();
  return t.split(/\s+/).slice(words).join(" ").trim();
}

// ---- The evaluation table ------------------------------------------------------

const NO_KEYS = ["chi so", "stt", "tt", "so tt", "so thu tu"];

function matchSelf(k: string): boolean {
  return (
    k.startsWith("diem tu cham") ||
    k.startsWith("tu cham") ||
    k.startsWith("diem tu danh gia") ||
    k.startsWith("tu danh gia")
  );
}
function matchAppraised(k: string): boolean {
  return k.startsWith("diem tham dinh") || k.startsWith("tham dinh");
}
function matchMax(k: string): boolean {
  return k.startsWith("diem chuan") || k.startsWith("diem toi da");
}

/** Columns of an evaluation header at `row` (with a second header row below for split "Điểm"). */
function headerColumns(
  sh: ScanSheet,
  row: number
): { cols: EvalColumns; headerRow: number } | null {
  let name: number | null = null;
  let no: number | null = null;
  let max: number | null = null;
  let self: number | null = null;
  let appraised: number | null = null;
  let note: number | null = null;
  for (let c = sh.left; c <= sh.rowRight(row); c++) {
    const hv = sh.value(row, c); // header words are short text: Chỉ số, Tên chỉ số, STT, Điểm …, Ghi chú
    if (typeof hv !== "string" || hv.length > 80 || !/^[\s(]*[tcsđdgTCSĐDG]/.test(hv)) continue;
    const k = key(sh, row, c);
    if (!k) continue;
    if (k.startsWith("ten chi so")) name ??= c;
    else if (NO_KEYS.includes(k)) no ??= c;
    else if (matchMax(k)) max ??= c;
    else if (matchSelf(k)) self ??= c;
    else if (matchAppraised(k)) appraised ??= c;
    else if (k.startsWith("ghi chu")) note ??= c;
  }
  if (name === null) return null;
  let headerRow = row;
  if (self === null && appraised === null) {
    // "Điểm" over two sub-headers: look one row down.
    for (let c = sh.left; c <= sh.rowRight(row + 1); c++) {
      const k = key(sh, row + 1, c);
      if (matchSelf(k)) self ??= c;
      else if (matchAppraised(k)) appraised ??= c;
      else if (matchMax(k)) max ??= c;
    }
    if (self !== null || appraised !== null) headerRow = row + 1;
  }
  if (self === null && appraised === null && max === null) return null;
  if (no === null) no = name > sh.left ? name - 1 : name;
  return { cols: { no, name, max, self, appraised, note }, headerRow };
}

function isTotalKey(k: string): boolean {
  return k.startsWith("tong") || k === "cong";
}

/** A total label in a column that also holds names (index 1's name starts with "Tổng"). */
function isTotalLabel(k: string): boolean {
  return /^(tong|cong|tong so|tong diem|tong so diem)$/.test(k) || k.startsWith("tong cong");
}

function indexNumber(sh: ScanSheet, r: number, c: number): number | null {
  const v = sh.value(r, c);
  if (typeof v === "number") return Number.isInteger(v) ? v : null;
  const m = /^(?:chi so\s*)?(\d{1,2})$/.exec(headerKey(sh.text(r, c)));
  return m ? parseInt(m[1], 10) : null;
}

function findIndexRows(
  sh: ScanSheet,
  headerRow: number,
  cols: EvalColumns
): { indexRows: (number | null)[]; totalRow: number | null } {
  const indexRows: (number | null)[] = Array(9).fill(null);
  let totalRow: number | null = null;
  let next = 1;
  let found = 0;
  let sinceLast = 0;
  const limit = Math.min(sh.bottom, headerRow + 60);
  for (let r = headerRow + 1; r <= limit; r++) {
    const noText = sh.text(r, cols.no);
    const nameText = sh.text(r, cols.name);
    const noKey = headerKey(noText);
    const nameKey = headerKey(nameText);
    if (isTotalKey(noKey) || isTotalLabel(nameKey)) {
      totalRow = r;
      break;
    }
    if (found === 9 && ++sinceLast > 5) break;
    if (!noText && !nameText) continue;
    if (/^\(\d+\)$/.test(noText.replace(/\s/g, ""))) continue; // the "(1) (2) …" numbering row
    const n = indexNumber(sh, r, cols.no);
    if (n !== null && n >= 1 && n <= 9 && indexRows[n - 1] === null) {
      indexRows[n - 1] = r;
      next = n + 1;
      found++;
      sinceLast = 0;
    } else if (n === null && !noText && nameText && next <= 9 && indexRows[next - 1] === null) {
      indexRows[next - 1] = r;
      next++;
      found++;
      sinceLast = 0;
    } else if (found === 9) {
      break;
    }
  }
  return { indexRows, totalRow };
}

function findGradeSpot(
  sh: ScanSheet,
  cols: EvalColumns,
  headerRow: number,
  totalRow: number | null
): GradeSpot | null {
  const labelSpot = (r: number, c: number): GradeSpot => {
    if (afterLabel(sh.text(r, c), 2) !== "") return { row: r, col: c, mode: "inline" };
    return { row: r, col: nextCol(sh, r, c), mode: "value" };
  };
  const rows: number[] = [];
  if (totalRow !== null) for (let r = totalRow; r <= totalRow + 4; r++) rows.push(r);
  else for (let r = headerRow + 1; r <= Math.min(sh.bottom, headerRow + 20); r++) rows.push(r);
  for (const r of rows) {
    for (let c = sh.left; c <= sh.rowRight(r); c++) {
      if (key(sh, r, c).startsWith("xep loai")) return labelSpot(r, c);
    }
  }
  if (totalRow === null) return null;
  if (cols.note !== null) return { row: totalRow, col: cols.note, mode: "inline" };
  const last = Math.max(cols.self ?? 0, cols.appraised ?? 0, cols.max ?? 0, cols.name);
  return { row: totalRow, col: last + 1, mode: "inline" };
}

function satisfactionRowKind(
  sh: ScanSheet,
  r: number,
  firstCol: number
): "counts" | "shares" | "other" | null {
  for (let c = firstCol - 1; c >= Math.max(sh.left, firstCol - 3); c--) {
    const k = key(sh, r, c);
    if (!k) continue;
    if (k.startsWith("so phieu") || k.startsWith("so luong")) return "counts";
    if (k.startsWith("ty le") || k.includes("%")) return "shares";
    return "other";
  }
  return null;
}

function findSatisfactionOn(sh: ScanSheet): SatisfactionLocation | null {
  for (let r = sh.top; r <= sh.bottom; r++) {
    const cols: (number | null)[] = [null, null, null, null, null];
    for (let c = sh.left; c <= sh.rowRight(r); c++) {
      const i = LEVEL_KEYS.indexOf(key(sh, r, c));
      if (i >= 0 && cols[i] === null) cols[i] = c;
    }
    // The five levels, or at least three of them (exports that ask Không hài lòng / Hài lòng /
    // Rất hài lòng only): the others are absent.
    if (cols.filter((c) => c !== null).length < 3) continue;
    const lc = cols;
    const present = cols.filter((c): c is number => c !== null);
    const first = minOf(present);
    // A title above the levels may say what an unlabelled row holds.
    let unlabelled: "counts" | "shares" = "shares";
    let titled = false;
    for (let t = r - 1; t >= Math.max(sh.top, r - 2); t--) {
      for (let c = sh.left; c <= sh.rowRight(t); c++) {
        const k = key(sh, t, c);
        if (k.startsWith("so phieu") || k.startsWith("so luong")) unlabelled = "counts";
        if (
          k.startsWith("so phieu") ||
          k.startsWith("so luong") ||
          k.includes("ty le") ||
          k.includes("%")
        )
          titled = true;
      }
    }
    // Fewer than five levels: a table of shares or counts only when a title or a row label says
    // so (a ballot list's "Không hài lòng | Hài lòng | Rất hài lòng" columns hold marks, not shares).
    if (present.length < 5 && !titled) {
      let labelled = false;
      for (let v = r + 1; v <= Math.min(sh.bottom, r + 4); v++)
        if (
          satisfactionRowKind(sh, v, first) === "counts" ||
          satisfactionRowKind(sh, v, first) === "shares"
        )
          labelled = true;
      if (!labelled) continue;
    }
    let shareRow: number | null = null;
    let countRow: number | null = null;
    for (let v = r + 1; v <= Math.min(sh.bottom + 1, r + 4); v++) {
      const kind = satisfactionRowKind(sh, v, first);
      const empty = present.every((c) => sh.isEmpty(v, c));
      if (kind === "counts") countRow ??= v;
      else if (kind === "shares") shareRow ??= v;
      else if (kind === null) {
        if (empty) {
          // An empty, unlabelled row right under the header is where the values go.
          if (v === r + 1) {
            if (unlabelled === "counts") countRow = v;
            else shareRow = v;
          }
          break;
        }
        if (unlabelled === "counts" && countRow === null) countRow = v;
        else if (shareRow === null) shareRow = v;
        else break;
      } else break;
    }
    return { sheet: sh.name, headerRow: r, cols: lc, shareRow, countRow };
  }
  return null;
}

/** How many words the "Số phiếu đánh giá" label of a cell (by its key) has. */
export function ballotLabelWords(k: string): number {
  return k.startsWith("so phieu danh gia") ? 4 : k.startsWith("tong so phieu") ? 3 : 2;
}

function findBallotCountOn(sh: ScanSheet, sat: SatisfactionLocation | null): LabelledSpot | null {
  const satRows = new Set<number>();
  if (sat && sat.sheet === sh.name)
    [sat.headerRow, sat.shareRow, sat.countRow].forEach((r) => r !== null && satRows.add(r));
  let loose: LabelledSpot | null = null;
  for (let r = sh.top; r <= sh.bottom; r++) {
    if (satRows.has(r)) continue;
    for (let c = sh.left; c <= sh.rowRight(r); c++) {
      const k = key(sh, r, c);
      // One line of a multi-line cell (an export's title cell: "Cơ quan/đơn vị: …<br>Số phiếu đánh giá: 57").
      if (k.includes("so phieu") && !k.startsWith("so phieu") && !k.startsWith("tong so phieu")) {
        const lines = sh.text(r, c).split(/\r?\n/);
        const line = lines.findIndex(
          (l) =>
            headerKey(l).startsWith("so phieu danh gia") || headerKey(l).startsWith("tong so phieu")
        );
        if (line > 0) return { labelRow: r, labelCol: c, row: r, col: c, inline: true, line };
        continue;
      }
      const strong = k.startsWith("so phieu danh gia") || k.startsWith("tong so phieu");
      const weak = !strong && (k === "so phieu" || /^so phieu \d/.test(k));
      if (!strong && !weak) continue;
      const rest = afterLabel(sh.text(r, c), ballotLabelWords(k));
      const spot: LabelledSpot =
        rest !== ""
          ? { labelRow: r, labelCol: c, row: r, col: c, inline: true }
          : { labelRow: r, labelCol: c, row: r, col: nextCol(sh, r, c), inline: false };
      if (strong) return spot;
      loose ??= spot;
    }
  }
  return loose;
}

/** Locate the evaluation table (the first one in sheet order), or null. */
export function locateEvaluation(
  wb: WorkbookSnapshot,
  opts: LocateOptions = {}
): EvalLocation | null {
  for (const sh of sheetsOf(wb, opts.sheet)) {
    for (let r = sh.top; r <= sh.bottom; r++) {
      const h = headerColumns(sh, r);
      if (!h) continue;
      const { indexRows, totalRow } = findIndexRows(sh, h.headerRow, h.cols);
      if (indexRows.every((x) => x === null)) continue;
      const grade = findGradeSpot(sh, h.cols, h.headerRow, totalRow);
      let satisfaction = findSatisfactionOn(sh);
      if (!satisfaction) {
        for (const other of sheetsOf(wb)) {
          if (other.name === sh.name) continue;
          satisfaction = findSatisfactionOn(other);
          if (satisfaction) break;
        }
      }
      const ballotCount = findBallotCountOn(sh, satisfaction);
      return {
        sheet: sh.name,
        headerRow: h.headerRow,
        cols: h.cols,
        indexRows,
        totalRow,
        grade,
        ballotCount,
        satisfaction,
      };
    }
  }
  return null;
}

// ---- The ballots sheet -----------------------------------------------------------

function ballotHeader(
  sh: ScanSheet,
  r: number
): { scoreCols: number[]; levelCol: number | null } | null {
  const scoreCols: (number | null)[] = Array(9).fill(null);
  let levelCol: number | null = null;
  for (let c = sh.left; c <= sh.rowRight(r); c++) {
    const hv = sh.value(r, c); // header words are short text: Chỉ số N, Mức độ hài lòng, Đánh giá …
    if (typeof hv !== "string" || hv.length > 80 || !/^[\s(]*[cmhđdCMHĐD]/.test(hv)) continue;
    const k = key(sh, r, c);
    if (!k) continue;
    const m = /^(?:chi so|cs)\s*(\d)(?!\d)/.exec(k);
    if (m) {
      const i = parseInt(m[1], 10);
      if (i >= 1 && i <= 9 && scoreCols[i - 1] === null) scoreCols[i - 1] = c;
      continue;
    }
    if (
      k.startsWith("muc do hai long") ||
      k === "hai long" ||
      k.startsWith("danh gia muc do hai long")
    )
      levelCol ??= c;
  }
  if (scoreCols.some((c) => c === null)) return null;
  return { scoreCols: scoreCols as number[], levelCol };
}

function isSummaryRow(sh: ScanSheet, r: number, dataCols: Set<number>): boolean {
  for (let c = sh.left; c <= sh.rowRight(r); c++) {
    if (dataCols.has(c)) continue;
    const k = key(sh, r, c);
    if (
      isTotalKey(k) ||
      k.startsWith("trung binh") ||
      k.startsWith("diem tb") ||
      k.startsWith("diem trung binh") ||
      k.startsWith("binh quan")
    )
      return true;
  }
  return false;
}

/** Locate the ballots sheet: a header with "Chỉ số 1" … "Chỉ số 9" (and "Mức độ hài lòng"). */
export function locateBallots(
  wb: WorkbookSnapshot,
  opts: LocateOptions = {}
): BallotsLocation | null {
  for (const sh of sheetsOf(wb, opts.ballotsSheet)) {
    for (let r = sh.top; r <= sh.bottom; r++) {
      const h = ballotHeader(sh, r);
      if (!h) continue;
      const dataCols = new Set<number>([
        ...h.scoreCols,
        ...(h.levelCol !== null ? [h.levelCol] : []),
      ]);
      const rows: number[] = [];
      for (let b = r + 1; b <= sh.bottom; b++) {
        if (isSummaryRow(sh, b, dataCols)) break;
        if ([...dataCols].some((c) => !sh.isEmpty(b, c))) rows.push(b);
      }
      const firstRow = r + 1;
      const lastRow = rows.length ? rows[rows.length - 1] : r;
      return {
        sheet: sh.name,
        headerRow: r,
        scoreCols: h.scoreCols,
        levelCol: h.levelCol,
        rows,
        firstRow,
        lastRow,
      };
    }
  }
  return null;
}
