// Kiểm tra on a workbook whose Biểu 06a has 5,000 rows: the read is planned in blocks of about
// 2 MB of response (Excel on the web refuses 5 MB), so it takes the first sync plus 4 blocks, then 1
// write; a form of a few hundred rows stays at 2 syncs (test/host-excel/sync-budget.test.ts). It marks the
// cells and writes notes: the controller on the globals the task pane sees (installGlobals), and
// the ribbon command in its own runtime.
import { bench06aBook, BENCH_FORM as FORM } from "../../bench/office-book";
import { createFakeExcel } from "../../src/fake-excel";
import { MARK_FILL } from "../../src/host/excel";
import { runCheckCommand } from "../../src/commands/check";
import { PaneController, SHEETS_SETTING } from "../../src/taskpane/controller";

const ROWS = 5000;

/**
 * A 5,000-row Biểu 06a (rows 10…5009, total in 5010, written as the sums before the mistakes);
 * every 250th row's (3) is one too many. The bench's book with no blank cell.
 */
const bigBook = () => bench06aBook(ROWS, { blankEvery: null, wrongAt: 0, total: true });

describe("Kiểm tra on a 5,000-row Biểu 06a", () => {
  const { book, wrongRows } = bigBook();

  test("task pane (globals as in the pane): 1 + 4 blocks + 1 write once the sheet names are known, marks and notes written", async () => {
    const fake = createFakeExcel(book);
    const restore = fake.installGlobals();
    try {
      const pane = new PaneController(); // global Excel.run and Office, as the task pane uses them
      await pane.refresh(); // when the pane opens: 1 sync
      fake.resetSyncCount();
      const r = await pane.check();
      expect(fake.syncCount).toBe(6);
      expect(r.syncs).toBe(6);
      expect(fake.maxPayload.response).toBeLessThan(2_500_000);
      expect(r.form).toMatchObject({ sheet: FORM, rows: ROWS });
      const cells = new Set(r.findings.map((f) => f.a1));
      for (const row of wrongRows) expect(cells.has(`C${row}`)).toBe(true);
      expect(r.errors).toBeGreaterThanOrEqual(wrongRows.length);
      // The total row no longer matches column (3)'s sum either.
      expect(cells.has(`C${10 + ROWS}`)).toBe(true);
      for (const row of wrongRows)
        expect(fake.workbook.fillAt(FORM, `C${row}`)).toBe(MARK_FILL.error);
      const notes = fake.workbook.notes();
      expect(notes.length).toBe(cells.size);
      expect(notes.find((n) => n.address === `C${wrongRows[3]}`)?.content).toMatch(
        /^\[Báo cáo TTHC\]\nLỗi: /
      );

      // Re-checking after a fix takes as many and lifts the fixed cell's mark.
      fake.workbook.setValue(
        FORM,
        `C${wrongRows[3]}`,
        (fake.workbook.cell(FORM, `C${wrongRows[3]}`).value as number) - 1
      );
      fake.resetSyncCount();
      const again = await pane.check();
      expect(fake.syncCount).toBe(6);
      expect(again.errors).toBeLessThan(r.errors);
      expect(fake.workbook.fillAt(FORM, `C${wrongRows[3]}`)).toBeNull();
    } finally {
      restore();
    }
  });

  test("the ribbon's Kiểm tra: one sync fewer with the saved sheet names than in a runtime that knows nothing", async () => {
    const fake = createFakeExcel(book);
    const restore = fake.installGlobals();
    try {
      const completed = jest.fn();
      const first = await runCheckCommand(
        { completed },
        { controller: new PaneController(), baseUrl: "https://localhost:3000/commands.html" }
      );
      expect(completed).toHaveBeenCalledTimes(1);
      expect(first.e).toBeGreaterThanOrEqual(wrongRows.length);
      expect(fake.syncCount).toBe(7); // names (1) + first blocks (1) + 4 blocks + write
      // The next runtime starts with the names saved in the file (Office.context.document.settings).
      fake.office.context.document.settings.set(
        SHEETS_SETTING,
        fake.workbook.settings()[SHEETS_SETTING]
      );
      fake.resetSyncCount();
      const second = await runCheckCommand(
        { completed },
        { controller: new PaneController(), baseUrl: "https://localhost:3000/commands.html" }
      );
      expect(fake.syncCount).toBe(6);
      expect(second.e).toBe(first.e);
      expect(completed).toHaveBeenCalledTimes(2);
      expect(fake.workbook.notes().length).toBeGreaterThan(wrongRows.length);
    } finally {
      restore();
    }
  });
});
