// The reference's figures, typed and rebuilt from the sample ballots.
import * as fs from "fs";
import * as path from "path";
import {
  analyzeEvaluation,
  fillEvaluation,
  scoreWorkbook,
  indexMeans,
} from "../../src/core/evaluation";
import { sampleBallots } from "../../src/samples/ballots";
import { parseBallotScore } from "../../src/core/evaluation/read";
import { applyEditsToSnapshot } from "../../src/core/snapshotEdits";
import { cellAt, layoutWorkbook, referenceWorkbook } from "./helpers";

/**
 * The nine self-assessed scores as the real report prints them (its evaluation table, rows
 * "1\t<name>\t2\t1.8\t1.8"), read from the team's reference copy (test/fixtures/reference) so that the sample ballots are checked
 * against the reference and not against the constant they were generated from.
 */
function referenceSelfScores(): number[] {
  const text = fs.readFileSync(
    path.resolve(__dirname, "../fixtures/reference/bao-cao-quy-1-2024-phu-son.txt"),
    "utf8"
  );
  const rows = text
    .split(/\r?\n/)
    .map((l) => l.split("\t"))
    .filter((c) => /^[1-9]$/.test(c[0]) && c[2] === "2");
  return rows.map((c) => Number(c[3]));
}

describe("sampleBallots", () => {
  const ballots = sampleBallots();

  it("is 103 deterministic ballots of 0/1/2 and known levels", () => {
    expect(ballots).toHaveLength(103);
    expect(sampleBallots()).toEqual(ballots);
    for (const b of ballots) {
      expect(b.scores).toHaveLength(9);
      for (const s of b.scores) expect([0, 1, 2]).toContain(s);
      expect(["Hài lòng", "Rất hài lòng"]).toContain(b.level);
    }
  });

  it("gives the reference's nine scores and satisfaction", () => {
    const { means } = indexMeans(
      ballots.map((b, k) => ({ row: k + 2, scores: b.scores.map(parseBallotScore), level: null }))
    );
    expect(means).toEqual([1.8, 1.8, 2, 2, 2, 2, 1.8, 2, 2]);
    expect(means).toEqual(referenceSelfScores());
    expect(ballots.filter((b) => b.level === "Hài lòng")).toHaveLength(22);
    expect(ballots.filter((b) => b.level === "Rất hài lòng")).toHaveLength(81);
  });
});

describe("the reference's table as typed", () => {
  it("scores 17.4, Xuất sắc on the appraised total, 103 ballots, 21.4 / 78.6", () => {
    const r = scoreWorkbook(referenceWorkbook({ gap: true }));
    expect(r).not.toBeNull();
    expect(r!.indices.map((i) => i.self)).toEqual([1.8, 1.8, 2, 2, 2, 2, 1.8, 2, 2]);
    expect(r!.indices.map((i) => i.appraised)).toEqual([1.8, 1.8, 2, 2, 2, 2, 1.8, 2, 2]);
    expect(r!.indices.every((i) => i.fromBallots === null && i.max === 2)).toBe(true);
    expect(r!.total).toEqual({ max: 18, self: 17.4, appraised: 17.4 });
    expect(r!.grade).toBe("Xuất sắc");
    expect(r!.gradeBasis).toBe("appraised");
    expect(r!.ballots).toBe(103);
    expect(r!.satisfaction).toEqual({
      veryDissatisfied: 0,
      dissatisfied: 0,
      neutral: 0,
      satisfied: 21.4,
      verySatisfied: 78.6,
    });
    expect(r!.index1Estimate).toBeNull();
    expect(r!.findings).toEqual([]);
  });

  it("estimates index 1 from the reference's 06a totals (60 early, 22 on time of 82)", () => {
    const r = scoreWorkbook(referenceWorkbook(), {
      totals06a: { early: 60, onTime: 22, late: 0, resolved: 82 },
    });
    expect(r!.index1Estimate).toBe(1.7);
    expect(r!.findings).toEqual([]);
  });

  it("prints exactly the contract as JSON", () => {
    const r = scoreWorkbook(referenceWorkbook());
    const keys = Object.keys(JSON.parse(JSON.stringify(r)));
    expect(keys).toEqual([
      "indices",
      "total",
      "grade",
      "gradeBasis",
      "ballots",
      "satisfaction",
      "index1Estimate",
      "findings",
    ]);
    expect(Object.keys(r!.indices[0])).toEqual([
      "no",
      "name",
      "max",
      "self",
      "appraised",
      "fromBallots",
    ]);
  });

  it("is null without an evaluation table", () => {
    expect(scoreWorkbook({ sheets: [] })).toBeNull();
    expect(
      scoreWorkbook({
        sheets: [{ name: "A", top: 1, left: 1, data: [[{ value: "Chỉ số" }]], merges: [] }],
      })
    ).toBeNull();
  });
});

describe("the sample workbook: blank layout + 103 ballots, filled", () => {
  const blank = layoutWorkbook(sampleBallots());
  const fill = fillEvaluation(blank);
  const filled = applyEditsToSnapshot(blank, fill.edits);

  it("fills the nine scores, the total, the grade, the shares and the ballot count without conflicts", () => {
    expect(fill.conflicts).toEqual([]);
    const r = scoreWorkbook(filled)!;
    expect(referenceSelfScores()).toHaveLength(9);
    expect(r.indices.map((i) => i.self)).toEqual(referenceSelfScores());
    expect(r.indices.map((i) => i.fromBallots)).toEqual(referenceSelfScores());
    expect(r.total.self).toBe(17.4);
    expect(r.total.appraised).toBeNull();
    expect(r.grade).toBe("Xuất sắc");
    expect(r.gradeBasis).toBe("self");
    expect(r.ballots).toBe(103);
    expect(r.satisfaction).toEqual({
      veryDissatisfied: 0,
      dissatisfied: 0,
      neutral: 0,
      satisfied: 21.4,
      verySatisfied: 78.6,
    });
    expect(r.findings).toEqual([]);
  });

  it("writes formulas over the ballots sheet with their results", () => {
    expect(cellAt(filled, "Đánh giá", 21, 4)).toMatchObject({
      formula: "SUM(D12:D20)",
      value: 17.4,
    });
    expect(cellAt(filled, "Đánh giá", 21, 6)).toMatchObject({ value: "Xếp loại: Xuất sắc" });
    expect(cellAt(filled, "Đánh giá", 26, 6)).toMatchObject({
      formula: `ROUND(COUNTIF('Phiếu'!K2:K104,"Rất hài lòng")/COUNTA('Phiếu'!K2:K104)*100,1)`,
      value: 78.6,
    });
    expect(cellAt(filled, "Đánh giá", 8, 3)).toMatchObject({ value: 103 });
    const a = analyzeEvaluation(filled)!;
    expect(a.computed.thresholdsSource).toBe("default");
  });

  it("a second fill has nothing left to do", () => {
    const again = fillEvaluation(filled);
    expect(again.edits.cells).toEqual([]);
    expect(again.conflicts).toEqual([]);
  });
});
