// The narrative report's core: the "Thuyết minh" text sheet and ReportData.
export * from "./types";
export {
  layoutTextSheet,
  readTextSheet,
  findTextSheet,
  matchLabel,
  textSheetRows,
  TEXT_FIELDS,
  TEXT_SHEET_ROWS,
  TEXT_SHEET_NAME,
} from "./textSheet";
export type { TextFieldSpec, TextSheetRead } from "./textSheet";
export { buildReportData, fieldName, share, shares06a, unitProse } from "./data";
export type {
  ReportData,
  ReportEvaluation,
  ReportFigures,
  ReportHeader,
  ReportIndex,
  ReportInput,
  ReportPeriod,
  ReportRow06a,
  Report06a,
  ReportUnit,
  Row06a,
  SatisfactionKey,
  SatisfactionLevel,
  ScoreIndex,
  ScoreResult,
  Shares06a,
  Summary06a,
} from "./data";
export { periodLabel, parsePeriodText } from "./period";
export type { PeriodKind, PeriodLabel } from "./period";
