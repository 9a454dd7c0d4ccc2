// The task pane's view model: what the controller (./controller.ts) returns to the views and the
// ribbon — outcomes of each command, findings as a clerk reads them — and the pane's error.
// Types and one error class only: no Office call, no React.
import type { Finding } from "../core/grid";
import type { LegacyEncoding } from "../core/text/legacy";
import type { DistrictSheets, UnitFailure } from "../core/rollup";
import type { ScoreResult } from "../core/evaluation";
import type { Art33Result } from "../core/evaluation/art33";
import type { Regime, RegimeId, RegimeSource } from "../core/regime";
import type { ScoreMethod } from "../core/score";
import type { IsoDate } from "../core/text/numbers";
import { PANE_MSG } from "../core/messages/taskpane";
import type { ClearResult } from "../host/excel/marks";
import type { UndoResult } from "../host/excel/apply";
import { HostError, officeErrorCode, toHostError } from "../host/excel/errors";
import type { MarkResult } from "../host/excel/execute";
export type PaneErrorCode =
  "no-excel" | "no-form" | "no-evaluation" | "template" | "unexpected" | "excel";

/** An error for the clerk: `message` is Vietnamese. */
export class PaneError extends Error {
  constructor(
    readonly code: PaneErrorCode,
    message: string
  ) {
    super(message);
    this.name = "PaneError";
  }
}

/** Vietnamese text for any error a command may throw (Office errors included). */
export function paneMessage(e: unknown): string {
  if (e instanceof PaneError || e instanceof HostError) return e.message;
  // TemplateError (src/docx/template.ts) is matched by name: importing it would pull handlebars
  // into the start-up bundle.
  if (e instanceof Error && e.name === "TemplateError") return e.message;
  if (officeErrorCode(e) !== undefined) return toHostError(e).message;
  const detail = e instanceof Error ? e.message : String(e);
  return PANE_MSG.unexpected(detail);
}

// ---- results -----------------------------------------------------------------------------

/** A finding with its cell written the way a clerk reads it ("Biểu 06a!C19"). */
export interface PaneFinding extends Finding {
  /** "C19" */
  a1: string;
  /** "Biểu 06a!C19" */
  cell: string;
}

export interface FormInfo {
  sheet: string;
  /** "A6:M61" */
  range: string;
  rows: number;
  unit: string | null;
  /** "15/12/2023 – 14/03/2024", or null when missing/unreadable. */
  period: string | null;
}

export interface JournalState {
  /** Undo steps, oldest first. */
  undo: { label: string | null; at: string }[];
  /** Cells currently marked by the add-in. */
  marks: number;
}

/** A workbook whose text is in a legacy encoding (read as Unicode). */
export interface LegacyInfo {
  encoding: LegacyEncoding;
  /** "TCVN3 (ABC)", "VNI" */
  name: string;
  /** Text cells read as Unicode. */
  cells: number;
}

export interface CheckOutcome {
  form: FormInfo | null;
  /** Set when the workbook's text is in TCVN3 or VNI ("Chuyển mã sang Unicode" is offered). */
  legacy: LegacyInfo | null;
  /** Why no Biểu 06a was found (the locator's Vietnamese reason). */
  formError: string | null;
  findings: PaneFinding[];
  errors: number;
  warnings: number;
  marked: MarkResult | null;
  syncs: number;
}

export interface FillItem {
  sheet: string;
  cell: string;
  what: string;
}

export interface FillPreview {
  form: FormInfo | null;
  formError: string | null;
  /** Cells the fill writes (each EditSet cell). */
  cellCount: number;
  filled: FillItem[];
  conflicts: FillItem[];
  syncs: number;
}

export interface ApplyOutcome {
  /** Cells written (0 when there was nothing to do). */
  written: number;
  filled: FillItem[];
  conflicts: FillItem[];
  /** Findings re-marked after the write (only when marks were present). */
  remarked: number | null;
  syncs: number;
}

