// The "Thuyết minh" sheet: a two-column key/value sheet the clerk fills (column A a label,
// column B the value, column C a hint). Rows are found by their label after fold() (and,
// failing that, by the outline code "I.7a" or the label without diacritics), so the clerk
// may move rows, add a colon or type the label in NFD.
import type { Message } from "../messages/message";
import { findingOf } from "../rules";
import {
  addr,
  CellEdit,
  CellValue,
  EditSet,
  Finding,
  isCellError,
  Sheet,
  WorkbookSnapshot,
} from "../grid";
import { HINT, TEXT_FINDING, TEXT_SHEET_NAME, TEXT_SHEET_TEXT } from "../messages/report";
import { REGIME_HINT } from "../messages/regime";
import { REGIMES } from "../regime";
import type { Regime, RegimeId } from "../regime";
import { fmtDateShort, IsoDate, parseCount, parseDmy, daysIn } from "../text/numbers";
import { fold, foldAscii } from "../text/normalize";
import { emptyTextSheet, FigureKey, SectionKey, TextSheetData, TextSheetValues } from "./types";

export { TEXT_SHEET_NAME };

type HeaderKey = Exclude<keyof TextSheetData, "figures" | "sections">;

type Target =
  | { group: "header"; key: HeaderKey; kind: "text" | "lines" | "date" }
  | { group: "figure"; key: FigureKey; kind: "count" | "percent" }
  | { group: "figureText"; key: "reviewTimeCut" }
  | { group: "section"; key: SectionKey; withFigures?: boolean };

export interface TextFieldSpec {
  /** The label as laid out in column A. */
  label: string;
  /** Other labels accepted for the row (compared after fold()). */
  aliases?: string[];
  /**
   * The label as laid out under each regime, when the regimes word it differently (the online
   * services' kinds); `label` is the first regime's. Every regime's label is read.
   */
  byRegime?: Partial<Record<RegimeId, string>>;
  hint?: string;
  target: Target;
  /** A report item printed as "…" when empty: named in `missing`. */
  required: boolean;
}

type Row = { title: string } | TextFieldSpec;

const hdr = (
  label: string,
  key: HeaderKey,
  kind: "text" | "lines" | "date",
  o: Partial<TextFieldSpec> = {}
): TextFieldSpec => ({
  label,
  target: { group: "header", key, kind },
  required: true,
  ...o,
});
const fig = (
  label: string,
  key: FigureKey,
  kind: "count" | "percent",
  o: Partial<TextFieldSpec> = {}
): TextFieldSpec => ({
  label,
  target: { group: "figure", key, kind },
  required: true,
  hint: kind === "count" ? HINT.count : HINT.percent,
  ...o,
});
const sec = (
  label: string,
  key: SectionKey,
  withFigures = false,
  hint?: string,
  aliases?: string[]
): TextFieldSpec => ({
  label,
  ...(aliases ? { aliases } : {}),
  target: { group: "section", key, withFigures },
  required: false,
  hint: hint ?? (withFigures ? HINT.sectionWithFigures : HINT.section),
});

/**
 * A figure of online public services, labelled by each regime's words for its kind (regime data:
 * `onlineServices`, "mức độ 3/4" under NĐ 61/2018 as the seed wrote, "một phần / toàn trình" under
 * NĐ 118/2025 after NĐ 42/2022/NĐ-CP). Labels of every regime are read, so a workbook made before
 * keeps working under the other regime.
 */
function dvc(
  what: "Số TTHC" | "Số hồ sơ",
  kind: keyof Regime["onlineServices"],
  key: FigureKey
): TextFieldSpec {
  const labelOf = (r: Regime) => `${what} dịch vụ công trực tuyến ${r.onlineServices[kind]}`;
  const byRegime = Object.fromEntries(REGIMES.map((r) => [r.id, labelOf(r)])) as Partial<
    Record<RegimeId, string>
  >;
  const [first, ...others] = REGIMES.map(labelOf);
  return fig(first, key, "count", { aliases: others, byRegime });
}

