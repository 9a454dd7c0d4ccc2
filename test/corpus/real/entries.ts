// The real-layout corpus: each layout of thanhhoa.ts, others.ts, binhphuoc.ts and lethuy.ts as the
// files a clerk has — the export as downloaded, the same page opened in Excel and saved as .xlsx,
// the on-screen grid pasted into a sheet — once balanced and once with known mistakes. The expected findings are
// written here from how each file is built (which cell was changed and what the rules of
// src/core/form06a/rules and src/core/evaluation/rules say about it), not taken from a run.
import { CorpusEntry, Outcome, ReportOutcome } from "../make-corpus";
import { a1, Grid, pastedGrid, savedAsXlsx } from "./common";
import {
  BY_UNIT_AT,
  byLevelRows,
  EVAL_AT,
  MISTAKES,
  onScreenRows,
  th06aByUnitGrid,
  th06aByUnitHtml,
  th06aOnScreenGrid,
  th06ByLevelGrid,
  th06ByLevelHtml,
  thEvaluationHtml,
  thEvaluationGrid,
  th06aTemplateGrid,
  TEMPLATE_AT,
} from "./thanhhoa";
import { eparReportHtml, OCPS_AT, opencpsPastedGrid } from "./others";
import { BP_AT, bpExportXlsx, bpScreenGrid } from "./binhphuoc";
import { LT_AT, ltScreenGrid } from "./lethuy";

const NO_EVALUATION = /Không tìm thấy bảng đánh giá/;
const NO_06A = /Không tìm thấy Biểu 06a/;
const NO_SCORE: Outcome = { exit: 2, reason: NO_EVALUATION };
const REPORT_06A_ONLY: ReportOutcome = { exit: 0, says: [/Đã tạo báo cáo/, /đánh giá/i] };
const REPORT_BLOCKED: ReportOutcome = { exit: 1, says: [/Chưa tạo báo cáo: số liệu còn \d+ lỗi/] };

/** Columns of the 13 (1-based) in the Thanh Hóa layouts: (3) C, (4) D, (7) G, (9) I. */
const C3 = 3;
const C4 = 4;
const C7 = 7;
const C9 = 9;

/**
 * The findings of MISTAKES in a layout whose mistaken data row is `row` and total row `total`,
 * with (3), (4), (7), (9) in columns c3, c4, c7, c9:
 * - the row's (4) is one more: 06a/received-sum at its (3) (the (3) is what disagrees);
 * - the total row's (4) is now one less than its column's sum: 06a/total-row at the total's (4);
 * - the total row's (9) is one more than its column: 06a/total-row at the total's (9), and the
 *   total row's (7) ≠ (8)+(9)+(10): 06a/resolved-sum at the total's (7).
 * (3), (7), (11) are untouched: no 06a/balance anywhere. Findings come in row, then column order.
 */
function mistakeFindings(
  row: number,
  total: number,
  cols = { c3: C3, c4: C4, c7: C7, c9: C9 }
): string[] {
  return [
    `06a/received-sum ${a1(row, cols.c3)}`,
    `06a/total-row ${a1(total, cols.c4)}`,
    `06a/resolved-sum ${a1(total, cols.c7)}`,
    `06a/total-row ${a1(total, cols.c9)}`,
  ];
}
/** What fill must keep and report as conflicts: the typed (3) of the row, the typed totals of (4) and (9). */
const mistakeConflicts = (row: number, total: number) => [
  a1(row, C3),
  a1(total, C4),
  a1(total, C9),
];

/** A row-major sort of "rule A1" findings (the CLI's order: row, column, rule). */
function ordered(list: string[]): string[] {
  const key = (f: string) => {
    const [rule, cell] = f.split(" ");
    const m = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
    const col = [...m[1]].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(m[2]), col, rule] as const;
  };
  return [...list].sort((x, y) => {
    const a = key(x);
    const b = key(y);
    return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
  });
}

function form06a(
  id: string,
  about: string,
  ext: "xls" | "xlsx",
  build: () => Promise<Buffer>,
  findings: string[],
  conflicts?: string[]
): CorpusEntry {
  const sorted = ordered(findings);
  const errors = sorted.some((f) => !/^06a\/(period|numbering|number-as-text)\b/.test(f));
  const outcome: Outcome = { exit: errors ? 1 : 0, findings: sorted };
  return {
    id,
    about,
    ext,
    build,
    expect: {
      check: outcome,
      fill: { ...outcome, ...(conflicts ? { conflicts } : {}) },
      score: NO_SCORE,
      report: errors ? REPORT_BLOCKED : REPORT_06A_ONLY,
    },
  };
}

