// Large sheets: Excel on the web's payload limit (reads planned in blocks by size), large journals
// split over several settings keys, and the journal budget.
import { EditSet, Sheet } from "../../src/core/grid";
import { createFakeExcel } from "../../src/fake-excel";
import {
  applyEdits,
  HOST_MSG,
  readWorkbook,
  runCommand,
  undoLast,
  HostError,
} from "../../src/host/excel";
import { bigSheet, comparable, FORM, sampleBook } from "./helpers";

const WEB_LIMIT = 5_000_000;

describe("payload limit of Excel on the web", () => {
  test("a 5,000 × 13 sheet with exact fills (over 5 MB in one read) is read in planned blocks: none refused, same snapshot", async () => {
    const desktop = createFakeExcel({ sheets: [bigSheet(FORM, 5000, 13)] });
    desktop.workbook.setFill(FORM, "C10:E12", "#FFFF00");
    const expected = await desktop.run((context) =>
      readWorkbook(context, { active: true, office: desktop.office })
    );

    const web = createFakeExcel(
      { sheets: [bigSheet(FORM, 5000, 13)] },
      { payloadLimitBytes: WEB_LIMIT }
    );
    web.workbook.setFill(FORM, "C10:E12", "#FFFF00");
    const got = await web.run((context) =>
      readWorkbook(context, { active: true, office: web.office })
    );
    expect(got.sheets).toEqual(expected.sheets);
    expect(got.host.info[FORM].fills).toEqual(expected.host.info[FORM].fills);
    // A first block in the first sync + 3 blocks planned from its measured size; no sync refused.
    expect(got.host.syncs).toBe(4);
    expect(web.maxPayload.response).toBeLessThan(2_500_000);
  });

  test("without fills the same sheet takes one block fewer", async () => {
    const web = createFakeExcel(
      { sheets: [bigSheet(FORM, 5000, 13)] },
      { payloadLimitBytes: WEB_LIMIT }
    );
    const got = await web.run((context) =>
      readWorkbook(context, { active: true, fills: false, office: web.office })
    );
    expect(got.host.syncs).toBe(2);
    expect(got.host.info[FORM].fillsKnown).toBe(false);
  });

  test("chunks shrink until they fit; the whole command still works", async () => {
    const web = createFakeExcel(sampleBook(), { payloadLimitBytes: 6_000 });
    const res = await web.run((context) =>
      runCommand(context, { sheets: [FORM], chunkCells: 200, office: web.office }, (snap) => {
        const s = new Sheet(snap.sheets[0]);
        return {
          findings: [
            {
              rule: "06a/balance",
              severity: "error",
              sheet: s.name,
              row: 5,
              col: 3,
              message: "(3) ≠ (7)+(11)",
              messageId: "test",
              data: {},
            },
          ],
        };
      })
    );
    const { host: _h, ...grid } = res.snapshot;
    expect(grid.sheets[0]).toEqual(sampleBook().sheets[0]);
    expect(res.readSyncs).toBeGreaterThan(2);
    expect(web.workbook.fillAt(FORM, "C5")).toBe("#FFC7CE");
  });
});

describe("journal size", () => {
  test("a journal larger than one settings value is split over several keys and read back", async () => {
    const fake = createFakeExcel({ sheets: [bigSheet(FORM, 5000, 13)] });
    const before = comparable(fake.workbook.state());
    const edits: EditSet = { cells: [] };
    // Constants that differ from row to row do not compact into runs (see the next test).
    for (let r = 2; r <= 5000; r++)
      edits.cells.push({ sheet: FORM, row: r, col: 3, value: r * 7 + 1, numberFormat: "0" });
    await fake.run(async (context) => {
      const snap = await readWorkbook(context, { active: true, office: fake.office });
      return applyEdits(context, edits, snap.host.journal, snap, { office: fake.office });
    });
    const keys = Object.keys(fake.workbook.settings());
    expect(keys.length).toBeGreaterThan(1);
    expect(keys[0]).toBe("tthc.journal/0");
    await fake.run((context) => undoLast(context, { office: fake.office }));
    expect(comparable(fake.workbook.state())).toEqual(before);
    expect(fake.workbook.settings()).toEqual({});
  });

  test("a column of formulas that differ only by their row is journaled as one run: 5,000 cells in one key, undo exact", async () => {
    const fake = createFakeExcel({ sheets: [bigSheet(FORM, 5000, 13)] });
    const before = comparable(fake.workbook.state());
    const edits: EditSet = { cells: [] };
    for (let r = 2; r <= 5000; r++)
      edits.cells.push({
        sheet: FORM,
        row: r,
        col: 3,
        formula: `D${r}+E${r}+F${r}`,
        numberFormat: "0",
      });
    await fake.run(async (context) => {
      const snap = await readWorkbook(context, { active: true, office: fake.office });
      return applyEdits(context, edits, snap.host.journal, snap, { office: fake.office });
    });
    const stored = fake.workbook.settings();
    expect(Object.keys(stored)).toEqual(["tthc.journal/0"]);
    expect(JSON.stringify(stored["tthc.journal/0"]).length).toBeLessThan(40_000);
    await fake.run((context) => undoLast(context, { office: fake.office }));
    expect(comparable(fake.workbook.state())).toEqual(before);
  });

  test("an undo step over the journal budget is refused before anything is written", async () => {
    const fake = createFakeExcel({ sheets: [bigSheet(FORM, 500, 13)] });
    const before = fake.workbook.state();
    const edits: EditSet = { cells: [] };
    for (let r = 2; r <= 500; r++) edits.cells.push({ sheet: FORM, row: r, col: 3, value: r });
    const err = await fake
      .run(async (context) => {
        const snap = await readWorkbook(context, { active: true, office: fake.office });
        return applyEdits(context, edits, snap.host.journal, snap, {
          office: fake.office,
          maxJournalChars: 5_000,
        });
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe("journal-too-large");
    expect((err as HostError).message).toContain("quá lớn để lưu thông tin hoàn tác");
    expect(fake.workbook.state()).toEqual(before);
    expect(HOST_MSG.journalTooLarge(12345, 5000)).toContain("12.345");
  });
});
