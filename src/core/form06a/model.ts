// The parsed Biểu 06a (Thông tư 01/2020/TT-VPCP): where each column is, each row's counts.
import { CellSnapshot, Rect } from "../grid";
import { IsoDate } from "../text/numbers";

/** The eleven count columns, (3) … (13). */
export const COUNT_KEYS = [
  "received", // (3) = (4)+(5)+(6)
  "online", // (4)
  "direct", // (5)
  "carriedOver", // (6)
  "resolved", // (7) = (8)+(9)+(10)
  "early", // (8)
  "onTime", // (9)
  "late", // (10)
  "pending", // (11) = (12)+(13)
  "withinTime", // (12)
  "overdue", // (13)
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** The form's column number of each count, as printed in the "(1) … (13)" row. */
export const COLUMN_NO: Record<CountKey, number> = {
  received: 3,
  online: 4,
  direct: 5,
  carriedOver: 6,
  resolved: 7,
  early: 8,
  onTime: 9,
  late: 10,
  pending: 11,
  withinTime: 12,
  overdue: 13,
};

/** The derived columns and the inputs they sum. */
export const DERIVED: { key: CountKey; parts: CountKey[] }[] = [
  { key: "received", parts: ["online", "direct", "carriedOver"] },
  { key: "resolved", parts: ["early", "onTime", "late"] },
  { key: "pending", parts: ["withinTime", "overdue"] },
];
export const DERIVED_KEYS: ReadonlySet<CountKey> = new Set(DERIVED.map((d) => d.key));
export const INPUT_KEYS: CountKey[] = COUNT_KEYS.filter((k) => !DERIVED_KEYS.has(k));

export type InvalidReason =
  "negative" | "fraction" | "thousands" | "text" | "date" | "bool" | "error" | "huge";

export type CountState =
  | { kind: "count"; value: number; asText: boolean }
  | { kind: "blank" }
  | { kind: "invalid"; reason: InvalidReason; shown: string };

export interface CountCell {
  row: number;
  col: number;
  state: CountState;
  raw: CellSnapshot | null;
}

/**
 * Kinds of rows: a data row (a field, or a unit), the total row, a sub-total of one group of
 * rows. Group (section) rows and note rows carry no counts: they are kept apart (Form06a.sections,
 * Form06a.notes), never checked as fields and never written by fill.
 */
export interface FormRow {
  row: number;
  kind: "data" | "total" | "subtotal";
  /** Index into Form06a.sections of the group the row belongs to (absent when the form has none). */
  section?: number;
  /** Text of (1). */
  stt: string;
  /** Text of (2). */
  name: string;
  counts: Record<CountKey, CountCell>;
}

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export interface TitleBlock {
  /** The form's code as printed ("Biểu số 06a/VPCP/KSTT", "Biểu số 06 /VPCP/KSTT"), if found. */
  formCode?: string;
  unit: string | null;
  unitCell: { row: number; col: number } | null;
  /** The cell holding "(Từ ngày … đến ngày …)", if any. */
  periodCell: { row: number; col: number } | null;
  periodText: string | null;
  /** null when missing or unreadable. */
  period: Period | null;
}

export interface SectionRow {
  row: number;
  /** The cell holding the label (the first cell of its merged area). */
  col: number;
  label: string;
}

export interface Form06a {
  sheet: string;
  /** First and last header rows (the numbering row, if present, is the last). */
  headerTop: number;
  headerBottom: number;
  hasNumberingRow: boolean;
  /** Column of (1) STT and (2) name. */
  sttCol: number;
  nameCol: number;
  cols: Record<CountKey, number>;
  /** Data rows in sheet order (total row excluded). */
  rows: FormRow[];
  total: FormRow | null;
  /** Further rows labelled as a total (a duplicated total row): checked like the total, never counted as fields. */
  extraTotals?: FormRow[];
  /** Group (section) rows, e.g. "Xã, phường, thị trấn": a label, no counts; numbering restarts after each. */
  sections?: SectionRow[];
  /** Sub-total rows of groups (kind "subtotal", with their section). */
  subtotals?: FormRow[];
  /** Note rows inside the table ("Ghi chú: …"). */
  notes?: { row: number; text: string }[];
  /** Column (2) names units ("Đơn vị", "UBND phường …"), not fields: the report speaks of "đơn vị". */
  rowsAreUnits?: boolean;
  title: TitleBlock;
  /** Whole form: header to last data/total row, (1) to (13). */
  range: Rect;
}

/** A count's numeric value for sums: blank is 0; invalid is null. */
export function countValue(c: CountCell): number | null {
  if (c.state.kind === "count") return c.state.value;
  if (c.state.kind === "blank") return 0;
  return null;
}

const allRowsCache = new WeakMap<Form06a, FormRow[]>();

/** Data rows, sub-totals and the total row(s), in sheet order (cached per form; do not mutate). */
export function allRows(form: Form06a): FormRow[] {
  let rows = allRowsCache.get(form);
  if (!rows) {
    rows = [
      ...form.rows,
      ...(form.total ? [form.total] : []),
      ...(form.extraTotals ?? []),
      ...(form.subtotals ?? []),
    ];
    rows.sort((a, b) => a.row - b.row);
    allRowsCache.set(form, rows);
  }
  return rows;
}