/** A field's label as laid out under a regime (its `label` when the regimes agree). */
export function labelFor(f: TextFieldSpec, regime?: RegimeId | null): string {
  return (regime && f.byRegime?.[regime]) || f.label;
}

/** The sheet, top to bottom: group titles and fields. */
export const TEXT_SHEET_ROWS: readonly Row[] = [
  { title: TEXT_SHEET_TEXT.groupHeader },
  hdr("Cơ quan cấp trên", "parentBody", "text", {
    aliases: ["cơ quan chủ quản", "cơ quan cấp trên trực tiếp"],
  }),
  hdr("Tên đơn vị", "unit", "text", { aliases: ["đơn vị", "tên cơ quan", "cơ quan báo cáo"] }),
  hdr("Kính gửi", "recipients", "lines", { aliases: ["nơi gửi"], hint: HINT.lines }),
  hdr("Địa danh", "place", "text", { aliases: ["địa danh ghi ngày"] }),
  hdr("Ngày báo cáo", "date", "date", {
    aliases: ["ngày ban hành", "ngày văn bản"],
    hint: HINT.date,
  }),
  hdr("Số văn bản", "number", "text", {
    aliases: ["số", "số báo cáo", "số, ký hiệu"],
    hint: HINT.number,
  }),
  hdr("Kỳ báo cáo", "period", "text", { required: false, hint: HINT.period }),
  hdr("Chế độ báo cáo", "regime", "text", {
    aliases: ["chế độ", "văn bản áp dụng"],
    required: false,
    hint: REGIME_HINT.regime,
  }),
  hdr("Trung tâm Phục vụ hành chính công", "serviceCentre", "text", {
    aliases: ["tên trung tâm phục vụ hành chính công", "bộ phận một cửa", "tên bộ phận một cửa"],
    required: false,
    hint: REGIME_HINT.serviceCentre,
  }),
  hdr("Quyền hạn ký", "signerAuthority", "text", {
    aliases: ["thẩm quyền ký"],
    required: false,
    hint: HINT.authority,
  }),
  hdr("Chức vụ người ký", "signerTitle", "text", { aliases: ["chức vụ"] }),
  hdr("Họ tên người ký", "signerName", "text", { aliases: ["người ký", "họ và tên người ký"] }),
  hdr("Nơi nhận", "noiNhan", "lines", { hint: HINT.lines }),
  { title: TEXT_SHEET_TEXT.groupFigures },
  fig("Số TTHC đã công bố, công khai", "published", "count"),
  fig("Số TTHC cần rà soát, đơn giản hóa", "toReview", "count"),
  fig("Số TTHC đã rà soát, đơn giản hóa", "reviewed", "count"),
  {
    label: "Mức cắt giảm thời gian giải quyết",
    target: { group: "figureText", key: "reviewTimeCut" },
    required: false,
    hint: "Ví dụ: từ 30% đến 50%; có thể để trống.",
  },
  fig("Tỷ lệ hoàn thành kế hoạch rà soát (%)", "reviewCompletion", "percent"),
  fig("Số phản ánh, kiến nghị nhận được", "feedback", "count", {
    aliases: ["số phản ánh, kiến nghị"],
  }),
  dvc("Số TTHC", "partial", "dvcLevel3"),
  dvc("Số TTHC", "full", "dvcLevel4"),
  dvc("Số hồ sơ", "partial", "dvcDossiersLevel3"),
  dvc("Số hồ sơ", "full", "dvcDossiersLevel4"),
  fig("Số bản sao điện tử chứng thực từ bản chính", "eCopies", "count", {
    aliases: ["số bản sao điện tử"],
  }),
  { title: TEXT_SHEET_TEXT.groupSections },
  sec("Đoạn mở đầu", "opening", false, HINT.opening),
  sec("I.1. Đánh giá tác động TTHC", "i1"),
  sec("I.2. Thẩm định, thẩm tra TTHC", "i2"),
  sec("I.3. Công bố, công khai TTHC", "i3", true),
  sec("I.4. Rà soát, đơn giản hóa TTHC", "i4", true),
  sec("I.5. Tiếp nhận, xử lý phản ánh, kiến nghị", "i5", true),
  sec("I.6. Kết quả giải quyết TTHC (bổ sung)", "i6", true),
  sec("I.6a. Nguyên nhân hồ sơ giải quyết quá hạn", "i6late", false, HINT.lateCauses),
  sec("I.6b. Văn bản xin lỗi đã gửi (hồ sơ quá hạn)", "i6apology", false, HINT.apologies),
  sec("I.7a. Công tác chỉ đạo, triển khai cơ chế một cửa", "i7a"),
  sec("I.7b. Cơ sở vật chất, trang thiết bị", "i7b"),
  sec("I.7c. Bố trí, phân công cán bộ, công chức", "i7c"),
  sec("I.7d. Niêm yết, công khai TTHC", "i7d", true),
  sec("I.7đ. Đánh giá việc giải quyết TTHC (bổ sung)", "i7dd", true),
  sec("I.8. Thực hiện TTHC trên môi trường điện tử", "i8", true, undefined, [
    "I.8. TTHC trên môi trường điện tử",
  ]),
  sec("I.9. Truyền thông hỗ trợ kiểm soát TTHC", "i9"),
  sec("I.10. Sáng kiến cải cách TTHC", "i10"),
  sec("I.11. Kiểm tra thực hiện kiểm soát TTHC", "i11"),
  sec("I.12. Nội dung khác", "i12"),
  sec("II.1. Thuận lợi", "ii1"),
  sec("II.2. Tồn tại, hạn chế", "ii2"),
  sec("II.3. Nguyên nhân", "ii3"),
  sec("III. Phương hướng, nhiệm vụ kỳ tiếp theo", "iii"),
  sec("IV.1. Kiến nghị sửa đổi, bổ sung quy định", "iv1"),
  sec("IV.2. Kiến nghị hướng dẫn thực hiện", "iv2"),
  sec("IV.3. Đề xuất giải pháp, sáng kiến", "iv3"),
  sec("IV.4. Kiến nghị khác", "iv4"),
  sec("Đoạn kết", "closing", false, HINT.closing),
];

