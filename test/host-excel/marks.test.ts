// Marking findings in place and "Xóa đánh dấu": notes (1.18) → comments (1.10) → fill only (1.1),
// exact restore of the fills replaced, only our notes/comments removed.
import { Finding } from "../../src/core/grid";
import { createFakeExcel, FakeExcel } from "../../src/fake-excel";
import {
  clearMarks,
  HOST_MSG,
  markFindings,
  MARK_FILL,
  readWorkbook,
  runCommand,
  HostError,
} from "../../src/host/excel";
import { FORM, sampleBook } from "./helpers";

const findings: Finding[] = [
  {
    rule: "06a/received-sum",
    severity: "error",
    sheet: FORM,
    row: 5,
    col: 3,
    message: "(3) = 40 nhưng (4)+(5)+(6) = 39",
    messageId: "test",
    data: {},
  },
  {
    rule: "06a/balance",
    severity: "error",
    sheet: FORM,
    row: 5,
    col: 3,
    message: "(3) = 40 nhưng (7)+(11) = 39",
    messageId: "test",
    data: {},
  },
  {
    rule: "06a/number-as-text",
    severity: "warning",
    sheet: FORM,
    row: 6,
    col: 3,
    message: "Số “31” được lưu dạng chữ",
    messageId: "test",
    data: {},
  },
  {
    rule: "06a/not-a-count",
    severity: "error",
    sheet: FORM,
    row: 6,
    col: 7,
    message: "Ô có lỗi #REF!",
    messageId: "test",
    data: {},
  },
  {
    rule: "06a/blank",
    severity: "warning",
    sheet: FORM,
    row: 4,
    col: 1,
    message: "Ô trống",
    messageId: "test",
    data: {},
  },
];

/** A workbook with fills of the clerk's on some cells the marks will cover. */
function decorated(api = "1.18"): FakeExcel {
  const fake = createFakeExcel(sampleBook(), { maxExcelApi: api });
  fake.workbook.setFill(FORM, "A3:M3", "#D9E1F2"); // header band
  fake.workbook.setFill(FORM, "C5", "#FFFF00"); // the clerk's own highlight, under an error mark
  fake.workbook.setFill(FORM, "A4", "#FFFFFF"); // explicit white
  fake.workbook.setFill(FORM, "G6", "#E2EFDA");
  return fake;
}

async function mark(fake: FakeExcel, list: Finding[] = findings) {
  return fake.run(async (context) => {
    const snap = await readWorkbook(context, { sheets: [FORM], office: fake.office });
    return markFindings(context, snap, list, { office: fake.office });
  });
}

