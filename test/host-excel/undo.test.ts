// applyEdits + undoLast ("Hoàn tác"): exact restore of values, formulas, number formats, fills,
// merges and sheets, in 2 syncs, surviving a pane reload, never losing the clerk's later edits.
import { EditSet } from "../../src/core/grid";
import { createFakeExcel, FakeExcel } from "../../src/fake-excel";
import {
  applyEdits,
  HOST_MSG,
  readWorkbook,
  runCommand,
  undoLast,
  HostError,
} from "../../src/host/excel";
import { comparable, FORM, sampleBook } from "./helpers";

const edits: EditSet = {
  cells: [
    // Derived column (3): formulas over a value, over a formula and over text.
    { sheet: FORM, row: 5, col: 3, formula: "D5+E5+F5", result: 39 },
    { sheet: FORM, row: 4, col: 3, formula: "SUM(D4:F4)" },
    { sheet: FORM, row: 6, col: 3, formula: "D6+E6+F6", numberFormat: "#,##0" },
    // Percentage block beside the form, with formats and a fill.
    {
      sheet: FORM,
      row: 3,
      col: 14,
      value: "Tỷ lệ trước hạn",
      style: { bold: true, fill: "#DDEBF7", wrap: true, horizontal: "center" },
    },
    { sheet: FORM, row: 4, col: 14, formula: 'IF(G4=0,"",H4/G4)', numberFormat: "0.0%" },
    // Overwrite the date and a text cell that looks like a number.
    { sheet: FORM, row: 8, col: 2, value: new Date(Date.UTC(2024, 5, 14)) },
    { sheet: FORM, row: 8, col: 5, value: "31" },
    // Over a cell the clerk had filled.
    { sheet: FORM, row: 7, col: 3, formula: "SUM(C4:C6)", style: { fill: "#FCE4D6" } },
    // A new sheet with content.
    { sheet: "Tỷ lệ", row: 1, col: 1, value: "Tỷ lệ giải quyết", style: { bold: true } },
  ],
  merges: [
    { sheet: FORM, rect: { top: 2, left: 1, bottom: 2, right: 3 } },
    { sheet: "Tỷ lệ", rect: { top: 1, left: 1, bottom: 1, right: 4 } },
  ],
  newSheets: ["Tỷ lệ"],
  columnWidths: [
    { sheet: "Tỷ lệ", col: 1, width: 42 },
    { sheet: FORM, col: 2, width: 42 },
    { sheet: FORM, col: 14, width: 14 },
  ],
};

function prepared(api = "1.18"): FakeExcel {
  const fake = createFakeExcel(sampleBook(), { maxExcelApi: api });
  fake.workbook.setCachedValue(FORM, "C4", 31);
  fake.workbook.setFill(FORM, "C7", "#FFFF00");
  fake.workbook.setValue(FORM, "B2", "(Từ ngày 15/12/2023 đến ngày 14/03/2024)");
  fake.workbook.setColumnWidth(FORM, 2, 150);
  return fake;
}

async function apply(fake: FakeExcel, set: EditSet = edits) {
  return fake.run(async (context) => {
    const snap = await readWorkbook(context, { sheets: [FORM], office: fake.office });
    return applyEdits(context, set, snap.host.journal, snap, {
      office: fake.office,
      label: "Điền số liệu",
    });
  });
}

describe("applyEdits", () => {
  test("writes values, formulas, formats, styles, merges and new sheets in one sync after the read", async () => {
    const fake = prepared();
    const res = await apply(fake);
    expect(fake.syncCount).toBe(2);
    expect(res.syncs).toBe(1);
    expect(res.createdSheets).toEqual(["Tỷ lệ"]);
    const c = (a: string) => fake.workbook.cell(FORM, a);
    expect(c("C5")).toMatchObject({ formula: "D5+E5+F5" });
    expect(c("C6")).toMatchObject({ formula: "D6+E6+F6", numberFormat: "#,##0" });
    expect(c("N3")).toMatchObject({
      value: "Tỷ lệ trước hạn",
      bold: true,
      fill: "#DDEBF7",
      wrap: true,
      horizontalAlignment: "Center",
    });
    expect(c("N4")).toMatchObject({ formula: 'IF(G4=0,"",H4/G4)', numberFormat: "0.0%" });
    expect(c("B8")).toMatchObject({
      value: new Date(Date.UTC(2024, 5, 14)),
      numberFormat: "dd/mm/yyyy",
    });
    expect(c("E8").value).toBe("31"); // text stays text
    expect(c("C7")).toMatchObject({ formula: "SUM(C4:C6)", fill: "#FCE4D6" });
    expect(fake.workbook.merges(FORM)).toEqual(["A1:M1", "A2:C2"]);
    expect(fake.workbook.cell("Tỷ lệ", "A1")).toMatchObject({
      value: "Tỷ lệ giải quyết",
      bold: true,
    });
    expect(fake.workbook.columnWidth("Tỷ lệ", 1)).toBe(224.25); // 42 characters in points
    expect(fake.workbook.columnWidth(FORM, 2)).toBe(224.25);
    expect(fake.workbook.columnWidth(FORM, 14)).toBe(77.25);
    const journal = fake.workbook.settings();
    expect(Object.keys(journal)).toEqual(["tthc.journal/0"]);
  });

  test("writing to a sheet that was not read is refused (its old content would be unknown)", async () => {
    const fake = prepared();
    const err = await apply(fake, {
      cells: [{ sheet: "Ghi chú", row: 1, col: 1, value: 1 }],
    }).catch((e: unknown) => e);
    expect((err as HostError).code).toBe("sheet-not-read");
    expect(fake.workbook.cell("Ghi chú", "A1").value).toBeNull();
  });

  test("creating a sheet that exists is refused before anything is written", async () => {
    const fake = prepared();
    const before = fake.workbook.state();
    const err = await apply(fake, {
      cells: [{ sheet: FORM, row: 5, col: 3, value: 1 }],
      newSheets: ["Ghi chú"],
    }).catch((e: unknown) => e);
    expect((err as HostError).message).toBe(HOST_MSG.sheetExists("Ghi chú"));
    expect(fake.workbook.state()).toEqual(before);
  });

  test("a protected sheet gives the Vietnamese message and nothing is written", async () => {
    const fake = prepared();
    fake.workbook.protect(FORM);
    const before = fake.workbook.state();
    const err = await apply(fake).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).message).toBe(HOST_MSG.sheetProtected(FORM));
    expect(fake.workbook.state()).toEqual(before);
  });
});

