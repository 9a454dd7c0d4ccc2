// The corpus of bad and odd workbooks: each entry builds one .xlsx (in memory, written into a
// temp dir at test time, never committed) and states what `tthc` and the add-in must make of it.
//
//   import { CORPUS, writeCorpus } from "./make-corpus";
//   const files = await writeCorpus(dir);          // id → path of every entry's file
//
// Expectations are the contract of the corpus tests (test/corpus/*.test.ts):
// - `check`: `tthc check --json` exit code and the exact findings as "rule cell" (in output
//   order), or exit 2 and the Vietnamese reason;
// - `fill`: `tthc fill -o --json` exit code and the findings of the check that follows the fill
//   (and, when stated, the conflicts), or exit 2;
// - `score`: `tthc score --json` exit code and findings, or exit 2;
// - `report`: `tthc report -o` exit code (0: written, 1: blocked by errors) and phrases its
//   output must contain, or exit 2;
// - `pane`: what the add-in's path (fake Excel → host read → core) must do where it differs from
//   "works": a Vietnamese refusal when writing (a protected sheet).
// No expectation ever allows a crash, a stack trace or an English message.
//
// The last entries are the inputs another piece of work added support for: legacy TCVN3/VNI
// text, a one-stop system's HTML "Excel" export, counts typed with thousands separators.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CellSnapshot, colLetter, SheetSnapshot, WorkbookSnapshot } from "../../src/core/grid";
import type { Analysis } from "../../src/core/workbook";
import {
  build06a,
  Build06aOptions,
  Built06a,
  counts,
  ROWS_OK,
  RowSpec,
  Val,
} from "../helpers/form06a";
import { workbookOf } from "../helpers/xlsx";
import { grid06a } from "../helpers/grid06a";
import { LegacyEncoding, unicodeToLegacy } from "../../src/core/text/legacy";
import { deleteCol, duplicateRow, get, insertCol, insertRows, put, swapRows } from "./edit";

export type Outcome = { exit: 0 | 1; findings: string[] } | { exit: 2; reason: RegExp };
export type FillOutcome = ({ exit: 0 | 1; findings: string[] } | { exit: 2; reason: RegExp }) & {
  conflicts?: string[];
};
export type ReportOutcome = { exit: 0 | 1; says?: RegExp[] } | { exit: 2; reason: RegExp };

export interface Expectation {
  check: Outcome;
  fill: FillOutcome;
  score: Outcome;
  report: ReportOutcome;
  pane?: {
    /** "Kiểm tra" in the add-in, when it must refuse (with this Vietnamese reason) instead of marking. */
    check?: RegExp;
    /** "Điền số liệu" in the add-in, when it must refuse (with this Vietnamese reason). */
    fill?: RegExp;
    /** Why the add-in path is not run for this entry (a known limit, said in the work's report). */
    skip?: string;
  };
  /** Extra facts about the analysis (which columns were read, which form was used …); throws when wrong. */
  probe?: (a: Analysis) => void;
}

export interface CorpusEntry {
  /** File name without its extension. */
  id: string;
  /** The file's extension (default "xlsx"; "xls" for a one-stop system's HTML export). */
  ext?: "xlsx" | "xls";
  /** What is bad or odd about it. */
  about: string;
  build: () => Promise<Buffer>;
  expect: Expectation;
  /** Slow entries (large sheets) are run by the CLI only once per command. */
  large?: boolean;
}

// ---- Building blocks ------------------------------------------------------------------------

const SAMPLE = path.resolve(__dirname, "../../samples/bao-cao-quy-1-2024-phu-son.xlsx");

async function bytesOf(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** An exceljs copy of the bundled sample (06a, evaluation, ballots, text sheet). */
async function sampleBook(): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  return book;
}

/** The sample changed by `f`. */
function fromSample(f: (book: ExcelJS.Workbook) => void | Promise<void>): () => Promise<Buffer> {
  return async () => {
    const book = await sampleBook();
    await f(book);
    return bytesOf(book);
  };
}

/** A Biểu 06a built by the test helper, then changed as a snapshot and/or as an exceljs book. */
function from06a(
  rows: RowSpec[],
  o: Build06aOptions = {},
  snap?: (b: Built06a, s: SheetSnapshot) => void,
  book?: (book: ExcelJS.Workbook, b: Built06a) => void | Promise<void>
): () => Promise<Buffer> {
  return async () => {
    const b = build06a(rows, o);
    const s = b.wb.sheets.find((x) => x.name === b.sheet) as SheetSnapshot;
    snap?.(b, s);
    const wb = workbookOf(b.wb);
    await book?.(wb, b);
    return bytesOf(wb);
  };
}

/** A workbook from snapshots. */
function fromSnapshot(
  make: () => WorkbookSnapshot,
  book?: (book: ExcelJS.Workbook) => void | Promise<void>
): () => Promise<Buffer> {
  return async () => {
    const wb = workbookOf(make());
    await book?.(wb);
    return bytesOf(wb);
  };
}

// ---- Data ----------------------------------------------------------------------------------

/** Four fields, every relation holding (the sample ward's figures plus one). */
const ROWS4: RowSpec[] = [
  ...ROWS_OK,
  { name: "Lĩnh vực Tư pháp", counts: counts(2, 3, 1, 2, 1, 1, 2, 0) },
];

/** n valid rows of varied figures; rows from `busy` on have no dossier (all zeros). */
function manyRows(n: number, busy = n): RowSpec[] {
  const rows: RowSpec[] = [];
  for (let i = 0; i < n; i++) {
    if (i >= busy) {
      rows.push({ name: `Lĩnh vực số ${i + 1}`, counts: new Array(11).fill(0) });
      continue;
    }
    const a = (i * 7) % 13;
    const b = (i * 11) % 17;
    const carried = i % 3;
    const received = a + b + carried;
    const early = Math.floor(received / 2);
    const onTime = Math.floor((received - early) / 2);
    const within = received - early - onTime;
    rows.push({
      name: `Lĩnh vực số ${i + 1}`,
      counts: counts(a, b, carried, early, onTime, 0, within, 0),
    });
  }
  return rows;
}

const findings = (...f: string[]) => f;