const xlsxOf = (g: () => Grid) => () => savedAsXlsx(g());
const pasted = (g: () => Grid) => () => pastedGrid(g());

// ---- Thanh Hóa: 06a by unit -------------------------------------------------------------------

const U = BY_UNIT_AT;
const uRow = U.firstData + MISTAKES.row;
const byUnit: CorpusEntry[] = [
  form06a(
    "th-06a-don-vi-xuat.ok",
    'Thanh Hóa, 06a by unit, "In file excel" (two tables inside one more <table>), balanced',
    "xls",
    async () => th06aByUnitHtml(null),
    []
  ),
  form06a(
    "th-06a-don-vi-xuat.loi",
    "the same export with a wrong row sum and a wrong total",
    "xls",
    async () => th06aByUnitHtml(MISTAKES),
    mistakeFindings(uRow, U.total),
    mistakeConflicts(uRow, U.total)
  ),
  // exportTableToExcel.js's other path (navigator.msSaveOrOpenBlob, old Edge/IE) writes a Blob of "\ufeff" + the
  // page: a UTF-8 BOM.
  form06a(
    "th-06a-don-vi-xuat-bom.ok",
    "the same export saved through msSaveOrOpenBlob (UTF-8 with a BOM), balanced",
    "xls",
    async () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), th06aByUnitHtml(null)]),
    []
  ),
  form06a(
    "th-06a-don-vi-excel.ok",
    "the same export opened in Excel and saved as .xlsx, balanced",
    "xlsx",
    xlsxOf(() => th06aByUnitGrid(null)),
    []
  ),
  form06a(
    "th-06a-don-vi-excel.loi",
    "saved as .xlsx, with the mistakes",
    "xlsx",
    xlsxOf(() => th06aByUnitGrid(MISTAKES)),
    mistakeFindings(uRow, U.total),
    mistakeConflicts(uRow, U.total)
  ),
];

// ---- Thanh Hóa: the on-screen 06a by unit, pasted ----------------------------------------------

const S = onScreenRows();
const sRow = S.data[MISTAKES.row];
// No period line on the screen: 06a/period at the header's top-left cell (A2, below the title).
const onScreen: CorpusEntry[] = [
  form06a(
    "th-06a-man-hinh-dan.ok",
    "Thanh Hóa's on-screen 06a (Trong kỳ / Kỳ trước, group rows, STT restarting) pasted as values, balanced",
    "xlsx",
    pasted(() => th06aOnScreenGrid(null)),
    ["06a/period A2"]
  ),
  form06a(
    "th-06a-man-hinh-dan.loi",
    "the pasted screen with the mistakes",
    "xlsx",
    pasted(() => th06aOnScreenGrid(MISTAKES)),
    ["06a/period A2", ...mistakeFindings(sRow, S.total)],
    mistakeConflicts(sRow, S.total)
  ),
];

// ---- Thanh Hóa: 06 by level --------------------------------------------------------------------

const L = byLevelRows();
const lRow = L.data[MISTAKES.row];
/**
 * Each group is numbered from 2 by the export (see thanhhoa.ts): one 06a/numbering at each group's first
 * row.
 */
const levelNumbering = [L.data[0], L.data[2], L.data[3]].map((r) => `06a/numbering ${a1(r, 1)}`);
const byLevel: CorpusEntry[] = [
  form06a(
    "th-06-cac-cap-xuat.ok",
    'Thanh Hóa, "Biểu số 06 /VPCP/KSTT" by level, group rows merged across, STT from 2 in each group, balanced',
    "xls",
    async () => th06ByLevelHtml(null),
    levelNumbering
  ),
  form06a(
    "th-06-cac-cap-xuat.loi",
    "the by-level export with the mistakes",
    "xls",
    async () => th06ByLevelHtml(MISTAKES),
    [...levelNumbering, ...mistakeFindings(lRow, L.total)],
    mistakeConflicts(lRow, L.total)
  ),
  form06a(
    "th-06-cac-cap-excel.ok",
    "the by-level export saved as .xlsx (group rows merged), balanced",
    "xlsx",
    xlsxOf(() => th06ByLevelGrid(null)),
    levelNumbering
  ),
  form06a(
    "th-06-cac-cap-excel.loi",
    "the by-level .xlsx with the mistakes",
    "xlsx",
    xlsxOf(() => th06ByLevelGrid(MISTAKES)),
    [...levelNumbering, ...mistakeFindings(lRow, L.total)],
    mistakeConflicts(lRow, L.total)
  ),
];

