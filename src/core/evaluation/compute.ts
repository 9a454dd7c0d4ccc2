// What follows from the cells: ballot means, totals, grade, satisfaction shares, the number of
// ballots and the 06a estimate of index 1. Pure functions over the parsed form.
//
// Ballots with blanks (decision): a blank score on a ballot means the citizen did not score that
// index; the ballot is left out of that index's mean only (as Excel's AVERAGE does) and the
// blank is reported as a warning (eval/ballot-blank). A blank level is likewise left out of the
// satisfaction shares (the denominator is the ballots that name a level, as COUNTA does in the
// formulas the fill writes). The ballot still counts in "Số phiếu đánh giá". Invalid values
// (3, "x", an unknown level) are left out the same way and reported as errors (eval/ballot-value).
import { roundHalfUp } from "../text/numbers";
import { DEFAULT_THRESHOLDS, gradeFor } from "./thresholds";
import {
  Ballot,
  EvalComputed,
  EvalForm,
  GradeThreshold,
  ReadCell,
  ThresholdsSource,
  Totals06a,
} from "./types";

/** round_half_up(sum / n, 1) computed exactly on integers (sum, n whole; n > 0). */
export function meanOneDecimal(sum: number, n: number): number {
  return Math.floor((20 * sum + n) / (2 * n)) / 10;
}

/** round_half_up(count / total × 100, 1) computed exactly on integers (total > 0). */
export function shareOneDecimal(count: number, total: number): number {
  return Math.floor((2000 * count + total) / (2 * total)) / 10;
}

/** Mean of 0/1/2 scores, one decimal, half up; null for none. */
export function ballotMean(scores: readonly number[]): number | null {
  if (!scores.length) return null;
  return meanOneDecimal(
    scores.reduce((a, b) => a + b, 0),
    scores.length
  );
}

/** Per index: the mean of the ballots that scored it, and how many did. */
export function indexMeans(ballots: readonly Ballot[]): {
  means: (number | null)[];
  scored: number[];
} {
  const means: (number | null)[] = [];
  const scored: number[] = [];
  for (let i = 0; i < 9; i++) {
    const xs: number[] = [];
    for (const b of ballots) {
      const s = b.scores[i];
      if (s && s.kind === "score") xs.push(s.value);
    }
    means.push(ballotMean(xs));
    scored.push(xs.length);
  }
  return { means, scored };
}

/** Ballots per level (EVAL_LEVELS order); blank and unknown levels are not counted. */
export function levelCountsOf(ballots: readonly Ballot[]): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const b of ballots) if (b.level && b.level.level !== null) counts[b.level.level]++;
  return counts;
}

/** Shares in percent, one decimal, from counts per level; nulls when there are no counts. */
export function sharesOf(counts: readonly number[]): (number | null)[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total > 0 ? shareOneDecimal(c, total) : null));
}

/** Sum of the present scores, one decimal; null when none is present. */
export function sumScores(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length
    ? roundHalfUp(
        xs.reduce((a, b) => a + b, 0),
        1
      )
    : null;
}

/** Index 1 from Biểu 06a's total row: (2 × early + 1 × on time + 0 × late) / resolved, one decimal. */
export function index1Estimate(t: Totals06a | null | undefined): number | null {
  if (!t || !(t.resolved > 0)) return null;
  return roundHalfUp((2 * t.early + t.onTime) / t.resolved, 1);
}

function numberOf(c: ReadCell | null): number | null {
  return c && c.parsed.kind === "number" ? c.parsed.value : null;
}

function inRange(v: number | null): v is number {
  return v !== null && v >= 0 && v <= 2;
}

/** Ballots per level from the "Số phiếu" row: whole numbers ≥ 0 (blank = 0); null if unusable or all blank. */
function countsFromRow(cells: (ReadCell | null)[] | null): number[] | null {
  if (!cells) return null;
  if (cells.every((c) => !c || c.parsed.kind === "blank")) return null;
  const out: number[] = [];
  for (const c of cells) {
    // A level the table does not have counts no ballot.
    if (!c || c.parsed.kind === "blank") out.push(0);
    else if (c.parsed.kind === "number" && Number.isInteger(c.parsed.value) && c.parsed.value >= 0)
      out.push(c.parsed.value);
    else return null;
  }
  return out;
}

