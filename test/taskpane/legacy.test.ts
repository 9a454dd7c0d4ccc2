// Legacy text in the add-in: TCVN3 and VNI copies of the sample (every text cell encoded, .VnTime /
// .VnTimeH / VNI-Times fonts, built as test/cli/convert.test.ts builds them) in the fake Excel.
// Kiểm tra finds what it finds on the Unicode sample and says once that the workbook is in the
// legacy encoding; "Chuyển mã sang Unicode" writes the Unicode text and Times New Roman in one
// undo step, and "Hoàn tác" gives back every text cell's bytes and every font exactly.
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../src/core/grid";
import { unicodeToLegacy } from "../../src/core/text/legacy";
import { PANE_MSG, STEP_LABEL } from "../../src/core/messages/taskpane";
import { createFakeExcel, FakeExcel } from "../../src/fake-excel";
import { PaneController } from "../../src/taskpane/controller";
import { snapshotOf } from "../../src/host/xlsx";
import { comparable } from "../host-excel/helpers";
import { paneOn, sampleSnapshot } from "./helpers";
import { LEGACY_FONTS, legacySample } from "../helpers/legacy";

const FORM = "Biểu 06a";

/** A fake Excel holding an exceljs workbook: its grid, and each cell's own font family. */
function fakeOf(
  book: ExcelJS.Workbook,
  maxExcelApi?: string
): { fake: FakeExcel; pane: PaneController } {
  const fake = createFakeExcel(snapshotOf(book), maxExcelApi ? { maxExcelApi } : {});
  book.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const name = cell.font?.name;
        if (name && !(cell.isMerged && cell.master !== cell))
          fake.workbook.setFont(ws.name, cell.address, name);
      })
    )
  );
  return { fake, pane: new PaneController({ run: fake.run, office: fake.office }) };
}

/** Text cells (not formulas), "sheet!row:col" → text. */
function texts(wb: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of wb.sheets)
    s.data.forEach((row, i) =>
      (row ?? []).forEach((c, j) => {
        if (c && typeof c.value === "string" && c.formula === undefined)
          out.set(`${s.name}!${s.top + i}:${s.left + j}`, c.value);
      })
    );
  return out;
}

const findingsOf = (r: {
  findings: { rule: string; cell: string; severity: string; message: string }[];
}) => r.findings.map((f) => [f.rule, f.cell, f.severity, f.message]);