// ---- Thanh Hóa: the printed template keyed into Excel --------------------------------------------

const tRow = TEMPLATE_AT.firstData + MISTAKES.row;
const template: CorpusEntry[] = [
  form06a(
    "th-06a-mau-in-go-lai.ok",
    'Thanh Hóa\'s printed "Biểu số II.06a" (TT, Tiếp nhận, notes in headers, bare 1…13, ' +
      '"Kỳ báo cáo: Quý I năm 2024") keyed into Excel, balanced',
    "xlsx",
    xlsxOf(() => th06aTemplateGrid(null)),
    []
  ),
  form06a(
    "th-06a-mau-in-go-lai.loi",
    "the keyed template with the mistakes",
    "xlsx",
    xlsxOf(() => th06aTemplateGrid(MISTAKES)),
    mistakeFindings(tRow, TEMPLATE_AT.total),
    mistakeConflicts(tRow, TEMPLATE_AT.total)
  ),
];

// ---- Thanh Hóa: the evaluation ("mẫu 02") ----------------------------------------------------

const evalEntry = (
  id: string,
  about: string,
  wrong: boolean,
  ext: "xls" | "xlsx" = "xls"
): CorpusEntry => ({
  id,
  about,
  ext,
  build:
    ext === "xls"
      ? async () => thEvaluationHtml(wrong)
      : () => savedAsXlsx(thEvaluationGrid(wrong)),
  expect: {
    check: { exit: 2, reason: NO_06A },
    fill: { exit: 2, reason: NO_06A },
    // The written appraised total one more than the nine appraised scores: eval/total at it (column E).
    score: wrong
      ? { exit: 1, findings: [`eval/total ${a1(EVAL_AT.total, 5)}`] }
      : { exit: 0, findings: [] },
    report: { exit: 2, reason: NO_06A },
  },
});
const evaluation: CorpusEntry[] = [
  evalEntry(
    "th-danh-gia-mau-02.ok",
    'Thanh Hóa\'s evaluation export: float total, "Số phiếu đánh giá" inside a three-line cell, ' +
      "three satisfaction levels as a label row over a value row",
    false
  ),
  evalEntry(
    "th-danh-gia-mau-02.loi",
    "the evaluation export with the appraised total one too many",
    true
  ),
  evalEntry(
    "th-danh-gia-mau-02-excel.ok",
    "the evaluation export opened in Excel and saved as .xlsx",
    false,
    "xlsx"
  ),
  evalEntry(
    "th-danh-gia-mau-02-excel.loi",
    "the evaluation .xlsx with the appraised total one too many",
    true,
    "xlsx"
  ),
];

// ---- OpenCPS: the one-stop report screen, pasted -----------------------------------------------

const ocpsRow = OCPS_AT.firstData + 1;
const opencps: CorpusEntry[] = [
  form06a(
    "opencps-motcua-dan.ok",
    "OpenCPS one-stop report (20 columns, Tồn trước / Một cửa / Trực tuyến, (1)…(20) pasted as -1…-20), balanced",
    "xlsx",
    pasted(() => opencpsPastedGrid(false)),
    []
  ),
  // (3) is C, (4) Trực tuyến is G: the row's (3) disagrees, the total of (4) no longer matches.
  form06a(
    "opencps-motcua-dan.loi",
    "the OpenCPS screen with one row's online count one too many",
    "xlsx",
    pasted(() => opencpsPastedGrid(true)),
    [`06a/received-sum ${a1(ocpsRow, 3)}`, `06a/total-row ${a1(OCPS_AT.total, 7)}`]
  ),
];

// ---- e-par R3: not a Biểu 06a ------------------------------------------------------------------

const NEAR_MISS = /dòng 3/;
const epar: CorpusEntry[] = [
  {
    id: "epar-r3-bao-cao-3",
    about:
      "e-par R3's district report (Tiếp nhận / Đã giải quyết / Đang giải quyết, no online/direct/carried-over split): " +
      "refused as a near miss that names its header row",
    ext: "xls",
    build: async () => eparReportHtml(),
    expect: {
      check: { exit: 2, reason: NEAR_MISS },
      fill: { exit: 2, reason: NEAR_MISS },
      score: NO_SCORE,
      report: { exit: 2, reason: NEAR_MISS },
    },
  },
];

