// The citizens' evaluation under Nghị định 118/2025/NĐ-CP: Điều 33.1 contents a)–i), each with the
// evaluations received per satisfaction level (five levels, or 0/1/2 as a province's ballot has it),
// and the authority's criteria of Điều 32.1 as the national portal publishes them (Điều 32.2),
// typed by the clerk and printed as given. The decree sets no points, total or grade for either.
//
// Điều 33 sheet (columns A–H, laid out by layoutArt33Sheet):
//   1 unit   3 title   4 basis   6 Cơ quan, đơn vị: …   7 Kỳ đánh giá: …
//   8 Số phiếu đánh giá nhận được | | n    9 … trên Cổng Dịch vụ công quốc gia | | n   10 … thiết bị | | n
//   12 header: Nội dung | Tên nội dung | Số lượt đánh giá | level 1 … level 5 (lowest first)
//   13–21 contents a) … i)
// Điều 32 sheet (A–C): 1 title, 2 note, 4 header Điểm | Tiêu chí | Kết quả công bố, 5–9 a)–đ), 10 total.
import { findingOf } from "../rules";
import {
  CellEdit,
  CellStyle,
  CellValue,
  EditSet,
  emptyEdits,
  Finding,
  isCellError,
  Sheet,
  WorkbookSnapshot,
} from "../grid";
import { EVAL_LEVELS } from "../messages/evaluation";
import {
  CRITERIA_SHEET_NAME,
  EVAL33_MSG,
  EVAL33_SHEET_NAME,
  EVAL33_TEXT,
} from "../messages/evaluation33";
import { ND118_2025 } from "../regime/nd118-2025";
import { fmtScore, parseCount, roundHalfUp } from "../text/numbers";
import { fold, foldAscii, foldLabel } from "../text/normalize";

export interface Art33Content {
  /** "a" … "i" (Điều 33.1). */
  key: string;
  name: string;
  row: number;
  /** Evaluations per level, in the sheet's column order; null where blank. */
  counts: (number | null)[];
  /** The total as typed, or the sum of the levels. */
  total: number | null;
  /** Shares of the levels in percent (one decimal), null when total is 0 or unknown. */
  shares: (number | null)[];
}

export interface Art33Criterion {
  key: string;
  name: string;
  /** The figure as given (text as shown; numbers with a decimal comma). */
  value: string;
}

/** Ballots received, per channel, and their total (null where the sheet has no figure). */
export interface Art33Received {
  ballots: number | null;
  portal: number | null;
  devices: number | null;
  total: number | null;
}

export interface Art33Result {
  sheet: string;
  /** The level names as the sheet's header has them ("Rất không hài lòng" … or "0 điểm" …). */
  levels: string[];
  received: Art33Received;
  contents: Art33Content[];
  /** Điều 32.1 figures, null when the workbook has no such table. */
  criteria: { sheet: string; rows: Art33Criterion[]; total: string | null } | null;
  findings: Finding[];
}

// ---- Locate and read ----------------------------------------------------------------

const KEYS = ND118_2025.evaluation.contents.map((c) => c.key);

/** "a)", "a.", "a", "Điểm a", "đ)" → the content key; null otherwise. */
function contentKey(text: string): string | null {
  const m = /^(?:điểm\s+)?([a-iđ])\s*[).:]?$/u.exec(fold(text));
  return m && KEYS.includes(m[1]) ? m[1] : null;
}

/** A level header: one of the five satisfaction levels, or "0 điểm", "mức 1", "2". */
function levelHeader(text: string): boolean {
  const f = foldLabel(text);
  if (!f) return false;
  if (EVAL_LEVELS.some((l) => foldAscii(l) === f)) return true;
  return /^(?:muc\s*)?[012](?:\s*diem)?$/.test(f);
}

interface Art33Location {
  sheet: Sheet;
  headerRow: number;
  keyCol: number;
  nameCol: number | null;
  totalCol: number | null;
  levelCols: number[];
}