export const TEXT_FIELDS: readonly TextFieldSpec[] = TEXT_SHEET_ROWS.filter(
  (r): r is TextFieldSpec => "label" in r
);

// ---- Label matching ---------------------------------------------------------------

/** A label compared: fold(), without parentheses, trailing punctuation or a "(*)" mark. */
function labelKey(s: string): string {
  return fold(s)
    .replace(/\([^)]*\)/g, " ")
    .replace(/[\s:：*.]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Outline code of a label: "I.7a. …" → "i.7a", "III. …" → "iii"; null when none. */
function labelCode(s: string): string | null {
  const m = /^(iv|iii|ii|i)(?:\s*\.\s*(\d{1,2})\s*\.?\s*([a-zđ])?)?(?=[\s.):]|$)/u.exec(fold(s));
  if (!m) return null;
  return m[1] + (m[2] ? "." + m[2] + (m[3] ?? "") : "");
}

interface Matcher {
  exact: Map<string, TextFieldSpec>;
  code: Map<string, TextFieldSpec>;
  ascii: Map<string, TextFieldSpec | null>; // null: ambiguous without diacritics
}

let matcherCache: Matcher | null = null;

function matcher(): Matcher {
  if (matcherCache) return matcherCache;
  const m: Matcher = { exact: new Map(), code: new Map(), ascii: new Map() };
  for (const f of TEXT_FIELDS) {
    for (const l of [f.label, ...(f.aliases ?? [])]) {
      const k = labelKey(l);
      m.exact.set(k, f);
      const a = foldAscii(k);
      const prev = m.ascii.get(a);
      m.ascii.set(a, prev === undefined || prev === f ? f : null);
    }
    if (f.target.group === "section") {
      const c = labelCode(f.label);
      if (c) m.code.set(c, f);
    }
  }
  matcherCache = m;
  return m;
}

