// Finding Biểu 06a on any sheet, at any offset, from its header words (SPEC "Biểu 06a: columns").
import { isCellError, Rect, Sheet, WorkbookSnapshot, CellSnapshot } from "../grid";
import { foldAscii } from "../text/normalize";
import { parseCount, parseDmy } from "../text/numbers";
import { MSG_06A } from "../messages/form06a";
import {
  COLUMN_NO,
  COUNT_KEYS,
  CountCell,
  CountKey,
  CountState,
  Form06a,
  FormRow,
  Period,
  SectionRow,
  TitleBlock,
} from "./model";
import { namedPeriod } from "./period";
import {
  FORM_TITLES,
  GROUP_IDS,
  GROUP_TITLES,
  GroupId,
  groupOfSubHeaders,
  groupOfTitle,
  keysOfSubHeader,
  NAME_HEADERS,
  STT_HEADER,
  stripNotes,
} from "./wordings";

/** Header words (see wordings.ts), compared after foldAscii (no case, no diacritics, spaces folded). */
const NAME_HEADER = new RegExp(NAME_HEADERS.map((h) => h.wording.pattern.source).join("|"));
const UNIT_HEADER = new RegExp(
  NAME_HEADERS.filter((h) => h.units)
    .map((h) => h.wording.pattern.source)
    .join("|")
);
/** A repeated header row ends the form. */
const GROUP_RECEIVED = new RegExp(GROUP_TITLES.received.map((w) => w.pattern.source).join("|"));
/** Cheap test on the raw text before folding a cell: "…giải quyết", "tiếp nhận", "… xử lý". */
const MAYBE_GROUP = /quy|p\s*nh|x\S{0,3}\s+l/i;
/**
 * First letter of a total, signature or header text (Tổng, Cộng, Người lập, Thủ trưởng, Ký, KT.,
 * Số hồ sơ): cheaper than folding every name.
 */
const MAYBE_SPECIAL = /^[\s\-–(]*[tcnksTCNKS]/;
const TOTAL_TEXT = /^[-–\s]*(tong|tong cong|tong so|cong)[-–\s.:]*$/;
/** A sub-total of a group: "Cộng", "Tổng cấp xã", "Cộng (I)". */
const SUBTOTAL_TEXT = /^[-–\s]*(tong cong|tong so|tong|cong)\b/;
const SIGNATURE_TEXT = /(nguoi lap bieu|thu truong don vi|ky, ghi ro ho)/;
const NOTE_TEXT = /^[\s*]*(\*|ghi chu|chu thich|luu y)/;
/** STT of a group row: I, II, III…, A, B, C… */
const GROUP_STT = /^([ivxlc]+|[a-h])[.):]?$/i;

export interface LocateOptions {
  /** Search only this sheet (CLI --sheet). */
  sheet?: string;
}

