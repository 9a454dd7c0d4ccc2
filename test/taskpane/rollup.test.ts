// "Tổng hợp" in the add-in: unit files read as the browser reads them (exceljs load(arrayBuffer) →
// snapshotOf → decodeWorkbook → summariseUnit, bad files listed with their reason without
// stopping the others), then the district's sheets written into NEW sheets of the open workbook
// through the controller's apply path (2 syncs, one undo step), never over an existing sheet.
import { COUNT_KEYS, countValue } from "../../src/core/form06a";
import { locate06a } from "../../src/core/form06a";
import { ROLLUP_SHEETS } from "../../src/core/messages/rollup";
import { PANE_MSG, STEP_LABEL } from "../../src/core/messages/taskpane";
import { createFakeExcel } from "../../src/fake-excel";
import { PaneController } from "../../src/taskpane/controller";
import { PaneError } from "../../src/taskpane/model";
import { readUnitBytes, readUnitFiles, UnitFile } from "../../src/host/xlsx/unitFiles";
import { recalculate } from "../../src/preview/recalc";
import { comparable } from "../host-excel/helpers";
import { paneOn } from "./helpers";
import { arrayBufferOf, Q4_2023, UnitOptions, unitTotals, unitXlsx } from "./units";

const UNITS: (UnitOptions & { file: string })[] = [
  { file: "phuong-ba-dinh.xlsx", unit: "UBND phường Ba Đình", seed: 1 },
  {
    file: "phuong-lam-son.xlsx",
    unit: "UBND phường Lam Sơn",
    seed: 2,
    wrongFirstRow: true,
    extraField: "Lĩnh vực Thử nghiệm riêng",
  },
  {
    file: "xa-quang-trung.xlsx",
    unit: "UBND xã Quang Trung",
    seed: 3,
    tcvn3: true,
    period: Q4_2023,
  },
];

let files: UnitFile[] = [];

beforeAll(async () => {
  const good = await Promise.all(
    UNITS.map(async (u) => ({ name: u.file, bytes: await unitXlsx(u) }))
  );
  const bad = [
    { name: "ghi-chu.xlsx", bytes: Buffer.from("Không phải tệp Excel") },
    {
      name: "bao-cao-cu.xls",
      bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    },
  ];
  // The bad files among the good ones: they must not stop the files after them.
  const all = [good[0], bad[0], good[1], bad[1], good[2]];
  files = all.map((f) => ({ name: f.name, arrayBuffer: async () => arrayBufferOf(f.bytes) }));
});

/** The district's totals: the sum of the units' correct column sums. */
function expectedTotal(): Record<string, number> {
  const t: Record<string, number> = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0]));
  for (const u of UNITS) for (const k of COUNT_KEYS) t[k] += unitTotals(u)[k];
  return t;
}

describe("reading the units' files in the browser", () => {
  test("each file once, in order, with progress; bad files get their Vietnamese reason and the others are read", async () => {
    const progress: string[] = [];
    const results = await readUnitFiles(files, (done, total, name) =>
      progress.push(`${done}/${total} ${name}`)
    );
    expect(progress).toEqual([
      "0/5 phuong-ba-dinh.xlsx",
      "1/5 ghi-chu.xlsx",
      "2/5 phuong-lam-son.xlsx",
      "3/5 bao-cao-cu.xls",
      "4/5 xa-quang-trung.xlsx",
      "5/5 xa-quang-trung.xlsx",
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false, true]);
    expect(results.flatMap((r) => (r.ok ? [] : [r.failure]))).toEqual([
      { file: "ghi-chu.xlsx", reason: PANE_MSG.rollup.notXlsx },
      { file: "bao-cao-cu.xls", reason: PANE_MSG.rollup.oldOrEncrypted },
    ]);
    // The TCVN3 unit is read as Unicode: its unit name and fields match.
    const tcvn3 = results[4];
    expect(tcvn3.ok && tcvn3.summary.unit).toBe("UBND xã Quang Trung");
    expect(tcvn3.ok && tcvn3.summary.rows[0].name).toBe("Đường bộ");
  });

  test("a workbook without Biểu 06a, an empty file, a broken zip: the reason, never a throw", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Danh sách").getCell("A1").value = "Danh sách cán bộ";
    const noForm = await readUnitBytes(
      "danh-sach.xlsx",
      arrayBufferOf(Buffer.from(await wb.xlsx.writeBuffer()))
    );
    expect(noForm.ok).toBe(false);
    expect(!noForm.ok && noForm.failure.reason).toMatch(/06a/);
    expect(await readUnitBytes("rong.xlsx", new ArrayBuffer(0))).toEqual({
      ok: false,
      failure: { file: "rong.xlsx", reason: PANE_MSG.rollup.emptyFile },
    });
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect(await readUnitBytes("hong.xlsx", arrayBufferOf(zip))).toEqual({
      ok: false,
      failure: { file: "hong.xlsx", reason: PANE_MSG.rollup.corrupt },
    });
  });
});

