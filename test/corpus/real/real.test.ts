// The real-layout corpus (entries.ts): every file through tthc check, fill, score and report in
// process and through the add-in's controller on the fake Excel (../run.ts), plus what is
// particular to real exports: the HTML reader gives the grid Excel shows, group rows are never
// flagged nor written (CLI fill, add-in fill and undo), merges survive fill, and the add-in's
// file picker reads the same exports as the CLI.
import * as fs from "fs";
import * as path from "path";
import { Rect, WorkbookSnapshot } from "../../../src/core/grid";
import { htmlToSheet, decodeHtml } from "../../../src/host/xlsx/html";
import { readWorkbookBuffer } from "../../../src/host/xlsx";
import { readUnitBytes } from "../../../src/host/xlsx/unitFiles";
import { PANE_MSG } from "../../../src/core/messages/taskpane";
import { createFakeExcel } from "../../../src/fake-excel";
import { PaneController } from "../../../src/taskpane/controller";
import { snapshotOfState } from "../../nothing-lost/compare";
import { tempDir, tthc } from "../../helpers/xlsx";
import { corpusSuite } from "../run";
import { GridValue } from "./common";
import { GROUP_ROWS, NEEDS_CORE, REAL_CORPUS } from "./entries";
import { BP_AT, BP_KINDS, bpExportXlsx } from "./binhphuoc";
import {
  EVAL_AT,
  evalTotals,
  th06aByUnitGrid,
  th06aByUnitHtml,
  th06ByLevelGrid,
  th06ByLevelHtml,
  thEvaluationGrid,
  thEvaluationHtml,
  UNITS,
  MISTAKES,
} from "./thanhhoa";