/** The field a label cell names, or null. */
export function matchLabel(text: string): TextFieldSpec | null {
  if (!text.trim()) return null;
  const m = matcher();
  const k = labelKey(text);
  const exact = m.exact.get(k);
  if (exact) return exact;
  const c = labelCode(text);
  if (c) {
    const byCode = m.code.get(c);
    if (byCode) return byCode;
  }
  return m.ascii.get(foldAscii(k)) ?? null;
}

// ---- Layout -------------------------------------------------------------------------

export interface TextSheetLayout {
  sheet: string;
  /** Row of each field in the laid-out sheet (column A label, column B value). */
  rows: Map<TextFieldSpec, number>;
}

const FIRST_ROW = 5;

/** Where each field lands when the sheet is laid out by layoutTextSheet. */
export function textSheetRows(): Map<TextFieldSpec, number> {
  const rows = new Map<TextFieldSpec, number>();
  let r = FIRST_ROW;
  for (const row of TEXT_SHEET_ROWS) {
    if ("label" in row) rows.set(row, r);
    r++;
  }
  return rows;
}

function valueOf(f: TextFieldSpec, v: TextSheetValues): string | number | null {
  const t = f.target;
  switch (t.group) {
    case "header": {
      const x = v[t.key];
      if (x === undefined || x === null) return null;
      if (Array.isArray(x)) return x.length ? x.join("\n") : null;
      if (typeof x === "object") return fmtDateShort(x as IsoDate);
      return x === "" ? null : x;
    }
    case "figure": {
      const x = v.figures?.[t.key];
      return x === undefined || x === null ? null : x;
    }
    case "figureText": {
      const x = v.figures?.reviewTimeCut;
      return x ? x : null;
    }
    case "section": {
      const x = v.sections?.[t.key];
      return x ? x : null;
    }
  }
}

/**
 * Lays out the "Thuyết minh" sheet: a title, a short instruction, then one row per field
 * (label in A, value in B, hint in C) under three group titles. `values` fills column B
 * (the sample builder); without them the value cells are left empty for the clerk.
 */
export function layoutTextSheet(
  opts: { sheet?: string; values?: TextSheetValues; regime?: RegimeId | null } = {}
): EditSet {
  const sheet = opts.sheet ?? TEXT_SHEET_NAME;
  const values = opts.values ?? {};
  const cells: CellEdit[] = [];
  const merges: NonNullable<EditSet["merges"]> = [];
  const band = "#DDEBF7";
  cells.push({
    sheet,
    row: 1,
    col: 1,
    value: TEXT_SHEET_TEXT.title,
    style: { bold: true, horizontal: "center" },
  });
  merges.push({ sheet, rect: { top: 1, left: 1, bottom: 1, right: 3 } });
  cells.push({
    sheet,
    row: 2,
    col: 1,
    value: TEXT_SHEET_TEXT.intro,
    style: { italic: true, wrap: true },
  });
  merges.push({ sheet, rect: { top: 2, left: 1, bottom: 2, right: 3 } });
  const head = { bold: true, fill: band, border: true, horizontal: "center" as const };
  cells.push({ sheet, row: 4, col: 1, value: TEXT_SHEET_TEXT.colLabel, style: head });
  cells.push({ sheet, row: 4, col: 2, value: TEXT_SHEET_TEXT.colValue, style: head });
  cells.push({ sheet, row: 4, col: 3, value: TEXT_SHEET_TEXT.colHint, style: head });
  let r = FIRST_ROW;
  for (const row of TEXT_SHEET_ROWS) {
    if (!("label" in row)) {
      cells.push({
        sheet,
        row: r,
        col: 1,
        value: row.title,
        style: { bold: true, fill: band, border: true },
      });
      merges.push({ sheet, rect: { top: r, left: 1, bottom: r, right: 3 } });
      r++;
      continue;
    }
    cells.push({
      sheet,
      row: r,
      col: 1,
      value: labelFor(row, opts.regime),
      style: { bold: row.target.group !== "section", wrap: true, border: true },
    });
    const v = valueOf(row, values);
    const numeric = row.target.group === "figure";
    cells.push({
      sheet,
      row: r,
      col: 2,
      value: v,
      // Text cells stay text ("@"): Excel must not turn "15/03/2024" or "/BC-UBND" into something else.
      numberFormat: numeric ? "General" : "@",
      style: { wrap: true, border: true, horizontal: numeric ? "right" : "left" },
    });
    if (row.hint)
      cells.push({
        sheet,
        row: r,
        col: 3,
        value: row.hint,
        style: { italic: true, wrap: true, border: true },
      });
    r++;
  }
  return {
    cells,
    merges,
    newSheets: [sheet],
    columnWidths: [
      { sheet, col: 1, width: 46 },
      { sheet, col: 2, width: 80 },
      { sheet, col: 3, width: 42 },
    ],
  };
}

