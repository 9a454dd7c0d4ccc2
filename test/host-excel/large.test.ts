// Large sheets: Excel on the web's payload limit (chunked reads only when Excel refuses the
// payload), large journals split over several settings keys, and the journal budget.
import { EditSet, Sheet } from "../../src/core/grid";
import { createFakeExcel } from "../../src/fake-excel";
import { applyEdits, HOST_MSG, readWorkbook, runCommand, undoLast, HostError } from "../../src/host/excel";
import { bigSheet, comparable, FORM, sampleBook } from "./helpers";

const WEB_LIMIT = 5_000_000;

describe("payload limit of Excel on the web", () => {
  test("a 5,000 × 13 sheet with exact fills is over 5 MB in one read: read again in chunks, same snapshot", async () => {
    const desktop = createFakeExcel({ sheets: [bigSheet(FORM, 5000, 13)] });
    desktop.workbook.setFill(FORM, "C10:E12", "#FFFF00");
    const expected = await desktop.run((context) => readWorkbook(context, { active: true, office: desktop.office }));

    const web = createFakeExcel({ sheets: [bigSheet(FORM, 5000, 13)] }, { payloadLimitBytes: WEB_LIMIT });
    web.workbook.setFill(FORM, "C10:E12", "#FFFF00");
    const got = await web.run((context) => readWorkbook(context, { active: true, office: web.office }));
    expect(got.sheets).toEqual(expected.sheets);
    expect(got.host.info[FORM].fills).toEqual(expected.host.info[FORM].fills);
    // 1 refused + 1 for the sizes + 2 chunks of at most 40,000 cells.
    expect(got.host.syncs).toBe(4);
  });

  test("without fills the same sheet fits in one read on the web", async () => {
    const web = createFakeExcel({ sheets: [bigSheet(FORM, 5000, 13)] }, { payloadLimitBytes: WEB_LIMIT });
    const got = await web.run((context) => readWorkbook(context, { active: true, fills: false, office: web.office }));
    expect(got.host.syncs).toBe(1);
    expect(got.host.info[FORM].fillsKnown).toBe(false);
  });

  test("chunks shrink until they fit; the whole command still works", async () => {
    const web = createFakeExcel(sampleBook(), { payloadLimitBytes: 6_000 });
    const res = await web.run((context) =>
      runCommand(context, { sheets: [FORM], chunkCells: 200, office: web.office }, (snap) => {
        const s = new Sheet(snap.sheets[0]);
        return { findings: [{ rule: "06a/balance", severity: "error", sheet: s.name, row: 5, col: 3, message: "(3) ≠ (7)+(11)", messageId: "test", data: {} }] };
      }),
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
    for (let r = 2; r <= 5000; r++) edits.cells.push({ sheet: FORM, row: r, col: 3, formula: `D${r}+E${r}+F${r}`, numberFormat: "0" });
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

  test("an undo step over the journal budget is refused before anything is written", async () => {
    const fake = createFakeExcel({ sheets: [bigSheet(FORM, 500, 13)] });
    const before = fake.workbook.state();
    const edits: EditSet = { cells: [] };
    for (let r = 2; r <= 500; r++) edits.cells.push({ sheet: FORM, row: r, col: 3, value: 0 });
    const err = await fake
      .run(async (context) => {
        const snap = await readWorkbook(context, { active: true, office: fake.office });
        return applyEdits(context, edits, snap.host.journal, snap, { office: fake.office, maxJournalChars: 5_000 });
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe("journal-too-large");
    expect((err as HostError).message).toContain("quá lớn để lưu thông tin hoàn tác");
    expect(fake.workbook.state()).toEqual(before);
    expect(HOST_MSG.journalTooLarge(12345, 5000)).toContain("12.345");
  });
});