export interface ComputeOptions {
  thresholds?: readonly GradeThreshold[];
  thresholdsSource?: ThresholdsSource;
  totals06a?: Totals06a | null;
}

export function computeEvaluation(form: EvalForm, opts: ComputeOptions = {}): EvalComputed {
  const thresholds = [...(opts.thresholds ?? DEFAULT_THRESHOLDS)];
  const ballots = form.ballots?.ballots ?? null;
  const { means, scored } = ballots
    ? indexMeans(ballots)
    : { means: Array<number | null>(9).fill(null), scored: Array<number>(9).fill(0) };

  const self = form.indices.map((ix, i) => {
    const p = ix.self?.parsed;
    if (p && p.kind === "number") return p.value;
    if (p && p.kind === "invalid") return null;
    return means[i];
  });
  const appraised = form.indices.map((ix) => numberOf(ix.appraised));
  const max = form.indices.map((ix) => numberOf(ix.max) ?? 2);

  const total = {
    max: sumScores(max) ?? 18,
    self: sumScores(self) ?? numberOf(form.totals.self),
    appraised: sumScores(appraised) ?? numberOf(form.totals.appraised),
  };

  // The grade: from the appraised total when all nine appraised scores are there, else the self total.
  const gradeBasis: "appraised" | "self" = appraised.every(inRange) ? "appraised" : "self";
  const basisScores = gradeBasis === "appraised" ? appraised : self;
  let gradeTotal: number | null = null;
  if (basisScores.every(inRange)) gradeTotal = sumScores(basisScores);
  else if (
    basisScores.every((v) => v === null) &&
    form.indices.every((ix) => ix[gradeBasis]?.parsed.kind !== "invalid")
  )
    gradeTotal = numberOf(form.totals[gradeBasis]); // only the total was typed
  const grade = gradeTotal === null ? null : gradeFor(gradeTotal, thresholds);

  let levelCounts: number[] | null = null;
  let satisfactionSource: EvalComputed["satisfactionSource"] = null;
  let ballotsCount: number | null = null;
  let ballotsSource: EvalComputed["ballotsSource"] = null;
  if (ballots) {
    ballotsCount = ballots.length;
    ballotsSource = "sheet";
    if (form.ballots?.location.levelCol !== null) {
      levelCounts = levelCountsOf(ballots);
      satisfactionSource = "sheet";
    }
  } else {
    const fromRow = countsFromRow(form.satisfaction?.counts ?? null);
    if (fromRow) {
      levelCounts = fromRow;
      satisfactionSource = "levels";
      ballotsCount = fromRow.reduce((a, b) => a + b, 0);
      ballotsSource = "levels";
    }
  }
  if (ballotsCount === null) {
    const w = numberOf(form.ballotCount);
    if (w !== null) {
      ballotsCount = w;
      ballotsSource = "written";
    }
  }
  let satisfaction: (number | null)[] = [null, null, null, null, null];
  if (levelCounts && levelCounts.some((c) => c > 0)) {
    satisfaction = sharesOf(levelCounts);
  } else {
    const shares = form.satisfaction?.shares ?? null;
    if (shares && shares.some((c) => c?.parsed.kind === "number")) {
      satisfaction = shares.map(numberOf);
      satisfactionSource = "written";
    } else if (levelCounts === null) {
      satisfactionSource = null;
    }
  }

  return {
    means,
    scoredBallots: scored,
    self,
    appraised,
    max,
    total,
    grade,
    gradeBasis,
    gradeTotal,
    ballots: ballotsCount,
    ballotsSource,
    levelCounts,
    satisfaction,
    satisfactionSource,
    index1Estimate: index1Estimate(opts.totals06a ?? null),
    thresholds,
    thresholdsSource: opts.thresholdsSource ?? "default",
  };
}
