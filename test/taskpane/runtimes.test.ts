// Ribbon and task pane in two runtimes (a function command without the shared runtime): they
// must agree on the undo/marks journal. With ExcelApi 1.4 the journal lives in workbook.settings,
// read inside every batch; below it, in Office.context.document.settings, an in-memory copy per
// runtime that the host re-reads (refreshAsync) before every command. See src/taskpane/RUNTIME.md.
import { bench06aBook } from "../../bench/office-book";
import { createFakeExcel } from "../../src/fake-excel";
import { PaneController } from "../../src/taskpane/controller";

describe.each(["1.18", "1.3"])("ExcelApi %s: two runtimes, one journal", (api) => {
  test("a fill made from the ribbon's runtime is undone from the task pane's, and the reverse", async () => {
    const { book } = bench06aBook(120);
    const fake = createFakeExcel(book, { maxExcelApi: api });
    const pane = new PaneController({ run: (b) => fake.run(b), office: fake.office }); // started first
    await pane.refresh();
    const ribbonOffice = fake.newRuntime();
    const ribbon = new PaneController({ run: (b) => fake.run(b), office: ribbonOffice });
    const filled = await ribbon.applyFill();
    expect(filled.written).toBeGreaterThan(0);
    const undone = await pane.undo();
    expect(undone.done).toBe(true);
    expect(undone.restored).toBe(filled.written);
    // The pane fills; the ribbon (its copy taken before) undoes it.
    const again = await pane.applyFill();
    const back = await ribbon.undo();
    expect(back.done).toBe(true);
    expect(back.restored).toBe(again.written);
    const none = await pane.undo();
    expect(none.done).toBe(false);
  });
});