// ---- Reading ----------------------------------------------------------------------------

export interface TextSheetRead {
  /** The sheet's content; null when the workbook has no text sheet. */
  data: TextSheetData | null;
  /** Labels of report items that are absent or empty (printed as "…"); ["Thuyết minh"] when there is no sheet. */
  missing: string[];
  /** Values that could not be read (warnings). */
  findings: Finding[];
  /** Name of the sheet read, or null. */
  sheet: string | null;
  /** Where each figure was read, e.g. { dvcDossiersLevel3: "Thuyết minh!B27" } (for warnings that name the cell). */
  figureCells?: Partial<Record<FigureKey, string>>;
}

const RULE = {
  number: "text/not-a-number",
  percent: "text/not-a-percent",
  date: "text/not-a-date",
  duplicate: "text/duplicate",
} as const;

function findingAt(
  rule: string,
  sheet: string,
  row: number,
  col: number,
  message: Message
): Finding {
  return findingOf(rule, "warning", sheet, row, col, message);
}

/** The label column: the column where the most labels match (within `maxRows` × `maxCols` when given). */
function labelColumn(
  s: Sheet,
  maxRows = Infinity,
  maxCols = Infinity
): { col: number; hits: number } {
  const hits = new Map<number, number>();
  const bottom = Math.min(s.bottom, s.top + maxRows - 1);
  const right = Math.min(s.right, s.left + maxCols - 1);
  for (let r = s.top; r <= bottom; r++) {
    // Up to the row's last cell, not the sheet's edge (one stray cell at XFD1048576 makes every row 16,384 wide).
    const end = Math.min(right, s.left + (s.snapshot.data[r - s.top]?.length ?? 0) - 1);
    for (let c = s.left; c <= end; c++) {
      const v = s.value(r, c);
      if (typeof v !== "string" || v.length > 120) continue;
      if (matchLabel(v)) hits.set(c, (hits.get(c) ?? 0) + 1);
    }
  }
  let best = { col: s.left, hits: 0 };
  for (const [col, n] of hits)
    if (n > best.hits || (n === best.hits && col < best.col)) best = { col, hits: n };
  return best;
}

/**
 * Finds the text sheet: by name ("Thuyết minh", any case or diacritics), else the sheet whose
 * first 200 rows × 10 columns hold the most labels (at least 5), so a renamed sheet is found
 * without scanning a large Biểu 06a cell by cell.
 */
export function findTextSheet(
  wb: WorkbookSnapshot,
  name?: string
): { sheet: Sheet; labelCol: number } | null {
  const want = foldAscii(name ?? TEXT_SHEET_NAME);
  const named = wb.sheets.find((snap) => foldAscii(snap.name) === want);
  if (named) {
    const s = new Sheet(named);
    return { sheet: s, labelCol: labelColumn(s).col };
  }
  if (name !== undefined) return null;
  let best: { sheet: Sheet; labelCol: number; hits: number } | null = null;
  for (const snap of wb.sheets) {
    const s = new Sheet(snap);
    const lc = labelColumn(s, 200, 10);
    if (lc.hits >= 5 && (!best || lc.hits > best.hits))
      best = { sheet: s, labelCol: lc.col, hits: lc.hits };
  }
  return best ? { sheet: best.sheet, labelCol: best.labelCol } : null;
}

