// The fill: what it writes, and that it never overwrites a typed value.
import { fillEvaluation, scoreWorkbook, sheetRef } from "../../src/core/evaluation";
import { applyEditsToSnapshot, sheetFromRows } from "../../src/core/snapshotEdits";
import {
  ballotsSheet,
  cellAt,
  LEVELS,
  REF_SCORES,
  referenceWorkbook,
  uniformBallots,
} from "./helpers";

const blankEval = {
  self: Array(9).fill(null),
  appraised: Array(9).fill(null),
  totalSelf: null,
  totalAppraised: null,
  note: null,
  shares: [null, null, null, null, null],
  ballotsLine: ["Số phiếu đánh giá:"],
};
// Reference layout: indices rows 6–14, total 15 (D self, E appraised, F note), shares row 19 (A–E), count B3.
const ballots4 = () => [
  ...uniformBallots(3, 2, "Rất hài lòng"),
  { scores: [1, 1, 1, 1, 1, 1, 1, 1, 1], level: "Hài lòng" },
];

describe("fillEvaluation", () => {
  it("fills an empty table from the ballots", () => {
    const wb = referenceWorkbook(blankEval, [ballotsSheet(ballots4())]);
    const f = fillEvaluation(wb);
    expect(f.conflicts).toEqual([]);
    expect(f.filled.map((x) => x.what)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `Điểm tự chấm chỉ số ${i + 1}`),
      "Tổng điểm tự chấm",
      "Xếp loại",
      ...LEVELS.map((l) => `Tỷ lệ mức "${l}"`),
      "Số phiếu đánh giá",
    ]);
    const out = applyEditsToSnapshot(wb, f.edits);
    expect(cellAt(out, "Đánh giá", 6, 4)?.value).toBe(1.8); // 7 / 4 = 1.75 → 1.8
    expect(cellAt(out, "Đánh giá", 15, 4)).toEqual({ formula: "SUM(D6:D14)", value: 16.2 });
    expect(cellAt(out, "Đánh giá", 15, 6)?.value).toBe("Xếp loại: Xuất sắc");
    expect(cellAt(out, "Đánh giá", 19, 4)).toMatchObject({
      formula: `ROUND(COUNTIF('Phiếu'!K2:K5,"Hài lòng")/COUNTA('Phiếu'!K2:K5)*100,1)`,
      value: 25,
    });
    expect(cellAt(out, "Đánh giá", 3, 2)?.value).toBe(4);
    const r = scoreWorkbook(out)!;
    expect(r.findings).toEqual([]);
    expect(r.grade).toBe("Xuất sắc");
  });

  it("leaves agreeing typed values alone and reports disagreeing ones", () => {
    const wb = referenceWorkbook(
      {
        self: [1.8, 1.5, null, null, null, null, null, null, null],
        totalSelf: 15,
        appraised: Array(9).fill(null),
        totalAppraised: null,
        note: "Xếp loại: Tốt",
        shares: [0, 0, 0, 30, null],
        ballotsLine: ["Số phiếu đánh giá: 5"],
      },
      [ballotsSheet(ballots4())]
    );
    const f = fillEvaluation(wb);
    const at = (row: number, col: number) =>
      f.conflicts.find((c) => c.row === row && c.col === col)?.message;
    expect(at(6, 4)).toBeUndefined(); // 1.8 agrees
    expect(at(7, 4)).toBe(
      "Điểm tự chấm chỉ số 2 đã ghi 1,5, khác điểm trung bình 1,8 của 4 phiếu; giữ nguyên, không ghi đè."
    );
    expect(at(15, 4)).toContain("Tổng điểm tự chấm đã ghi 15, khác tổng chín chỉ số 15,9");
    expect(at(15, 6)).toContain('Xếp loại đã ghi "Tốt", khác xếp loại tính được "Xuất sắc"');
    expect(at(19, 4)).toContain('Tỷ lệ mức "Hài lòng" đã ghi 30, khác tỷ lệ tính từ phiếu 25,0%');
    expect(at(3, 1)).toContain("Số phiếu đánh giá đã ghi 5, khác số phiếu đếm được 4");
    expect(f.conflicts).toHaveLength(5);
    // Nothing typed is in the edits.
    const typed = new Set(["6:4", "7:4", "15:4", "15:6", "19:1", "19:2", "19:3", "19:4", "3:1"]);
    for (const e of f.edits.cells) expect(typed.has(`${e.row}:${e.col}`)).toBe(false);
    expect(f.edits.cells.map((e) => `${e.row}:${e.col}`)).toEqual([
      "8:4",
      "9:4",
      "10:4",
      "11:4",
      "12:4",
      "13:4",
      "14:4",
      "19:5",
    ]);
  });

  it("writes values when there is no ballots sheet but counts per level", () => {
    const wb = referenceWorkbook({
      ...blankEval,
      self: REF_SCORES,
      levels: ["", ...LEVELS],
      shares: ["Tỷ lệ (%)", null, null, null, null, null],
      counts: ["Số phiếu", 0, 0, 0, 22, 81],
    });
    const f = fillEvaluation(wb);
    const out = applyEditsToSnapshot(wb, f.edits);
    expect(cellAt(out, "Đánh giá", 19, 5)).toEqual({ value: 21.4, numberFormat: "0.0" });
    expect(cellAt(out, "Đánh giá", 3, 2)?.value).toBe(103);
    expect(cellAt(out, "Đánh giá", 15, 4)).toEqual({ formula: "SUM(D6:D14)", value: 17.4 });
    expect(scoreWorkbook(out)!.findings).toEqual([]);
  });

  it("counts per level as COUNTIF formulas when a ballots sheet exists", () => {
    const wb = referenceWorkbook(
      {
        ...blankEval,
        levels: ["", ...LEVELS],
        shares: null,
        counts: ["Số phiếu", null, null, null, null, null],
      },
      [ballotsSheet(ballots4(), "Phiếu của dân")]
    );
    const out = applyEditsToSnapshot(wb, fillEvaluation(wb).edits);
    expect(cellAt(out, "Đánh giá", 19, 6)).toEqual({
      formula: `COUNTIF('Phiếu của dân'!K2:K5,"Rất hài lòng")`,
      value: 3,
    });
  });

  it("writes values, not COUNTIF formulas, when a level is not spelled exactly", () => {
    const bs = ballotsSheet([...ballots4(), { scores: Array(9).fill(2), level: "rat hai long" }]);
    const wb = referenceWorkbook(blankEval, [bs]);
    const out = applyEditsToSnapshot(wb, fillEvaluation(wb).edits);
    expect(cellAt(out, "Đánh giá", 19, 5)).toEqual({ value: 80, numberFormat: "0.0" });
  });

  it("sums as a value when a score is text (SUM would skip it), and lists cells around a foreign row", () => {
    const text = referenceWorkbook({ ...blankEval, self: ["1,8", ...REF_SCORES.slice(1)] });
    expect(applyEditsToSnapshot(text, fillEvaluation(text).edits).sheets[0].data[14][3]).toEqual({
      value: 17.4,
    });
    const gap = referenceWorkbook({ ...blankEval, self: REF_SCORES, gap: true });
    gap.sheets[0].data[10][3] = { value: "ghi chú" }; // row 11, between index 5 and 6
    const out = applyEditsToSnapshot(gap, fillEvaluation(gap).edits);
    expect(cellAt(out, "Đánh giá", 16, 4)?.formula).toBe("SUM(D6,D7,D8,D9,D10,D12,D13,D14,D15)");
  });

  it("writes the grade beside a bare 'Xếp loại:' label, and says so when the note cell is taken", () => {
    const label = referenceWorkbook({ ...blankEval, self: REF_SCORES, note: "Xếp loại:" });
    const out = applyEditsToSnapshot(label, fillEvaluation(label).edits);
    expect(cellAt(out, "Đánh giá", 15, 7)?.value).toBe("Xuất sắc");
    expect(scoreWorkbook(out)!.findings).toEqual([]);
    const taken = referenceWorkbook({ ...blankEval, self: REF_SCORES, note: "Đã kiểm tra" });
    expect(fillEvaluation(taken).conflicts.map((c) => c.message)).toEqual([
      'Ô ghi chú của dòng Tổng cộng đã có nội dung khác, không có chỗ trống để ghi xếp loại "Xuất sắc".',
    ]);
  });

  it("replaces the dots a blank form leaves after 'Số phiếu đánh giá:' and 'Xếp loại:'", () => {
    const wb = referenceWorkbook(
      { ...blankEval, ballotsLine: ["Số phiếu đánh giá: ……"], note: "Xếp loại: ........" },
      [ballotsSheet(ballots4())]
    );
    expect(scoreWorkbook(wb)!.findings).toEqual([]);
    const f = fillEvaluation(wb);
    expect(f.conflicts).toEqual([]);
    const out = applyEditsToSnapshot(wb, f.edits);
    expect(cellAt(out, "Đánh giá", 3, 1)?.value).toBe("Số phiếu đánh giá: 4");
    expect(cellAt(out, "Đánh giá", 15, 6)?.value).toBe("Xếp loại: Xuất sắc");
    expect(scoreWorkbook(out)!.findings).toEqual([]);
  });

  it("does nothing without an evaluation table", () => {
    const f = fillEvaluation({ sheets: [sheetFromRows("A", [["x"]])] });
    expect(f).toEqual({
      edits: { cells: [], merges: [], newSheets: [], columnWidths: [] },
      conflicts: [],
      filled: [],
    });
  });

  it("quotes sheet names in formulas", () => {
    expect(sheetRef("Phiếu")).toBe("'Phiếu'");
    expect(sheetRef("Bà Tư's")).toBe("'Bà Tư''s'");
  });
});
