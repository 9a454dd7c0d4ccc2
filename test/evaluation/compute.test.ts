// Rounding at the edges, grades at the thresholds, the 06a estimate, 0 ballots, blanks.
import {
  analyzeEvaluation,
  ballotMean,
  DEFAULT_THRESHOLDS,
  fillEvaluation,
  gradeFor,
  index1Estimate,
  meanOneDecimal,
  scoreWorkbook,
  shareOneDecimal,
  sharesOf,
} from "../../src/core/evaluation";
import { roundHalfUp } from "../../src/core/text/numbers";
import { applyEditsToSnapshot } from "../../src/core/snapshotEdits";
import { ballotsSheet, cellAt, layoutWorkbook, referenceWorkbook } from "./helpers";

describe("means and shares: one decimal, half up", () => {
  it.each([
    [37, 20, 1.9], // 1.85
    [29, 20, 1.5], // 1.45
    [1, 20, 0.1], // 0.05
    [3, 20, 0.2], // 0.15
    [17, 20, 0.9], // 0.85
    [7, 4, 1.8], // 1.75
    [36, 20, 1.8], // 1.80
    [186, 103, 1.8],
    [204, 103, 2],
    [0, 5, 0],
    [10, 5, 2],
  ])("mean %d / %d = %d", (sum, n, want) => {
    expect(meanOneDecimal(sum, n)).toBe(want);
  });

  it("agrees with roundHalfUp(sum / n, 1) for every sum of up to 300 ballots", () => {
    const bad: string[] = [];
    for (let n = 1; n <= 300; n++)
      for (let s = 0; s <= 2 * n; s++)
        if (meanOneDecimal(s, n) !== roundHalfUp(s / n, 1)) bad.push(`${s}/${n}`);
    expect(bad).toEqual([]);
  });

  it.each([
    [1, 16, 6.3], // 6.25
    [1, 8, 12.5],
    [1, 400, 0.3], // 0.25
    [22, 103, 21.4], // 21.359
    [81, 103, 78.6], // 78.641
    [1, 3, 33.3],
    [2, 3, 66.7],
    [0, 7, 0],
    [7, 7, 100],
  ])("share %d / %d = %d%%", (c, t, want) => {
    expect(shareOneDecimal(c, t)).toBe(want);
  });

  it("ballotMean and sharesOf on empty input give null", () => {
    expect(ballotMean([])).toBeNull();
    expect(ballotMean([2, 1, 2, 2])).toBe(1.8); // 1.75
    expect(sharesOf([0, 0, 0, 0, 0])).toEqual([null, null, null, null, null]);
  });
});

describe("grades (defaults: > 15 Xuất sắc; 12–15 Tốt; 9–<12 Khá; 6–<9 Trung bình; < 6 Yếu)", () => {
  it.each([
    [18, "Xuất sắc"],
    [15.1, "Xuất sắc"],
    [15, "Tốt"],
    [12, "Tốt"],
    [11.9, "Khá"],
    [9, "Khá"],
    [8.9, "Trung bình"],
    [6, "Trung bình"],
    [5.9, "Yếu"],
    [0, "Yếu"],
  ])("%d → %s", (t, g) => {
    expect(gradeFor(t)).toBe(g);
    expect(gradeFor(t, DEFAULT_THRESHOLDS)).toBe(g);
  });

  it("a total summed in floating point still lands on its threshold", () => {
    // 1.2 + 1.8 + 2 × 6 = 15 exactly, though 0.1-steps do not add exactly in binary.
    const r = scoreWorkbook(
      referenceWorkbook({
        self: [1.2, 1.8, 2, 2, 2, 2, 1.5, 1.3, 1.2],
        appraised: Array(9).fill(null),
        totalSelf: null,
        totalAppraised: null,
        note: null,
      })
    )!;
    expect(r.total.self).toBe(15);
    expect(r.grade).toBe("Tốt");
  });
});

describe("index 1 from Biểu 06a", () => {
  it.each([
    [{ early: 60, onTime: 22, late: 0, resolved: 82 }, 1.7], // 142 / 82 = 1.73
    [{ early: 1, onTime: 1, late: 2, resolved: 4 }, 0.8], // 0.75
    [{ early: 5, onTime: 0, late: 0, resolved: 5 }, 2],
    [{ early: 0, onTime: 0, late: 3, resolved: 3 }, 0],
    [{ early: 0, onTime: 0, late: 0, resolved: 0 }, null],
    [null, null],
  ])("%j → %p", (t, want) => {
    expect(index1Estimate(t)).toBe(want);
  });
});