/** Multi-line cell text: NFC, CR/LF unified, each line trimmed, runs of blank lines folded. */
function cellLines(v: CellValue, s: Sheet, row: number, col: number): string {
  if (v === null || v === undefined) return "";
  const raw = typeof v === "string" ? v : s.text(row, col);
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[\s\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function splitList(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.replace(/^[-–•+]\s*/, "").trim())
    .filter((l) => l !== "");
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function readDate(v: CellValue, text: string): IsoDate | null {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    return { y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() };
  }
  if (typeof v === "number" && Number.isFinite(v) && v > 20000 && v < 80000) {
    const d = new Date(EXCEL_EPOCH + Math.floor(v) * 86400000);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  }
  const t = text.trim();
  if (!t) return null;
  const dmy = parseDmy(t);
  if (dmy) return dmy;
  const long = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u.exec(fold(t));
  if (long) {
    const d = parseInt(long[1], 10);
    const m = parseInt(long[2], 10);
    const y = parseInt(long[3], 10);
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)) return { y, m, d };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) {
    const y = parseInt(iso[1], 10);
    const m = parseInt(iso[2], 10);
    const d = parseInt(iso[3], 10);
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)) return { y, m, d };
  }
  return null;
}

/** True when an Excel number format shows a percentage (a "%" outside quotes). */
function isPercentFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /%/.test(fmt.replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}

type NumRead = { ok: true; value: number | null } | { ok: false };

function readCount(v: CellValue): NumRead {
  if (isCellError(v)) return { ok: false };
  const p = parseCount(v);
  if (p.kind === "blank") return { ok: true, value: null };
  if (p.kind === "count") return { ok: true, value: p.value };
  // "1.234" on a Vietnamese sheet is a thousands separator: take it.
  if (p.kind === "invalid" && p.reason === "thousands" && p.value !== undefined)
    return { ok: true, value: p.value };
  return { ok: false };
}

function readPercent(v: CellValue, fmt: string | undefined): NumRead {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === ""))
    return { ok: true, value: null };
  if (typeof v === "number" && Number.isFinite(v)) {
    const p = isPercentFormat(fmt) ? v * 100 : v;
    return p >= 0 && p <= 1000 ? { ok: true, value: Math.round(p * 1000) / 1000 } : { ok: false };
  }
  if (typeof v === "string") {
    const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(
      v
        .normalize("NFC")
        .replace(/\u00a0/g, " ")
        .trim()
    );
    if (m) return { ok: true, value: Number(m[1].replace(",", ".")) };
  }
  return { ok: false };
}

/**
 * Reads the text sheet. Labels are matched after fold() (then by outline code, then without
 * diacritics); the value is the cell right of the label. Rows below a list or section field
 * whose label cell is empty continue its value (one line each). A workbook without the
 * sheet gives data null and missing ["Thuyết minh"]. `opts.sheet` names the sheet to read
 * (then no other sheet is searched).
 */
