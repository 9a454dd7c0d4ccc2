// Locating the evaluation table and the ballots sheet in the forms clerks give them.
import {
  analyzeEvaluation,
  locateBallots,
  locateEvaluation,
  scoreWorkbook,
} from "../../src/core/evaluation";
import { WorkbookSnapshot } from "../../src/core/grid";
import { sheetFromRows } from "../../src/core/snapshotEdits";
import {
  ballotsSheet,
  HEADERS,
  LEVELS,
  REF_SCORES,
  referenceRows,
  referenceWorkbook,
} from "./helpers";

const expected = scoreWorkbook(referenceWorkbook())!;

function mapStrings(rows: unknown[][], f: (s: string) => string): unknown[][] {
  return rows.map((r) => r.map((v) => (typeof v === "string" ? f(v) : v)));
}

function stripMarks(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

describe("locateEvaluation", () => {
  it("finds the reference's table", () => {
    const loc = locateEvaluation(referenceWorkbook({ gap: true }))!;
    expect(loc).toMatchObject({
      sheet: "Đánh giá",
      headerRow: 5,
      cols: { no: 1, name: 2, max: 3, self: 4, appraised: 5, note: 6 },
      indexRows: [6, 7, 8, 9, 10, 12, 13, 14, 15],
      totalRow: 16,
      grade: { row: 16, col: 6, mode: "inline" },
      ballotCount: { row: 3, col: 1, inline: true },
      satisfaction: { headerRow: 19, cols: [1, 2, 3, 4, 5], shareRow: 20, countRow: null },
    });
  });

  it.each([
    ["NFD text", (s: string) => s.normalize("NFD")],
    ["no diacritics", stripMarks],
    ["capitals without diacritics", (s: string) => stripMarks(s).toUpperCase()],
    ["extra and non-breaking spaces", (s: string) => " " + s.replace(/ /g, " \u00a0 ") + "  "],
  ])("reads the same figures from %s", (_n, f) => {
    const wb: WorkbookSnapshot = {
      sheets: [sheetFromRows("Đánh giá", mapStrings(referenceRows(), f))],
    };
    const r = scoreWorkbook(wb)!;
    expect(r).not.toBeNull();
    expect({ ...r, indices: r.indices.map((i) => ({ ...i, name: "" })) }).toEqual({
      ...expected,
      indices: expected.indices.map((i) => ({ ...i, name: "" })),
    });
  });

  it("finds a table that starts anywhere, on any sheet, in a snapshot that does not start at A1", () => {
    const other = sheetFromRows("Biểu 06a", [["Biểu số 06a/VPCP/KSTT"]]);
    const rows = [["Ghi chú đầu trang"], [], ...referenceRows().map((r) => [null, null, ...r])];
    const wb: WorkbookSnapshot = {
      sheets: [other, sheetFromRows("Bảng 2", rows, { top: 7, left: 3 })],
    };
    const loc = locateEvaluation(wb)!;
    expect(loc.sheet).toBe("Bảng 2");
    expect(loc.headerRow).toBe(7 + 2 + 4);
    expect(loc.cols.no).toBe(5);
    expect(scoreWorkbook(wb)!.findings).toEqual([]);
    expect(scoreWorkbook(wb)!.total).toEqual(expected.total);
  });

  it("looks on the named sheet only when asked", () => {
    const wb = referenceWorkbook({}, [sheetFromRows("Khác", [["x"]])]);
    expect(locateEvaluation(wb, { sheet: "Khác" })).toBeNull();
    expect(locateEvaluation(wb, { sheet: "danh gia" })?.sheet).toBe("Đánh giá");
  });

  it("reads a two-row header ('Điểm' over 'Tự chấm' and 'Thẩm định') and skips the numbering row", () => {
    const rows = [
      ["STT", "Tên chỉ số", "Điểm chuẩn", "Điểm", null, "Ghi chú"],
      [null, null, null, "Tự chấm", "Thẩm định", null],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      ...REF_SCORES.map((s, i) => [i + 1, "x", 2, s, s, null]),
      ["TỔNG CỘNG", null, 18, 17.4, 17.4, "Xếp loại: Xuất sắc"],
    ];
    const loc = locateEvaluation({ sheets: [sheetFromRows("S", rows)] })!;
    expect(loc.headerRow).toBe(2);
    expect(loc.cols).toEqual({ no: 1, name: 2, max: 3, self: 4, appraised: 5, note: 6 });
    expect(loc.indexRows).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(loc.totalRow).toBe(13);
  });

  it("numbers index rows in order when the number column is blank", () => {
    const rows = [
      HEADERS,
      ...REF_SCORES.map((s) => [null, "tên", 2, s, null, null]),
      ["-Tổng-", null, 18, 17.4],
    ];
    const loc = locateEvaluation({ sheets: [sheetFromRows("S", rows)] })!;
    expect(loc.indexRows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(loc.totalRow).toBe(11);
  });

  it("does not take index 1's name ('Tổng thời gian …') for the total row", () => {
    expect(locateEvaluation(referenceWorkbook())!.indexRows[0]).toBe(6);
  });

  it("reads counts per level ('Số phiếu') and shares ('Tỷ lệ (%)') under the levels", () => {
    const wb = referenceWorkbook({
      levels: ["Mức độ", ...LEVELS],
      shares: ["Tỷ lệ (%)", 0, 0, 0, 21.4, 78.6],
      counts: ["Số phiếu", 0, 0, 0, 22, 81],
    });
    const a = analyzeEvaluation(wb)!;
    expect(a.location.satisfaction).toMatchObject({
      cols: [2, 3, 4, 5, 6],
      shareRow: 19,
      countRow: 20,
    });
    expect(a.location.ballotCount).toMatchObject({ row: 3, col: 1 });
    expect(a.result.ballots).toBe(103);
    expect(a.computed.levelCounts).toEqual([0, 0, 0, 22, 81]);
    expect(a.result.findings).toEqual([]);
  });

  it("reads an unlabelled row as counts when the title says 'Số phiếu'", () => {
    const rows = referenceRows({ shares: [0, 0, 0, 22, 81] });
    rows[rows.length - 3] = ["Số phiếu theo mức độ hài lòng"];
    const a = analyzeEvaluation({ sheets: [sheetFromRows("S", rows)] })!;
    expect(a.location.satisfaction).toMatchObject({ shareRow: null, countRow: 19 });
    expect(a.result.satisfaction.satisfied).toBe(21.4);
  });

  it("finds the satisfaction table on another sheet, and the ballot count in the next cell", () => {
    const rows = referenceRows({ ballotsLine: ["Tổng số phiếu:", null, 103], shares: null });
    const wb: WorkbookSnapshot = {
      sheets: [
        sheetFromRows("Bảng", rows.slice(0, 16)),
        sheetFromRows("Hài lòng", [LEVELS, [0, 0, 0, 21.4, 78.6]]),
      ],
    };
    wb.sheets[0].merges.push({ top: 3, left: 1, bottom: 3, right: 2 });
    const a = analyzeEvaluation(wb)!;
    expect(a.location.satisfaction).toMatchObject({ sheet: "Hài lòng", headerRow: 1, shareRow: 2 });
    expect(a.location.ballotCount).toMatchObject({ row: 3, col: 3, inline: false });
    expect(a.result.ballots).toBe(103);
    expect(a.result.satisfaction.verySatisfied).toBe(78.6);
  });
});

describe("locateBallots", () => {
  it("finds the header anywhere, tolerant of spelling, and skips blank rows", () => {
    const rows = [
      ["PHIẾU ĐÁNH GIÁ"],
      [],
      ["TT", ...Array.from({ length: 9 }, (_, i) => `CHI SO ${i + 1}`), "Muc do hai long"],
      [1, 2, 2, 2, 2, 2, 2, 2, 2, 2, "Hài lòng"],
      [],
      [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, "Bình thường"],
    ];
    const loc = locateBallots({ sheets: [sheetFromRows("P", rows, { top: 2, left: 2 })] })!;
    expect(loc).toMatchObject({
      sheet: "P",
      headerRow: 4,
      levelCol: 12,
      rows: [5, 7],
      firstRow: 5,
      lastRow: 7,
    });
    expect(loc.scoreCols).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("needs all nine index columns", () => {
    const sh = ballotsSheet([]);
    sh.data[0][9] = { value: "Ghi chú" };
    expect(locateBallots({ sheets: [sh] })).toBeNull();
  });

  it("works without a level column (no satisfaction from ballots)", () => {
    const sh = sheetFromRows("P", [
      Array.from({ length: 9 }, (_, i) => `Chỉ số ${i + 1}`),
      Array(9).fill(2),
    ]);
    const a = analyzeEvaluation(
      referenceWorkbook({ ballotsLine: ["Số phiếu đánh giá: 1"] }, [sh])
    )!;
    expect(a.ballotsLocation?.levelCol).toBeNull();
    expect(a.result.ballots).toBe(1);
    expect(a.result.satisfaction.verySatisfied).toBe(78.6); // as written
  });
});