function locateIn(s: Sheet): Art33Location | null {
  for (let r = s.top; r <= Math.min(s.bottom, s.top + 60); r++) {
    let keyCol = -1;
    let nameCol: number | null = null;
    let totalCol: number | null = null;
    const levelCols: number[] = [];
    for (let c = s.left; c <= Math.min(s.right, s.left + 30); c++) {
      const t = s.text(r, c);
      if (!t) continue;
      const f = foldLabel(t);
      if (levelHeader(t)) levelCols.push(c);
      else if (keyCol < 0 && /^(noi dung|stt|diem)$/.test(f)) keyCol = c;
      else if (nameCol === null && /^ten noi dung|^noi dung danh gia/.test(f)) nameCol = c;
      else if (totalCol === null && /^(so luot|so phieu|tong so)/.test(f)) totalCol = c;
    }
    if (keyCol > 0 && levelCols.length >= 2) {
      // Rows below must start with content letters.
      let letters = 0;
      for (let rr = r + 1; rr <= Math.min(s.bottom, r + 12); rr++)
        if (contentKey(s.text(rr, keyCol))) letters++;
      if (letters >= 3) return { sheet: s, headerRow: r, keyCol, nameCol, totalCol, levelCols };
    }
  }
  return null;
}

function labelled(s: Sheet, top: number, bottom: number, prefix: string): number | null {
  const want = foldAscii(prefix);
  for (let r = top; r <= bottom; r++)
    for (let c = s.left; c <= Math.min(s.right, s.left + 4); c++) {
      if (!foldLabel(s.text(r, c)).startsWith(want)) continue;
      for (let cc = c + 1; cc <= Math.min(s.right, c + 4); cc++) {
        const p = parseCount(s.value(r, cc));
        if (p.kind === "count") return p.value;
      }
      return null;
    }
  return null;
}

function shownText(v: CellValue, s: Sheet, r: number, c: number): string {
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return fmtScore(v);
  return s.text(r, c);
}

/** The Điều 32.1 table: a header row with "Tiêu chí", rows a)–e) below, an optional total row. */
function readCriteria(wb: WorkbookSnapshot): Art33Result["criteria"] {
  for (const snap of wb.sheets) {
    const s = new Sheet(snap);
    for (let r = s.top; r <= Math.min(s.bottom, s.top + 40); r++) {
      for (let c = s.left; c <= Math.min(s.right, s.left + 10); c++) {
        if (foldLabel(s.text(r, c)) !== "tieu chi") continue;
        // Value column: the first header cell right of "Tiêu chí".
        let vc = -1;
        for (let cc = c + 1; cc <= Math.min(s.right, c + 6); cc++)
          if (s.text(r, cc)) {
            vc = cc;
            break;
          }
        if (vc < 0) continue;
        const rows: Art33Criterion[] = [];
        let total: string | null = null;
        for (let rr = r + 1; rr <= Math.min(s.bottom, r + 12); rr++) {
          const name = s.text(rr, c);
          if (!name) continue;
          const keyText = c > s.left ? s.text(rr, c - 1) : "";
          const v = shownText(s.value(rr, vc), s, rr, vc);
          if (/^tong/.test(foldAscii(name)) || /^tong/.test(foldAscii(keyText))) {
            total = v || null;
            continue;
          }
          const key = contentKey(keyText) ?? keyText.replace(/[).\s]/g, "");
          rows.push({ key, name, value: v });
        }
        if (rows.length) return { sheet: s.name, rows, total };
      }
    }
  }
  return null;
}