export interface ScoreOutcome {
  /** The report's legal regime, and how it was chosen (period, Thuyết minh cell, setting). */
  regime: {
    id: RegimeId;
    name: string;
    source: RegimeSource;
    /** The regime's evaluation model (regime data): nine indices, or Điều 33.1 contents. */
    model: Regime["evaluation"]["model"];
  };
  /**
   * What was scored, as `tthc score` decides it (core/score.ts): "indices" (NĐ 61/2018), "decree"
   * (NĐ 118/2025 Điều 33.1 contents, no points), "province" (a nine-index sheet under NĐ 118/2025:
   * the province's own method); null when the workbook has no table the regime can use.
   */
  method: ScoreMethod | null;
  /** The nine indices ("indices", "province"). */
  result: ScoreResult | null;
  /** The Điều 33.1 contents and the Điều 32.1 criteria, when the workbook has them. */
  art33: Art33Result | null;
  /** The evaluation sheet (nine indices, or else the Điều 33 table). */
  sheet: string | null;
  ballotsSheet: string | null;
  findings: PaneFinding[];
  syncs: number;
}

export interface ReportOptions {
  force?: boolean;
  allRows?: boolean;
  /** Template source (.hbs); the default template when absent. */
  template?: string;
}

export type ReportOutcome =
  | { kind: "blocked"; errors: PaneFinding[]; syncs: number }
  | {
      kind: "done";
      bytes: Uint8Array;
      fileName: string;
      /** Errors the report was forced through. */
      forcedErrors: PaneFinding[];
      /** Warnings of the check and of the text sheet. */
      warnings: PaneFinding[];
      /** What the report prints as "…" and why. */
      dataWarnings: string[];
      syncs: number;
    };

export interface FormsOptions {
  unit: string;
  quarter: 1 | 2 | 3 | 4;
  year: number;
}

export interface FormsOutcome {
  sheets: { form06a: string; evaluation: string; ballots: string; text: string };
  period: { from: IsoDate; to: IsoDate };
  /** Fields copied from the Biểu 06a already in the workbook (0: the sample's list). */
  copiedFields: number;
  /** Sheet of the Biểu 06a that was already there, if any. */
  existingForm: string | null;
  syncs: number;
}

export interface ConvertOutcome {
  /** The encoding converted from; null when the workbook had no legacy text. */
  legacy: LegacyInfo | null;
  /** Text cells written in Unicode. */
  converted: number;
  /** Of those, cells whose font became Times New Roman. */
  fonts: number;
  syncs: number;
}

export interface RollupOptions {
  /** The district, printed as the reporting unit of the district Biểu 06a. */
  unit?: string;
}

export interface RollupOutcome {
  /** Sheets written (the roll-up layouts' names, " (2)"… when taken). */
  sheets: DistrictSheets;
  /** Files given, units read. */
  files: number;
  units: number;
  /** Files not rolled up, with the Vietnamese reason. */
  failures: UnitFailure[];
  /** "15/12/2023 – 14/03/2024", the period most units report; null when none has one. */
  period: string | null;
  periodUnits: number;
  /** The district's totals, formatted ("1.234"). */
  totals: { received: string; resolved: string; pending: string };
  /** Fields matched to the district list, and the names of those that matched nothing. */
  fields: { matched: number; unmatched: string[] };
  unitsWithErrors: { file: string; unit: string; text: string }[];
  /** Units whose period differs from the majority's, or is missing. */
  periodNotes: string[];
  /** Units sent in more than one file: their figures are counted more than once. */
  duplicateNotes: string[];
  /** The other notes (no evaluation table, …). */
  otherNotes: string[];
  /** What Kiểm tra says about the district Biểu 06a. */
  districtFindings: PaneFinding[];
  syncs: number;
}

/** Where the quarter's work stands in this workbook, for the "Bắt đầu" view (read only, 1 sync). */
export interface StepsStatus {
  form: FormInfo | null;
  /** Why no Biểu 06a was found. */
  formError: string | null;
  /** Findings of Kiểm tra (Biểu 06a and the evaluation). */
  errors: number;
  warnings: number;
  /** Cells "Điền số liệu" would still write (0: nothing left to fill). */
  toFill: number;
  /** The report's regime (regime data): its evaluation model and who rolls up. */
  regime: {
    id: RegimeId;
    name: string;
    model: Regime["evaluation"]["model"];
    /** "tỉnh" / "huyện, thị xã" */
    rollupLevel: string;
    /** "xã, phường, đặc khu" / "phường, xã, thị trấn" */
    rollupMembers: string;
  };
  /** Sheet of the Điều 33.1 table (NĐ 118/2025), null when there is none. */
  art33: string | null;
  /** The nine-index table was found; its grade when the scores allow one. */
  evaluation: boolean;
  grade: string | null;
  /** A report was made in this pane since it opened (and not blocked). */
  reported: boolean;
  syncs: number;
}

export type ClearOutcome = ClearResult;
export type UndoOutcome = UndoResult;