export function readTextSheet(
  wb: WorkbookSnapshot,
  opts: { sheet?: string; regime?: RegimeId | null } = {}
): TextSheetRead {
  const found = findTextSheet(wb, opts.sheet);
  if (!found)
    return { data: null, missing: [opts.sheet ?? TEXT_SHEET_NAME], findings: [], sheet: null };
  const { sheet: s, labelCol } = found;
  const valueCol = labelCol + 1;
  const data = emptyTextSheet();
  const findings: Finding[] = [];
  const figureCells: Partial<Record<FigureKey, string>> = {};
  const seen = new Map<TextFieldSpec, { row: number; value: string }>();
  // A field worded by regime (online services): the wording its row has on this sheet.
  const seenLabel = new Map<TextFieldSpec, string>();
  let current: TextFieldSpec | null = null;
  const buf = new Map<TextFieldSpec, string>();

  for (let r = s.top; r <= s.bottom; r++) {
    const labelText = s.text(r, labelCol);
    const spec = labelText ? matchLabel(labelText) : null;
    if (!spec) {
      // A continuation row of a list or a section, or something else (title, blank row).
      const cont = current && labelText === "" && !s.isEmpty(r, valueCol);
      if (cont && current) {
        const t = current.target;
        const multi = t.group === "section" || (t.group === "header" && t.kind === "lines");
        if (multi) {
          const more = cellLines(s.value(r, valueCol), s, r, valueCol);
          const prev = buf.get(current) ?? "";
          buf.set(current, prev ? prev + "\n" + more : more);
          continue;
        }
      }
      if (labelText !== "") current = null;
      continue;
    }
    current = spec;
    const v = s.value(r, valueCol);
    const text = cellLines(v, s, r, valueCol);
    const first = seen.get(spec);
    if (first) {
      if (text !== "" && text !== first.value) {
        findings.push(
          findingAt(
            RULE.duplicate,
            s.name,
            r,
            labelCol,
            TEXT_FINDING.duplicate(spec.label, addr(first.row, valueCol))
          )
        );
      }
      current = null; // continuation rows belong to the first occurrence only
      continue;
    }
    seen.set(spec, { row: r, value: text });
    if (spec.byRegime) {
      const k = foldAscii(labelKey(labelText));
      const asSeen = Object.values(spec.byRegime).find((l) => foldAscii(labelKey(l)) === k);
      if (asSeen) seenLabel.set(spec, asSeen);
    }
    const t = spec.target;
    if (t.group === "header" || t.group === "section" || t.group === "figureText") {
      buf.set(spec, text);
      if (t.group === "header" && t.kind === "date") {
        data.date = readDate(v, text);
        if (!data.date && text !== "") {
          findings.push(
            findingAt(RULE.date, s.name, r, valueCol, TEXT_FINDING.notADate(spec.label, text))
          );
        }
      }
      continue;
    }
    // Figures.
    figureCells[t.key] = `${s.name}!${addr(r, valueCol)}`;
    const res =
      t.kind === "count" ? readCount(v) : readPercent(v, s.cell(r, valueCol)?.numberFormat);
    if (res.ok) data.figures[t.key] = res.value;
    else {
      const shown = isCellError(v) ? v.error : text;
      findings.push(
        findingAt(
          t.kind === "count" ? RULE.number : RULE.percent,
          s.name,
          r,
          valueCol,
          t.kind === "count"
            ? TEXT_FINDING.notANumber(spec.label, shown)
            : TEXT_FINDING.notAPercent(spec.label, shown)
        )
      );
    }
  }

  for (const [spec, text] of buf) {
    const t = spec.target;
    if (t.group === "section") data.sections[t.key] = text;
    else if (t.group === "figureText") data.figures.reviewTimeCut = text.replace(/\n/g, " ");
    else if (t.group === "header") {
      if (t.kind === "lines") setHeader(data, t.key, splitList(text));
      else if (t.kind === "text") setHeader(data, t.key, text.replace(/\n+/g, " ").trim());
    }
  }

  const missing: string[] = [];
  for (const f of TEXT_FIELDS) {
    if (!f.required) continue;
    if (isEmptyField(f, data)) missing.push(seenLabel.get(f) ?? labelFor(f, opts.regime));
  }
  return { data, missing, findings, sheet: s.name, figureCells };
}

function setHeader(d: TextSheetData, key: HeaderKey, value: string | string[]): void {
  (d as unknown as Record<string, unknown>)[key] = value;
}

function isEmptyField(f: TextFieldSpec, d: TextSheetData): boolean {
  const t = f.target;
  switch (t.group) {
    case "header": {
      const x = d[t.key];
      return x === null || x === "" || (Array.isArray(x) && x.length === 0);
    }
    case "figure":
      return d.figures[t.key] === null;
    case "figureText":
      return d.figures.reviewTimeCut === "";
    case "section":
      return d.sections[t.key] === "";
  }
}