const values = (data: ({ value: unknown } | null | undefined)[][]) =>
  data.map((r) => {
    const out = r.map((c) => (c ? c.value : null));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
const trimmed = (rows: GridValue[][]) =>
  rows.map((r) => {
    const out = r.map((v) => (v === "" ? null : v));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
const byPos = (a: Rect, b: Rect) => a.top - b.top || a.left - b.left;

describe("the HTML reader on the real exports: the grid Excel shows", () => {
  test.each([
    ["06a by unit", () => th06aByUnitHtml(null), () => th06aByUnitGrid(null)],
    [
      "06a by unit, with mistakes",
      () => th06aByUnitHtml(MISTAKES),
      () => th06aByUnitGrid(MISTAKES),
    ],
    ["06 by level", () => th06ByLevelHtml(null), () => th06ByLevelGrid(null)],
    ["the evaluation", () => thEvaluationHtml(false), () => thEvaluationGrid(false)],
  ])("%s: values and merged areas", (_name, html, grid) => {
    const s = htmlToSheet(decodeHtml(html()));
    const g = grid();
    expect(values(s.snapshot.data)).toEqual(trimmed(g.rows));
    expect([...s.snapshot.merges].sort(byPos)).toEqual([...g.merges].sort(byPos));
  });

  test("the evaluation: the ballots line inside a three-line cell, the float total, the three levels over their shares", () => {
    const s = htmlToSheet(decodeHtml(thEvaluationHtml(false)));
    const v = (row: number, col: number) => s.snapshot.data[row - 1]?.[col - 1]?.value ?? null;
    expect(s.snapshot.name).toBe("Báo cáo mẫu 02");
    expect(String(v(5, 1)).split("\n")).toEqual([
      "Cơ quan/đơn vị: UBND THÀNH PHỐ THANH HÓA",
      "Thời điểm đánh giá: Quý 1 Năm 2024",
      "Số phiếu đánh giá: 57",
    ]);
    expect(v(EVAL_AT.header, 4)).toBe("Điểm tự chấm");
    expect(v(EVAL_AT.firstIndex, 3)).toBe(2);
    expect(v(EVAL_AT.total, 2)).toBe("Tổng cộng");
    expect(v(EVAL_AT.total, 5)).toBe(evalTotals(false).appraised);
    expect(String(v(EVAL_AT.total, 5))).toBe("16.400000000000002");
    expect([v(EVAL_AT.levels, 1), v(EVAL_AT.levels, 2), v(EVAL_AT.levels, 3)]).toEqual([
      "Không hài lòng",
      "Hài lòng",
      "Rất hài lòng",
    ]);
    expect([v(EVAL_AT.shares, 1), v(EVAL_AT.shares, 2), v(EVAL_AT.shares, 3)]).toEqual([
      "5.3%",
      "36.8%",
      "57.9%",
    ]);
  });
});

describe("the Bình Phước export as export_excel() leaves it", () => {
  test(
    "the second title written through H1 lands in A1; one-cell merges are dropped; " +
      "branch rows are text, kind rows numbers",
    async () => {
      const wb = (await readWorkbookBuffer(await bpExportXlsx(BP_AT.group, BP_AT.period), "x.xlsx"))
        .snapshot;
      const s = wb.sheets[0];
      const v = (row: number, col: number) => s.data[row - 1]?.[col - 1]?.value ?? null;
      expect(s.name).toBe("Export");
      expect(v(1, 1)).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
      expect(v(1, 9)).toBeNull();
      expect(s.merges.some((m) => m.top === 6 && m.bottom === 6)).toBe(false);
      expect([v(BP_AT.header, 3), v(BP_AT.header, 7), v(BP_AT.header, 11)]).toEqual([
        "Số hồ sơ tiếp nhận",
        "Đã giải quyết",
        "Đang giải quyết",
      ]);
      const first = BP_AT.header + 3;
      expect([v(first, 1), v(first, 2), typeof v(first, 6)]).toEqual([
        "1",
        BP_KINDS[0].name,
        "number",
      ]);
      expect([v(first + 1, 1), v(first + 1, 2), typeof v(first + 1, 6)]).toEqual([
        1,
        BP_KINDS[0].branches[0].name,
        "string",
      ]);
    }
  );
});

describe("the add-in's file picker reads the exports with the CLI's reader", () => {
  test("the Thanh Hóa 06a-by-unit export (.xls, HTML) as a unit of the roll-up: its rows and totals", async () => {
    const bytes = th06aByUnitHtml(null);
    const r = await readUnitBytes("thong-ke-06a.xls", new Uint8Array(bytes).buffer);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.summary.rows.map((x) => x.name)).toEqual(UNITS.map((u) => u.name));
  });

  test("an HTML page without a table: its Vietnamese reason, no throw", async () => {
    const page = Buffer.from("<html><body><p>Không có dữ liệu</p></body></html>", "utf8");
    expect(await readUnitBytes("trang.xls", new Uint8Array(page).buffer)).toEqual({
      ok: false,
      failure: { file: "trang.xls", reason: PANE_MSG.rollup.htmlExport },
    });
  });
});

const waiting = new Set(NEEDS_CORE.flatMap((n) => n.ids));
corpusSuite(REAL_CORPUS.filter((e) => !waiting.has(e.id)));
for (const n of NEEDS_CORE)
  describe(`needs core support — ${n.missing}`, () => {
    corpusSuite(REAL_CORPUS.filter((e) => n.ids.includes(e.id)));
  });

// ---- Group rows: never flagged, never written --------------------------------------------------

describe("group rows of the real layouts", () => {
  const tmp = tempDir("tthc-real-");
  afterAll(() => tmp.cleanup());
  const entries = REAL_CORPUS.filter((e) => GROUP_ROWS[e.id]);

  /**
   * Every cell of the group rows (value and formula, 13 columns: a write anywhere in the row, even
   * inside the label's merged area, shows), and the merges over them, as a workbook has them.
   */
  function labels(wb: WorkbookSnapshot, rows: number[]): { cells: unknown[][]; merges: Rect[] } {
    const s = wb.sheets[0];
    return {
      cells: rows.map((r) =>
        Array.from({ length: 13 }, (_, j) => {
          const c = s.data[r - s.top]?.[j + 1 - s.left];
          return c ? [c.value ?? null, c.formula ?? null] : null;
        })
      ),
      merges: s.merges.filter((m) => rows.includes(m.top)).sort(byPos),
    };
  }

  test.each(entries.map((e) => [e.id, e] as const))(
    "%s: no finding on a group row; CLI fill keeps their labels and merges, and every merge",
    async (_id, e) => {
      const file = tmp.file(`${e.id}.${e.ext ?? "xlsx"}`);
      fs.writeFileSync(file, await e.build());
      const rows = GROUP_ROWS[e.id];
      const check = JSON.parse((await tthc("check", file, "--json")).out) as {
        findings: { cell: string }[];
      };
      const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);
      expect(check.findings.filter((f) => rows.includes(rowOf(f.cell)))).toEqual([]);

      const before = (await readWorkbookBuffer(fs.readFileSync(file), path.basename(file)))
        .snapshot;
      const out = tmp.file(`${e.id}.filled.xlsx`);
      expect((await tthc("fill", file, "-o", out)).code).toBeLessThan(2);
      const after = (await readWorkbookBuffer(fs.readFileSync(out), "out.xlsx")).snapshot;
      expect(labels(after, rows)).toEqual(labels(before, rows));
      // (each group row holds its label and nothing else)
      expect(
        labels(before, rows).cells.every((line) => line.filter((c) => c !== null).length === 1)
      ).toBe(true);
      const key = (m: Rect) => `${m.top}:${m.left}:${m.bottom}:${m.right}`;
      const kept = new Set(after.sheets[0].merges.map(key));
      expect(before.sheets[0].merges.map(key).filter((k) => !kept.has(k))).toEqual([]);
    }
  );

  test.each(entries.map((e) => [e.id, e] as const))(
    "%s: in the add-in, Điền số liệu and Hoàn tác leave the group labels as they were",
    async (_id, e) => {
      const snap = (await readWorkbookBuffer(await e.build(), `${e.id}.${e.ext ?? "xlsx"}`))
        .snapshot;
      const rows = GROUP_ROWS[e.id];
      const fake = createFakeExcel(snap);
      const pane = new PaneController({ run: fake.run, office: fake.office });
      const initial = labels(snapshotOfState(fake.workbook.state()), rows).cells;
      expect(initial).toEqual(labels(snap, rows).cells);
      const f = await pane.applyFill();
      expect(f.written).toBeGreaterThan(0);
      expect(labels(snapshotOfState(fake.workbook.state()), rows).cells).toEqual(initial);
      await pane.undo();
      expect(labels(snapshotOfState(fake.workbook.state()), rows).cells).toEqual(initial);
    }
  );
});
