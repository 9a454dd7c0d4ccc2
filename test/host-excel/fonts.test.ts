// Fonts in the Office host: a read with { fonts: true } loads each cell's font family in the same
// sync (getCellProperties); an edit's style.font is written as Range.format.font.name and journaled,
// so that undo puts the previous family back; text into a cell formatted as text ("@") goes in as
// it is (an apostrophe would stay in the text there).
import { EditSet } from "../../src/core/grid";
import { createFakeExcel, FakeExcel } from "../../src/fake-excel";
import { applyEdits, readWorkbook, undoLast } from "../../src/host/excel";
import { comparable, FORM, sampleBook } from "./helpers";

function prepared(api = "1.18"): FakeExcel {
  const fake = createFakeExcel(sampleBook(), { maxExcelApi: api });
  fake.workbook.setFont(FORM, "B4:B6", ".VnTime");
  fake.workbook.setFont(FORM, "A1", ".VnTimeH");
  fake.workbook.setValue(FORM, "N2", "30%", "@");
  return fake;
}

const edits: EditSet = {
  cells: [
    { sheet: FORM, row: 4, col: 2, value: "Chứng thực", style: { font: "Times New Roman" } },
    { sheet: FORM, row: 5, col: 2, value: "Hộ tịch", style: { font: "Times New Roman" } },
    { sheet: FORM, row: 1, col: 1, style: { font: "Times New Roman", bold: true } },
    { sheet: FORM, row: 3, col: 3, style: { font: "Arial" } },
    { sheet: FORM, row: 2, col: 14, value: "từ 30% đến 50%" },
  ],
};

test("read { fonts: true }: every cell's family in the same single sync; without it, none", async () => {
  const fake = prepared();
  const snap = await fake.run((context) =>
    readWorkbook(context, { sheets: [FORM], office: fake.office, fonts: true })
  );
  expect(snap.host.syncs).toBe(1);
  const fonts = snap.host.info[FORM].fonts!;
  expect(fonts["4:2"]).toBe(".VnTime");
  expect(fonts["1:1"]).toBe(".VnTimeH");
  expect(fonts["3:3"]).toBe("Calibri");
  const plain = await fake.run((context) =>
    readWorkbook(context, { sheets: [FORM], office: fake.office })
  );
  expect(plain.host.info[FORM].fonts).toBeUndefined();
  expect(plain.host.info[FORM].fillsKnown).toBe(true);
});

test.each(["1.18", "1.9"])(
  "ExcelApi %s: fonts written in one sync, undo restores them (and the text) exactly in 2",
  async (api) => {
    const fake = prepared(api);
    const before = comparable(fake.workbook.state());
    const applied = await fake.run(async (context) => {
      const snap = await readWorkbook(context, {
        sheets: [FORM],
        office: fake.office,
        fonts: true,
      });
      return applyEdits(context, edits, snap.host.journal, snap, {
        office: fake.office,
        label: "Chuyển mã sang Unicode",
      });
    });
    expect(applied.syncs).toBe(1);
    expect(fake.workbook.cell(FORM, "B4")).toMatchObject({
      value: "Chứng thực",
      font: "Times New Roman",
    });
    expect(fake.workbook.cell(FORM, "A1")).toMatchObject({ font: "Times New Roman", bold: true });
    expect(fake.workbook.cell(FORM, "C3").font).toBe("Arial");
    expect(fake.workbook.cell(FORM, "N2")).toMatchObject({
      value: "từ 30% đến 50%",
      numberFormat: "@",
    });
    fake.resetSyncCount();
    const undone = await fake.run((context) => undoLast(context, { office: fake.office }));
    expect(undone.syncs).toBe(2);
    expect(comparable(fake.workbook.state())).toEqual(before);
    expect(fake.workbook.cell(FORM, "C3").font).toBeUndefined();
    expect(fake.workbook.cell(FORM, "N2").value).toBe("30%");
  }
);

test("a font edit after a read without fonts is written; undo cannot know the old family and leaves it", async () => {
  const fake = prepared();
  await fake.run(async (context) => {
    const snap = await readWorkbook(context, { sheets: [FORM], office: fake.office });
    return applyEdits(
      context,
      { cells: [{ sheet: FORM, row: 6, col: 2, style: { font: "Times New Roman" } }] },
      snap.host.journal,
      snap,
      { office: fake.office }
    );
  });
  expect(fake.workbook.cell(FORM, "B6").font).toBe("Times New Roman");
  await fake.run((context) => undoLast(context, { office: fake.office }));
  expect(fake.workbook.cell(FORM, "B6").font).toBe("Times New Roman");
});
