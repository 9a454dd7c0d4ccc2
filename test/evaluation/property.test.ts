// Property: for random ballots, laying out the sheets, filling them and checking gives no error,
// and the figures are those of a direct computation.
import fc from "fast-check";
import {
  analyzeEvaluation,
  EVAL_SHEET_LAYOUT,
  fillEvaluation,
  gradeFor,
} from "../../src/core/evaluation";
import { applyEditsToSnapshot } from "../../src/core/snapshotEdits";
import { roundHalfUp } from "../../src/core/text/numbers";
import { cellAt, layoutWorkbook, LEVELS } from "./helpers";

const score = fc.oneof(
  { weight: 15, arbitrary: fc.constantFrom(0, 1, 2) },
  { weight: 1, arbitrary: fc.constant(null) }
);
const level = fc.oneof(
  { weight: 15, arbitrary: fc.constantFrom(...LEVELS) },
  { weight: 1, arbitrary: fc.constant("") }
);
const ballot = fc.record({ scores: fc.array(score, { minLength: 9, maxLength: 9 }), level });
const ballots = fc.array(ballot, { minLength: 0, maxLength: 120 });

function direct(bs: { scores: (number | null)[]; level: string }[]) {
  const means = Array.from({ length: 9 }, (_, i) => {
    const xs = bs.map((b) => b.scores[i]).filter((v): v is number => v !== null);
    return xs.length ? roundHalfUp(xs.reduce((a, b) => a + b, 0) / xs.length, 1) : null;
  });
  const present = means.filter((m): m is number => m !== null);
  const total = present.length
    ? roundHalfUp(
        present.reduce((a, b) => a + b, 0),
        1
      )
    : null;
  const named = bs.filter((b) => b.level !== "");
  const shares = LEVELS.map((l) =>
    named.length
      ? roundHalfUp((named.filter((b) => b.level === l).length / named.length) * 100, 1)
      : null
  );
  const grade = present.length === 9 && total !== null ? gradeFor(total) : null;
  return { means, total, shares, grade };
}

describe("random ballots: layout → fill → check", () => {
  it("checks clean and matches a direct computation", () => {
    fc.assert(
      fc.property(ballots, (bs) => {
        const blank = layoutWorkbook(bs);
        const fill = fillEvaluation(blank);
        expect(fill.conflicts).toEqual([]);
        const wb = applyEditsToSnapshot(blank, fill.edits);
        const a = analyzeEvaluation(wb)!;
        const r = a.result;
        const d = direct(bs);

        expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
        expect(r.findings.every((f) => f.rule === "eval/ballot-blank")).toBe(true);
        expect(r.indices.map((i) => i.fromBallots)).toEqual(d.means);
        expect(r.indices.map((i) => i.self)).toEqual(d.means);
        expect(r.total.self).toBe(d.total);
        expect(r.ballots).toBe(bs.length);
        expect(Object.values(r.satisfaction)).toEqual(d.shares);
        expect(r.grade).toBe(d.grade);

        // What the sheet holds: the means as values, the total formula's cached result.
        const L = EVAL_SHEET_LAYOUT;
        for (let i = 0; i < 9; i++)
          expect(cellAt(wb, "Đánh giá", L.firstIndexRow + i, L.cols.self)?.value ?? null).toBe(
            d.means[i]
          );
        expect(cellAt(wb, "Đánh giá", L.totalRow, L.cols.self)?.value ?? null).toBe(d.total);

        // A second fill has nothing to do.
        const again = fillEvaluation(wb);
        expect(again.edits.cells).toEqual([]);
        expect(again.conflicts).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });
});
