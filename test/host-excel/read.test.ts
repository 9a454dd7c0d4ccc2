// readWorkbook: conversion to the grid snapshot, sync counts, merges, fills, notes/comments.
import { Sheet } from "../../src/core/grid";
import { createFakeExcel } from "../../src/fake-excel";
import { readWorkbook, selectCell, HostError } from "../../src/host/excel";
import { FORM, sampleBook } from "./helpers";

describe("readWorkbook", () => {
  test("named sheets: one sync; formulas without '=', cached values, errors, text, dates only when formatted as dates", async () => {
    const fake = createFakeExcel(sampleBook());
    const snap = await fake.run((context) =>
      readWorkbook(context, { sheets: [FORM], office: fake.office })
    );
    expect(fake.syncCount).toBe(1);
    expect(snap.host.syncs).toBe(1);
    expect(snap.sheets.map((s) => s.name)).toEqual([FORM]);
    const s = new Sheet(snap.sheets[0]);
    expect([s.top, s.left, s.bottom, s.right]).toEqual([1, 1, 8, 13]);
    expect(s.cell(4, 3)).toEqual({ value: 31, formula: "D4+E4+F4" });
    expect(s.cell(5, 3)).toEqual({ value: 40 });
    expect(s.cell(6, 3)).toEqual({ value: "31" });
    expect(s.cell(6, 7)).toEqual({ value: { error: "#REF!" } });
    expect(s.cell(8, 2)).toEqual({
      value: new Date(Date.UTC(2024, 2, 14)),
      numberFormat: "dd/mm/yyyy",
    });
    expect(s.cell(8, 3)).toEqual({ value: 45365 });
    expect(s.cell(8, 4)).toEqual({ value: 0.25, numberFormat: "0.0%" });
    expect(s.cell(2, 5)).toBeNull();
    expect(snap.sheets[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 13 }]);
    expect(snap.host.sheetList.map((x) => [x.name, x.protected])).toEqual([
      [FORM, false],
      ["Ghi chú", false],
    ]);
  });

  test("the snapshot equals what the fake was loaded from (round trip)", async () => {
    const fake = createFakeExcel(sampleBook());
    const snap = await fake.run((context) => readWorkbook(context, { office: fake.office }));
    const { host: _host, ...grid } = snap;
    expect(grid).toEqual(sampleBook());
  });

  test("every sheet: two syncs (the names are unknown until the collection is loaded); very hidden sheets skipped", async () => {
    const fake = createFakeExcel(sampleBook());
    await fake.run(async (context) => {
      context.workbook.worksheets.add("Ẩn");
    });
    fake.workbook.setVisibility("Ẩn", "VeryHidden");
    fake.resetSyncCount();
    const snap = await fake.run((context) => readWorkbook(context, { office: fake.office }));
    expect(fake.syncCount).toBe(2);
    expect(snap.sheets.map((s) => s.name)).toEqual([FORM, "Ghi chú"]);
    expect(snap.sheets[1]).toMatchObject({ top: 2, left: 2 });
  });

  test("active sheet: one sync", async () => {
    const fake = createFakeExcel(sampleBook(), { activeSheet: "Ghi chú" });
    const snap = await fake.run((context) =>
      readWorkbook(context, { active: true, office: fake.office })
    );
    expect(fake.syncCount).toBe(1);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Ghi chú"]);
  });

  test("merged areas need ExcelApi 1.13; fills need 1.9", async () => {
    for (const [api, merges, fillsKnown] of [
      ["1.18", 1, true],
      ["1.12", 0, true],
      ["1.8", 0, false],
    ] as const) {
      const fake = createFakeExcel(sampleBook(), { maxExcelApi: api });
      fake.workbook.setFill(FORM, "C5", "#FFFF00");
      const snap = await fake.run((context) =>
        readWorkbook(context, { sheets: [FORM], office: fake.office })
      );
      expect(snap.sheets[0].merges.length).toBe(merges);
      expect(snap.host.info[FORM].fillsKnown).toBe(fillsKnown);
      if (fillsKnown) expect(snap.host.info[FORM].fills).toEqual({ "5:3": "#FFFF00" });
      expect(fake.syncCount).toBe(1);
    }
  });

  test("an explicit white fill is told apart from no fill", async () => {
    const fake = createFakeExcel(sampleBook());
    fake.workbook.setFill(FORM, "D4", "#FFFFFF");
    const snap = await fake.run((context) =>
      readWorkbook(context, { sheets: [FORM], office: fake.office })
    );
    expect(snap.host.info[FORM].fills).toEqual({ "4:4": "#FFFFFF" });
  });

  test("notes and comments: ours told from the clerk's; a full read locates the clerk's", async () => {
    const fake = createFakeExcel(sampleBook());
    fake.workbook.addNote(FORM, "B5", "Kiểm tra lại với bộ phận một cửa");
    fake.workbook.addNote(FORM, "C5", "[Báo cáo TTHC]\nLỗi: …");
    const one = await fake.run((context) =>
      readWorkbook(context, { sheets: [FORM], office: fake.office })
    );
    expect(one.host.notes.map((n) => n.ours)).toEqual([false, true]);
    expect(one.host.foreignLocated).toBe(false);
    const all = await fake.run((context) => readWorkbook(context, { office: fake.office }));
    expect(all.host.foreignLocated).toBe(true);
    expect(all.host.notes[0].cell).toEqual({ sheet: FORM, row: 5, col: 2 });
  });

  test("a missing sheet gives a Vietnamese error naming it", async () => {
    const fake = createFakeExcel(sampleBook());
    await expect(
      fake.run((context) => readWorkbook(context, { sheets: ["Biểu 07"], office: fake.office }))
    ).rejects.toThrow(HostError);
    await expect(
      fake.run((context) => readWorkbook(context, { sheets: ["Biểu 07"], office: fake.office }))
    ).rejects.toThrow("Không tìm thấy trang tính “Biểu 07”");
  });

  test("uses the global Office when no office is passed (as in the task pane)", async () => {
    const fake = createFakeExcel(sampleBook(), { maxExcelApi: "1.12" });
    const uninstall = fake.installGlobals();
    try {
      const snap = await fake.run((context) => readWorkbook(context, { sheets: [FORM] }));
      expect(snap.host.caps.mergedAreas).toBe(false);
      expect(snap.host.caps.comments).toBe(true);
    } finally {
      uninstall();
    }
  });

  test("selectCell activates the sheet and selects the cell in one sync", async () => {
    const fake = createFakeExcel(sampleBook());
    await fake.run((context) => selectCell(context, "Ghi chú", 2, 2));
    expect(fake.syncCount).toBe(1);
    expect(fake.workbook.selection()).toEqual({ sheet: "Ghi chú", address: "B2" });
    await expect(fake.run((context) => selectCell(context, "Không có", 1, 1))).rejects.toThrow(
      "Không tìm thấy trang tính “Không có”"
    );
  });
});
