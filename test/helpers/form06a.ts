// Test helper: builds small Biểu 06a workbooks (WorkbookSnapshot) from rows of numbers and
// strings, in the layout variants clerks use, and knows the address of every cell it wrote.
import {
  addr,
  CellSnapshot,
  Finding,
  Rect,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../src/core/grid";
import { sheetFromRows } from "../../src/core/snapshotEdits";
import { check06a, COUNT_KEYS, CountKey, Form06a, locate06a } from "../../src/core/form06a";
import { parseCount } from "../../src/core/text/numbers";

/** What a test may put in a cell: plain values, `{ error: "#REF!" }`, a CellSnapshot, or a "=FORMULA". */
export type Val =
  number | string | boolean | Date | null | undefined | { error: string } | CellSnapshot;

/** One data row: its STT, its field name and the eleven counts (3)…(13) (missing ones are blank). */
export interface RowSpec {
  stt?: Val;
  name: string;
  counts: Val[];
  /**
   * "group": a group (section) row, its label merged across the 13 columns in column (1) (counts
   * ignored); "subtotal": left out of the total row's sums.
   */
  kind?: "group" | "subtotal";
}

export interface Build06aOptions {
  sheet?: string;
  /** Absolute row/column of the header's first cell, i.e. of "STT" (default 6, 1 = A6, as layout06a). */
  top?: number;
  left?: number;
  /** Title block above the header (needs top >= 6). Default true. */
  title?: boolean;
  /** Period text in the title block; null = no period cell at all. */
  period?: string | null;
  /** Unit name; written as "Đơn vị báo cáo:" with the name below it. null = none. */
  unit?: string | null;
  /** "label-below" (layout06a), "label-colon" ("Đơn vị báo cáo: X"), "name-only" (a lone "UBND phường …"). */
  unitStyle?: "label-below" | "label-colon" | "name-only";
  /** Header depth: 3 = group / "Tổng số","Trong đó" / "Trực tuyến","Trực tiếp"; 2 = no "Trong đó" row. */
  header?: 2 | 3;
  /** Write merged areas for the header (as real files have). Default true. */
  merges?: boolean;
  /** The "(1) … (13)" row. Default true. */
  numbering?: boolean;
  total?: "last" | "first" | "none";
  /** Total row counts; "sum" (default) = column sums of the numeric data values. */
  totalValues?: Val[] | "sum";
  totalLabel?: string;
  totalStt?: Val;
  sttHeader?: string;
  nameHeader?: string;
  /** Write every string in NFD. */
  nfd?: boolean;
  /** Upper-case the header and title text. */
  upper?: boolean;
  /** Signature lines below the form (after one empty row). Default true. */
  signatures?: boolean;
  /** Sheets (with some unrelated text) placed before the form's sheet. */
  sheetsBefore?: string[];
}

export interface Built06a {
  wb: WorkbookSnapshot;
  sheet: string;
  headerTop: number;
  headerBottom: number;
  /** Column of (1) STT. */
  firstCol: number;
  dataRows: number[];
  totalRow: number | null;
  /** Absolute column of a form column. */
  col(k: CountKey | "stt" | "name"): number;
  /** "C10": address of a cell of data row i (0-based) or of the total row. */
  at(i: number | "total", k: CountKey | "stt" | "name"): string;
  /** Address of the period cell, or null. */
  periodCell: string | null;
  /** Address of the header's first cell (STT). */
  headerCell: string;
}

export const DEFAULT_PERIOD = "(Từ ngày 15/12/2023 đến ngày 14/03/2024)";
export const DEFAULT_UNIT = "UBND PHƯỜNG PHÚ SƠN";
export const COUNT_INDEX: Record<CountKey, number> = Object.fromEntries(
  COUNT_KEYS.map((k, i) => [k, i])
) as Record<CountKey, number>;

/**
 * Eleven counts (3)…(13) from the eight inputs (4),(5),(6),(8),(9),(10),(12),(13), with the
 * derived (3),(7),(11) computed; pass `balanced=false` to let (3) ≠ (7)+(11) stand.
 */
export function counts(
  online: number,
  direct: number,
  carriedOver: number,
  early: number,
  onTime: number,
  late: number,
  withinTime: number,
  overdue: number
): number[] {
  return [
    online + direct + carriedOver,
    online,
    direct,
    carriedOver,
    early + onTime + late,
    early,
    onTime,
    late,
    withinTime + overdue,
    withinTime,
    overdue,
  ];
}

/** A balanced row (3) = (7) + (11): received = resolved + pending. */
export function balancedCounts(
  online: number,
  direct: number,
  carriedOver: number,
  early: number,
  onTime: number,
  withinTime: number
): number[] {
  const received = online + direct + carriedOver;
  const late = received - early - onTime - withinTime;
  if (late < 0) throw new Error("balancedCounts: inputs exceed received");
  return counts(online, direct, carriedOver, early, onTime, late, withinTime, 0);
}

/** The sample ward's figures (reference report, quarter I/2024): Chứng thực, Hộ tịch, Đất đai. */
export const ROWS_OK: RowSpec[] = [
  { name: "Lĩnh vực Chứng thực", counts: [31, 31, 0, 0, 30, 19, 11, 0, 1, 1, 0] },
  { name: "Lĩnh vực Hộ tịch", counts: [54, 53, 0, 1, 52, 41, 11, 0, 2, 2, 0] },
  { name: "Lĩnh vực Đất đai", counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
];

/** Copy of rows with one count replaced. */
export function withCount(rows: RowSpec[], i: number, k: CountKey, v: Val): RowSpec[] {
  return rows.map((r, j) =>
    j === i
      ? { ...r, counts: r.counts.map((c, x) => (x === COUNT_INDEX[k] ? v : c)) }
      : { ...r, counts: [...r.counts] }
  );
}

/** Copy of rows with each row's name/stt/counts changed by `f`. */
export function mapRows(rows: RowSpec[], f: (r: RowSpec, i: number) => RowSpec): RowSpec[] {
  return rows.map((r, i) => f({ ...r, counts: [...r.counts] }, i));
}

const GROUPS = [
  "Số hồ sơ nhận giải quyết",
  "Số hồ sơ đã giải quyết",
  "Số lượng hồ sơ đang giải quyết",
];
const SUB3: [number, string][] = [
  [0, "Tổng số"],
  [3, "Từ kỳ trước"],
  [4, "Tổng số"],
  [5, "Trước hạn"],
  [6, "Đúng hạn"],
  [7, "Quá hạn"],
  [8, "Tổng số"],
  [9, "Trong hạn"],
  [10, "Quá hạn"],
];

/** What a data cell adds to its column's total as the rules count it: counts (text "31" too); blank and not-a-count add 0. */
function countOf(v: Val): number {
  const p = parseCount(v !== null && typeof v === "object" && "value" in v ? v.value : v);
  return p.kind === "count" ? p.value : 0;
}

function columnSums(rows: RowSpec[]): number[] {
  return COUNT_KEYS.map((_, i) =>
    rows.reduce((a, r) => a + (r.kind ? 0 : countOf(r.counts[i])), 0)
  );
}

/** Build a workbook holding one Biểu 06a. */
export function build06a(rows: RowSpec[], o: Build06aOptions = {}): Built06a {
  const sheetName = o.sheet ?? "Biểu 06a";
  const top = o.top ?? 6;
  const left = o.left ?? 1;
  const withTitle = o.title ?? true;
  const depth = o.header ?? 3;
  const numbering = o.numbering ?? true;
  const totalPos = o.total ?? "last";
  const useMerges = o.merges ?? true;
  const txt = (s: string) => (o.nfd ? s.normalize("NFD") : s.normalize("NFC"));
  const head = (s: string) => txt(o.upper ? s.normalize("NFC").toUpperCase() : s);
  const fix = (v: Val): Val => (typeof v === "string" ? txt(v) : v);

  // Absolute cells, collected then laid into a rectangle.
  const cells = new Map<string, Val>();
  const put = (r: number, c: number, v: Val) => {
    if (r < 1 || c < 1) throw new Error(`build06a: cell out of sheet (${r}, ${c})`);
    cells.set(r + ":" + c, v);
  };
  const merges: Rect[] = [];
  const merge = (t: number, l: number, b: number, r: number) => {
    if (useMerges) merges.push({ top: t, left: l, bottom: b, right: r });
  };
  const C = (i: number) => left + i; // column of form column (i+1): C(0) = (1) STT

  let periodCell: string | null = null;
  if (withTitle) {
    if (top < 6) throw new Error("build06a: a title block needs top >= 6");
    const t0 = top - 5;
    put(t0, C(0), head("Biểu số 06a/VPCP/KSTT"));
    put(t0 + 1, C(0), txt("Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020"));
    put(
      t0,
      C(2),
      head("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC")
    );
    const period = o.period === undefined ? DEFAULT_PERIOD : o.period;
    if (period !== null) {
      put(t0 + 2, C(2), txt(period));
      periodCell = addr(t0 + 2, C(2));
    }
    const unit = o.unit === undefined ? DEFAULT_UNIT : o.unit;
    const style = o.unitStyle ?? "label-below";
    if (unit !== null) {
      if (style === "label-below") {
        put(t0, C(10), head("Đơn vị báo cáo:"));
        put(t0 + 1, C(10), txt(unit));
      } else if (style === "label-colon") {
        put(t0, C(10), txt("Đơn vị báo cáo: " + unit));
      } else {
        put(t0, C(10), txt(unit));
      }
    }
    put(t0 + 2, C(10), head("Đơn vị nhận báo cáo:"));
    put(t0 + 3, C(10), txt("UBND thị xã Bỉm Sơn"));
    put(t0 + 4, C(10), txt("Đơn vị tính: Số hồ sơ TTHC"));
  }

  // Header.
  const h = top;
  const hb = h + depth - 1;
  put(h, C(0), head(o.sttHeader ?? "STT"));
  merge(h, C(0), hb, C(0));
  put(h, C(1), head(o.nameHeader ?? "Lĩnh vực, công việc giải quyết theo cấp"));
  merge(h, C(1), hb, C(1));
  put(h, C(2), head(GROUPS[0]));
  merge(h, C(2), h, C(5));
  put(h, C(6), head(GROUPS[1]));
  merge(h, C(6), h, C(9));
  put(h, C(10), head(GROUPS[2]));
  merge(h, C(10), h, C(12));
  if (depth === 3) {
    for (const [i, s] of SUB3) {
      put(h + 1, C(2 + i), head(s));
      merge(h + 1, C(2 + i), h + 2, C(2 + i));
    }
    put(h + 1, C(3), head("Trong đó"));
    merge(h + 1, C(3), h + 1, C(4));
    put(h + 2, C(3), head("Trực tuyến"));
    put(h + 2, C(4), head("Trực tiếp, dịch vụ bưu chính"));
  } else {
    for (const [i, s] of SUB3) put(h + 1, C(2 + i), head(s));
    put(h + 1, C(3), head("Trực tuyến"));
    put(h + 1, C(4), head("Trực tiếp, dịch vụ bưu chính"));
  }
  let r = hb + 1;
  if (numbering) {
    for (let i = 0; i < 13; i++) put(r, C(i), `(${i + 1})`);
    r++;
  }
  const headerBottom = r - 1;

  // Body.
  const totalVals =
    o.totalValues === undefined || o.totalValues === "sum" ? columnSums(rows) : o.totalValues;
  const writeTotal = (row: number) => {
    if (o.totalStt !== undefined) put(row, C(0), fix(o.totalStt));
    put(row, C(1), txt(o.totalLabel ?? "Tổng cộng"));
    totalVals.forEach((v, i) => {
      if (v !== undefined && v !== null) put(row, C(2 + i), fix(v));
    });
  };
  let totalRow: number | null = null;
  if (totalPos === "first") {
    totalRow = r;
    writeTotal(r++);
  }
  const dataRows: number[] = [];
  rows.forEach((row, i) => {
    dataRows.push(r);
    if (row.kind === "group") {
      put(r, C(0), txt(row.name));
      merge(r, C(0), r, C(12));
      r++;
      return;
    }
    const stt = row.stt === undefined ? i + 1 : row.stt;
    if (stt !== null) put(r, C(0), fix(stt));
    put(r, C(1), txt(row.name));
    row.counts.forEach((v, j) => {
      if (v !== undefined && v !== null) put(r, C(2 + j), fix(v));
    });
    r++;
  });
  if (totalPos === "last") {
    totalRow = r;
    writeTotal(r++);
  }
  if (o.signatures ?? true) {
    r++;
    put(r, C(1), head("NGƯỜI LẬP BIỂU"));
    put(r, C(7), head("THỦ TRƯỞNG ĐƠN VỊ"));
    put(r + 1, C(1), txt("(Ký, ghi rõ họ, tên)"));
  }

  // Lay the cells into a rectangle anchored at A1 (as exceljs reads a sheet starting at A1).
  let maxR = 0;
  let maxC = 0;
  for (const k of cells.keys()) {
    const [rr, cc] = k.split(":").map(Number);
    maxR = Math.max(maxR, rr);
    maxC = Math.max(maxC, cc);
  }
  const grid: Val[][] = Array.from({ length: maxR }, () =>
    Array.from({ length: maxC }, () => null as Val)
  );
  for (const [k, v] of cells) {
    const [rr, cc] = k.split(":").map(Number);
    grid[rr - 1][cc - 1] = v;
  }
  const sheets: SheetSnapshot[] = (o.sheetsBefore ?? []).map((n) =>
    sheetFromRows(n, [["Ghi chú"], [null, "Không có biểu ở trang này", 12]])
  );
  sheets.push(sheetFromRows(sheetName, grid, { merges }));

  const colOf = (k: CountKey | "stt" | "name") =>
    k === "stt" ? C(0) : k === "name" ? C(1) : C(2 + COUNT_INDEX[k]);
  return {
    wb: { sheets },
    sheet: sheetName,
    headerTop: h,
    headerBottom,
    firstCol: C(0),
    dataRows,
    totalRow,
    col: colOf,
    at: (i, k) => {
      const row = i === "total" ? totalRow : dataRows[i];
      if (row === null || row === undefined) throw new Error("build06a: no such row " + i);
      return addr(row, colOf(k));
    },
    periodCell,
    headerCell: addr(h, C(0)),
  };
}

/** Locate and check (with an optional previous period's workbook). */
export function checkBuilt(
  b: Built06a | WorkbookSnapshot,
  previous?: Built06a | WorkbookSnapshot
): { form: Form06a; findings: Finding[] } {
  const wb = "wb" in b ? b.wb : b;
  const form = locate06a(wb);
  const prev = previous ? locate06a("wb" in previous ? previous.wb : previous) : null;
  return {
    form,
    findings: check06a(
      form,
      prev,
      wb.sheets.map((s) => s.name)
    ),
  };
}

/** A finding as a user sees it: rule, severity, cell address, message. */
export interface Seen {
  rule: string;
  severity: string;
  cell: string;
  message: string;
}

export function seen(fs: Finding[]): Seen[] {
  return fs.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    cell: addr(f.row, f.col),
    message: f.message,
  }));
}

/** Values of a sheet as a map "A1" → CellSnapshot (non-empty cells only). */
export function cellMap(wb: WorkbookSnapshot, sheet: string): Map<string, CellSnapshot> {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error("no sheet " + sheet);
  const out = new Map<string, CellSnapshot>();
  s.data.forEach((row, i) =>
    (row ?? []).forEach((c, j) => {
      if (
        c &&
        (c.formula !== undefined || (c.value !== null && c.value !== undefined && c.value !== ""))
      )
        out.set(addr(s.top + i, s.left + j), c);
    })
  );
  return out;
}
