// The Office host: reads sheets into grid snapshots, writes EditSets, marks findings, undoes.
export { readWorkbook } from "./read";
export type {
  ReadOptions,
  HostSnapshot,
  HostReadState,
  HostSheetInfo,
  SheetListItem,
  AnnotationInfo,
} from "./read";
export { applyEdits, undoLast } from "./apply";
export type { UndoResult } from "./apply";
export { markFindings, clearMarks, MARK_FILL } from "./marks";
export type { ClearResult } from "./marks";
export type { ApplyResult, MarkResult, WriteOptions } from "./execute";
export { runCommand, selectCell } from "./commands";
export type { CommandOutput, CommandResult } from "./commands";
export { detectCaps, SyncCounter } from "./env";
export type { HostCaps, HostOptions, OfficeLike } from "./env";
export { HostError } from "./errors";
export type { HostErrorCode } from "./errors";
export { HOST_MSG } from "./messages";
export type { Journal, JournalData, UndoEntry, MarkRecord, PriorCell } from "./journal";
export { DEFAULT_MAX_CELLS_PER_SYNC } from "./batch";
export { DEFAULT_CHUNK_CELLS } from "./read";
