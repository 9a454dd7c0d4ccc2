// Grade thresholds changed by the workbook's settings table or passed in.
import {
  analyzeEvaluation,
  DEFAULT_THRESHOLDS,
  layoutThresholdsTable,
  normalizeThresholds,
  parseMinimum,
  readThresholdsTable,
  scoreWorkbook,
} from "../../src/core/evaluation";
import { applyEditsToSnapshot, sheetFromRows } from "../../src/core/snapshotEdits";
import { referenceWorkbook } from "./helpers";

describe("parseMinimum", () => {
  it.each([
    [12, { min: 12, inclusive: true }],
    ["12", { min: 12, inclusive: true }],
    ["12,5", { min: 12.5, inclusive: true }],
    ["> 15", { min: 15, inclusive: false }],
    [">15", { min: 15, inclusive: false }],
    [">= 12", { min: 12, inclusive: true }],
    ["≥ 12", { min: 12, inclusive: true }],
    ["trên 15", { min: 15, inclusive: false }],
    ["lớn hơn 15,5", { min: 15.5, inclusive: false }],
    ["từ 9", { min: 9, inclusive: true }],
    ["Từ 9", { min: 9, inclusive: true }],
    ["", { min: -Infinity, inclusive: true }],
    [null, { min: -Infinity, inclusive: true }],
    ["< 6", { min: -Infinity, inclusive: true }],
    ["dưới 6", { min: -Infinity, inclusive: true }],
    ["còn lại", { min: -Infinity, inclusive: true }],
    ["mười hai", null],
    [true, null],
  ])("%p", (v, want) => {
    expect(parseMinimum(v)).toEqual(want);
  });
});

describe("normalizeThresholds (JSON)", () => {
  it("reads a record and orders it from the highest", () => {
    expect(
      normalizeThresholds({ Yếu: null, "Xuất sắc": "> 15", Tốt: 12, Khá: 9, "Trung bình": 6 })
    ).toEqual(DEFAULT_THRESHOLDS);
  });
  it("reads a list", () => {
    expect(
      normalizeThresholds([
        { grade: "Đạt", min: 9, inclusive: true },
        { grade: "Không đạt", min: -Infinity, inclusive: true },
      ]).map((t) => t.grade)
    ).toEqual(["Đạt", "Không đạt"]);
  });
  it("throws on what it cannot read", () => {
    expect(() => normalizeThresholds({ Tốt: "nhiều" })).toThrow(/Tốt/);
    expect(() => normalizeThresholds({})).toThrow();
    expect(() => normalizeThresholds([{ grade: "", min: 1, inclusive: true }])).toThrow();
  });
});

const strict = [
  ["Ngưỡng xếp loại"],
  ["Xếp loại", "Điểm tối thiểu"],
  ["Xuất sắc", 17.5],
  ["Tốt", 14],
  ["Khá", "từ 10"],
  ["Trung bình", 6],
  ["Yếu", null],
];

describe("the settings table in the workbook", () => {
  it("'Ngưỡng xếp loại' on any sheet changes the grade (17.4 → Tốt) and eval/grade follows", () => {
    const wb = referenceWorkbook({}, [
      sheetFromRows("Ghi chú", [
        [],
        [null, null, ...strict[0]],
        ...strict.slice(1).map((r) => [null, null, ...r]),
      ]),
    ]);
    const a = analyzeEvaluation(wb)!;
    expect(a.computed.thresholdsSource).toBe("workbook");
    expect(a.thresholdsTable).toMatchObject({ sheet: "Ghi chú", row: 2, col: 3 });
    expect(a.result.grade).toBe("Tốt");
    expect(a.result.findings.map((f) => f.rule)).toEqual(["eval/grade"]);
  });

  it("a 'Cài đặt' sheet with only the header row", () => {
    const wb = referenceWorkbook({ note: "Xếp loại: Tốt" }, [
      sheetFromRows("Cài đặt", strict.slice(1)),
    ]);
    const a = analyzeEvaluation(wb)!;
    expect(a.computed.thresholdsSource).toBe("workbook");
    expect(a.result.grade).toBe("Tốt");
    expect(a.result.findings).toEqual([]);
  });

  it("names the clerk chose are grades (and are recognised in the note cell)", () => {
    const wb = referenceWorkbook({ note: "Đạt" }, [
      sheetFromRows("Cài đặt", [["NGUONG XEP LOAI"], ["Đạt", 9], ["Chưa đạt", ""]]),
    ]);
    const r = scoreWorkbook(wb)!;
    expect(r.grade).toBe("Đạt");
    expect(r.findings).toEqual([]);
    expect(
      scoreWorkbook(
        referenceWorkbook({ note: "Chưa đạt" }, [
          sheetFromRows("Cài đặt", [["Ngưỡng xếp loại"], ["Đạt", 9], ["Chưa đạt", ""]]),
        ])
      )!.findings.map((f) => f.rule)
    ).toEqual(["eval/grade"]);
  });

  it("a table with no readable row is ignored", () => {
    const wb = referenceWorkbook({}, [
      sheetFromRows("Cài đặt", [["Ngưỡng xếp loại"], ["Xuất sắc", "nhiều"]]),
    ]);
    expect(readThresholdsTable(wb)).toBeNull();
    expect(analyzeEvaluation(wb)!.computed.thresholdsSource).toBe("default");
  });

  it("the layout writes a table that reads back as the defaults", () => {
    const wb = applyEditsToSnapshot(
      { sheets: [] },
      layoutThresholdsTable({ sheet: "Cài đặt", top: 3, left: 2 })
    );
    const t = readThresholdsTable(wb)!;
    expect(t).toMatchObject({ sheet: "Cài đặt", row: 3, col: 2 });
    expect(t.thresholds).toEqual(DEFAULT_THRESHOLDS);
  });

  it("thresholds passed in win over the workbook's", () => {
    const wb = referenceWorkbook({ note: null }, [sheetFromRows("Cài đặt", strict)]);
    const a = analyzeEvaluation(wb, { thresholds: { Đạt: "> 17", "Chưa đạt": null } })!;
    expect(a.computed.thresholdsSource).toBe("options");
    expect(a.result.grade).toBe("Đạt");
  });
});