/** Reads the Điều 33 table (and the Điều 32 table) of a workbook; null without a Điều 33 table. */
export function readArt33(wb: WorkbookSnapshot): Art33Result | null {
  let loc: Art33Location | null = null;
  for (const snap of wb.sheets) {
    loc = locateIn(new Sheet(snap));
    if (loc) break;
  }
  if (!loc) return null;
  const { sheet: s, headerRow, keyCol, nameCol, totalCol, levelCols } = loc;
  const findings: Finding[] = [];
  const levels = levelCols.map((c) => s.text(headerRow, c));
  const contents: Art33Content[] = [];
  const names = new Map(ND118_2025.evaluation.contents.map((c) => [c.key, c.name]));
  for (let r = headerRow + 1; r <= s.bottom; r++) {
    const key = contentKey(s.text(r, keyCol));
    if (!key) {
      if (
        s.text(r, keyCol) === "" &&
        contents.length > 0 &&
        levelCols.every((c) => s.isEmpty(r, c))
      )
        break;
      continue;
    }
    const counts = levelCols.map((c, i) => {
      const v = s.value(r, c);
      const p = parseCount(isCellError(v) ? "#" : v);
      if (p.kind === "blank") return null;
      if (p.kind === "count") return p.value;
      findings.push(
        findingOf(
          "eval33/count",
          "error",
          s.name,
          r,
          c,
          EVAL33_MSG.notCount(key, levels[i], shownText(v, s, r, c))
        )
      );
      return null;
    });
    const known = counts.filter((n): n is number => n !== null);
    const sum = known.reduce((a, b) => a + b, 0);
    let total: number | null = known.length ? sum : null;
    if (totalCol !== null) {
      const v = s.value(r, totalCol);
      const p = parseCount(isCellError(v) ? "#" : v);
      if (p.kind === "count") {
        total = p.value;
        if (known.length && p.value !== sum)
          findings.push(
            findingOf(
              "eval33/level-sum",
              "error",
              s.name,
              r,
              totalCol,
              EVAL33_MSG.levelSum(key, p.value, sum)
            )
          );
      } else if (p.kind === "invalid")
        findings.push(
          findingOf(
            "eval33/count",
            "error",
            s.name,
            r,
            totalCol,
            EVAL33_MSG.notCount(key, EVAL33_TEXT.colTotal, shownText(v, s, r, totalCol))
          )
        );
    }
    const shares = counts.map((n) =>
      n !== null && known.length && sum > 0 ? roundHalfUp((n * 100) / sum, 1) : null
    );
    const name = (nameCol !== null ? s.text(r, nameCol) : "") || names.get(key) || key;
    contents.push({ key, name, row: r, counts, total, shares });
  }
  const ballots = labelled(s, s.top, headerRow - 1, EVAL33_TEXT.ballots);
  const portal = labelled(s, s.top, headerRow - 1, EVAL33_TEXT.portal);
  const devices = labelled(s, s.top, headerRow - 1, EVAL33_TEXT.devices);
  const parts = [ballots, portal, devices].filter((n): n is number => n !== null);
  const receivedTotal = parts.length ? parts.reduce((a, b) => a + b, 0) : null;
  if (receivedTotal !== null)
    for (const c of contents)
      if (c.total !== null && c.total > receivedTotal)
        findings.push(
          findingOf(
            "eval33/received",
            "warning",
            s.name,
            c.row,
            totalCol ?? keyCol,
            EVAL33_MSG.received(c.key, c.total, receivedTotal)
          )
        );
  return {
    sheet: s.name,
    levels,
    received: { ballots, portal, devices, total: receivedTotal },
    contents,
    criteria: readCriteria(wb),
    findings,
  };
}

// ---- Layout ---------------------------------------------------------------------------

export const ART33_LAYOUT = {
  headerRow: 12,
  firstRow: 13,
  keyCol: 1,
  nameCol: 2,
  totalCol: 3,
  firstLevelCol: 4,
  received: { ballots: 8, portal: 9, devices: 10 },
  valueCol: 3,
} as const;

export interface Art33LayoutOptions {
  sheet?: string;
  unit: string;
  periodLabel: string;
  /** Level names, lowest first (default: the five satisfaction levels). */
  levels?: readonly string[];
  /** Per content (Điều 33.1 order a…i): counts per level, lowest first. */
  counts?: (readonly (number | null)[] | null)[];
  received?: { ballots?: number | null; portal?: number | null; devices?: number | null };
}

const B: CellStyle = { border: true };
const HEAD: CellStyle = { bold: true, border: true, horizontal: "center", wrap: true };