describe.each(["tcvn3", "vni"] as const)("a %s workbook in the task pane", (enc) => {
  test("Kiểm tra: the Unicode sample's form and findings, marked on the same cells, and the legacy notice", async () => {
    const u = paneOn();
    const unicode = await u.pane.check();
    const { fake, pane } = fakeOf(legacySample(enc));
    expect(fake.workbook.cell(FORM, "C6").value).toBe(
      unicodeToLegacy("Số hồ sơ nhận giải quyết", enc)
    );
    await pane.refresh();
    fake.resetSyncCount();
    const r = await pane.check();
    expect(r.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(r.form).toEqual(unicode.form);
    expect(r.form?.unit).toBe("UBND PHƯỜNG PHÚ SƠN");
    expect(findingsOf(r)).toEqual(findingsOf(unicode));
    expect(r.findings.map((f) => f.cell)).toEqual(["Biểu 06a!C3", "Biểu 06a!B34"]);
    expect(unicode.legacy).toBeNull();
    expect(r.legacy).toEqual({
      encoding: enc,
      name: enc === "vni" ? "VNI" : "TCVN3 (ABC)",
      cells: expect.any(Number),
    });
    expect(r.legacy!.cells).toBeGreaterThan(100);
    expect(PANE_MSG.check.legacy(r.legacy!.name, r.legacy!.encoding)).toBe(
      enc === "vni"
        ? "Sổ làm việc gõ theo bảng mã cũ VNI, phông VNI-Times. " +
            "Để kiểm tra, chữ đã được đọc chuyển sang Unicode; các ô trong sổ chưa bị thay đổi."
        : "Sổ làm việc gõ theo bảng mã cũ TCVN3 (ABC), phông .VnTime. " +
            "Để kiểm tra, chữ đã được đọc chuyển sang Unicode; các ô trong sổ chưa bị thay đổi."
    );
    // The marks and notes are where the Unicode sample has them; the clerk's text is untouched.
    expect(fake.workbook.notes().map((n) => `${n.sheet}!${n.address}`)).toEqual([
      "Biểu 06a!C3",
      "Biểu 06a!B34",
    ]);
    expect(fake.workbook.cell(FORM, "B34").value).toBe(unicodeToLegacy("Lĩnh vực Lâm nghiệp", enc));
  });

  test("Chuyển mã sang Unicode: the Unicode sample's text, Times New Roman, 2 syncs; Hoàn tác gives back every byte and font", async () => {
    const { fake, pane } = fakeOf(legacySample(enc));
    await pane.check(); // marks present: they must survive the conversion and its undo
    const before = comparable(fake.workbook.state());
    const fontsBefore = fake.workbook.cells(FORM);
    fake.resetSyncCount();
    const r = await pane.convertLegacy();
    expect(r.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(r.legacy?.encoding).toBe(enc);
    expect(r.converted).toBeGreaterThan(100);
    expect(r.fonts).toBe(r.converted);
    expect(pane.journalState?.undo.map((u) => u.label)).toEqual([STEP_LABEL.convert]);

    // Every text cell now reads as in the Unicode sample ("NGƯỜI LẬP BIỂU" typed in .VnTimeH included).
    expect(texts(fake.toSnapshot())).toEqual(texts(sampleSnapshot()));
    // Every cell whose text was converted is in Times New Roman; the other cells (numbers,
    // formulas, plain ASCII text such as "STT") keep their content and font.
    const convertedCells = Object.keys(fontsBefore).filter(
      (a) => fontsBefore[a].value !== fake.workbook.cell(FORM, a).value
    );
    expect(convertedCells.length).toBeGreaterThan(50);
    for (const [address, c] of Object.entries(fake.workbook.cells(FORM))) {
      if (convertedCells.includes(address))
        expect([address, c.font]).toEqual([address, "Times New Roman"]);
      else
        expect([address, c.value, c.formula, c.font]).toEqual([
          address,
          fontsBefore[address].value,
          fontsBefore[address].formula,
          fontsBefore[address].font,
        ]);
    }
    expect(fake.workbook.cell(FORM, "C6")).toMatchObject({
      value: "Số hồ sơ nhận giải quyết",
      font: "Times New Roman",
    });
    // The marks are still there.
    expect(fake.workbook.notes()).toHaveLength(2);

    // Converted, the workbook is plain Unicode: the check says nothing about encodings.
    const again = await pane.check();
    expect(again.legacy).toBeNull();
    expect(again.findings.map((f) => f.cell)).toEqual(["Biểu 06a!C3", "Biểu 06a!B34"]);

    fake.resetSyncCount();
    const undone = await pane.undo();
    expect(undone).toMatchObject({ done: true, label: "Chuyển mã sang Unicode", keptUserEdits: 0 });
    expect(undone.syncs).toBeLessThanOrEqual(2);
    expect(comparable(fake.workbook.state())).toEqual(before);
    expect(fake.workbook.cell(FORM, "A1").font).toBe(LEGACY_FONTS[enc].normal);
  });
});

test("below ExcelApi 1.9 the fonts of the converted cells take one sync of their own; undo still restores them", async () => {
  const { fake, pane } = fakeOf(legacySample("tcvn3"), "1.4");
  await pane.refresh();
  const before = comparable(fake.workbook.state());
  fake.resetSyncCount();
  const r = await pane.convertLegacy();
  expect(r.syncs).toBe(3);
  expect(texts(fake.toSnapshot())).toEqual(texts(sampleSnapshot()));
  expect(fake.workbook.cell(FORM, "C6").font).toBe("Times New Roman");
  await pane.undo();
  expect(comparable(fake.workbook.state())).toEqual(before);
});

test("a converted cell whose font is not a legacy one (Arial, the Normal style's Calibri) keeps it", async () => {
  const { fake, pane } = fakeOf(legacySample("tcvn3"));
  fake.workbook.setFont(FORM, "C6", "Arial");
  fake.workbook.setFont(FORM, "D8", null);
  const before = comparable(fake.workbook.state());
  const r = await pane.convertLegacy();
  expect(r.fonts).toBe(r.converted - 2);
  expect(fake.workbook.cell(FORM, "C6")).toMatchObject({
    value: "Số hồ sơ nhận giải quyết",
    font: "Arial",
  });
  expect(fake.workbook.cell(FORM, "D8")).toMatchObject({ value: "Trực tuyến" });
  expect(fake.workbook.cell(FORM, "D8").font).toBeUndefined();
  expect(fake.workbook.cell(FORM, "E8")).toMatchObject({
    value: "Trực tiếp, dịch vụ bưu chính",
    font: "Times New Roman",
  });
  await pane.undo();
  expect(comparable(fake.workbook.state())).toEqual(before);
});

test("on a Unicode workbook there is nothing to convert: nothing written, no undo step", async () => {
  const { fake, pane } = paneOn();
  await pane.refresh();
  const before = fake.workbook.state();
  fake.resetSyncCount();
  const r = await pane.convertLegacy();
  expect(r).toEqual({ legacy: null, converted: 0, fonts: 0, syncs: 1 });
  expect(fake.workbook.state()).toEqual(before);
  expect(pane.journalState?.undo).toEqual([]);
});

test("Điền số liệu on a TCVN3 workbook: the clerk's text stays in its encoding, the fill's formulas go in, Hoàn tác restores", async () => {
  const { fake, pane } = fakeOf(legacySample("tcvn3"));
  const before = comparable(fake.workbook.state());
  const textsBefore = texts(fake.toSnapshot());
  const r = await pane.applyFill();
  expect(r.written).toBeGreaterThan(0);
  expect(fake.workbook.cell(FORM, "C10").formula).toBe("SUM(D10:F10)");
  const after = texts(fake.toSnapshot());
  for (const [k, v] of textsBefore) expect([k, after.get(k)]).toEqual([k, v]);
  await pane.undo();
  expect(comparable(fake.workbook.state())).toEqual(before);
});