// Common expectations.
const NO_EVALUATION = /Không tìm thấy bảng đánh giá/;
const NO_06A = /Không tìm thấy Biểu 06a/;
/** A workbook with Biểu 06a only: the report is written, with dotted blanks and a note of what is missing. */
const REPORT_06A_ONLY: ReportOutcome = { exit: 0, says: [/Đã tạo báo cáo/, /đánh giá/i] };
const REPORT_OK: ReportOutcome = { exit: 0, says: [/Đã tạo báo cáo/] };
const REPORT_BLOCKED: ReportOutcome = { exit: 1, says: [/Chưa tạo báo cáo: số liệu còn \d+ lỗi/] };
const CLEAN = { exit: 0 as const, findings: [] as string[] };
const NO_SCORE: Outcome = { exit: 2, reason: NO_EVALUATION };
/** 03-missing-column: the near-miss message, with the CLI's straight or the pane's curly quotes. */
const MISSING_6 =
  /dòng 6 có tiêu đề giống Biểu 06a nhưng nhóm ["“]Số hồ sơ nhận giải quyết["”] thiếu cột Từ kỳ trước \(6\): không đọc được số liệu/;
/** A clean 06a-only workbook: no finding before or after the fill; no score; a report with blanks. */
const CLEAN_06A_ONLY: Expectation = {
  check: CLEAN,
  fill: CLEAN,
  score: NO_SCORE,
  report: REPORT_06A_ONLY,
};
/** The sample's own findings (its period and its duplicated "Lâm nghiệp" row). */
const SAMPLE_FINDINGS = findings("06a/period C3", "06a/duplicate-field B34");
const SAMPLE_SCORE: Outcome = { exit: 0, findings: [] };
/** Entry 51's ballots: 3, -1, 1.5, "x" and an unknown level, each an error at its cell. */
const BALLOT_ERRORS = [
  "eval/ballot-value C2",
  "eval/ballot-value D3",
  "eval/ballot-value E4",
  "eval/ballot-value F5",
  "eval/ballot-value K6",
];
/** Entry 52: a self-score of 3, an appraised score in words, a typed total that disagrees. */
const SCORE_ERRORS = ["eval/score-range D14", "eval/score-range E15", "eval/total D21"];

/** Facts checked on the analysis. */
function colsAre(expected: Partial<Record<string, string>>): (a: Analysis) => void {
  return (a) => {
    assert.ok(a.form, "no form");
    for (const [k, letter] of Object.entries(expected))
      assert.strictEqual(
        colLetter((a.form.cols as Record<string, number>)[k]),
        letter,
        `column of ${k}`
      );
  };
}

// ---- The corpus ------------------------------------------------------------------------------

