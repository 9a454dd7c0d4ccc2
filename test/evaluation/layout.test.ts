// The layouts: sheets as a clerk expects them, that the locator reads back.
import {
  EVAL_SHEET_LAYOUT,
  layoutBallotsSheet,
  layoutEvaluationSheet,
  locateBallots,
  locateEvaluation,
  scoreWorkbook,
} from "../../src/core/evaluation";
import { sampleBallots } from "../../src/samples/ballots";
import { applyEditsToSnapshot } from "../../src/core/snapshotEdits";
import { cellAt, REF_SCORES } from "./helpers";

const base = { sheet: "Đánh giá", unit: "UBND phường Phú Sơn", periodLabel: "Quý 1, Năm 2024" };

describe("layoutEvaluationSheet", () => {
  it("creates a blank form the locator finds where the layout says", () => {
    const e = layoutEvaluationSheet(base);
    expect(e.newSheets).toEqual(["Đánh giá"]);
    const wb = applyEditsToSnapshot({ sheets: [] }, e);
    const loc = locateEvaluation(wb)!;
    const L = EVAL_SHEET_LAYOUT;
    expect(loc).toMatchObject({
      headerRow: L.headerRow,
      cols: L.cols,
      indexRows: Array.from({ length: 9 }, (_, i) => L.firstIndexRow + i),
      totalRow: L.totalRow,
      grade: { row: L.totalRow, col: L.cols.note, mode: "inline" },
      ballotCount: { row: L.ballotsCount.row, col: L.ballotsCount.col, inline: false },
      satisfaction: {
        headerRow: L.satisfactionHeaderRow,
        cols: [...L.levelCols],
        shareRow: L.shareRow,
        countRow: null,
      },
    });
    expect(cellAt(wb, "Đánh giá", 1, 1)?.value).toBe("UBND PHƯỜNG PHÚ SƠN");
    expect(cellAt(wb, "Đánh giá", 7, 1)?.value).toBe("Thời điểm đánh giá: Quý 1, Năm 2024");
    expect(cellAt(wb, "Đánh giá", L.totalRow, 3)).toEqual({ value: 18, formula: "SUM(C12:C20)" });
    const r = scoreWorkbook(wb)!;
    expect(r.indices.every((i) => i.self === null && i.appraised === null)).toBe(true);
    expect(r.findings).toEqual([]);
  });

  it("is formatted: merged title, bold bordered headers, column widths", () => {
    const e = layoutEvaluationSheet(base);
    expect(e.merges).toContainEqual({
      sheet: "Đánh giá",
      rect: { top: 4, left: 1, bottom: 4, right: 6 },
    });
    const header = e.cells.filter((c) => c.row === EVAL_SHEET_LAYOUT.headerRow);
    expect(header.map((c) => c.value)).toEqual([
      "Chỉ số",
      "Tên chỉ số",
      "Điểm chuẩn",
      "Điểm tự chấm",
      "Điểm thẩm định",
      "Ghi chú",
    ]);
    for (const c of header) expect(c.style).toMatchObject({ bold: true, border: true });
    expect(e.columnWidths).toHaveLength(6);
  });

  it("writes the data it is given, which then checks clean", () => {
    const wb = applyEditsToSnapshot(
      { sheets: [] },
      layoutEvaluationSheet({
        ...base,
        scores: { self: REF_SCORES, appraised: REF_SCORES },
        ballotsCount: 103,
        satisfaction: [0, 0, 0, 21.4, 78.6],
        grade: "Xuất sắc",
      })
    );
    const r = scoreWorkbook(wb)!;
    expect(r.total).toEqual({ max: 18, self: 17.4, appraised: 17.4 });
    expect(r.grade).toBe("Xuất sắc");
    expect(r.gradeBasis).toBe("appraised");
    expect(r.ballots).toBe(103);
    expect(r.satisfaction.satisfied).toBe(21.4);
    expect(r.findings).toEqual([]);
  });

  it("writes a typed total as a value (so a wrong one can be checked)", () => {
    const wb = applyEditsToSnapshot(
      { sheets: [] },
      layoutEvaluationSheet({ ...base, scores: { self: REF_SCORES }, total: { self: 17.5 } })
    );
    expect(scoreWorkbook(wb)!.findings.map((f) => [f.rule, f.message])).toEqual([
      ["eval/total", "Tổng điểm tự chấm ghi 17,5 nhưng tổng chín chỉ số là 17,4."],
    ]);
  });
});

describe("layoutBallotsSheet", () => {
  it("a blank sheet is the header row alone", () => {
    const wb = applyEditsToSnapshot(
      { sheets: [] },
      layoutBallotsSheet({ sheet: "Phiếu", ballots: [] })
    );
    expect(locateBallots(wb)).toMatchObject({
      headerRow: 1,
      levelCol: 11,
      rows: [],
      firstRow: 2,
      lastRow: 1,
    });
  });

  it("the 103 sample ballots sit in rows 2–104", () => {
    const wb = applyEditsToSnapshot(
      { sheets: [] },
      layoutBallotsSheet({ sheet: "Phiếu", ballots: sampleBallots() })
    );
    const loc = locateBallots(wb)!;
    expect([loc.firstRow, loc.lastRow, loc.rows.length]).toEqual([2, 104, 103]);
    expect(cellAt(wb, "Phiếu", 104, 1)?.value).toBe(103);
  });
});
