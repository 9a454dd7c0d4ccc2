// The heavy half of the task pane's controller (./controller.ts): the core's analysis,
// fill, layouts and legacy decoding, and the host's write path. pane.ts loads this module with a
// dynamic import() the first time a command needs it, so the pane's start-up script holds only
// the shell (bench/startup-size.js; issue 16 point 9). Nothing here keeps state.
import { rectAddr } from "../core/grid";
import { fmtPeriod } from "../core/form06a";
import type { Form06a } from "../core/form06a";
import { countValue } from "../core/form06a";
import type { Layout06aRow } from "../core/form06a/layout";
import { DEFAULT_FIELDS } from "../core/rollup/fields";
import { isCapitalsFont } from "../core/text/legacy";
import { foldAscii } from "../core/text/normalize";
import { snapshotFonts } from "../host/excel/plan";
import type { HostSnapshot } from "../host/excel/read";
import type { FormInfo } from "./model";

export { analyse, fillAll, reportDataOf } from "../core/workbook";
export { decodeWorkbook, editsForConverted, LEGACY_NAME } from "../core/text/legacy";
export { applyEditsToSnapshot, mergeEditSets } from "../core/snapshotEdits";
export { fmtPeriod } from "../core/form06a";
export { layout06a } from "../core/form06a/layout";
export { fillFromAnalysis, layoutBallotsSheet, layoutEvaluationSheet } from "../core/evaluation";
export { layoutTextSheet, unitProse } from "../core/report";
export { chooseRegime } from "../core/regime";
export { scoreOf } from "../core/score";
export { layoutArt33Sheet, layoutCriteriaSheet } from "../core/evaluation/art33";
export { clearMarks } from "../host/excel/marks";
export { undoLast } from "../host/excel/apply";
export { executeWrite } from "../host/excel/execute";
export { snapshotFonts } from "../host/excel/plan";
export { loadFonts } from "../host/excel/read";

export function formInfo(form: Form06a): FormInfo {
  return {
    sheet: form.sheet,
    range: rectAddr(form.range),
    rows: form.rows.length,
    unit: form.title.unit,
    period: form.title.period ? fmtPeriod(form.title.period) : null,
  };
}

/** For decodeWorkbook: cells shown in a TCVN3 capitals font (.VnTimeH), when the read loaded fonts. */
export function capitalsOf(
  snap: HostSnapshot
): ((sheet: string, row: number, col: number) => boolean) | undefined {
  const fonts = snapshotFonts(snap);
  const any = Object.values(snap.host.info).some((i) => i.fonts !== undefined);
  return any ? (sheet, row, col) => isCapitalsFont(fonts(sheet, row, col)) : undefined;
}

/**
 * Rows of a new Biểu 06a: the fields of the current one (carry-over from its pending), or else
 * the district's clean list of fields (core/rollup/fields.ts: the sample ward's, each once).
 */
export function formRows(form: Form06a | null): { rows: Layout06aRow[]; copied: number } {
  const seen = new Set<string>();
  const unique = <T>(items: readonly T[], key: (t: T) => string) =>
    items.filter((t) => {
      const k = foldAscii(key(t));
      if (!k || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  if (form && form.rows.length > 0) {
    const rows = unique(form.rows, (r) => r.name).map((r, i) => {
      const pending = countValue(r.counts.pending);
      return { stt: i + 1, name: r.name, counts: pending !== null ? { carriedOver: pending } : {} };
    });
    if (rows.length > 0) return { rows, copied: rows.length };
  }
  return {
    rows: unique(DEFAULT_FIELDS, (name) => name).map((name, i) => ({ stt: i + 1, name })),
    copied: 0,
  };
}
