// The task pane's controller against the fake Excel holding the sample workbook: Kiểm tra marks
// the two warnings in place, fill then undo restores exactly, Tạo biểu mẫu adds four sheets and
// touches nothing else, the report guard, the sheet-name memory that keeps commands at 2 syncs.
import JSZip from "jszip";
import { createFakeExcel } from "../../src/fake-excel";
import { HOST_MSG, MARK_FILL } from "../../src/host/excel";
import {
  freeSheetName,
  PaneController,
  quarterOfDate,
  quarterPeriod,
  reportFileName,
  SHEETS_SETTING,
} from "../../src/taskpane/controller";
import { PaneError } from "../../src/taskpane/model";
import { PANE_MSG } from "../../src/core/messages/taskpane";
import { comparable } from "../host-excel/helpers";
import { paneOn, sampleSnapshot } from "./helpers";

const FORM = "Biểu 06a";

describe("Kiểm tra", () => {
  test("marks the sample's two warnings (B34 duplicate field, C3 period) with notes at ExcelApi 1.18", async () => {
    const { fake, pane } = paneOn();
    const r = await pane.check();
    expect(r.form).toMatchObject({
      sheet: FORM,
      range: "A6:M62",
      rows: 52,
      period: "01/01/2024 – 14/03/2024",
    });
    expect(r.errors).toBe(0);
    expect(r.warnings).toBe(2);
    expect(r.findings.map((f) => [f.cell, f.rule, f.severity])).toEqual([
      ["Biểu 06a!C3", "06a/period", "warning"],
      ["Biểu 06a!B34", "06a/duplicate-field", "warning"],
    ]);
    expect(fake.workbook.fillAt(FORM, "C3")).toBe(MARK_FILL.warning);
    expect(fake.workbook.fillAt(FORM, "B34")).toBe(MARK_FILL.warning);
    const notes = fake.workbook.notes();
    expect(notes.map((n) => `${n.sheet}!${n.address}`)).toEqual(["Biểu 06a!C3", "Biểu 06a!B34"]);
    expect(notes[1].content).toBe(`${HOST_MSG.markPrefix}\nCảnh báo: ${r.findings[1].message}`);
    expect(fake.workbook.comments()).toEqual([]);
    expect(r.marked).toMatchObject({ marked: 2, via: "note", annotations: 2 });
    expect(pane.journalState).toEqual({ undo: [], marks: 2 });
  });

  test("comments instead of notes at ExcelApi 1.10, fill only at 1.9", async () => {
    const at110 = paneOn(sampleSnapshot(), { maxExcelApi: "1.10" });
    await at110.pane.check();
    expect(at110.fake.workbook.notes()).toEqual([]);
    expect(
      at110.fake.workbook
        .comments()
        .map((c) => c.address)
        .sort()
    ).toEqual(["B34", "C3"]);
    expect(
      at110.fake.workbook.comments().every((c) => c.content.startsWith(HOST_MSG.markPrefix))
    ).toBe(true);

    const at19 = paneOn(sampleSnapshot(), { maxExcelApi: "1.9" });
    const r = await at19.pane.check();
    expect(r.marked?.via).toBe("none");
    expect(at19.fake.workbook.fillAt(FORM, "B34")).toBe(MARK_FILL.warning);
    expect([...at19.fake.workbook.notes(), ...at19.fake.workbook.comments()]).toEqual([]);
  });

  test("first check reads every sheet (3 syncs); once the names are known it is 2; Xóa đánh dấu restores", async () => {
    const { fake, pane } = paneOn();
    const before = comparable(fake.workbook.state());
    const first = await pane.check();
    expect(first.syncs).toBe(3);
    fake.resetSyncCount();
    const again = await pane.check();
    expect(again.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(fake.workbook.notes()).toHaveLength(2); // re-marking replaces, never piles up

    const cleared = await pane.clearMarks();
    expect(cleared.cleared).toBe(2);
    expect(pane.journalState?.marks).toBe(0);
    const after = comparable(fake.workbook.state());
    // Only the sheet-names setting is new; the sheets, notes and comments are as before.
    expect(after).toEqual(before);
    expect(fake.workbook.settings()[SHEETS_SETTING]).toBe(JSON.stringify(fake.workbook.sheetNames));
  });

  test("refresh (1 sync) learns the names: the first check after it takes 2", async () => {
    const { fake, pane } = paneOn();
    const j = await pane.refresh();
    expect(j).toEqual({ undo: [], marks: 0 });
    expect(fake.syncCount).toBe(1);
    expect(pane.knownSheets).toEqual(["Biểu 06a", "Đánh giá", "Phiếu đánh giá", "Thuyết minh"]);
    fake.resetSyncCount();
    await pane.check();
    expect(fake.syncCount).toBe(2);
  });

  test("a sheet added since the last read costs one more sync; a renamed one a full read", async () => {
    const { fake, pane } = paneOn();
    await pane.refresh();
    await fake.run(async (context) => {
      context.workbook.worksheets.add("Ghi chú");
      await context.sync();
    });
    fake.resetSyncCount();
    await pane.check();
    expect(fake.syncCount).toBe(3); // named read (list differs) + read of the new list + write
    expect(pane.knownSheets).toContain("Ghi chú");

    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Ghi chú").name = "Ghi chú 2";
      await context.sync();
    });
    fake.resetSyncCount();
    const r = await pane.check();
    expect(r.warnings).toBe(2);
    expect(fake.syncCount).toBe(4); // refused named read + full read (2) + write
    expect(pane.knownSheets).toContain("Ghi chú 2");
    fake.resetSyncCount();
    await pane.check();
    expect(fake.syncCount).toBe(2);
  });

  test("the saved sheet names let a fresh runtime (the ribbon's) read by name at once", async () => {
    const { fake, pane } = paneOn();
    await pane.check();
    // A new runtime sees the setting through Office.context.document.settings (the same per-file store).
    fake.office.context.document.settings.set(
      SHEETS_SETTING,
      fake.workbook.settings()[SHEETS_SETTING]
    );
    const fresh = new PaneController({ run: fake.run, office: fake.office });
    fake.resetSyncCount();
    await fresh.check();
    expect(fake.syncCount).toBe(2);
  });

  test("a workbook without Biểu 06a: no crash, the locator's reason", async () => {
    const { fake, pane } = paneOn({
      sheets: [{ name: "Sheet1", top: 1, left: 1, data: [[{ value: "Danh sách" }]], merges: [] }],
    });
    const r = await pane.check();
    expect(r.form).toBeNull();
    expect(r.formError).toMatch(/Không tìm thấy Biểu 06a/);
    expect(r.findings).toEqual([]);
    expect(fake.workbook.notes()).toEqual([]);
    await expect(pane.applyFill()).rejects.toThrow(/Không tìm thấy Biểu 06a/);
    await expect(pane.report()).rejects.toThrow(/Chưa tạo được báo cáo: Không tìm thấy Biểu 06a/);
  });

  test("selecting a finding selects its cell; a sheet gone gives a Vietnamese message", async () => {
    const { fake, pane } = paneOn();
    const r = await pane.check();
    await pane.select(r.findings[1]);
    expect(fake.workbook.selection()).toEqual({ sheet: FORM, address: "B34" });
    await expect(pane.select({ sheet: "Không có", row: 1, col: 1 })).rejects.toThrow(
      PANE_MSG.selectFailed
    );
  });

  test("outside Excel every command says so in Vietnamese", async () => {
    const pane = new PaneController({ office: undefined });
    const g = globalThis as { Excel?: unknown };
    const saved = g.Excel;
    delete g.Excel;
    try {
      await expect(pane.check()).rejects.toEqual(new PaneError("no-excel", PANE_MSG.noExcel));
    } finally {
      g.Excel = saved;
    }
  });
});