export class LocateError extends Error {
  constructor(
    message: string,
    readonly code: "no-sheet" | "no-form"
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
  /** The titles of (7)–(13) stand one row below that of (3)–(6) (`row`). */
  stacked: boolean;
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

/** A header row of group titles that is not a form, and why (Vietnamese). */
interface RejectedHeader {
  sheet: string;
  row: number;
  /** What the header lacked; null: its columns (3)…(13) are not under it at all. */
  lack: string | null;
}

function scan(
  wb: WorkbookSnapshot,
  opts: LocateOptions
): { forms: Form06a[]; rejected: RejectedHeader[] } {
  const sheets =
    opts.sheet !== undefined ? wb.sheets.filter((s) => s.name === opts.sheet) : wb.sheets;
  const forms: Form06a[] = [];
  const rejected: RejectedHeader[] = [];
  for (const snap of sheets) {
    const sheet = new Sheet(snap);
    for (const hit of findHeaders(sheet)) {
      const form = buildForm(sheet, hit);
      if ("lack" in form) rejected.push({ sheet: sheet.name, row: hit.row, lack: form.lack });
      else forms.push(form);
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
    const r = rejected[0];
    throw new LocateError(
      r.lack === null
        ? MSG_06A.headerWithoutColumns(r.sheet, r.row)
        : MSG_06A.headerNearMiss(r.sheet, r.row, r.lack),
      "no-form"
    );
  }
  if (forms.length === 0) {
    const where = opts.sheet !== undefined ? `trang tính "${opts.sheet}"` : "tệp";
    throw new LocateError(
      `Không tìm thấy Biểu 06a trong ${where}: cần dòng tiêu đề có "Số hồ sơ nhận giải quyết", "Số ` +
        `hồ sơ đã giải quyết" và "Số lượng hồ sơ đang giải quyết".`,
      "no-form"
    );
  }
  return forms[0];
}

function findHeaders(sheet: Sheet): HeaderHit[] {
  const hits: HeaderHit[] = [];
  // Areas merged across columns, by their first row: a group under an unusual title is one.
  const wideByRow = new Map<number, Rect[]>();
  for (const m of sheet.merges)
    if (m.right > m.left) wideByRow.set(m.top, [...(wideByRow.get(m.top) ?? []), m]);
  for (let r = sheet.top; r <= sheet.bottom; r++) {
    const at: Record<GroupId, number> = { received: 0, resolved: 0, pending: 0 };
    let found = 0;
    let split = false;
    const end = rowEnd(sheet, r);
    for (let c = sheet.left; c <= end; c++) {
      const v = sheet.value(r, c);
      if (typeof v !== "string" || v.length > 120) continue;
      // Cheap filter first. A title typed over two cells, one under the other ("Số hồ sơ
      // nhận" / "giải quyết"), is read as one.
      let t: string;
      let joined = false;
      if (MAYBE_GROUP.test(v)) t = foldAscii(v);
      else {
        if (!/h/i.test(v)) continue;
        const below = sheet.value(r + 1, c);
        if (
          typeof below !== "string" ||
          below.length > 120 ||
          !/quy/i.test(below) ||
          !foldAscii(v).includes("ho so")
        )
          continue;
        t = foldAscii(v + " " + below);
        joined = true;
      }
      const g = groupOfTitle(t);
      if (g && !at[g]) {
        const m = sheet.mergeAt(r, c);
        at[g] = m ? m.left : c;
        found++;
        if (joined) split = true;
      }
    }
    if (found === 2) {
      // One group under an unusual title (a text merged across columns that no wording names):
      // told by the sub-headers under it.
      const missing = GROUP_IDS.find((g) => !at[g]) as GroupId;
      const taken = new Set(GROUP_IDS.map((g) => at[g]));
      for (const u of wideByRow.get(r) ?? []) {
        const v = sheet.value(r, u.left);
        if (typeof v !== "string" || taken.has(u.left)) continue;
        const texts: string[] = [];
        for (let c = u.left; c <= u.right; c++)
          for (let rr = r + 1; rr <= r + 2; rr++) texts.push(foldAscii(sheet.mergedText(rr, c)));
        if (groupOfSubHeaders(texts) === missing) {
          at[missing] = u.left;
          found++;
          break;
        }
      }
    }
    // The titles of (7)–(13) one row below that of (3)–(6), under a title of their own ("Kết quả
    // giải quyết" over "Số hồ sơ đã giải quyết" and "… đang giải quyết"; LT in wordings.ts): the
    // header starts on the row above, where the received group's title stands.
    let top = r;
    if (found === 2 && !at.received && r > sheet.top) {
      const end = Math.min(at.resolved - 1, rowEnd(sheet, r - 1));
      for (let c = sheet.left; c <= end; c++) {
        const v = sheet.value(r - 1, c);
        if (typeof v !== "string" || v.length > 120 || !MAYBE_GROUP.test(v)) continue;
        if (groupOfTitle(foldAscii(v)) !== "received") continue;
        const m = sheet.mergeAt(r - 1, c);
        at.received = m ? m.left : c;
        found++;
        top = r - 1;
        break;
      }
    }
    if (
      found === 3 &&
      at.received < at.resolved &&
      at.resolved < at.pending &&
      hits[hits.length - 1]?.row !== top
    )
      hits.push({
        row: top,
        recvCol: at.received,
        resolvedCol: at.resolved,
        pendingCol: at.pending,
        split,
        stacked: top < r,
      });
  }
  return hits;
}

const GROUP_KEYS: Record<GroupId, CountKey[]> = {
  received: ["received", "online", "direct", "carriedOver"],
  resolved: ["resolved", "early", "onTime", "late"],
  pending: ["pending", "withinTime", "overdue"],
};
const GROUP_NAME: Record<GroupId, string> = {
  received: "Số hồ sơ nhận giải quyết",
  resolved: "Số hồ sơ đã giải quyết",
  pending: "Số lượng hồ sơ đang giải quyết",
};

/**
 * Columns of the counts read from the sub-headers: a group whose sub-headers name every column
 * exactly once (in any order, with extra columns between or after them) takes those columns; a
 * group of the form's width whose sub-headers agree with the form's order (or name nothing) keeps
 * that order. Otherwise the group lacks a column: what it lacks is returned (Vietnamese).
 */
function resolveColumns(
  sheet: Sheet,
  hit: HeaderHit,
  subTop: number,
  subBottom: number,
  cols: Record<CountKey, number>
): string | null {
  const starts: Record<GroupId, number> = {
    received: hit.recvCol,
    resolved: hit.resolvedCol,
    pending: hit.pendingCol,
  };
  const lacks: string[] = [];
  for (const g of GROUP_IDS) {
    const keys = GROUP_KEYS[g];
    const start = starts[g];
    let end: number;
    /** The last group of an unmerged header: no width of its own, it ends at its first unlabelled column. */
    let open = false;
    if (g === "received") end = hit.resolvedCol - 1;
    else if (g === "resolved") end = hit.pendingCol - 1;
    else {
      const m = sheet.mergeAt(hit.row, start);
      open = !(m && m.right > start);
      end = open ? start + keys.length + 2 : (m as Rect).right;
    }
    const found = new Map<CountKey, number[]>();
    /** Columns whose "Tổng số" sits under a sub-group's title that names no count ("Nhận trong kỳ"). */
    const nestedTotals = new Set<number>();
    for (let c = start; c <= end; c++) {
      let text = "";
      for (let r = subTop; r <= subBottom; r++) text += " " + sheet.mergedText(r, c);
      const t = foldAscii(text);
      // An empty column ends the last group (a block beside the form is not part of it). Without
      // merges, a column with no label on any header row (the titles' row, the sub-headers' rows,
      // the row just under them: a numbering row or a lower sub-header such as "SL" / "Tỷ lệ %")
      // is not a column of the form: the group ends before it.
      if (g === "pending" && c >= start + keys.length - 1) {
        if (!t && !open) break;
        if (open && !labelled(sheet, hit.row, subBottom, c)) {
          end = c - 1;
          break;
        }
      }
      if (!t) continue;
      let named = keysOfSubHeader(g, t);
      // "Trực tuyến" over "Tổng" / "Toàn trình" / "Một phần": its "Tổng" column is (4), not (3).
      if (named.length > 1) named = named.filter((k) => k !== keys[0]);
      if (named.length === 1) found.set(named[0], [...(found.get(named[0]) ?? []), c]);
      if (
        named.length === 1 &&
        named[0] === keys[0] &&
        subBottom > subTop &&
        isNestedTotal(sheet, g, keys[0], c, subTop, subBottom)
      )
        nestedTotals.add(c);
    }
    // A group's total named twice, once one header level further down under a sub-group's title
    // (OpenCPS: "Nhận giải quyết" / "Tổng số" beside "Nhận trong kỳ" / "Tổng số"): the sub-group's
    // total is a column beyond the form's, read past.
    const totals = found.get(keys[0]);
    if (totals && totals.length > 1) {
      const plain = totals.filter((c) => !nestedTotals.has(c));
      if (plain.length === 1) found.set(keys[0], plain);
    }
    if (keys.every((k) => found.get(k)?.length === 1)) {
      for (const k of keys) cols[k] = (found.get(k) as number[])[0];
      continue;
    }
    // The form's order from the group's first column, when nothing named contradicts it.
    const agrees = keys.every((k, i) => {
      const at = found.get(k);
      return !at || (at.length === 1 && at[0] === start + i);
    });
    if (agrees && end - start + 1 >= keys.length) continue;
    const missing = keys
      .filter((k) => !found.get(k)?.length)
      .map((k) => `${SUB_LABEL[k]} (${COLUMN_NO[k]})`);
    const twice = keys
      .filter((k) => (found.get(k)?.length ?? 0) > 1)
      .map((k) => `${SUB_LABEL[k]} (${COLUMN_NO[k]})`);
    lacks.push(MSG_06A.groupLacks(GROUP_NAME[g], missing, twice));
  }
  return lacks.length ? lacks.join("; ") : null;
}

/**
 * Whether column `c` has a label in the header rows `top`…`bottom`, or in the row just under them
 * when that cell is a text that is not a count ("Tỷ lệ %", "(13)") or continues a numbering row
 * (13 after 12, -13 after -12: a typed "(13)" stored as a number).
 */
function labelled(sheet: Sheet, top: number, bottom: number, c: number): boolean {
  for (let r = top; r <= bottom; r++) if (sheet.mergedText(r, c).trim()) return true;
  const under = bottom + 1;
  const v = sheet.value(under, c);
  if (typeof v === "string" && v.trim() && parseCount(v).kind !== "count") return true;
  const n = numberingText(sheet, under, c);
  return /^\d+$/.test(n) && numberingText(sheet, under, c - 1) === String(+n - 1);
}

/**
 * Whether the group total `total` that column `c` names stands under a title one header row
 * higher that names no count of the group (a sub-group such as "Nhận trong kỳ"), rather than
 * directly under the group's title.
 */
function isNestedTotal(
  sheet: Sheet,
  g: GroupId,
  total: CountKey,
  c: number,
  subTop: number,
  subBottom: number
): boolean {
  let above = false;
  for (let r = subTop; r <= subBottom; r++) {
    const t = foldAscii(sheet.mergedText(r, c));
    if (!t) continue;
    const keys = keysOfSubHeader(g, t);
    if (keys.includes(total)) return above;
    if (keys.length > 0) return false;
    above = true;
  }
  return false;
}

const SUB_LABEL: Record<CountKey, string> = {
  received: "Tổng số",
  online: "Trực tuyến",
  direct: "Trực tiếp, dịch vụ bưu chính",
  carriedOver: "Từ kỳ trước",
  resolved: "Tổng số",
  early: "Trước hạn",
  onTime: "Đúng hạn",
  late: "Quá hạn",
  pending: "Tổng số",
  withinTime: "Trong hạn",
  overdue: "Quá hạn",
};

/** A numbering-row cell: "(3)", "3", or the number -3 that Excel and LibreOffice store for a typed "(3)". */
function numberingText(sheet: Sheet, r: number, c: number): string {
  const v = sheet.value(r, c);
  if (typeof v === "number" && v < 0 && Number.isInteger(v)) return String(-v);
  return sheet.text(r, c).replace(/[()\s]/g, "");
}

function buildForm(sheet: Sheet, hit: HeaderHit): Form06a | { lack: string | null } {
  // (3)…(6) and (7)…(10) are four columns each. Titles in adjacent columns are titles without
  // columns. A group of two or three columns (one deleted, or titles on two rows as LT in
  // wordings.ts) is read on: with sub-headers under it, resolveColumns names what it lacks (a near
  // miss names its missing columns, issue 10); it never becomes a form, as a group narrower than
  // its count columns cannot name each of them once.
  if (hit.resolvedCol - hit.recvCol < 2 || hit.pendingCol - hit.resolvedCol < 2)
    return { lack: null };
  const cols = {} as Record<CountKey, number>;
  const groups: [CountKey[], number][] = [
    [GROUP_KEYS.received, hit.recvCol],
    [GROUP_KEYS.resolved, hit.resolvedCol],
    [GROUP_KEYS.pending, hit.pendingCol],
  ];
  for (const [keys, start] of groups) keys.forEach((k, i) => (cols[k] = start + i));

  // The name column: a "Lĩnh vực…"/"Đơn vị…" header left of the counts, in the header rows.
  let nameCol = 0;
  let sttCol = 0;
  let unitsHeader = false;
  for (let r = hit.row; r <= hit.row + 2 && (!nameCol || !sttCol); r++) {
    for (let c = sheet.left; c < hit.recvCol; c++) {
      const t = foldAscii(sheet.mergedText(r, c));
      if (!nameCol && NAME_HEADER.test(t)) {
        nameCol = c;
        unitsHeader = UNIT_HEADER.test(t);
      }
      if (!sttCol && STT_HEADER.pattern.test(t.replace(/\s+/g, " "))) sttCol = c;
    }
  }
  if (!nameCol) nameCol = hit.recvCol - 1;
  if (!sttCol) sttCol = nameCol - 1;
  if (nameCol < 1 || sttCol < 1) return { lack: null };

  // Header depth: the last row whose sub-headers sit under the groups (merges included).
  const subTop = hit.row + (hit.split ? 2 : 1);
  let headerBottom = subTop - 1;
  let subHeaderRows = 0;
  const groupAt = (c: number): GroupId =>
    c < hit.resolvedCol ? "received" : c < hit.pendingCol ? "resolved" : "pending";
  for (let r = subTop; r <= subTop + 2; r++) {
    let subs = 0;
    let merged = false;
    for (let c = hit.recvCol; c <= hit.pendingCol + 2; c++) {
      const t = foldAscii(sheet.text(r, c));
      if (
        t &&
        (keysOfSubHeader(groupAt(c), t).length > 0 ||
          /^(tong so|trong do|trong ky|tong)$/.test(stripNotes(t)))
      )
        subs++;
      const m = sheet.mergeAt(r, c);
      if (m !== null && m.top < r) merged = true;
    }
    if (subs > 0 || merged) {
      headerBottom = r;
      subHeaderRows++;
    } else break;
  }
  // The header is 2–3 rows: group titles with nothing under them are not the form.
  if (subHeaderRows === 0) return { lack: null };
  const lack = resolveColumns(sheet, hit, subTop, headerBottom, cols);
  if (lack) return { lack };
  // The merged STT/name header tells the depth too.
  const nameMerge = sheet.mergeAt(hit.row, nameCol);
  if (nameMerge && nameMerge.bottom > headerBottom) headerBottom = nameMerge.bottom;

  // Optional numbering row "(1) (2) … (13)", bare 1 … 13, or -1 … -13 (a typed "(1)" that a
  // spreadsheet stored as a negative number).
  let hasNumberingRow = false;
  const nr = headerBottom + 1;
  const num = (c: number) => numberingText(sheet, nr, c);
  // The count columns carry (3)…(13), in the order of their sub-headers (which may differ from the form's).
  const numbers = new Set(COUNT_KEYS.map((k) => num(cols[k])));
  // Exports wider than the form number their own columns, 1 … N from STT on (OpenCPS: (1) … (20)).
  const ownNumbers = COUNT_KEYS.every((k) => num(cols[k]) === String(cols[k] - sttCol + 1));
  if (
    num(sttCol) === "1" &&
    num(nameCol) === "2" &&
    numbers.size === COUNT_KEYS.length &&
    (ownNumbers || [...numbers].every((x) => /^\d+$/.test(x) && +x >= 3 && +x <= 13))
  ) {
    hasNumberingRow = true;
    headerBottom = nr;
  }

  // Rows until an empty row, a signature line or another header.
  const rows: FormRow[] = [];
  const sections: SectionRow[] = [];
  const notes: { row: number; text: string }[] = [];
  /** Rows labelled as a total, with the group they follow (-1: before any group). */
  const totals: { row: FormRow; section: number; label: string }[] = [];
  let last = headerBottom;
  const firstCountCol = Math.min(...COUNT_KEYS.map((k) => cols[k]));
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
    const fn = name.length <= 60 && MAYBE_SPECIAL.test(name) ? foldAscii(name) : "";
    const fs = stt.length <= 60 && MAYBE_SPECIAL.test(stt) ? foldAscii(stt) : "";
    if (SIGNATURE_TEXT.test(fn) || SIGNATURE_TEXT.test(fs)) break;
    if (GROUP_RECEIVED.test(fn)) break;
    const section = sections.length - 1;
    const isTotal = TOTAL_TEXT.test(fn) || (!name && TOTAL_TEXT.test(fs));
    const isSubtotal =
      !isTotal &&
      sections.length > 0 &&
      (SUBTOTAL_TEXT.test(fn) || (!name && SUBTOTAL_TEXT.test(fs)));
    if (isTotal || isSubtotal) {
      totals.push({
        row: readRow(sheet, r, cols, "total", stt, name),
        section,
        label: name || stt,
      });
      last = r;
      continue;
    }
    if (!anyCount) {
      if (NOTE_TEXT.test(fn || fs || foldAscii((name || stt).slice(0, 20)))) {
        notes.push({ row: r, text: name || stt });
        last = r;
        continue;
      }
      // A group row: a label and no counts, merged across the form, or in the name column alone
      // (or under a group number I, II, A, B…). Its label is kept where it is.
      const labelCol = stt && !name ? sttCol : nameCol;
      const m = sheet.mergeAt(r, labelCol);
      const mergedAcross = m !== null && m.right >= firstCountCol - 1 && m.right > m.left;
      if (mergedAcross || !stt || !name || GROUP_STT.test(stt)) {
        sections.push({
          row: r,
          col: m ? m.left : labelCol,
          label: name && stt && GROUP_STT.test(stt) ? `${stt} ${name}` : name || stt,
        });
        last = r;
        continue;
      }
    }
    const formRow = readRow(sheet, r, cols, "data", stt, name);
    if (sections.length > 0) formRow.section = section;
    rows.push(formRow);
    last = r;
  }

  const { total, extraTotals, subtotals } = sortTotals(totals, sections.length);
  // (Only names that may start with "UBND"/"Ủy ban" are folded: speed on large forms.)
  const unitNames = rows.filter(
    (r) => /^\s*[uU\u1ee6\u1ee7]/.test(r.name) && UNIT_NAME.test(foldAscii(r.name))
  ).length;
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
    ...(sections.length ? { sections } : {}),
    ...(subtotals.length ? { subtotals } : {}),
    ...(notes.length ? { notes } : {}),
    rowsAreUnits: unitsHeader || (rows.length > 0 && unitNames * 2 >= rows.length),
    title: readTitle(sheet, hit.row),
    range: {
      top: hit.row,
      left: Math.min(sttCol, nameCol),
      bottom: last,
      right: Math.max(...COUNT_KEYS.map((k) => cols[k])),
    },
  };
}

/**
 * Which total-labelled rows are the form's total and which close a group. Without groups: the
 * first is the total, any further one a duplicated total. With groups: a row before the first
 * group is the total; the rows closing each group are its sub-total; the last group's single
 * closing row is the form's total unless every group has its own sub-total; a second closing row
 * after the last group is the form's total.
 */
function sortTotals(
  totals: { row: FormRow; section: number; label: string }[],
  sectionCount: number
): { total: FormRow | null; extraTotals: FormRow[]; subtotals: FormRow[] } {
  const grand: FormRow[] = [];
  const subtotals: FormRow[] = [];
  if (sectionCount === 0) grand.push(...totals.map((t) => t.row));
  else {
    const bySection = new Map<number, FormRow[]>();
    for (const t of totals) bySection.set(t.section, [...(bySection.get(t.section) ?? []), t.row]);
    const lastSection = sectionCount - 1;
    const everyGroupClosed = Array.from({ length: sectionCount }, (_, s) => s).every(
      (s) => (bySection.get(s)?.length ?? 0) >= 1
    );
    for (const t of totals) {
      const same = bySection.get(t.section) as FormRow[];
      const index = same.indexOf(t.row);
      let sub: boolean;
      if (t.section < 0) sub = false;
      else if (t.section < lastSection) sub = index === 0;
      else if (same.length >= 2) sub = index === 0;
      else sub = everyGroupClosed && sectionCount > 1;
      if (sub) subtotals.push({ ...t.row, kind: "subtotal", section: t.section });
      else grand.push(t.row);
    }
  }
  return { total: grand[0] ?? null, extraTotals: grand.slice(1), subtotals };
}

/** Whether one of the two rows below `r` holds numbers in at least three count columns. */
function countsFollow(sheet: Sheet, r: number, cols: Record<CountKey, number>): boolean {
  for (let n = r + 1; n <= Math.min(r + 2, sheet.bottom); n++) {
    const numbers = COUNT_KEYS.filter(
      (k) => countState(sheet.cell(n, cols[k])).kind === "count"
    ).length;
    if (numbers >= 3) return true;
  }
  return false;
}

function readRow(
  sheet: Sheet,
  r: number,
  cols: Record<CountKey, number>,
  kind: "data" | "total" | "subtotal",
  stt: string,
  name: string
): FormRow {
  // One literal in COUNT_KEYS order (not eleven keyed stores into an empty object: 30,000 rows).
  const counts: Record<CountKey, CountCell> = {
    received: countCell(sheet, r, cols.received),
    online: countCell(sheet, r, cols.online),
    direct: countCell(sheet, r, cols.direct),
    carriedOver: countCell(sheet, r, cols.carriedOver),
    resolved: countCell(sheet, r, cols.resolved),
    early: countCell(sheet, r, cols.early),
    onTime: countCell(sheet, r, cols.onTime),
    late: countCell(sheet, r, cols.late),
    pending: countCell(sheet, r, cols.pending),
    withinTime: countCell(sheet, r, cols.withinTime),
    overdue: countCell(sheet, r, cols.overdue),
  };
  return { row: r, kind, stt, name, counts };
}

function countCell(sheet: Sheet, row: number, col: number): CountCell {
  const raw = sheet.cell(row, col);
  return { row, col, state: countState(raw), raw };
}

// Shared, frozen states for blanks and small whole numbers: a 30,000-row form would otherwise
// allocate a third of a million small objects.
const BLANK: CountState = Object.freeze({ kind: "blank" });
const SMALL: CountState[] = Array.from(
  { length: 1024 },
  (_, n) => Object.freeze({ kind: "count", value: n, asText: false }) as CountState
);

export function countState(raw: CellSnapshot | null): CountState {
  if (!raw) return BLANK;
  const v = raw.value;
  if (typeof v === "number" && v >= 0 && v < SMALL.length && Number.isInteger(v)) return SMALL[v];
  if (isCellError(v)) return { kind: "invalid", reason: "error", shown: v.error };
  const p = parseCount(v);
  // Beyond 2^53 whole numbers are no longer exact: sums of such "counts" would be silently wrong.
  if (p.kind === "count" && !Number.isSafeInteger(p.value))
    return {
      kind: "invalid",
      reason: "huge",
      shown: typeof v === "number" ? String(v) : String(v).trim(),
    };
  if (p.kind === "count") return { kind: "count", value: p.value, asText: p.asText };
  if (p.kind === "blank") return BLANK;
  const shown = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return { kind: "invalid", reason: p.reason, shown };
}

const PERIOD_RE =
  /tu ngay\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*den ngay\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/;
const UNIT_LABEL = /^don vi bao cao\s*:?\s*(.*)$/;
const UNIT_NAME = /^(ubnd|uy ban nhan dan)\s+(phuong|xa|thi tran|thi xa|huyen|quan|thanh pho)\b/;

/** Unit name and period from the rows above the header. */
function readTitle(sheet: Sheet, headerTop: number): TitleBlock {
  const title: TitleBlock = {
    unit: null,
    unitCell: null,
    periodCell: null,
    periodText: null,
    period: null,
  };
  const from = Math.max(sheet.top, headerTop - 15);
  let unitGuess: { text: string; row: number; col: number } | null = null;
  // Cells right of or below "Đơn vị nhận báo cáo:" hold the recipient, not the unit.
  const recipientCells = new Set<string>();
  let periodRank = 0;
  for (let r = from; r < headerTop; r++) {
    const end = rowEnd(sheet, r);
    for (let c = sheet.left; c <= end; c++) {
      if (sheet.isEmpty(r, c)) continue;
      const text = sheet.text(r, c);
      const t = foldAscii(text);
      if (
        title.formCode === undefined &&
        t.startsWith("bieu so") &&
        FORM_TITLES.some((w) => w.pattern.test(t))
      )
        title.formCode = text.split("\n")[0].trim();
      // The period, wherever it stands in the title block: "(Từ ngày … đến ngày …)" first, else a
      // period named in words ("Quý I năm 2024"), else the first unreadable "Kỳ báo cáo: …".
      if (/tu ngay|den ngay|ky bao cao|quy |thang|nam \d{4}/.test(t)) {
        const explicit = PERIOD_RE.test(t);
        const period = parsePeriod(text);
        const rank =
          period && explicit ? 3 : period ? 2 : /tu ngay|den ngay|ky bao cao/.test(t) ? 1 : 0;
        if (rank > periodRank) {
          periodRank = rank;
          title.periodCell = { row: r, col: c };
          title.periodText = text;
          title.period = period;
        }
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
      if (
        !unitGuess &&
        UNIT_NAME.test(t) &&
        !/nhan bao cao/.test(t) &&
        !recipientCells.has(r + ":" + c)
      )
        unitGuess = { text, row: r, col: c };
    }
  }
  if (!title.unit && unitGuess) {
    title.unit = unitGuess.text;
    title.unitCell = { row: unitGuess.row, col: unitGuess.col };
  }
  return title;
}

/** The period of a title line: "Từ ngày dd/mm/yyyy đến ngày dd/mm/yyyy", or one named in words ("Quý I năm 2024", see namedPeriod). */
export function parsePeriod(text: string): Period | null {
  const folded = foldAscii(text);
  const m = PERIOD_RE.exec(folded);
  if (!m) return /tu ngay|den ngay/.test(folded) ? null : namedPeriod(folded);
  const a = parseDmy(m[1].replace(/\s+/g, ""));
  const b = parseDmy(m[2].replace(/\s+/g, ""));
  if (!a || !b) return null;
  return { from: a, to: b };
}
