// The evaluation (Bảng đánh giá việc giải quyết TTHC): nine indices, ballots, satisfaction, grade.
//   scoreWorkbook  → the JSON of `tthc score` (null without an evaluation table)
//   analyzeEvaluation → the same plus locations, parsed cells and computed figures
//   fillEvaluation → edits that fill the empty cells, and conflicts with typed values
//   layout*        → the sheets as a clerk expects them
export { analyzeEvaluation, resolveThresholds, scoreWorkbook } from "./analyze";
export type {
  EvaluationAnalysis,
  SatisfactionShares,
  ScoreIndex,
  ScoreOptions,
  ScoreResult,
} from "./analyze";
export { fillEvaluation, fillFromAnalysis, sheetRef } from "./fill";
export type { FillConflict, FillEntry, FillOptions, FillResult } from "./fill";
export {
  BALLOTS_SHEET_LAYOUT,
  EVAL_SHEET_LAYOUT,
  layoutBallotsSheet,
  layoutEvaluationSheet,
  layoutThresholdsTable,
} from "./layout";
export type {
  BallotInput,
  BallotsLayoutOptions,
  EvaluationLayoutOptions,
  ThresholdsLayoutOptions,
} from "./layout";
export {
  ballotMean,
  computeEvaluation,
  index1Estimate,
  indexMeans,
  levelCountsOf,
  meanOneDecimal,
  shareOneDecimal,
  sharesOf,
  sumScores,
} from "./compute";
export {
  DEFAULT_THRESHOLDS,
  gradeFor,
  normalizeThresholds,
  parseMinimum,
  readThresholdsTable,
} from "./thresholds";
export type { ThresholdsTable } from "./thresholds";
export { headerKey, levelIndex, locateBallots, locateEvaluation } from "./locate";
export { EVAL_RULES, evalRule, runEvalRules } from "./rules";
export * from "./types";