// ---- Bình Phước: the land registration office's summary, not a Biểu 06a -------------------------

// Every column but two is named (Cộng, Trễ hạn included): the message names exactly the two.
// (The CLI quotes with ", the task pane with “ ”.)
const q = '["“”]';
const bpNearMiss = (sheet: string, row: number) =>
  new RegExp(
    `Trang tính ${q}${sheet}${q}, dòng ${row} có tiêu đề giống Biểu 06a nhưng nhóm ${q}Số hồ sơ đã giải quyết${q} ` +
      "thiếu cột Trước hạn \\(8\\), Đúng hạn \\(9\\): không đọc được số liệu"
  );
const refused = (
  id: string,
  about: string,
  build: () => Promise<Buffer>,
  reason: RegExp
): CorpusEntry => ({
  id,
  about,
  ext: "xlsx",
  build,
  expect: {
    check: { exit: 2, reason },
    fill: { exit: 2, reason },
    score: NO_SCORE,
    report: { exit: 2, reason },
  },
});
const binhPhuoc: CorpusEntry[] = [
  refused(
    "binhphuoc-vpdkdd-xuat",
    'Bình Phước land registration office\'s "Xuất Excel" (ExcelJS, 16 columns, "Trước và trong hạn" in one column): ' +
      "refused, naming its header row and the two missing columns",
    () => bpExportXlsx(BP_AT.group, BP_AT.period),
    bpNearMiss("Export", BP_AT.header)
  ),
  refused(
    "binhphuoc-vpdkdd-man-hinh-dan",
    'the same report\'s screen ("Số hồ sơ phải giải quyết", "Quá hạn") pasted as values: refused the same way',
    pasted(() => bpScreenGrid(BP_AT.group, BP_AT.period)),
    bpNearMiss("Sheet1", BP_AT.screenHeader)
  ),
];

// ---- Lệ Thủy (EFY eCS): the district's statistics screen, not a Biểu 06a -----------------------

// Received split only into Kỳ trước chuyển sang / Trong kỳ, resolved only into Đúng hạn / Quá hạn:
// the message names (4), (5) of the first group and (8) of the second, and the row of the first
// group's title (the other two stand one row lower, under "Kết quả giải quyết"). Its pending group is
// whole: "Chưa tới hạn" is (12) (its numbering row says (9)=10+12), "Quá hạn" / "SL" is (13).
const ltNearMiss = new RegExp(
  `Trang tính ${q}Sheet1${q}, dòng ${LT_AT.header} có tiêu đề giống Biểu 06a nhưng ` +
    `nhóm ${q}Số hồ sơ nhận giải quyết${q} thiếu cột Trực tuyến \\(4\\), Trực tiếp, dịch vụ bưu chính \\(5\\); ` +
    `nhóm ${q}Số hồ sơ đã giải quyết${q} thiếu cột Trước hạn \\(8\\): không đọc được số liệu`
);
const leThuy: CorpusEntry[] = [
  refused(
    "lethuy-ecs-thong-ke-dan",
    "Lệ Thủy district's EFY eCS statistics screen (search.js: Kỳ trước chuyển sang / Trong kỳ, Đúng hạn / Quá hạn " +
      "with SL and Tỷ lệ %) pasted as values: refused, naming its header row and the three missing columns",
    pasted(ltScreenGrid),
    ltNearMiss
  ),
];

export const REAL_CORPUS: CorpusEntry[] = [
  ...byUnit,
  ...onScreen,
  ...byLevel,
  ...template,
  ...evaluation,
  ...opencps,
  ...epar,
  ...binhPhuoc,
  ...leThuy,
];

/**
 * Entries that still fail for want of support in the core (src/core/form06a), with what is
 * missing; their tests run in a describe of their own whose name says it. Empty when all pass.
 */
export const NEEDS_CORE: { missing: string; ids: string[] }[] = [];

/** Group rows (1-based) of the entries that have them, for the tests that they are never written or flagged. */
export const GROUP_ROWS: Record<string, number[]> = {
  "th-06a-man-hinh-dan.ok": S.groups,
  "th-06a-man-hinh-dan.loi": S.groups,
  "th-06-cac-cap-xuat.ok": L.groups,
  "th-06-cac-cap-xuat.loi": L.groups,
  "th-06-cac-cap-excel.ok": L.groups,
  "th-06-cac-cap-excel.loi": L.groups,
};