/** The Điều 33 sheet as a clerk fills it; totals as SUM formulas over the levels. */
export function layoutArt33Sheet(o: Art33LayoutOptions): EditSet {
  const sheet = o.sheet ?? EVAL33_SHEET_NAME;
  const levels = o.levels ?? EVAL_LEVELS;
  const L = ART33_LAYOUT;
  const ed = edits(sheet);
  const cell = (row: number, col: number, e: Omit<CellEdit, "sheet" | "row" | "col">) =>
    ed.cells.push({ sheet, row, col, ...e });
  const lastCol = L.firstLevelCol + levels.length - 1;
  cell(1, 1, { value: o.unit.toLocaleUpperCase("vi"), style: { bold: true } });
  cell(3, 1, { value: EVAL33_TEXT.title, style: { bold: true, horizontal: "center" } });
  cell(4, 1, { value: EVAL33_TEXT.basis, style: { italic: true, horizontal: "center" } });
  ed.merges.push(
    { sheet, rect: { top: 3, left: 1, bottom: 3, right: lastCol } },
    { sheet, rect: { top: 4, left: 1, bottom: 4, right: lastCol } }
  );
  cell(6, 1, { value: `${EVAL33_TEXT.unit} ${o.unit}` });
  cell(7, 1, { value: `${EVAL33_TEXT.period} ${o.periodLabel}` });
  const rec = o.received ?? {};
  (
    [
      ["ballots", EVAL33_TEXT.ballots],
      ["portal", EVAL33_TEXT.portal],
      ["devices", EVAL33_TEXT.devices],
    ] as const
  ).forEach(([k, label]) => {
    cell(L.received[k], 1, { value: label });
    const v = rec[k];
    cell(L.received[k], L.valueCol, { value: v ?? null, style: B });
  });
  cell(L.headerRow, L.keyCol, { value: EVAL33_TEXT.colKey, style: HEAD });
  cell(L.headerRow, L.nameCol, { value: EVAL33_TEXT.colName, style: HEAD });
  cell(L.headerRow, L.totalCol, { value: EVAL33_TEXT.colTotal, style: HEAD });
  levels.forEach((l, i) => cell(L.headerRow, L.firstLevelCol + i, { value: l, style: HEAD }));
  ND118_2025.evaluation.contents.forEach((c, i) => {
    const r = L.firstRow + i;
    cell(r, L.keyCol, { value: `${c.key})`, style: { ...B, horizontal: "center" } });
    cell(r, L.nameCol, { value: c.name, style: { ...B, wrap: true } });
    const first = colL(L.firstLevelCol);
    const last = colL(lastCol);
    const row = o.counts?.[i] ?? [];
    const known = row.filter((n): n is number => typeof n === "number");
    cell(r, L.totalCol, {
      formula: `SUM(${first}${r}:${last}${r})`,
      result: known.length ? known.reduce((a, b) => a + b, 0) : 0,
      style: { ...B, horizontal: "center" },
    });
    levels.forEach((_, j) =>
      cell(r, L.firstLevelCol + j, {
        value: o.counts?.[i]?.[j] ?? null,
        style: { ...B, horizontal: "center" },
      })
    );
  });
  cell(L.firstRow + 10, 1, { value: EVAL33_TEXT.note, style: { italic: true } });
  ed.columnWidths.push(
    { sheet, col: 1, width: 9 },
    { sheet, col: 2, width: 48 },
    { sheet, col: 3, width: 12 }
  );
  levels.forEach((_, j) => ed.columnWidths.push({ sheet, col: L.firstLevelCol + j, width: 12 }));
  return ed;
}

const colL = (c: number): string => String.fromCharCode(64 + c);

type FullEdits = Required<EditSet>;
function edits(sheet: string): FullEdits {
  return { ...emptyEdits(), cells: [], merges: [], newSheets: [sheet], columnWidths: [] };
}

/** The Điều 32.1 criteria sheet: the portal's published figures typed as given. */
export function layoutCriteriaSheet(
  o: { sheet?: string; values?: (string | number | null)[]; total?: string | number | null } = {}
): EditSet {
  const sheet = o.sheet ?? CRITERIA_SHEET_NAME;
  const ed = edits(sheet);
  const cell = (row: number, col: number, e: Omit<CellEdit, "sheet" | "row" | "col">) =>
    ed.cells.push({ sheet, row, col, ...e });
  cell(1, 1, { value: EVAL33_TEXT.criteriaTitle, style: { bold: true, wrap: true } });
  ed.merges.push({ sheet, rect: { top: 1, left: 1, bottom: 1, right: 3 } });
  cell(2, 1, { value: EVAL33_TEXT.criteriaNote, style: { italic: true } });
  cell(4, 1, { value: EVAL33_TEXT.criteriaKey, style: HEAD });
  cell(4, 2, { value: EVAL33_TEXT.criteriaName, style: HEAD });
  cell(4, 3, { value: EVAL33_TEXT.criteriaValue, style: HEAD });
  ND118_2025.evaluation.criteria.forEach((c, i) => {
    cell(5 + i, 1, { value: `${c.key})`, style: { ...B, horizontal: "center" } });
    cell(5 + i, 2, { value: c.name, style: B });
    cell(5 + i, 3, { value: o.values?.[i] ?? null, style: { ...B, horizontal: "center" } });
  });
  const tr = 5 + ND118_2025.evaluation.criteria.length;
  cell(tr, 1, { value: "", style: B });
  cell(tr, 2, { value: EVAL33_TEXT.criteriaTotal, style: { ...B, bold: true } });
  cell(tr, 3, { value: o.total ?? null, style: { ...B, horizontal: "center" } });
  ed.columnWidths.push(
    { sheet, col: 1, width: 8 },
    { sheet, col: 2, width: 40 },
    { sheet, col: 3, width: 18 }
  );
  return ed;
}