export const CORPUS: CorpusEntry[] = [
  // -- Controls ---------------------------------------------------------------------------------
  {
    id: "01-06a-only",
    about: "a clean Biểu 06a and nothing else (no evaluation, no text sheet)",
    build: from06a(ROWS4),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "02-sample",
    about: "the bundled sample, unchanged (its own two warnings)",
    build: fromSample(() => undefined),
    expect: {
      check: { exit: 0, findings: SAMPLE_FINDINGS },
      fill: { exit: 0, findings: SAMPLE_FINDINGS, conflicts: [] },
      score: SAMPLE_SCORE,
      report: { exit: 0, says: [/Đã tạo báo cáo/, /06a\/period/] },
    },
  },

  // -- Columns ----------------------------------------------------------------------------------
  {
    id: "03-missing-column",
    about: 'column (6) "Từ kỳ trước" deleted: the received group has three columns',
    build: from06a(ROWS4, {}, (_b, s) => deleteCol(s, 6)),
    expect: {
      // The message names the header row and the one column missing (issue 10: a near miss).
      check: { exit: 2, reason: MISSING_6 },
      fill: { exit: 2, reason: MISSING_6 },
      score: NO_SCORE,
      report: { exit: 2, reason: MISSING_6 },
    },
  },
  {
    id: "04-extra-column-in-group",
    about: 'an extra column "Ghi chú nguồn" inside the received group, after (4)',
    build: from06a(ROWS4, {}, (b, s) => {
      // The group header and "Trong đó" now span the new column E; it has its own sub-header and notes.
      insertCol(s, 5);
      put(s, b.headerTop + 2, 5, "Ghi chú nguồn");
      b.dataRows.forEach((r, i) => put(s, r, 5, i % 2 ? "Cổng DVC" : 7));
    }),
    expect: {
      ...CLEAN_06A_ONLY,
      probe: colsAre({ online: "D", direct: "F", carriedOver: "G", resolved: "H" }),
    },
  },
  {
    id: "05-extra-column-right",
    about: 'a "Ghi chú" column right of (13), with notes in it',
    build: from06a(ROWS4, {}, (b, s) => {
      put(s, b.headerTop, 14, "Ghi chú");
      s.merges.push({ top: b.headerTop, left: 14, bottom: b.headerBottom - 1, right: 14 });
      put(s, b.dataRows[1], 14, "Có 1 hồ sơ chuyển UBND thị xã");
    }),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "06-columns-before-stt",
    about: "two columns (code, group) left of STT; the form starts at column C",
    build: from06a(ROWS4, { left: 3 }, (b, s) => {
      put(s, b.headerTop, 1, "Mã");
      put(s, b.headerTop, 2, "Nhóm");
      b.dataRows.forEach((r, i) => {
        put(s, r, 1, `LV${i + 1}`);
        put(s, r, 2, "Cấp xã");
      });
    }),
    expect: { ...CLEAN_06A_ONLY, probe: colsAre({ received: "E", overdue: "O" }) },
  },

  // -- Header variants --------------------------------------------------------------------------
  {
    id: "07-header-split-over-two-rows",
    about: '"Số hồ sơ nhận / giải quyết" typed over two cells, one under the other, without merges',
    build: from06a(ROWS4, { merges: false }, (b, s) => {
      insertRows(s, b.headerTop + 1, 1);
      const groups: [number, string, string][] = [
        [3, "Số hồ sơ nhận", "giải quyết"],
        [7, "Số hồ sơ", "đã giải quyết"],
        [11, "Số lượng hồ sơ", "đang giải quyết"],
      ];
      for (const [col, a, z] of groups) {
        put(s, b.headerTop, col, a);
        put(s, b.headerTop + 1, col, z);
      }
    }),
    expect: { ...CLEAN_06A_ONLY, probe: colsAre({ received: "C", resolved: "G", pending: "K" }) },
  },
  {
    id: "08-subheaders-reordered",
    about:
      "sub-headers in another order: Đúng hạn before Trước hạn, Quá hạn before Trong hạn (figures typed accordingly)",
    build: from06a(ROWS4, {}, (b, s) => {
      const swap = (x: number, y: number) => {
        for (let r = b.headerTop + 1; r <= b.headerTop + 2; r++) {
          const cx = get(s, r, x);
          put(s, r, x, get(s, r, y) as Val);
          put(s, r, y, cx as Val);
        }
        for (const r of [...b.dataRows, b.totalRow as number]) {
          const cx = get(s, r, x);
          put(s, r, x, get(s, r, y) as Val);
          put(s, r, y, cx as Val);
        }
      };
      swap(8, 9); // (8) Trước hạn ↔ (9) Đúng hạn
      swap(12, 13); // (12) Trong hạn ↔ (13) Quá hạn
    }),
    expect: {
      ...CLEAN_06A_ONLY,
      probe: colsAre({ early: "I", onTime: "H", withinTime: "M", overdue: "L" }),
    },
  },
  {
    id: "09-nfd-upper-two-row-header-total-first",
    about: "header in NFD and capitals, two header rows, no (1)…(13) row, total row first",
    build: from06a(ROWS4, { nfd: true, upper: true, header: 2, numbering: false, total: "first" }),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "10-no-merges",
    about: "the header without any merged cell",
    build: from06a(ROWS4, { merges: false }),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "11-rich-text",
    about: "header words and field names as rich text (bold and coloured runs)",
    build: from06a(ROWS4, {}, undefined, (book, b) => {
      const ws = book.getWorksheet(b.sheet)!;
      const rich = (addr: string) => {
        const cell = ws.getCell(addr);
        const t = String(cell.value);
        const cut = Math.ceil(t.length / 2);
        cell.value = {
          richText: [
            { text: t.slice(0, cut), font: { bold: true } },
            { text: t.slice(cut), font: { color: { argb: "FFC00000" } } },
          ],
        };
      };
      ["C6", "G6", "K6", "H7", "B10", "B11", "B13"].forEach(rich);
    }),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "12-no-title-block",
    about: "no title block above the header: no unit, no period",
    build: from06a(ROWS4, { title: false, top: 2 }),
    expect: {
      check: { exit: 0, findings: findings("06a/period A2") },
      fill: { exit: 0, findings: findings("06a/period A2") },
      score: NO_SCORE,
      report: REPORT_06A_ONLY,
    },
  },
  {
    id: "13-period-garbage",
    about: "a period with impossible dates (31/02, 99/99/9999)",
    build: from06a(ROWS4, { period: "(Từ ngày 31/02/2024 đến ngày 99/99/9999)" }),
    expect: {
      check: { exit: 0, findings: findings("06a/period C3") },
      fill: { exit: 0, findings: findings("06a/period C3") },
      score: NO_SCORE,
      report: REPORT_06A_ONLY,
    },
  },

  // -- Rows -------------------------------------------------------------------------------------
  {
    id: "14-header-only",
    about: "the header and the (1)…(13) row, nothing below",
    build: from06a([], { total: "none", signatures: false }),
    expect: {
      check: { exit: 0, findings: findings("06a/missing-total A6") },
      fill: { exit: 0, findings: findings("06a/missing-total A6") },
      score: NO_SCORE,
      report: REPORT_06A_ONLY,
    },
  },
  {
    id: "15-duplicated-total-row",
    about: "the total row typed twice (a copy right below it)",
    build: from06a(ROWS4, {}, (b, s) =>
      duplicateRow(s, b.totalRow as number, (b.totalRow as number) + 1)
    ),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "16-total-row-in-the-middle",
    about: "the total row between the data rows (two fields above it, two below)",
    build: from06a(
      ROWS4.map((r, i) => ({ ...r, stt: i + 1 })),
      {},
      (b, s) => {
        // Move the total row (14) up between rows 11 and 12.
        const total = b.totalRow as number;
        const line = s.data[total - s.top];
        s.data.splice(total - s.top, 1);
        s.data.splice(b.dataRows[2] - s.top, 0, line);
      }
    ),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "17-blank-row-inside",
    about: "an empty row left between two data rows",
    build: from06a(ROWS4, {}, (b, s) => insertRows(s, b.dataRows[2], 1)),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "18-hidden-rows",
    about: "a data row and the numbering row hidden",
    build: from06a(ROWS4, {}, undefined, (book, b) => {
      const ws = book.getWorksheet(b.sheet)!;
      ws.getRow(b.dataRows[1]).hidden = true;
      ws.getRow(b.headerBottom).hidden = true;
    }),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "19-rows-swapped-numbering",
    about: "two data rows swapped: STT runs 1, 3, 2, 4",
    build: from06a(ROWS4, {}, (b, s) => swapRows(s, b.dataRows[1], b.dataRows[2])),
    expect: {
      // Each number is compared with the one above it plus one: 3, then 2, then 4 are all off.
      check: {
        exit: 0,
        findings: findings("06a/numbering A11", "06a/numbering A12", "06a/numbering A13"),
      },
      fill: {
        exit: 0,
        findings: findings("06a/numbering A11", "06a/numbering A12", "06a/numbering A13"),
      },
      score: NO_SCORE,
      report: REPORT_06A_ONLY,
    },
  },
  {
    id: "20-blank-rows-before-form",
    about: "1,000 formatted but empty rows before the form (title from row 1,001)",
    build: from06a(ROWS4, { top: 1006 }, undefined, (book, b) => {
      const ws = book.getWorksheet(b.sheet)!;
      for (let r = 1; r <= 1000; r++) ws.getCell(r, 2).border = { bottom: { style: "thin" } };
    }),
    expect: {
      check: CLEAN,
      fill: CLEAN,
      score: NO_SCORE,
      report: REPORT_06A_ONLY,
      probe: (a) => assert.strictEqual(a.form?.headerTop, 1006),
    },
  },
  {
    id: "21-ten-thousand-rows",
    about:
      "10,000 data rows (a template listing every procedure; 40 fields had dossiers), written by a program without styles",
    build: async () => packageOf(build06a(manyRows(10_000, 40), {}).wb),
    large: true,
    expect: {
      ...CLEAN_06A_ONLY,
      probe: (a) => assert.strictEqual(a.form?.rows.length, 10_000),
      // The add-in's undo journal stores a column of alike writes as one run (issue 14): the fill
      // of 90,000 cells now fits its budget, keeps every input and Hoàn tác takes it back exactly.
    },
  },

  // -- Cell contents ----------------------------------------------------------------------------
  {
    id: "22-merged-data-cells",
    about: "(4) and (5) of a row merged into one cell; a field name merged over two rows",
    build: from06a(ROWS4, {}, (b, s) => {
      // Row 11 (Hộ tịch): online 53 and direct 0 typed as one merged D11:E11 holding 53.
      s.merges.push({ top: b.dataRows[1], left: 4, bottom: b.dataRows[1], right: 5 });
      put(s, b.dataRows[1], 5, null);
      // Rows 12–13: the name cell merged over both (the second row has no name of its own).
      s.merges.push({ top: b.dataRows[2], left: 2, bottom: b.dataRows[3], right: 2 });
      put(s, b.dataRows[3], 2, null);
    }),
    expect: {
      check: { exit: 0, findings: findings("06a/blank E11") },
      fill: { exit: 0, findings: findings("06a/blank E11") },
      score: NO_SCORE,
      report: REPORT_06A_ONLY,
    },
  },
  {
    id: "23-formula-ref-error",
    about: "an input cell whose formula lost its reference (#REF!), and its derived cell",
    build: from06a(ROWS4, {}, (b, s) =>
      put(s, b.dataRows[0], 4, { value: { error: "#REF!" }, formula: "#REF!+0" })
    ),
    expect: {
      check: { exit: 1, findings: findings("06a/not-a-count D10") },
      fill: { exit: 1, findings: findings("06a/not-a-count D10") },
      score: NO_SCORE,
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "24-formula-div0",
    about: "a count computed by a formula that divides by zero (#DIV/0!)",
    build: from06a(ROWS4, {}, (b, s) =>
      put(s, b.dataRows[1], 8, { value: { error: "#DIV/0!" }, formula: "H20/0" })
    ),
    expect: {
      check: { exit: 1, findings: findings("06a/not-a-count H11") },
      fill: { exit: 1, findings: findings("06a/not-a-count H11") },
      score: NO_SCORE,
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "25-formulas-without-cached-values",
    about:
      "(3), (7), (11) and the total row as formulas with no cached result (written by a program that does not compute)",
    build: from06a(ROWS4, {}, (b, s) => {
      for (const r of b.dataRows) {
        put(s, r, 3, `=SUM(D${r}:F${r})`);
        put(s, r, 7, `=H${r}+I${r}+J${r}`);
        put(s, r, 11, `=SUM(L${r}:M${r})`);
      }
      const t = b.totalRow as number;
      for (let c = 3; c <= 13; c++)
        put(s, t, c, `=SUM(${colLetter(c)}${b.dataRows[0]}:${colLetter(c)}${b.dataRows[3]})`);
    }),
    expect: {
      check: {
        exit: 0,
        findings: findings(
          ...[10, 11, 12, 13].flatMap((r) => [
            `06a/blank C${r}`,
            `06a/blank G${r}`,
            `06a/blank K${r}`,
          ])
        ),
      },
      fill: {
        exit: 0,
        findings: findings(
          ...[10, 11, 12, 13].flatMap((r) => [
            `06a/blank C${r}`,
            `06a/blank G${r}`,
            `06a/blank K${r}`,
          ])
        ),
        conflicts: [],
      },
      score: NO_SCORE,
      report: REPORT_06A_ONLY,
    },
  },
  {
    id: "26-huge-numbers",
    about: "counts of 10^15 (exact) and 2^53 (beyond exact integers)",
    build: from06a(
      [
        { name: "Lĩnh vực Chứng thực", counts: counts(1e15, 0, 0, 1e15, 0, 0, 0, 0) },
        {
          name: "Lĩnh vực Hộ tịch",
          counts: [2 ** 53, 2 ** 53, 0, 0, 2 ** 53, 2 ** 53, 0, 0, 0, 0, 0],
        },
      ],
      {}
    ),
    expect: {
      check: {
        exit: 1,
        findings: findings(
          "06a/not-a-count C11",
          "06a/not-a-count D11",
          "06a/not-a-count G11",
          "06a/not-a-count H11",
          "06a/not-a-count C12",
          "06a/not-a-count D12",
          "06a/not-a-count G12",
          "06a/not-a-count H12"
        ),
      },
      fill: {
        exit: 1,
        findings: findings(
          "06a/not-a-count C11",
          "06a/not-a-count D11",
          "06a/not-a-count G11",
          "06a/not-a-count H11",
          "06a/not-a-count C12",
          "06a/not-a-count D12",
          "06a/not-a-count G12",
          "06a/not-a-count H12"
        ),
      },
      score: NO_SCORE,
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "27-negative",
    about: "a negative count",
    build: from06a(ROWS4, {}, (b, s) => put(s, b.dataRows[3], 8, -2)),
    expect: {
      check: { exit: 1, findings: findings("06a/not-a-count H13") },
      fill: { exit: 1, findings: findings("06a/not-a-count H13") },
      score: NO_SCORE,
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "28-decimals",
    about: "a fractional count (2.5) and a float with rounding noise (31.000000000000004)",
    build: from06a(ROWS4, {}, (b, s) => {
      put(s, b.dataRows[3], 4, 2.5);
      put(s, b.dataRows[0], 3, 31.000000000000004);
    }),
    expect: {
      check: { exit: 1, findings: findings("06a/not-a-count C10", "06a/not-a-count D13") },
      fill: { exit: 1, findings: findings("06a/not-a-count C10", "06a/not-a-count D13") },
      score: NO_SCORE,
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "29-dates-in-counts",
    about: "a date typed into a count cell (Excel turned 14/3 into a date)",
    build: from06a(ROWS4, {}, (b, s) =>
      put(s, b.dataRows[1], 9, {
        value: new Date(Date.UTC(2024, 2, 14)),
        numberFormat: "dd/mm/yyyy",
      })
    ),
    expect: {
      check: { exit: 1, findings: findings("06a/not-a-count I11") },
      fill: { exit: 1, findings: findings("06a/not-a-count I11") },
      score: NO_SCORE,
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "30-booleans",
    about: "TRUE and FALSE in count cells",
    build: from06a(ROWS4, {}, (b, s) => {
      put(s, b.dataRows[2], 10, true);
      put(s, b.dataRows[2], 13, false);
    }),
    expect: {
      check: { exit: 1, findings: findings("06a/not-a-count J12", "06a/not-a-count M12") },
      fill: { exit: 1, findings: findings("06a/not-a-count J12", "06a/not-a-count M12") },
      score: NO_SCORE,
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "31-numbers-as-text",
    about: 'counts stored as text ("31", " 2 ") and an error typed as text ("#N/A")',
    build: from06a(ROWS4, {}, (b, s) => {
      put(s, b.dataRows[0], 4, "31");
      put(s, b.dataRows[1], 12, " 2 ");
      put(s, b.dataRows[2], 5, "#N/A");
    }),
    expect: {
      check: {
        exit: 1,
        findings: findings(
          "06a/number-as-text D10",
          "06a/number-as-text L11",
          "06a/not-a-count E12"
        ),
      },
      fill: {
        exit: 1,
        findings: findings(
          "06a/number-as-text D10",
          "06a/number-as-text L11",
          "06a/not-a-count E12"
        ),
      },
      score: NO_SCORE,
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "32-error-in-total-row",
    about: "#VALUE! in the total row",
    build: from06a(ROWS4, {}, (b, s) =>
      put(s, b.totalRow as number, 3, { value: { error: "#VALUE!" }, formula: 'SUM(C10:C13)+"x"' })
    ),
    expect: {
      check: { exit: 1, findings: findings("06a/not-a-count C14") },
      fill: { exit: 1, findings: findings("06a/not-a-count C14") },
      score: NO_SCORE,
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "33-wrong-sums",
    about: "a typed (3) that disagrees, and a total off by one",
    build: from06a(ROWS4, {}, (b, s) => {
      put(s, b.dataRows[1], 3, 55);
      put(s, b.totalRow as number, 8, 61);
    }),
    expect: {
      check: {
        exit: 1,
        findings: findings(
          "06a/balance C11",
          "06a/received-sum C11",
          "06a/total-row C14",
          "06a/resolved-sum G14",
          "06a/total-row H14"
        ),
      },
      fill: {
        exit: 1,
        findings: findings(
          "06a/balance C11",
          "06a/received-sum C11",
          "06a/total-row C14",
          "06a/resolved-sum G14",
          "06a/total-row H14"
        ),
        conflicts: ["C11", "C14", "H14"],
      },
      score: NO_SCORE,
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "34-cross-sheet-formulas",
    about:
      "input cells are formulas reading another sheet ('Nguồn số liệu'!B2), with cached results",
    build: fromSnapshot(() => {
      const b = build06a(ROWS4);
      const s = b.wb.sheets[0];
      const src: unknown[][] = [["Lĩnh vực", "Trực tuyến", "Trực tiếp"]];
      b.dataRows.forEach((r, i) => {
        const online = get(s, r, 4)?.value as number;
        const direct = get(s, r, 5)?.value as number;
        src.push([ROWS4[i].name, online, direct]);
        put(s, r, 4, { value: online, formula: `'Nguồn số liệu'!B${i + 2}` });
        put(s, r, 5, { value: direct, formula: `'Nguồn số liệu'!C${i + 2}` });
      });
      return { sheets: [...b.wb.sheets, sheetOf("Nguồn số liệu", src)] };
    }),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "35-shared-formulas",
    about:
      "(3) of every row as one shared formula (master C10, the others sharing it), with results",
    build: from06a(ROWS4, {}, undefined, (book, b) => {
      const ws = book.getWorksheet(b.sheet)!;
      const [first, , , last] = b.dataRows;
      const v = (r: number) => ws.getCell(r, 3).value as number;
      ws.getCell(first, 3).value = {
        formula: `SUM(D${first}:F${first})`,
        result: v(first),
        shareType: "shared",
        ref: `C${first}:C${last}`,
      } as ExcelJS.CellValue;
      for (const r of b.dataRows.slice(1))
        ws.getCell(r, 3).value = { sharedFormula: `C${first}`, result: v(r) } as ExcelJS.CellValue;
    }),
    expect: CLEAN_06A_ONLY,
  },

  // -- Names and sheets -------------------------------------------------------------------------
  {
    id: "36-long-field-name",
    about: "a field name of 3,000 characters",
    build: from06a(
      ROWS4.map((r, i) =>
        i === 1 ? { ...r, name: "Lĩnh vực Hộ tịch, ".repeat(160) + "và các việc khác" } : r
      )
    ),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "37-emoji-zero-width",
    about: "emoji, zero-width spaces and a BOM in field names; emoji in the sheet name",
    build: from06a(
      ROWS4.map((r, i) => ({
        ...r,
        name: ["Chứng\u200b thực 📄", "Hộ tịch 👨‍👩‍👧", "\ufeffĐất đai", "Tư pháp\u200d"][i],
      })),
      { sheet: "Biểu 06a 📊" }
    ),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "38-sheet-names-with-quotes",
    about:
      "sheet names with an apostrophe and double quotes (the sample, renamed): COUNTIF formulas must quote them",
    build: fromSample((book) => {
      book.getWorksheet("Biểu 06a")!.name = 'Biểu "06a" quý I';
      book.getWorksheet("Phiếu đánh giá")!.name = "Phiếu 'đánh giá' của dân";
    }),
    expect: {
      check: { exit: 0, findings: SAMPLE_FINDINGS },
      fill: { exit: 0, findings: SAMPLE_FINDINGS },
      score: SAMPLE_SCORE,
      report: REPORT_OK,
      probe: (a) => assert.strictEqual(a.form?.sheet, 'Biểu "06a" quý I'),
    },
  },
  {
    id: "39-right-to-left",
    about: "the form's sheet shown right-to-left",
    build: from06a(ROWS4, {}, undefined, (book, b) => {
      book.getWorksheet(b.sheet)!.views = [{ rightToLeft: true }];
    }),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "40-protected-sheet",
    about:
      "the form's sheet protected (no password): the CLI writes a copy; the add-in refuses to write",
    build: from06a(
      ROWS4.map((r) => ({
        ...r,
        counts: r.counts.map((v, i) => (i === 0 || i === 4 || i === 8 ? null : v)),
      })),
      { totalValues: new Array(11).fill(null) },
      undefined,
      async (book, b) => {
        await book
          .getWorksheet(b.sheet)!
          .protect("", { selectLockedCells: true, selectUnlockedCells: true });
      }
    ),
    expect: {
      check: {
        exit: 0,
        findings: findings(
          ...[10, 11, 12, 13].flatMap((r) => [
            `06a/blank C${r}`,
            `06a/blank G${r}`,
            `06a/blank K${r}`,
          ])
        ),
      },
      fill: { exit: 0, findings: [] },
      score: NO_SCORE,
      report: REPORT_06A_ONLY,
      // The add-in cannot mark or write a protected sheet: it says so, and writes nothing.
      pane: { check: /đang được bảo vệ/, fill: /đang được bảo vệ/ },
    },
  },
  {
    id: "41-form-on-hidden-sheet",
    about: "the form on a hidden sheet, after a visible sheet of notes",
    build: from06a(ROWS4, { sheetsBefore: ["Ghi chú"] }, undefined, (book, b) => {
      book.getWorksheet(b.sheet)!.state = "hidden";
    }),
    expect: CLEAN_06A_ONLY,
  },

  // -- Sheets and tables ------------------------------------------------------------------------
  {
    id: "42-two-forms-two-sheets",
    about: "two Biểu 06a on two sheets (quarters I and II); the first is used and named",
    build: fromSnapshot(() => {
      const q1 = build06a(ROWS4, { sheet: "Quý I" });
      const q2 = build06a(
        ROWS4.map((r) => ({ ...r, counts: r.counts.map(() => 1) })),
        { sheet: "Quý II" }
      );
      return { sheets: [...q1.wb.sheets, ...q2.wb.sheets] };
    }),
    expect: { ...CLEAN_06A_ONLY, probe: (a) => assert.strictEqual(a.form?.sheet, "Quý I") },
  },
  {
    id: "43-two-forms-one-sheet",
    about: "two Biểu 06a one under the other on one sheet; the first is used",
    build: fromSnapshot(() => {
      const q1 = build06a(ROWS4, { sheet: "Biểu 06a" });
      const q2 = build06a(
        ROWS4.map((r) => ({ ...r, counts: r.counts.map(() => 1) })),
        { sheet: "Biểu 06a", top: 30 }
      );
      const s = q1.wb.sheets[0];
      const t = q2.wb.sheets[0];
      t.data.forEach((row, i) =>
        (row ?? []).forEach((c, j) => c && i + t.top >= 25 && put(s, t.top + i, t.left + j, c))
      );
      s.merges.push(...t.merges.filter((m) => m.top >= 25));
      return { sheets: [s] };
    }),
    expect: { ...CLEAN_06A_ONLY, probe: (a) => assert.strictEqual(a.form?.headerTop, 6) },
  },
  {
    id: "44-empty-sheet-first",
    about: "an empty first sheet, the form on the second",
    build: fromSnapshot(() => ({
      sheets: [
        { name: "Sheet1", top: 1, left: 1, data: [], merges: [] },
        ...build06a(ROWS4).wb.sheets,
      ],
    })),
    expect: CLEAN_06A_ONLY,
  },
  {
    id: "45-only-an-empty-sheet",
    about: "a workbook with one empty sheet",
    build: fromSnapshot(() => ({
      sheets: [{ name: "Sheet1", top: 1, left: 1, data: [], merges: [] }],
    })),
    expect: {
      check: { exit: 2, reason: NO_06A },
      fill: { exit: 2, reason: NO_06A },
      score: NO_SCORE,
      report: { exit: 2, reason: NO_06A },
    },
  },
  {
    id: "46-unrelated-table",
    about: "a workbook holding an unrelated table (a staff list) only",
    build: fromSnapshot(() => ({
      sheets: [
        sheetOf("Danh sách", [
          ["STT", "Họ và tên", "Chức vụ", "Ngày sinh"],
          [1, "Nguyễn Văn A", "Công chức Tư pháp - Hộ tịch", new Date(Date.UTC(1985, 4, 2))],
          [2, "Trần Thị B", "Công chức Văn phòng - Thống kê", new Date(Date.UTC(1990, 10, 20))],
        ]),
      ],
    })),
    expect: {
      check: { exit: 2, reason: NO_06A },
      fill: { exit: 2, reason: NO_06A },
      score: NO_SCORE,
      report: { exit: 2, reason: NO_06A },
    },
  },
  {
    id: "47-stray-cell-far-away",
    about: "one stray character at XFD1048576 (the last cell of a sheet) on the form's sheet",
    build: from06a(ROWS4, {}, undefined, (book, b) => {
      book.getWorksheet(b.sheet)!.getCell(1048576, 16384).value = ".";
    }),
    large: true,
    expect: {
      ...CLEAN_06A_ONLY,
      pane: {
        skip:
          "the Office host reads a sheet's whole used range (A1:XFD1048576 here): Excel would refuse the payload " +
          "and the host would read it in 400,000 bands; the fake cannot hold it either",
      },
    },
  },
  {
    id: "48-minimal-package-inline-strings",
    about:
      "a minimal .xlsx written by another program: inline strings, no styles, no shared strings",
    build: async () => packageOf(minimalForm()),
    expect: {
      check: { exit: 0, findings: findings("06a/period A2") },
      fill: { exit: 0, findings: findings("06a/period A2") },
      score: NO_SCORE,
      report: REPORT_06A_ONLY,
    },
  },

  // -- Evaluation, ballots, text sheet ----------------------------------------------------------
  {
    id: "49-evaluation-only",
    about: "the evaluation, ballots and text sheets without Biểu 06a",
    build: fromSample((book) => {
      book.removeWorksheet(book.getWorksheet("Biểu 06a")!.id);
    }),
    expect: {
      check: { exit: 2, reason: NO_06A },
      fill: { exit: 2, reason: NO_06A },
      score: SAMPLE_SCORE,
      report: { exit: 2, reason: NO_06A },
    },
  },
  {
    id: "50-scores-as-text-with-comma",
    about: 'self and appraised scores typed as text with a decimal comma ("1,8")',
    build: fromSample((book) => {
      const ws = book.getWorksheet("Đánh giá")!;
      for (let r = 12; r <= 20; r++)
        for (const c of [5, 6]) {
          const v = ws.getCell(r, c).value;
          if (typeof v === "number") ws.getCell(r, c).value = String(v).replace(".", ",");
        }
    }),
    expect: {
      check: { exit: 0, findings: SAMPLE_FINDINGS },
      fill: { exit: 0, findings: SAMPLE_FINDINGS },
      score: SAMPLE_SCORE,
      report: REPORT_OK,
    },
  },
  {
    id: "51-ballots-invalid-values",
    about: 'ballots holding 3, -1, 1.5, "x" and an unknown satisfaction level',
    build: fromSample((book) => {
      const ws = book.getWorksheet("Phiếu đánh giá")!;
      ws.getCell("C2").value = 3;
      ws.getCell("D3").value = -1;
      ws.getCell("E4").value = 1.5;
      ws.getCell("F5").value = "x";
      ws.getCell("K6").value = "Tạm được";
    }),
    expect: {
      check: { exit: 1, findings: [...SAMPLE_FINDINGS, ...BALLOT_ERRORS] },
      fill: {
        exit: 1,
        findings: [...SAMPLE_FINDINGS, ...BALLOT_ERRORS],
        conflicts: ["E26", "F26"],
      },
      score: { exit: 1, findings: BALLOT_ERRORS },
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "52-scores-out-of-range",
    about: "a self-score of 3, an appraised score typed as words, a wrong total",
    build: fromSample((book) => {
      const ws = book.getWorksheet("Đánh giá")!;
      ws.getCell("D14").value = 3;
      ws.getCell("E15").value = "hai điểm";
      ws.getCell("D21").value = { formula: "SUM(D12:D20)", result: 19 } as ExcelJS.CellValue;
    }),
    expect: {
      check: { exit: 1, findings: [...SAMPLE_FINDINGS, ...SCORE_ERRORS] },
      fill: { exit: 1, findings: [...SAMPLE_FINDINGS, ...SCORE_ERRORS], conflicts: ["D14", "D21"] },
      score: { exit: 1, findings: SCORE_ERRORS },
      report: REPORT_BLOCKED,
    },
  },
  {
    id: "53-text-sheet-garbage-dates",
    about:
      'the text sheet\'s report date "31/02/2024", a figure typed as words, a date cell in a text field',
    build: fromSample((book) => {
      const ws = book.getWorksheet("Thuyết minh")!;
      ws.getCell("B10").value = "31/02/2024";
      ws.getCell("B7").value = new Date(Date.UTC(2024, 2, 15));
      ws.eachRow((row) => {
        if (String(row.getCell(1).value ?? "").startsWith("Số TTHC đã công bố"))
          row.getCell(2).value = "khoảng một trăm";
      });
    }),
    expect: {
      check: { exit: 0, findings: SAMPLE_FINDINGS },
      fill: { exit: 0, findings: SAMPLE_FINDINGS },
      score: SAMPLE_SCORE,
      report: { exit: 0, says: [/Đã tạo báo cáo/, /31\/02\/2024/, /khoảng một trăm/] },
    },
  },
  {
    id: "54-ballots-header-only",
    about: "the ballots sheet with its header and no ballot",
    build: fromSample((book) => {
      const ws = book.getWorksheet("Phiếu đánh giá")!;
      for (let r = ws.rowCount; r >= 2; r--) ws.spliceRows(r, 1);
    }),
    expect: {
      // "Số phiếu đánh giá" says 103 but no ballot is left: a warning, and fill keeps the 103.
      check: { exit: 0, findings: [...SAMPLE_FINDINGS, "eval/ballot-count C8"] },
      fill: { exit: 0, findings: [...SAMPLE_FINDINGS, "eval/ballot-count C8"], conflicts: ["C8"] },
      score: { exit: 0, findings: ["eval/ballot-count C8"] },
      report: REPORT_OK,
    },
  },
  // -- Inputs read since issue 6's other half: legacy encodings, HTML exports, thousands ------------
  {
    id: "55-tcvn3-legacy-text",
    about: "every text of the form typed in TCVN3 (ABC, .VnTime fonts): read as Unicode, said once",
    build: from06a(ROWS4, {}, (_b, s) => legacy(s, "tcvn3")),
    expect: {
      ...CLEAN_06A_ONLY,
      probe: (a) =>
        assert.deepStrictEqual(
          a.form?.rows.map((r) => r.name),
          ROWS4.map((r) => r.name)
        ),
    },
  },
  {
    id: "56-vni-legacy-text",
    about: "every text of the form typed in VNI: read as Unicode",
    build: from06a(ROWS4, {}, (_b, s) => legacy(s, "vni")),
    expect: {
      ...CLEAN_06A_ONLY,
      probe: (a) =>
        assert.deepStrictEqual(
          a.form?.rows.map((r) => r.name),
          ROWS4.map((r) => r.name)
        ),
    },
  },
  {
    id: "57-html-export",
    about:
      'a one-stop system\'s "Xuất Excel": an HTML table saved as .xls (rowspan/colspan header, a count exported as text)',
    ext: "xls",
    build: async () => htmlExport(),
    expect: {
      check: { exit: 0, findings: findings("06a/number-as-text C5") },
      // (the text "31" agrees with (4)+(5)+(6): fill turns it into its SUM formula)
      fill: { exit: 0, findings: [] },
      score: NO_SCORE,
      report: REPORT_06A_ONLY,
    },
  },
  {
    id: "58-thousands-as-text",
    about:
      'counts typed as text with thousands separators ("1.234", "1 234") — read with a warning — and "1,5" — not a count',
    build: from06a(
      [
        {
          name: "Lĩnh vực Chứng thực",
          counts: ["1.234", "1.234", 0, 0, "1 234", 1000, 234, 0, 0, 0, 0],
        },
        { name: "Lĩnh vực Hộ tịch", counts: [54, 53, "1,5", 1, 52, 41, 11, 0, 2, 2, 0] },
      ],
      {}
    ),
    expect: {
      check: {
        exit: 1,
        findings: findings(
          "06a/number-as-text C10",
          "06a/number-as-text D10",
          "06a/number-as-text G10",
          "06a/not-a-count E11"
        ),
      },
      // Excel's SUM skips text: fill keeps the typed "1.234" of (3) and the typed total, and says they
      // differ from what its formulas give; "1 234" of (7) agrees with (8)+(9)+(10) and becomes SUM.
      fill: {
        exit: 1,
        findings: findings(
          "06a/number-as-text C10",
          "06a/number-as-text D10",
          "06a/not-a-count E11"
        ),
        conflicts: ["C10", "C12", "D12"],
      },
      score: NO_SCORE,
      report: REPORT_BLOCKED,
    },
  },
];

/** Every text of a sheet written in a legacy 8-bit encoding (as old files typed with .VnTime/VNI fonts). */
function legacy(s: SheetSnapshot, enc: LegacyEncoding): void {
  for (const line of s.data)
    (line ?? []).forEach((c) => {
      if (c && typeof c.value === "string") c.value = unicodeToLegacy(c.value, enc);
    });
}

/** Biểu 06a as a one-stop system exports it: an HTML table with rowspan/colspan, saved as .xls. */
function htmlExport(): Buffer {
  const td = (v: unknown) => `<td>${String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</td>`;
  const rows = ROWS4.map(
    (r, i) => `<tr>${td(i + 1)}${td(r.name)}${r.counts.map(td).join("")}</tr>`
  );
  // The export writes the first field's (3) as text (x:str), as some systems do.
  rows[0] = rows[0].replace(
    "<td>Lĩnh vực Chứng thực</td><td>31</td>",
    "<td>Lĩnh vực Chứng thực</td><td x:str>31</td>"
  );
  const total = Array.from({ length: 11 }, (_, j) =>
    ROWS4.reduce((a, r) => a + (r.counts[j] as number), 0)
  );
  const html =
    `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body><table border="1">
<tr><td colspan="13">Biểu số 06a/VPCP/KSTT</td></tr>
<tr><td colspan="13">(Từ ngày 15/12/2023 đến ngày 14/03/2024)</td></tr>
<tr><th rowspan="2">STT</th><th rowspan="2">Lĩnh vực, công việc giải quyết theo cấp</th>` +
    `<th colspan="4">Số hồ sơ nhận giải quyết</th><th colspan="4">Số hồ sơ đã giải quyết</th>` +
    `<th colspan="3">Số lượng hồ sơ đang giải quyết</th></tr>
<tr><th>Tổng số</th><th>Trực tuyến</th><th>Trực tiếp, dịch vụ bưu chính</th><th>Từ kỳ trước</th>` +
    `<th>Tổng số</th><th>Trước hạn</th><th>Đúng hạn</th><th>Quá hạn</th><th>Tổng số</th><th>Trong hạn</th><th>Quá hạn</th></tr>
${rows.join("\n")}
<tr><td></td><td>Tổng cộng</td>${total.map(td).join("")}</tr>
</table></body></html>`;
  return Buffer.from(html, "utf8");
}

/** A sheet snapshot from rows of plain values. */
function sheetOf(name: string, rows: unknown[][]): SheetSnapshot {
  return {
    name,
    top: 1,
    left: 1,
    merges: [],
    data: rows.map((r) =>
      r.map((v) => (v === null || v === undefined ? null : ({ value: v } as CellSnapshot)))
    ),
  };
}

/** The rows of a two-row header form without a title block, as another program writes them. */
function minimalForm(): WorkbookSnapshot {
  const rows: unknown[][] = grid06a({ relabel: { 5: "Trực tiếp, dịch vụ bưu chính" } });
  ROWS4.forEach((r, i) => rows.push([i + 1, r.name, ...r.counts]));
  rows.push([
    null,
    "Tổng cộng",
    ...Array.from({ length: 11 }, (_, i) => ROWS4.reduce((a, r) => a + (r.counts[i] as number), 0)),
  ]);
  const s = sheetOf("BC06a", rows);
  s.top = 2;
  return { sheets: [s] };
}

/**
 * A minimal .xlsx package written by hand, as simple exporters do: inline strings, numbers,
 * booleans, formulas with cached values, merges; no styles part, no shared strings. Fast, too:
 * the large entries are built this way.
 */
async function packageOf(wb: WorkbookSnapshot): Promise<Buffer> {
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const zip = new JSZip();
  const sheetsXml: string[] = [];
  const rels: string[] = [];
  const overrides: string[] = [];
  wb.sheets.forEach((sh, i) => {
    const n = i + 1;
    const rows: string[] = [];
    sh.data.forEach((line, ri) => {
      const r = sh.top + ri;
      const cells: string[] = [];
      (line ?? []).forEach((c, ci) => {
        if (!c) return;
        const ref = `${colLetter(sh.left + ci)}${r}`;
        const v = c.value;
        const f = c.formula !== undefined ? `<f>${esc(c.formula)}</f>` : "";
        if (typeof v === "number") cells.push(`<c r="${ref}">${f}<v>${v}</v></c>`);
        else if (typeof v === "boolean")
          cells.push(`<c r="${ref}" t="b">${f}<v>${v ? 1 : 0}</v></c>`);
        else if (typeof v === "string")
          cells.push(
            f
              ? `<c r="${ref}" t="str">${f}<v>${esc(v)}</v></c>`
              : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`
          );
        else if (v && typeof v === "object" && "error" in v)
          cells.push(`<c r="${ref}" t="e">${f}<v>${esc(v.error)}</v></c>`);
        else if (f) cells.push(`<c r="${ref}">${f}</c>`);
      });
      if (cells.length) rows.push(`<row r="${r}">${cells.join("")}</row>`);
    });
    const merges = sh.merges.length
      ? `<mergeCells count="${sh.merges.length}">` +
        `${sh.merges.map((m) => `<mergeCell ref="${colLetter(m.left)}${m.top}:${colLetter(m.right)}${m.bottom}"/>`).join("")}` +
        "</mergeCells>"
      : "";
    zip.file(
      `xl/worksheets/sheet${n}.xml`,
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `<sheetData>${rows.join("")}</sheetData>${merges}</worksheet>`
    );
    sheetsXml.push(`<sheet name="${esc(sh.name)}" sheetId="${n}" r:id="rId${n}"/>`);
    rels.push(
      `<Relationship Id="rId${n}"` +
        ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"' +
        ` Target="worksheets/sheet${n}.xml"/>`
    );
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml"` +
        ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    );
  });
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      overrides.join("") +
      "</Types>"
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1"' +
      ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"' +
      ' Target="xl/workbook.xml"/></Relationships>'
  );
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8"?>' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
      ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<sheets>${sheetsXml.join("")}</sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `${rels.join("")}</Relationships>`
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Write every entry's file into `dir`; returns id → path. */
export async function writeCorpus(
  dir: string,
  entries: CorpusEntry[] = CORPUS
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of entries) {
    const file = path.join(dir, `${e.id}.${e.ext ?? "xlsx"}`);
    fs.writeFileSync(file, await e.build());
    out.set(e.id, file);
  }
  return out;
}