describe("markFindings", () => {
  test("ExcelApi 1.18: red/amber fills and one note per cell with every message", async () => {
    const fake = decorated("1.18");
    const res = await mark(fake);
    expect(res).toMatchObject({ marked: 4, via: "note", annotations: 4, skippedAnnotations: 0 });
    expect(fake.workbook.fillAt(FORM, "C5")).toBe(MARK_FILL.error);
    expect(fake.workbook.fillAt(FORM, "C6")).toBe(MARK_FILL.warning);
    expect(fake.workbook.fillAt(FORM, "A4")).toBe(MARK_FILL.warning);
    const notes = fake.workbook.notes();
    expect(notes.map((n) => n.address)).toEqual(["A4", "C5", "C6", "G6"]);
    expect(notes[1].content).toBe(
      `${HOST_MSG.markPrefix}\nLỗi: (3) = 40 nhưng (4)+(5)+(6) = 39\nLỗi: (3) = 40 nhưng (7)+(11) = 39`
    );
    expect(notes[2].content).toBe(`${HOST_MSG.markPrefix}\nCảnh báo: Số “31” được lưu dạng chữ`);
    expect(fake.workbook.comments()).toEqual([]);
    // read + mark: 2 syncs
    expect(fake.syncCount).toBe(2);
  });

  test("ExcelApi 1.10: comments instead of notes", async () => {
    const fake = decorated("1.10");
    const res = await mark(fake);
    expect(res.via).toBe("comment");
    expect(fake.workbook.notes()).toEqual([]);
    expect(fake.workbook.comments().map((c) => c.address)).toEqual(["A4", "C5", "C6", "G6"]);
    expect(fake.workbook.comments()[0].content.startsWith(HOST_MSG.markPrefix)).toBe(true);
  });

  test("ExcelApi 1.1: fill only", async () => {
    const fake = createFakeExcel(sampleBook(), { maxExcelApi: "1.1" });
    const res = await mark(fake);
    expect(res).toMatchObject({ via: "none", annotations: 0, marked: 4 });
    expect(fake.workbook.fillAt(FORM, "C5")).toBe(MARK_FILL.error);
    expect(fake.workbook.notes()).toEqual([]);
    expect(fake.workbook.comments()).toEqual([]);
  });

  test("Xóa đánh dấu puts back exactly the fills the marks replaced and removes only our notes", async () => {
    const fake = decorated("1.18");
    fake.workbook.addNote(FORM, "B5", "Đã hỏi lại bộ phận một cửa");
    const before = fake.workbook.state();
    await mark(fake);
    expect(fake.workbook.state()).not.toEqual(before);
    fake.resetSyncCount();
    const res = await fake.run((context) => clearMarks(context, { office: fake.office }));
    expect(res).toMatchObject({ cleared: 4, removedAnnotations: 4, syncs: 2 });
    expect(fake.syncCount).toBe(2);
    expect(fake.workbook.state()).toEqual(before);
    expect(fake.workbook.settings()).toEqual({});
  });

  test("the same exact restore with comments (1.10) and with fills only (1.1, journal in document settings)", async () => {
    for (const api of ["1.10", "1.1"]) {
      const fake = createFakeExcel(sampleBook(), { maxExcelApi: api });
      // Below 1.9 fills cannot be read per cell; cells without fill are restored exactly.
      if (api === "1.10") fake.workbook.setFill(FORM, "C5", "#FFFF00");
      const before = fake.workbook.state();
      await mark(fake);
      fake.reloadAddin(); // the pane is closed and opened again
      await fake.run((context) => clearMarks(context, { office: fake.office }));
      expect(fake.workbook.state()).toEqual(before);
    }
  });

  test("re-marking replaces our previous marks first (old marks lifted, old notes gone), still 2 syncs", async () => {
    const fake = decorated("1.18");
    const before = fake.workbook.state();
    await mark(fake);
    fake.resetSyncCount();
    const res = await mark(fake, [findings[3]]);
    expect(fake.syncCount).toBe(2);
    expect(res.lifted).toBe(4);
    expect(fake.workbook.notes().map((n) => n.address)).toEqual(["G6"]);
    expect(fake.workbook.fillAt(FORM, "C5")).toBe("#FFFF00");
    expect(fake.workbook.fillAt(FORM, "A4")).toBe("#FFFFFF");
    expect(fake.workbook.fillAt(FORM, "G6")).toBe(MARK_FILL.error);
    await fake.run((context) => clearMarks(context, { office: fake.office }));
    expect(fake.workbook.state()).toEqual(before);
  });

  test("a cell the clerk refilled after marking keeps the clerk's fill when marks are replaced", async () => {
    const fake = decorated("1.18");
    await mark(fake);
    fake.workbook.setFill(FORM, "C6", "#00B050");
    await mark(fake, []);
    expect(fake.workbook.fillAt(FORM, "C6")).toBe("#00B050");
    expect(fake.workbook.fillAt(FORM, "C5")).toBe("#FFFF00");
    expect(fake.workbook.notes()).toEqual([]);
  });

  test("Xóa đánh dấu keeps the fill of a cell the clerk refilled after marking (one more sync, only then)", async () => {
    const fake = decorated("1.18");
    await mark(fake);
    fake.workbook.setFill(FORM, "G6", "#00B050");
    fake.resetSyncCount();
    const res = await fake.run((context) => clearMarks(context, { office: fake.office }));
    expect(res).toMatchObject({ cleared: 4, keptUserFills: 1, syncs: 3 });
    expect(fake.workbook.fillAt(FORM, "G6")).toBe("#00B050");
    expect(fake.workbook.fillAt(FORM, "C5")).toBe("#FFFF00");
    expect(fake.workbook.fillAt(FORM, "A4")).toBe("#FFFFFF");
  });

  test("nothing to clear: a message, one sync", async () => {
    const fake = decorated("1.18");
    const res = await fake.run((context) => clearMarks(context, { office: fake.office }));
    expect(res).toMatchObject({ cleared: 0, message: HOST_MSG.nothingToClear, syncs: 1 });
  });

  test("a cell with the clerk's own note keeps it and gets the fill only (located in one extra sync)", async () => {
    const fake = decorated("1.18");
    fake.workbook.addNote(FORM, "C5", "Số liệu tạm");
    const res = await mark(fake);
    expect(res.skippedAnnotations).toBe(1);
    expect(fake.syncCount).toBe(3);
    expect(fake.workbook.notes().find((n) => n.address === "C5")?.content).toBe("Số liệu tạm");
    expect(fake.workbook.fillAt(FORM, "C5")).toBe(MARK_FILL.error);
    await fake.run((context) => clearMarks(context, { office: fake.office }));
    expect(fake.workbook.notes()).toEqual([
      { sheet: FORM, address: "C5", content: "Số liệu tạm", author: "Người dùng" },
    ]);
    expect(fake.workbook.fillAt(FORM, "C5")).toBe("#FFFF00");
  });

  test("a full read locates the clerk's notes on the way: no extra sync", async () => {
    const fake = decorated("1.18");
    fake.workbook.addNote(FORM, "C5", "Số liệu tạm");
    const res = await fake.run((context) =>
      runCommand(context, { office: fake.office }, () => ({ findings }))
    );
    expect(res.syncs).toBe(3); // 2 to read every sheet + 1 to mark
    expect(res.marked?.skippedAnnotations).toBe(1);
  });

  test("a protected sheet gives a clear Vietnamese error and nothing is written", async () => {
    const fake = decorated("1.18");
    fake.workbook.protect(FORM);
    const before = fake.workbook.state();
    let err: unknown;
    try {
      await mark(fake);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe("sheet-protected");
    expect((err as HostError).message).toBe(HOST_MSG.sheetProtected(FORM));
    expect((err as HostError).message).toContain("đang được bảo vệ");
    expect(fake.workbook.state()).toEqual(before);
    expect(fake.syncCount).toBe(1);
  });

  test("protection added after the read: Excel refuses and the error is still Vietnamese", async () => {
    const fake = decorated("1.18");
    const err = await fake
      .run(async (context) => {
        const snap = await readWorkbook(context, { sheets: [FORM], office: fake.office });
        fake.workbook.protect(FORM);
        return markFindings(context, snap, findings, { office: fake.office });
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).message).toBe(HOST_MSG.someSheetProtected);
  });
});