describe("undoLast (Hoàn tác)", () => {
  test("restores exactly the values, formulas, number formats, fills, merges, widths and sheets, in 2 syncs", async () => {
    const fake = prepared();
    const before = fake.workbook.state();
    await apply(fake);
    expect(comparable(fake.workbook.state())).not.toEqual(comparable(before));
    fake.resetSyncCount();
    const res = await fake.run((context) => undoLast(context, { office: fake.office }));
    expect(res).toMatchObject({
      done: true,
      label: "Điền số liệu",
      keptUserEdits: 0,
      deletedSheets: ["Tỷ lệ"],
      syncs: 2,
    });
    expect(fake.syncCount).toBe(2);
    expect(comparable(fake.workbook.state())).toEqual(comparable(before));
    expect(fake.workbook.settings()).toEqual({});
  });

  test("survives a pane reload, and steps undo one at a time, newest first", async () => {
    const fake = prepared();
    const s0 = comparable(fake.workbook.state());
    await apply(fake, { cells: [{ sheet: FORM, row: 5, col: 3, value: 39 }] });
    const s1 = comparable(fake.workbook.state());
    await apply(fake, {
      cells: [{ sheet: FORM, row: 5, col: 3, formula: "D5+E5+F5", numberFormat: "0" }],
    });
    fake.reloadAddin();
    await fake.run((context) => undoLast(context, { office: fake.office }));
    expect(comparable(fake.workbook.state())).toEqual(s1);
    await fake.run((context) => undoLast(context, { office: fake.office }));
    expect(comparable(fake.workbook.state())).toEqual(s0);
    const none = await fake.run((context) => undoLast(context, { office: fake.office }));
    expect(none).toMatchObject({ done: false, message: HOST_MSG.nothingToUndo, syncs: 1 });
  });

  test("ExcelApi 1.1: the journal lives in document settings and still survives a pane reload", async () => {
    const fake = createFakeExcel(sampleBook(), { maxExcelApi: "1.1" });
    const before = comparable(fake.workbook.state());
    await apply(fake, {
      cells: [
        { sheet: FORM, row: 5, col: 3, formula: "D5+E5+F5", numberFormat: "0" },
        { sheet: FORM, row: 4, col: 14, value: 0.5, numberFormat: "0%" },
      ],
    });
    // One store in the document: what the Common API saved is what workbook.settings holds.
    expect(fake.workbook.model.documentSettings["tthc.journal/0"]).toBeDefined();
    expect(Object.keys(fake.workbook.settings())).toEqual(["tthc.journal/0"]);
    fake.reloadAddin();
    await fake.run((context) => undoLast(context, { office: fake.office }));
    expect(comparable(fake.workbook.state())).toEqual(before);
  });

  test("a cell the clerk edited after the add-in wrote it keeps the clerk's content", async () => {
    const fake = prepared();
    await apply(fake);
    fake.workbook.setValue(FORM, "N4", "đã sửa tay");
    const res = await fake.run((context) => undoLast(context, { office: fake.office }));
    expect(res.keptUserEdits).toBe(1);
    expect(res.syncs).toBe(3);
    expect(res.message).toBe(HOST_MSG.undoKeptUserEdits(1));
    expect(fake.workbook.cell(FORM, "N4").value).toBe("đã sửa tay");
    expect(fake.workbook.cell(FORM, "C5").value).toBe(40);
  });

  test("runCommand edits and marks together; undo takes back the edits and leaves the marks", async () => {
    const fake = prepared();
    const res = await fake.run((context) =>
      runCommand(context, { sheets: [FORM], office: fake.office }, () => ({
        edits: { cells: [{ sheet: FORM, row: 5, col: 3, formula: "D5+E5+F5" }] },
        findings: [
          {
            rule: "06a/balance",
            severity: "error",
            sheet: FORM,
            row: 5,
            col: 3,
            message: "(3) ≠ (7)+(11)",
            messageId: "test",
            data: {},
          },
        ],
      }))
    );
    expect(res.syncs).toBe(2);
    await fake.run((context) => undoLast(context, { office: fake.office }));
    const after = comparable(fake.workbook.state());
    expect(after.sheets[0].cells.C5).toMatchObject({ value: 40, fill: "#FFC7CE" });
    expect(after.notes.length).toBe(1);
  });

  test("undo on a sheet protected meanwhile gives the Vietnamese message", async () => {
    const fake = prepared();
    await apply(fake);
    fake.workbook.protect(FORM);
    const err = await fake
      .run((context) => undoLast(context, { office: fake.office }))
      .catch((e: unknown) => e);
    expect((err as HostError).message).toBe(HOST_MSG.sheetProtected(FORM));
  });
});