describe("Điền số liệu", () => {
  test("preview lists what fill writes without writing (1 sync once names are known)", async () => {
    const { fake, pane } = paneOn();
    await pane.refresh();
    const before = fake.workbook.state();
    fake.resetSyncCount();
    const p = await pane.previewFill();
    expect(fake.syncCount).toBe(1);
    expect(fake.workbook.state()).toEqual(before);
    expect(p.cellCount).toBeGreaterThan(0);
    expect(p.filled.length).toBeGreaterThan(0);
    expect(p.filled[0].cell).toMatch(/^.+!\$?[A-Z]+\d+$/);
    expect(p.filled.some((f) => f.what.startsWith("="))).toBe(true);

    // The preview is what the fill writes: the same number of cells, and each listed formula or 0
    // lands in the cell it names (issue 17: it was only checked to be non-empty).
    const r = await pane.applyFill();
    expect(r.written).toBe(p.cellCount);
    let checked = 0;
    for (const item of p.filled) {
      const [sheet, a1] = [item.sheet, item.cell.slice(item.sheet.length + 1).replace(/\$/g, "")];
      const cell = fake.workbook.cells(sheet)[a1];
      const formula = /^(=.*?)(?:\s*→.*)?$/.exec(item.what);
      if (item.what === "0") {
        expect([item.cell, cell?.value]).toEqual([item.cell, 0]);
        checked++;
      } else if (formula && item.what.startsWith("=")) {
        expect([item.cell, `=${(cell?.formula ?? "").replace(/^=/, "")}`]).toEqual([
          item.cell,
          formula[1],
        ]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(p.filled.length / 2);
  });

  test("fill writes one undo step (2 syncs); undo restores values, formulas and formats exactly", async () => {
    const { fake, pane } = paneOn();
    await pane.refresh();
    const before = comparable(fake.workbook.state());
    fake.resetSyncCount();
    const r = await pane.applyFill();
    expect(r.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(r.written).toBeGreaterThan(0);
    expect(comparable(fake.workbook.state())).not.toEqual(before);
    const formulas = Object.values(fake.workbook.cells(FORM)).filter(
      (c) => c.formula !== undefined
    );
    expect(formulas.length).toBeGreaterThan(0);
    expect(pane.journalState?.undo.map((u) => u.label)).toEqual(["Điền số liệu"]);

    const u = await pane.undo();
    expect(u).toMatchObject({ done: true, label: "Điền số liệu", keptUserEdits: 0 });
    expect(pane.journalState?.undo).toEqual([]);
    const after = comparable(fake.workbook.state());
    expect(after).toEqual(before);
  });

  test("after a check, fill re-marks in the same write: warnings a fill settles lose their mark", async () => {
    const { fake, pane } = paneOn();
    // Blank a count cell: Kiểm tra warns (06a/blank); Điền số liệu writes 0 there.
    fake.workbook.setValue(FORM, "D20", null);
    const c = await pane.check();
    expect(c.findings.some((f) => f.rule === "06a/blank" && f.a1 === "D20")).toBe(true);
    expect(fake.workbook.fillAt(FORM, "D20")).toBe(MARK_FILL.warning);
    fake.resetSyncCount();
    const r = await pane.applyFill();
    expect(fake.syncCount).toBe(2);
    expect(r.remarked).toBe(2);
    expect(fake.workbook.cell(FORM, "D20").value).toBe(0);
    expect(fake.workbook.fillAt(FORM, "D20")).toBeNull();
    expect(
      fake.workbook
        .notes()
        .map((n) => n.address)
        .sort()
    ).toEqual(["B34", "C3"]);
  });
});

describe("Chấm điểm", () => {
  test("the nine indices, total, grade, ballots, satisfaction of the sample (1 sync)", async () => {
    const { fake, pane } = paneOn();
    await pane.refresh();
    fake.resetSyncCount();
    const s = await pane.score();
    expect(fake.syncCount).toBe(1);
    expect(s.sheet).toBe("Đánh giá");
    expect(s.ballotsSheet).toBe("Phiếu đánh giá");
    const r = s.result!;
    expect(r.indices.map((i) => i.fromBallots)).toEqual([1.8, 1.8, 2, 2, 2, 2, 1.8, 2, 2]);
    expect(r.total.appraised).toBeCloseTo(17.4, 5);
    expect(r.grade).toBe("Xuất sắc");
    expect(r.ballots).toBe(103);
    expect(r.satisfaction).toEqual({
      veryDissatisfied: 0,
      dissatisfied: 0,
      neutral: 0,
      satisfied: 21.4,
      verySatisfied: 78.6,
    });
  });

  test("filling the evaluation goes through the same journal and undo", async () => {
    const { fake, pane } = paneOn();
    const before = comparable(fake.workbook.state());
    await pane.fillEvaluation();
    await pane.undo();
    expect(comparable(fake.workbook.state())).toEqual(before);
  });
});

describe("Tạo báo cáo", () => {
  test("a clean workbook gives a .docx named bao-cao-<unit>-<period>.docx (1 sync)", async () => {
    const { fake, pane } = paneOn();
    await pane.refresh();
    fake.resetSyncCount();
    const r = await pane.report();
    expect(fake.syncCount).toBe(1);
    if (r.kind !== "done") throw new Error("blocked");
    expect(r.fileName).toMatch(/^bao-cao-[a-z0-9-]+\.docx$/);
    expect(r.fileName).toBe("bao-cao-phuong-phu-son-quy-i-nam-2024.docx");
    expect(r.warnings.map((w) => w.rule)).toEqual(
      expect.arrayContaining(["06a/period", "06a/duplicate-field"])
    );
    const zip = await JSZip.loadAsync(r.bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("PHÚ SƠN");
  });

  test("errors block the report unless forced", async () => {
    const { fake, pane } = paneOn();
    fake.workbook.setValue(FORM, "C19", 999); // (3) of a data row no longer adds up
    const blocked = await pane.report();
    expect(blocked.kind).toBe("blocked");
    if (blocked.kind !== "blocked") return;
    expect(blocked.errors.length).toBeGreaterThan(0);
    expect(blocked.errors.every((e) => e.severity === "error")).toBe(true);
    expect(blocked.errors.some((e) => e.cell === "Biểu 06a!C19")).toBe(true);

    const forced = await pane.report({ force: true, allRows: true });
    expect(forced.kind).toBe("done");
    if (forced.kind === "done") expect(forced.forcedErrors.length).toBe(blocked.errors.length);
  });

  test("the report, a clerk's own template included, is made where the page forbids eval (CSP without 'unsafe-eval')", async () => {
    const { pane } = paneOn();
    const g = globalThis as unknown as { Function: unknown; eval: unknown };
    const [F, E] = [g.Function, g.eval];
    const blocked = () => {
      throw new EvalError(
        "Evaluating a string as JavaScript violates the Content Security Policy ('unsafe-eval' is not allowed)"
      );
    };
    g.Function = blocked;
    g.eval = blocked;
    try {
      const r = await pane.report({
        template:
          "# BÁO CÁO {{upper period.label}}\nĐã nhận {{num form06a.total.received}} hồ sơ.\n",
      });
      expect(r.kind).toBe("done");
    } finally {
      g.Function = F;
      g.eval = E;
    }
  });

  test("a broken user template gives the template's Vietnamese message", async () => {
    const { pane } = paneOn();
    await expect(pane.report({ template: "{{#if}" })).rejects.toThrow(/mẫu/i);
  });
});

describe("Tạo biểu mẫu", () => {
  test("adds four sheets named like the sample, suffixed (2), without touching existing ones; undo removes them", async () => {
    const { fake, pane } = paneOn();
    const before = comparable(fake.workbook.state());
    await pane.refresh();
    fake.resetSyncCount();
    const r = await pane.createForms({ unit: "UBND phường Phú Sơn", quarter: 2, year: 2024 });
    expect(fake.syncCount).toBe(2);
    expect(r.sheets).toEqual({
      form06a: "Biểu 06a (2)",
      evaluation: "Đánh giá (2)",
      ballots: "Phiếu đánh giá (2)",
      text: "Thuyết minh (2)",
    });
    expect(r.period).toEqual({ from: { y: 2024, m: 3, d: 15 }, to: { y: 2024, m: 6, d: 14 } });
    expect(r.existingForm).toBe(FORM);
    expect(r.copiedFields).toBe(51); // the sample's 52 rows, its duplicated "Lâm nghiệp" once
    const state = comparable(fake.workbook.state());
    expect(state.sheets.slice(0, 4)).toEqual(before.sheets);
    expect(state.sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      "Biểu 06a (2)",
      "Đánh giá (2)",
      "Phiếu đánh giá (2)",
      "Thuyết minh (2)",
    ]);
    // The new 06a: title, period, carried over (6) from the sample's (11) ("Chứng thực": 1).
    expect(fake.workbook.cell("Biểu 06a (2)", "C3").value).toBe(
      "(Từ ngày 15/03/2024 đến ngày 14/06/2024)"
    );
    const cells = fake.workbook.cells("Biểu 06a (2)");
    const chungThuc = Object.entries(cells).find(([, c]) => c.value === "Lĩnh vực Chứng thực")![0];
    const row = Number(chungThuc.replace(/^B/, ""));
    expect(fake.workbook.cell("Biểu 06a (2)", `F${row}`).value).toBe(1);
    expect(fake.workbook.cell("Biểu 06a (2)", `D${row}`).value).toBeNull();
    // The new sheets are known: the next command reads them by name.
    fake.resetSyncCount();
    await pane.score();
    expect(fake.syncCount).toBe(1);

    const u = await pane.undo();
    expect(u.deletedSheets).toEqual([
      "Biểu 06a (2)",
      "Đánh giá (2)",
      "Phiếu đánh giá (2)",
      "Thuyết minh (2)",
    ]);
    expect(comparable(fake.workbook.state())).toEqual(before);
  });

  test("in an empty workbook: the plain names and the sample's fields; the new 06a checks clean apart from blanks", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "Sheet1", top: 1, left: 1, data: [], merges: [] }],
    });
    const pane = new PaneController({ run: fake.run, office: fake.office });
    const r = await pane.createForms({ unit: "UBND xã Hà Lan", quarter: 1, year: 2025 });
    expect(Object.values(r.sheets)).toEqual([
      "Biểu 06a",
      "Đánh giá",
      "Phiếu đánh giá",
      "Thuyết minh",
    ]);
    expect(r.period).toEqual({ from: { y: 2024, m: 12, d: 15 }, to: { y: 2025, m: 3, d: 14 } });
    expect(r.copiedFields).toBe(0);
    const c = await pane.check();
    expect(c.form).toMatchObject({
      sheet: "Biểu 06a",
      unit: "UBND xã Hà Lan",
      period: "15/12/2024 – 14/03/2025",
    });
    expect(c.errors).toBe(0);
    expect(new Set(c.findings.map((f) => f.rule))).toEqual(new Set(["06a/blank"]));
    expect(pane.knownUnit).toBe("UBND xã Hà Lan");
  });

  test("refuses an empty unit name and a year out of range, in Vietnamese, before touching Excel", async () => {
    const { fake, pane } = paneOn();
    await expect(pane.createForms({ unit: "  ", quarter: 1, year: 2024 })).rejects.toThrow(
      PANE_MSG.forms.unitMissing
    );
    await expect(pane.createForms({ unit: "UBND xã A", quarter: 1, year: 1990 })).rejects.toThrow(
      PANE_MSG.forms.yearInvalid
    );
    expect(fake.syncCount).toBe(0);
  });
});

