// Annotations degrade per cell (issue 14): a cell that refuses our note/comment — it holds the
// clerk's legacy note, which ExcelApi 1.10–1.17 cannot see, or the build answers NotImplemented for
// comments.add — keeps the mark's colour and is reported; nothing else of the write is lost, and
// Xóa đánh dấu gives back exactly the clerk's workbook.
import { Finding } from "../../src/core/grid";
import { createFakeExcel } from "../../src/fake-excel";
import { clearMarks, MARK_FILL, runCommand, undoLast } from "../../src/host/excel";
import { comparable, FORM, sampleBook } from "./helpers";

const findings: Finding[] = [
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
  {
    rule: "06a/number-as-text",
    severity: "warning",
    sheet: FORM,
    row: 6,
    col: 3,
    message: "Số nhập dạng chữ",
    messageId: "test",
    data: {},
  },
  {
    rule: "06a/balance",
    severity: "error",
    sheet: FORM,
    row: 7,
    col: 3,
    message: "Tổng sai",
    messageId: "test",
    data: {},
  },
];

describe("annotations that Excel refuses", () => {
  test("ExcelApi 1.10: a cell with the clerk's (invisible) legacy note keeps it and gets the colour; the others get comments", async () => {
    const fake = createFakeExcel(sampleBook(), { maxExcelApi: "1.10" });
    fake.workbook.addNote(FORM, "C6", "Ghi chú của cán bộ: số liệu tạm");
    const before = comparable(fake.workbook.state());
    const res = await fake.run((context) =>
      runCommand(context, { sheets: [FORM], office: fake.office }, () => ({ findings }))
    );
    expect(res.marked?.via).toBe("comment");
    expect(res.marked?.unannotated).toEqual([{ sheet: FORM, row: 6, col: 3 }]);
    expect(res.marked?.annotations).toBe(2);
    for (const a of ["C5", "C7"]) expect(fake.workbook.fillAt(FORM, a)).toBe(MARK_FILL.error);
    expect(fake.workbook.fillAt(FORM, "C6")).toBe(MARK_FILL.warning);
    expect(
      fake.workbook
        .comments()
        .map((c) => c.address)
        .sort()
    ).toEqual(["C5", "C7"]);
    expect(fake.workbook.notes()).toEqual([
      expect.objectContaining({ address: "C6", content: "Ghi chú của cán bộ: số liệu tạm" }),
    ]);
    await fake.run((context) => clearMarks(context, { office: fake.office }));
    expect(comparable(fake.workbook.state())).toEqual(before);
  });

  test("a build answering NotImplemented for comments.add: every cell keeps its colour, no half-written batch", async () => {
    const fake = createFakeExcel(sampleBook(), {
      maxExcelApi: "1.12",
      notImplemented: ["CommentCollection.add"],
    });
    const before = comparable(fake.workbook.state());
    const res = await fake.run((context) =>
      runCommand(context, { sheets: [FORM], office: fake.office }, () => ({
        findings,
        edits: { cells: [{ sheet: FORM, row: 4, col: 14, value: 0.5, numberFormat: "0%" }] },
      }))
    );
    expect(res.marked?.unannotated?.length).toBe(3);
    expect(res.marked?.annotations).toBe(0);
    expect(fake.workbook.cell(FORM, "N4").value).toBe(0.5);
    for (const a of ["C5", "C7"]) expect(fake.workbook.fillAt(FORM, a)).toBe(MARK_FILL.error);
    expect(fake.workbook.comments()).toEqual([]);
    expect(res.syncs).toBeLessThanOrEqual(4);
    await fake.run((context) => clearMarks(context, { office: fake.office }));
    await fake.run((context) => undoLast(context, { office: fake.office }));
    expect(comparable(fake.workbook.state())).toEqual(before);
  });
});
