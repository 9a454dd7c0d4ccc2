// Finding Biểu 06a on any sheet, at any offset, from its header words (SPEC "Biểu 06a: columns").
import { isCellError, Sheet, WorkbookSnapshot, CellSnapshot } from "../grid";
import { foldAscii } from "../text/normalize";
import { parseCount, parseDmy } from "../text/numbers";
import { MSG_06A } from "../messages/form06a";
import {
  COUNT_KEYS,
  CountCell,
  CountKey,
  CountState,
  Form06a,
  FormRow,
  Period,
  TitleBlock,
} from "./model";

/** Header words, compared after foldAscii (no case, no diacritics, spaces folded). */
const GROUP_RECEIVED = /so (luong )?ho so nhan/;
const GROUP_RESOLVED = /so (luong )?ho so da giai quyet/;
const GROUP_PENDING = /(so (luong )?ho so )?dang giai quyet/;
const NAME_HEADER = /^(linh vuc|don vi|ten don vi|ten linh vuc)\b/;
const STT_HEADER = /^(s\s?t\s?t|tt|so tt)$/;
/** First letter of a total, signature or header text (Tổng, Cộng, Người lập, Thủ trưởng, Ký, KT., Số hồ sơ): cheaper than folding every name. */
const MAYBE_SPECIAL = /^[\s\-–(]*[tcnksTCNKS]/;
const TOTAL_TEXT = /^[-–\s]*(tong|tong cong|tong so|cong)[-–\s.:]*$/;
const SIGNATURE_TEXT = /(nguoi lap bieu|thu truong don vi|ky, ghi ro ho)/;

/** Sub-header words per count column within its group, for validation. */
const SUB_HEADER: Partial<Record<CountKey, RegExp>> = {
  online: /truc tuyen/,
  direct: /truc tiep|buu chinh/,
  carriedOver: /ky truoc/,
  early: /truoc han/,
  onTime: /dung han/,
  late: /qua han/,
  withinTime: /trong han/,
  overdue: /qua han/,
};

export interface LocateOptions {
  /** Search only this sheet (CLI --sheet). */
  sheet?: string;
}

export class LocateError extends Error {
  constructor(
    message: string,
    readonly code: "no-sheet" | "no-form",
  ) {
    super(message);
  }
}

interface HeaderHit {
  row: number;
  recvCol: number;
  resolvedCol: number;
  pendingCol: number;
  /** The group titles run on into the row below ("Số hồ sơ nhận" / "giải quyết"): sub-headers start a row lower. */
  split: boolean;
}

/**
 * The last column of row `r` that holds a cell in the snapshot. Sheets are sparse: one stray
 * character at XFD1048576 makes the sheet 16,384 columns wide and a million rows tall, and a
 * scan of every row over the sheet's full width would never end.
 */
function rowEnd(sheet: Sheet, r: number): number {
  const line = sheet.snapshot.data[r - sheet.top];
  return line ? sheet.left + line.length - 1 : sheet.left - 1;
}

/** A header row of group titles that is not a form (its columns (3)…(13) are not under it). */
interface RejectedHeader {
  sheet: string;
  row: number;
}

function scan(wb: WorkbookSnapshot, opts: LocateOptions): { forms: Form06a[]; rejected: RejectedHeader[] } {
  const sheets = opts.sheet !== undefined ? wb.sheets.filter((s) => s.name === opts.sheet) : wb.sheets;
  const forms: Form06a[] = [];
  const rejected: RejectedHeader[] = [];
  for (const snap of sheets) {
    const sheet = new Sheet(snap);
    for (const hit of findHeaders(sheet)) {
      const form = buildForm(sheet, hit);
      if (form) forms.push(form);
      else rejected.push({ sheet: sheet.name, row: hit.row });
    }
  }
  return { forms, rejected };
}

/** All Biểu 06a tables found, in sheet order. */
export function locateAll(wb: WorkbookSnapshot, opts: LocateOptions = {}): Form06a[] {
  return scan(wb, opts).forms;
}

/** The first Biểu 06a of the workbook (or of opts.sheet); throws LocateError with a Vietnamese reason. */
export function locate06a(wb: WorkbookSnapshot, opts: LocateOptions = {}): Form06a {
  if (opts.sheet !== undefined && !wb.sheets.some((s) => s.name === opts.sheet)) {
    throw new LocateError(`Không có trang tính "${opts.sheet}" trong tệp.`, "no-sheet");
  }
  const { forms, rejected } = scan(wb, opts);
  if (forms.length === 0 && rejected.length > 0) {
    throw new LocateError(MSG_06A.headerWithoutColumns(rejected[0].sheet, rejected[0].row), "no-form");
  }
  if (forms.length === 0) {
    const where = opts.sheet !== undefined ? `trang tính "${opts.sheet}"` : "tệp";
    throw new LocateError(
      `Không tìm thấy Biểu 06a trong ${where}: cần dòng tiêu đề có "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết" và "Số lượng hồ sơ đang giải quyết".`,
      "no-form",
    );
  }
  return forms[0];
}

function findHeaders(sheet: Sheet): HeaderHit[] {
  const hits: HeaderHit[] = [];
  for (let r = sheet.top; r <= sheet.bottom; r++) {
    let recv = 0;
    let res = 0;
    let pend = 0;
    let split = false;
    const end = rowEnd(sheet, r);
    for (let c = sheet.left; c <= end; c++) {
      const v = sheet.value(r, c);
      if (typeof v !== "string" || v.length > 120) continue;
      // Cheap filter first: every group header says "… giải quyết". A title typed over two
      // cells, one under the other ("Số hồ sơ nhận" / "giải quyết"), is read as one.
      let t: string;
      let joined = false;
      if (/quy/i.test(v)) t = foldAscii(v);
      else {
        if (!/h/i.test(v)) continue;
        const below = sheet.value(r + 1, c);
        if (typeof below !== "string" || below.length > 120 || !/quy/i.test(below) || !foldAscii(v).includes("ho so")) continue;
        t = foldAscii(v + " " + below);
        joined = true;
      }
      const m = sheet.mergeAt(r, c);
      const col = m ? m.left : c;
      let hit = true;
      if (!recv && GROUP_RECEIVED.test(t)) recv = col;
      else if (!res && GROUP_RESOLVED.test(t)) res = col;
      else if (!pend && GROUP_PENDING.test(t) && !GROUP_RESOLVED.test(t)) pend = col;
      else hit = false;
      if (hit && joined) split = true;
    }
    if (recv && res && pend && recv < res && res < pend) hits.push({ row: r, recvCol: recv, resolvedCol: res, pendingCol: pend, split });
  }
  return hits;
}

/** Words of each count column's sub-header, within its group (compared after foldAscii). */
const GROUP_WORDS: [CountKey, RegExp][][] = [
  [
    ["received", /\btong\b/],
    ["online", /truc tuyen/],
    ["direct", /truc tiep|buu chinh/],
    ["carriedOver", /ky truoc/],
  ],
  [
    ["resolved", /\btong\b/],
    ["early", /truoc han/],
    ["onTime", /dung han/],
    ["late", /qua han/],
  ],
  [
    ["pending", /\btong\b/],
    ["withinTime", /trong han/],
    ["overdue", /qua han/],
  ],
];

/**
 * Columns of the counts read from the sub-headers, for groups whose sub-headers name every
 * column exactly once (in any order, with extra columns between them); other groups keep the
 * form's order from the group's first column.
 */
function columnsFromSubHeaders(sheet: Sheet, hit: HeaderHit, subTop: number, subBottom: number, cols: Record<CountKey, number>): void {
  const starts = [hit.recvCol, hit.resolvedCol, hit.pendingCol];
  GROUP_WORDS.forEach((words, g) => {
    const start = starts[g];
    let end: number;
    if (g < 2) end = starts[g + 1] - 1;
    else {
      const m = sheet.mergeAt(hit.row, start);
      end = m && m.right > start ? m.right : start + words.length + 2;
    }
    const found = new Map<CountKey, number[]>();
    for (let c = start; c <= end; c++) {
      let text = "";
      for (let r = subTop; r <= subBottom; r++) text += " " + sheet.mergedText(r, c);
      const t = foldAscii(text);
      if (!t) continue;
      const keys = words.filter(([, re]) => re.test(t)).map(([k]) => k);
      if (keys.length === 1) found.set(keys[0], [...(found.get(keys[0]) ?? []), c]);
    }
    if (words.every(([k]) => found.get(k)?.length === 1)) for (const [k] of words) cols[k] = (found.get(k) as number[])[0];
  });
}

function buildForm(sheet: Sheet, hit: HeaderHit): Form06a | null {
  // (3)…(6) and (7)…(10) are four columns each: groups side by side are titles without columns.
  if (hit.resolvedCol - hit.recvCol < 4 || hit.pendingCol - hit.resolvedCol < 4) return null;
  const cols = {} as Record<CountKey, number>;
  const groups: [CountKey[], number][] = [
    [["received", "online", "direct", "carriedOver"], hit.recvCol],
    [["resolved", "early", "onTime", "late"], hit.resolvedCol],
    [["pending", "withinTime", "overdue"], hit.pendingCol],
  ];
  for (const [keys, start] of groups) keys.forEach((k, i) => (cols[k] = start + i));

  // The name column: a "Lĩnh vực…"/"Đơn vị…" header left of the counts, in the header rows.
  let nameCol = 0;
  let sttCol = 0;
  for (let r = hit.row; r <= hit.row + 2 && (!nameCol || !sttCol); r++) {
    for (let c = sheet.left; c < hit.recvCol; c++) {
      const t = foldAscii(sheet.mergedText(r, c));
      if (!nameCol && NAME_HEADER.test(t)) nameCol = c;
      if (!sttCol && STT_HEADER.test(t.replace(/\s+/g, " "))) sttCol = c;
    }
  }
  if (!nameCol) nameCol = hit.recvCol - 1;
  if (!sttCol) sttCol = nameCol - 1;
  if (nameCol < 1 || sttCol < 1) return null;

  // Header depth: the last row whose sub-headers sit under the groups (merges included).
  const subTop = hit.row + (hit.split ? 2 : 1);
  let headerBottom = subTop - 1;
  let subHeaderRows = 0;
  for (let r = subTop; r <= subTop + 2; r++) {
    let subs = 0;
    for (const k of COUNT_KEYS) {
      const re = SUB_HEADER[k];
      const t = foldAscii(sheet.text(r, cols[k]));
      if ((re && re.test(t)) || /^tong so$|^trong do$|^trong ky$/.test(t)) subs++;
    }
    const merged = COUNT_KEYS.some((k) => {
      const m = sheet.mergeAt(r, cols[k]);
      return m !== null && m.top < r;
    });
    if (subs > 0 || merged) {
      headerBottom = r;
      subHeaderRows++;
    } else break;
  }
  // The header is 2–3 rows: group titles with nothing under them are not the form.
  if (subHeaderRows === 0) return null;
  columnsFromSubHeaders(sheet, hit, subTop, headerBottom, cols);
  // The merged STT/name header tells the depth too.
  const nameMerge = sheet.mergeAt(hit.row, nameCol);
  if (nameMerge && nameMerge.bottom > headerBottom) headerBottom = nameMerge.bottom;

  // Optional numbering row "(1) (2) … (13)".
  let hasNumberingRow = false;
  const nr = headerBottom + 1;
  const num = (c: number) => sheet.text(nr, c).replace(/[()\s]/g, "");
  // The count columns carry (3)…(13), in the order of their sub-headers (which may differ from the form's).
  const numbers = new Set(COUNT_KEYS.map((k) => num(cols[k])));
  if (num(sttCol) === "1" && num(nameCol) === "2" && numbers.size === COUNT_KEYS.length && [...numbers].every((x) => /^\d+$/.test(x) && +x >= 3 && +x <= 13)) {
    hasNumberingRow = true;
    headerBottom = nr;
  }

  // Rows until an empty row, a signature line or another header.
  const rows: FormRow[] = [];
  let total: FormRow | null = null;
  const extraTotals: FormRow[] = [];
  let last = headerBottom;
  for (let r = headerBottom + 1; r <= sheet.bottom; r++) {
    const name = sheet.text(r, nameCol);
    const stt = sheet.text(r, sttCol);
    const anyCount = COUNT_KEYS.some((k) => !sheet.isEmpty(r, cols[k]));
    if (!name && !stt && !anyCount) {
      // A blank row inside the table (left by a deleted field) does not end it when the rows
      // just below still carry counts; signatures and notes below a form carry none.
      if (countsFollow(sheet, r, cols)) continue;
      break;
    }
    // Totals, signatures and repeated headers are short: fold only short texts (speed on big forms).
    const fn = name.length <= 40 && MAYBE_SPECIAL.test(name) ? foldAscii(name) : "";
    const fs = stt.length <= 40 && MAYBE_SPECIAL.test(stt) ? foldAscii(stt) : "";
    if (SIGNATURE_TEXT.test(fn) || SIGNATURE_TEXT.test(fs)) break;
    if (GROUP_RECEIVED.test(fn)) break;
    const isTotal = TOTAL_TEXT.test(fn) || (!name && TOTAL_TEXT.test(fs));
    const formRow = readRow(sheet, r, sttCol, nameCol, cols, isTotal ? "total" : "data");
    // A second total row (typed twice, or a copy left below) is a total too, never a field.
    if (isTotal && !total) total = formRow;
    else if (isTotal) extraTotals.push(formRow);
    else rows.push(formRow);
    last = r;
  }

  return {
    sheet: sheet.name,
    headerTop: hit.row,
    headerBottom,
    hasNumberingRow,
    sttCol,
    nameCol,
    cols,
    rows,
    total,
    ...(extraTotals.length ? { extraTotals } : {}),
    title: readTitle(sheet, hit.row),
    range: { top: hit.row, left: Math.min(sttCol, nameCol), bottom: last, right: cols.overdue },
  };
}

/** Whether one of the two rows below `r` holds numbers in at least three count columns. */
function countsFollow(sheet: Sheet, r: number, cols: Record<CountKey, number>): boolean {
  for (let n = r + 1; n <= Math.min(r + 2, sheet.bottom); n++) {
    const numbers = COUNT_KEYS.filter((k) => countState(sheet.cell(n, cols[k])).kind === "count").length;
    if (numbers >= 3) return true;
  }
  return false;
}

function readRow(
  sheet: Sheet,
  r: number,
  sttCol: number,
  nameCol: number,
  cols: Record<CountKey, number>,
  kind: "data" | "total",
): FormRow {
  const counts = {} as Record<CountKey, CountCell>;
  for (const k of COUNT_KEYS) {
    const raw = sheet.cell(r, cols[k]);
    counts[k] = { row: r, col: cols[k], state: countState(raw), raw };
  }
  return { row: r, kind, stt: sheet.text(r, sttCol), name: sheet.text(r, nameCol), counts };
}

// Shared, frozen states for blanks and small whole numbers: a 30,000-row form would otherwise
// allocate a third of a million small objects.
const BLANK: CountState = Object.freeze({ kind: "blank" });
const SMALL: CountState[] = Array.from({ length: 1024 }, (_, n) => Object.freeze({ kind: "count", value: n, asText: false }) as CountState);

export function countState(raw: CellSnapshot | null): CountState {
  if (!raw) return BLANK;
  const v = raw.value;
  if (typeof v === "number" && v >= 0 && v < SMALL.length && Number.isInteger(v)) return SMALL[v];
  if (isCellError(v)) return { kind: "invalid", reason: "error", shown: v.error };
  const p = parseCount(v);
  // Beyond 2^53 whole numbers are no longer exact: sums of such "counts" would be silently wrong.
  if (p.kind === "count" && !Number.isSafeInteger(p.value)) return { kind: "invalid", reason: "huge", shown: typeof v === "number" ? String(v) : String(v).trim() };
  if (p.kind === "count") return { kind: "count", value: p.value, asText: p.asText };
  if (p.kind === "blank") return BLANK;
  const shown = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return { kind: "invalid", reason: p.reason, shown };
}

const PERIOD_RE = /tu ngay\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*den ngay\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/;
const UNIT_LABEL = /^don vi bao cao\s*:?\s*(.*)$/;
const UNIT_NAME = /^(ubnd|uy ban nhan dan)\s+(phuong|xa|thi tran|thi xa|huyen|quan|thanh pho)\b/;

/** Unit name and period from the rows above the header. */
function readTitle(sheet: Sheet, headerTop: number): TitleBlock {
  const title: TitleBlock = { unit: null, unitCell: null, periodCell: null, periodText: null, period: null };
  const from = Math.max(sheet.top, headerTop - 15);
  let unitGuess: { text: string; row: number; col: number } | null = null;
  // Cells right of or below "Đơn vị nhận báo cáo:" hold the recipient, not the unit.
  const recipientCells = new Set<string>();
  for (let r = from; r < headerTop; r++) {
    const end = rowEnd(sheet, r);
    for (let c = sheet.left; c <= end; c++) {
      if (sheet.isEmpty(r, c)) continue;
      const text = sheet.text(r, c);
      const t = foldAscii(text);
      if (!title.periodCell && /tu ngay|den ngay|ky bao cao/.test(t)) {
        title.periodCell = { row: r, col: c };
        title.periodText = text;
        title.period = parsePeriod(text);
      }
      const lab = UNIT_LABEL.exec(t);
      if (lab && !title.unit) {
        const rest = text.slice(text.indexOf(":") + 1).trim();
        if (text.includes(":") && rest) {
          title.unit = rest;
          title.unitCell = { row: r, col: c };
        } else {
          // The name stands to the right or just below the label.
          for (const [rr, cc] of [
            [r, c + 1],
            [r + 1, c],
          ]) {
            const v = sheet.text(rr, cc);
            if (v && !/^don vi nhan/.test(foldAscii(v))) {
              title.unit = v;
              title.unitCell = { row: rr, col: cc };
              break;
            }
          }
        }
      }
      if (/^don vi nhan bao cao\s*:?\s*$/.test(t)) {
        recipientCells.add(r + ":" + (c + 1));
        recipientCells.add(r + 1 + ":" + c);
      }
      if (!unitGuess && UNIT_NAME.test(t) && !/nhan bao cao/.test(t) && !recipientCells.has(r + ":" + c)) unitGuess = { text, row: r, col: c };
    }
  }
  if (!title.unit && unitGuess) {
    title.unit = unitGuess.text;
    title.unitCell = { row: unitGuess.row, col: unitGuess.col };
  }
  return title;
}

export function parsePeriod(text: string): Period | null {
  const m = PERIOD_RE.exec(foldAscii(text));
  if (!m) return null;
  const a = parseDmy(m[1].replace(/\s+/g, ""));
  const b = parseDmy(m[2].replace(/\s+/g, ""));
  if (!a || !b) return null;
  return { from: a, to: b };
}