describe("0 ballots", () => {
  const wb = layoutWorkbook([]);

  it("means, shares and grade are null; the ballot count is 0; nothing is flagged", () => {
    const r = scoreWorkbook(wb)!;
    expect(r.indices.every((i) => i.self === null && i.fromBallots === null)).toBe(true);
    expect(r.total).toEqual({ max: 18, self: null, appraised: null });
    expect(r.grade).toBeNull();
    expect(r.gradeBasis).toBe("self");
    expect(r.ballots).toBe(0);
    expect(Object.values(r.satisfaction).every((v) => v === null)).toBe(true);
    expect(r.findings).toEqual([]);
  });

  it("the fill only writes the count 0", () => {
    const f = fillEvaluation(wb);
    expect(f.conflicts).toEqual([]);
    expect(f.filled.map((x) => x.what)).toEqual(["Số phiếu đánh giá"]);
    expect(cellAt(applyEditsToSnapshot(wb, f.edits), "Đánh giá", 8, 3)?.value).toBe(0);
  });
});

describe("ballots with blanks (left out of that index's mean / of the shares, warned)", () => {
  const wb = referenceWorkbook(
    {
      self: Array(9).fill(null),
      appraised: Array(9).fill(null),
      totalSelf: null,
      totalAppraised: null,
      note: null,
      shares: [null, null, null, null, null],
      ballotsLine: ["Số phiếu đánh giá:"],
    },
    [
      ballotsSheet([
        { scores: [2, null, 2, 2, 2, 2, 2, 2, 2], level: "Hài lòng" },
        { scores: [1, null, 2, 2, 2, 2, 2, 2, 2], level: null },
        { scores: [null, 0, 2, 2, 2, 2, 2, 2, 2], level: "Rất hài lòng" },
        { scores: [null, null, null, null, null, null, null, null, null], level: "Rất hài lòng" },
        { scores: [], level: null }, // an empty row: not a ballot
        { scores: [7, 2, 2, 2, 2, 2, 2, 2, 2], level: "Khá" }, // invalid values: left out, errors
      ]),
    ]
  );
  const a = analyzeEvaluation(wb)!;

  it("computes each mean over the ballots that scored the index", () => {
    expect(a.computed.means).toEqual([1.5, 1, 2, 2, 2, 2, 2, 2, 2]);
    expect(a.computed.scoredBallots).toEqual([2, 2, 4, 4, 4, 4, 4, 4, 4]);
    expect(a.result.indices.map((i) => i.self)).toEqual([1.5, 1, 2, 2, 2, 2, 2, 2, 2]);
  });

  it("counts every ballot row, but shares only over the ballots that name a level", () => {
    expect(a.result.ballots).toBe(5);
    expect(a.computed.levelCounts).toEqual([0, 0, 0, 1, 2]);
    expect(a.result.satisfaction).toEqual({
      veryDissatisfied: 0,
      dissatisfied: 0,
      neutral: 0,
      satisfied: 33.3,
      verySatisfied: 66.7,
    });
  });

  it("warns about the blanks and flags the invalid values", () => {
    const byRule = (id: string) =>
      a.result.findings.filter((f) => f.rule === id).map((f) => [f.row, f.col]);
    expect(byRule("eval/ballot-blank")).toEqual([
      [2, 3],
      [3, 3],
      [4, 2],
      [5, 2],
    ]);
    expect(byRule("eval/ballot-value")).toEqual([
      [7, 2],
      [7, 11],
    ]);
    expect(
      a.result.findings
        .filter((f) => f.severity === "error")
        .every((f) => f.rule === "eval/ballot-value")
    ).toBe(true);
  });

  it("a row holding only its STT is not a ballot; a summary row ends the ballots", () => {
    const sh = ballotsSheet([
      { scores: [2, 2, 2, 2, 2, 2, 2, 2, 2], level: "Hài lòng" },
      { scores: [], level: null },
    ]);
    sh.data.push([{ value: "Trung bình" }, { value: 2 }, { value: 2 }]);
    sh.data.push([{ value: 9 }, { value: 0 }, { value: 0 }, { value: 0 }]);
    const r = analyzeEvaluation(referenceWorkbook({}, [sh]))!;
    expect(r.ballotsLocation?.rows).toEqual([2]);
    expect(r.result.ballots).toBe(1);
  });
});
