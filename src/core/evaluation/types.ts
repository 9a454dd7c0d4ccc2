// Types shared by the evaluation modules: where things are (locations), what the cells say
// (the parsed form) and what follows from them (computed). Rows and columns are absolute,
// 1-based, as in grid.ts.

// ---- Locations -----------------------------------------------------------

export interface EvalColumns {
  /** "Chỉ số" (or STT): the index number. */
  no: number;
  /** "Tên chỉ số". */
  name: number;
  /** "Điểm chuẩn". */
  max: number | null;
  /** "Điểm tự chấm". */
  self: number | null;
  /** "Điểm thẩm định". */
  appraised: number | null;
  /** "Ghi chú". */
  note: number | null;
}

/** Where the written grade is, or goes. */
export interface GradeSpot {
  row: number;
  col: number;
  /** "inline": the cell holds "Xếp loại: <grade>"; "value": the cell holds the grade alone. */
  mode: "inline" | "value";
}

/** A number that belongs to a label ("Số phiếu đánh giá: 103" or label | 103). */
export interface LabelledSpot {
  labelRow: number;
  labelCol: number;
  /** The cell that holds (or will hold) the number. */
  row: number;
  col: number;
  /** True when the number is inside the label cell itself, after the label. */
  inline: boolean;
  /** The label is this line (0-based) of a multi-line cell ("Cơ quan/đơn vị: …\nSố phiếu đánh giá: 57"). */
  line?: number;
}

export interface SatisfactionLocation {
  sheet: string;
  headerRow: number;
  /**
   * Columns of the five levels, lowest first (EVAL_LEVELS order); null for a level the table does
   * not have (exports with three levels: Không hài lòng / Hài lòng / Rất hài lòng).
   */
  cols: (number | null)[];
  /** Row of the shares in percent, or null. */
  shareRow: number | null;
  /** Row of the ballots per level ("Số phiếu"), or null. */
  countRow: number | null;
}

export interface EvalLocation {
  sheet: string;
  headerRow: number;
  cols: EvalColumns;
  /** Row of index 1…9 at position 0…8; null when that index has no row. */
  indexRows: (number | null)[];
  totalRow: number | null;
  grade: GradeSpot | null;
  ballotCount: LabelledSpot | null;
  satisfaction: SatisfactionLocation | null;
}

export interface BallotsLocation {
  sheet: string;
  headerRow: number;
  /** Columns of "Chỉ số 1" … "Chỉ số 9". */
  scoreCols: number[];
  /** Column of "Mức độ hài lòng", or null. */
  levelCol: number | null;
  /** Rows that hold a ballot (at least one score or a level), in order. */
  rows: number[];
  /** First and last row of the ballot area (header + 1 … last ballot); lastRow < firstRow when none. */
  firstRow: number;
  lastRow: number;
}

// ---- Parsed cells ----------------------------------------------------------

export type NumParse =
  | { kind: "blank" }
  | { kind: "number"; value: number; asText: boolean }
  | { kind: "invalid"; text: string };

export interface ReadCell {
  sheet: string;
  row: number;
  col: number;
  parsed: NumParse;
  /** The cell's text as the clerk reads it ("" when empty). */
  text: string;
  hasFormula: boolean;
  /** True when the cell holds a real number (not text), as Excel's SUM sees it. */
  isNumberValue: boolean;
}

export interface IndexRow {
  /** 1…9 */
  no: number;
  row: number | null;
  name: string;
  max: ReadCell | null;
  self: ReadCell | null;
  appraised: ReadCell | null;
}

export interface WrittenGrade {
  row: number;
  col: number;
  mode: "inline" | "value";
  /** The grade without its label; "" when none is written. */
  grade: string;
  /** The whole cell text. */
  text: string;
  /** True when the spot holds something that is neither a grade nor a "Xếp loại" label. */
  foreign: boolean;
}

export interface BallotLevel {
  row: number;
  col: number;
  text: string;
  /** 0…4 in EVAL_LEVELS order; null when blank or unknown. */
  level: number | null;
  /** True when the text is one of the five levels exactly as COUNTIF matches it (case aside). */
  exact: boolean;
}

export type BallotScore =
  { kind: "blank" } | { kind: "score"; value: 0 | 1 | 2 } | { kind: "invalid"; text: string };

export interface Ballot {
  row: number;
  /** Nine entries; the cell of entry i is at (row, location.scoreCols[i]). */
  scores: BallotScore[];
  level: BallotLevel | null;
}

export interface BallotSheet {
  location: BallotsLocation;
  ballots: Ballot[];
}

export interface EvalForm {
  location: EvalLocation;
  /** Nine rows, index 1 first. */
  indices: IndexRow[];
  totals: { max: ReadCell | null; self: ReadCell | null; appraised: ReadCell | null };
  grade: WrittenGrade | null;
  ballotCount: ReadCell | null;
  /** Per level, lowest first; null for a level the table does not have. */
  satisfaction: { shares: (ReadCell | null)[] | null; counts: (ReadCell | null)[] | null } | null;
  ballots: BallotSheet | null;
}

// ---- Thresholds --------------------------------------------------------------

/** A grade given to totals above `min` (`inclusive`: at or above). The lowest grade has min -Infinity. */
export interface GradeThreshold {
  grade: string;
  min: number;
  inclusive: boolean;
}

/** Thresholds as a caller may pass them: a list, or `{ "Xuất sắc": "> 15", "Tốt": 12, … }`. */
export type ThresholdsInput = GradeThreshold[] | Record<string, number | string | null>;

export type ThresholdsSource = "default" | "workbook" | "options";

// ---- 06a totals ------------------------------------------------------------

/** The total row of Biểu 06a: (8) early, (9) on time, (10) late, (7) resolved. */
export interface Totals06a {
  early: number;
  onTime: number;
  late: number;
  resolved: number;
}

// ---- Computed ----------------------------------------------------------------

export interface EvalComputed {
  /** Mean of the ballots per index (one decimal), null when no ballot scores that index. */
  means: (number | null)[];
  /** Ballots that scored each index (blank and invalid scores excluded). */
  scoredBallots: number[];
  /** Effective self-scores: the typed number, else the ballots' mean, else null. */
  self: (number | null)[];
  /** Typed appraised scores (numbers), null when absent or not a number. */
  appraised: (number | null)[];
  /** Điểm chuẩn per index (2 unless the sheet says otherwise). */
  max: number[];
  total: { max: number; self: number | null; appraised: number | null };
  grade: string | null;
  gradeBasis: "appraised" | "self";
  /** Total the grade was computed from (null when no grade). */
  gradeTotal: number | null;
  ballots: number | null;
  ballotsSource: "sheet" | "levels" | "written" | null;
  /** Ballots per level (EVAL_LEVELS order), from the ballots sheet or the count row. */
  levelCounts: number[] | null;
  /** Shares in percent per level, one decimal (from counts when there are any, else as written). */
  satisfaction: (number | null)[];
  satisfactionSource: "sheet" | "levels" | "written" | null;
  index1Estimate: number | null;
  thresholds: GradeThreshold[];
  thresholdsSource: ThresholdsSource;
}

export interface EvalContext {
  computed: EvalComputed;
  totals06a: Totals06a | null;
}
