// Biểu 06a: locate → parse → rules → fill.
export * from "./model";
export { locate06a, locateAll, LocateError, parsePeriod } from "./locate";
export { check06a } from "./check";
export { fill06a, PERCENT_FORMAT } from "./fill";
export type { FillResult, FillItem, FillConflict } from "./fill";
export { layout06a, LAYOUT_06A } from "./layout";
export { RULES_06A } from "./rules";
export { cutoffKind, nearestCutoff, quarterOf, fmtPeriod } from "./period";