describe("helpers", () => {
  test("cut-off quarters (Nghị định 09/2019): Q1 from 15/12 of the year before to 14/03", () => {
    expect(quarterPeriod(1, 2024)).toEqual({
      from: { y: 2023, m: 12, d: 15 },
      to: { y: 2024, m: 3, d: 14 },
    });
    expect(quarterPeriod(4, 2024)).toEqual({
      from: { y: 2024, m: 9, d: 15 },
      to: { y: 2024, m: 12, d: 14 },
    });
    expect(quarterOfDate(new Date(2024, 2, 14))).toEqual({ quarter: 1, year: 2024 });
    expect(quarterOfDate(new Date(2024, 2, 15))).toEqual({ quarter: 2, year: 2024 });
    expect(quarterOfDate(new Date(2024, 11, 20))).toEqual({ quarter: 1, year: 2025 });
  });

  test("free sheet names and ASCII file names", () => {
    expect(freeSheetName("Biểu 06a", ["Sheet1"])).toBe("Biểu 06a");
    expect(freeSheetName("Biểu 06a", ["biểu 06A", "Biểu 06a (2)"])).toBe("Biểu 06a (3)");
    expect(reportFileName("UBND PHƯỜNG PHÚ SƠN", "quý I năm 2024")).toBe(
      "bao-cao-phuong-phu-son-quy-i-nam-2024.docx"
    );
    expect(reportFileName("Ủy ban nhân dân xã Đông Hòa", null)).toBe("bao-cao-xa-dong-hoa.docx");
    expect(reportFileName(null, null)).toBe("bao-cao.docx");
  });
});