describe("Tổng hợp into the open workbook", () => {
  test("3 units: district sheets, 2 syncs; the district 06a checks clean, totals = the units' sums; Hoàn tác removes them", async () => {
    const results = await readUnitFiles(files);
    const fake = createFakeExcel({
      sheets: [
        { name: "Sheet1", top: 1, left: 1, data: [[{ value: "Tổng hợp quý I/2024" }]], merges: [] },
      ],
    });
    const pane = new PaneController({ run: fake.run, office: fake.office });
    await pane.refresh();
    const before = comparable(fake.workbook.state());
    fake.resetSyncCount();
    const r = await pane.rollup(results, { unit: "UBND thị xã Bỉm Sơn" });
    expect(r.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(r.sheets).toEqual(ROLLUP_SHEETS);
    expect(fake.workbook.sheetNames).toEqual(["Sheet1", ...Object.values(ROLLUP_SHEETS)]);
    expect(fake.workbook.model.activeSheet?.name).toBe("Biểu 06a");
    expect(pane.journalState?.undo.map((u) => u.label)).toEqual([STEP_LABEL.rollup]);

    // The summary the view shows.
    expect(r).toMatchObject({ files: 5, units: 3, periodUnits: 2 });
    expect(r.failures.map((f) => f.file)).toEqual(["ghi-chu.xlsx", "bao-cao-cu.xls"]);
    expect(r.period).toBe("15/12/2023 – 14/03/2024");
    expect(r.fields).toEqual({ matched: 12, unmatched: ["Lĩnh vực Thử nghiệm riêng"] });
    expect(r.unitsWithErrors.map((u) => [u.file, u.unit])).toEqual([
      ["phuong-lam-son.xlsx", "UBND phường Lam Sơn"],
    ]);
    expect(r.unitsWithErrors[0].text).toMatch(/06a\/received-sum/);
    expect(r.periodNotes).toHaveLength(1);
    expect(r.periodNotes[0]).toMatch(
      /UBND xã Quang Trung.*xa-quang-trung\.xlsx.*15\/09\/2023 – 14\/12\/2023/
    );
    expect(r.districtFindings).toEqual([]);
    const t = expectedTotal();
    expect(r.totals).toEqual({
      received: String(t.received),
      resolved: String(t.resolved),
      pending: String(t.pending),
    });

    // Excel computes the =SUM formulas; the preview's evaluator stands in for it here.
    recalculate(fake.workbook.model);
    const form = locate06a(fake.toSnapshot(), { sheet: "Biểu 06a" });
    expect(form.title.unit).toBe("UBND thị xã Bỉm Sơn");
    expect(form.rows).toHaveLength(13);
    for (const k of COUNT_KEYS)
      expect([k, form.total ? countValue(form.total.counts[k]) : null]).toEqual([k, t[k]]);
    const check = await pane.check();
    expect(check.form?.sheet).toBe("Biểu 06a");
    expect(check.errors).toBe(0);
    await pane.clearMarks();

    fake.resetSyncCount();
    const undone = await pane.undo();
    expect(undone.deletedSheets).toEqual(Object.values(ROLLUP_SHEETS));
    expect(undone.syncs).toBeLessThanOrEqual(2);
    expect(comparable(fake.workbook.state())).toEqual(before);
  });

  test("in a workbook that already has these sheets: new names with “ (2)”, nothing existing touched", async () => {
    const results = await readUnitFiles(files.filter((f) => f.name.endsWith(".xlsx")));
    const { fake, pane } = paneOn();
    await pane.refresh();
    const before = fake.workbook.state();
    fake.resetSyncCount();
    const r = await pane.rollup(results);
    expect(fake.syncCount).toBe(2);
    expect(r.sheets.form06a).toBe("Biểu 06a (2)");
    expect(r.sheets.byUnit).toBe("Theo đơn vị");
    const after = fake.workbook.state();
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      "Biểu 06a (2)",
      "Theo đơn vị",
      "Đánh giá theo đơn vị",
      "Tổng hợp lỗi",
      "Tên gọi khác của lĩnh vực",
    ]);
    // A second roll-up in the same workbook: " (2)" again where taken, the synonyms sheet read (still 2 syncs).
    fake.resetSyncCount();
    const again = await pane.rollup(results);
    expect(fake.syncCount).toBe(2);
    expect(Object.values(again.sheets)).toEqual([
      "Biểu 06a (3)",
      "Theo đơn vị (2)",
      "Đánh giá theo đơn vị (2)",
      "Tổng hợp lỗi (2)",
      "Tên gọi khác của lĩnh vực (2)",
    ]);
  });

  test("a “Từ đồng nghĩa” sheet (the name earlier versions wrote) in the open workbook extends the field list", async () => {
    const results = await readUnitFiles(files);
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Từ đồng nghĩa",
          top: 1,
          left: 1,
          data: [
            [{ value: "Lĩnh vực (tên trong biểu tổng hợp)" }, { value: "Tên gọi khác" }],
            [{ value: "Lĩnh vực Thử nghiệm" }, { value: "Thử nghiệm riêng" }],
          ],
          merges: [],
        },
      ],
    });
    const pane = new PaneController({ run: fake.run, office: fake.office });
    await pane.refresh();
    fake.resetSyncCount();
    const r = await pane.rollup(results);
    expect(fake.syncCount).toBe(2);
    expect(r.fields).toEqual({ matched: 13, unmatched: [] });
    expect(r.sheets.synonyms).toBe("Tên gọi khác của lĩnh vực");
  });

  test("no unit readable: a Vietnamese error, nothing written", async () => {
    const { fake, pane } = paneOn();
    const before = fake.workbook.state();
    const results = await readUnitFiles(
      files.filter((f) => !f.name.endsWith(".xlsx") || f.name === "ghi-chu.xlsx")
    );
    await expect(pane.rollup(results)).rejects.toEqual(
      new PaneError("no-form", PANE_MSG.rollup.nothingRead)
    );
    expect(fake.workbook.state()).toEqual(before);
  });
});
