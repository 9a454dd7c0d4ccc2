// Fill what the evaluation sheet leaves empty: self-scores from the ballots (values), totals
// (SUM formulas with their results), the grade, satisfaction shares and counts (COUNTIF formulas
// over the ballots sheet, or values), "Số phiếu đánh giá". A non-empty cell is never
// overwritten: when it agrees it is left alone, when it disagrees a conflict is reported.
import { CellEdit, colLetter, EditSet, emptyEdits, Sheet, WorkbookSnapshot } from "../grid";
import {
  EVAL_HEADERS,
  EVAL_LEVELS,
  evalConflictMsg,
  evalFilledLabel,
  EvalScoreColumn,
} from "../messages/evaluation";
import { fmtScore, roundHalfUp } from "../text/numbers";
import { analyzeEvaluation, EvaluationAnalysis, ScoreOptions } from "./analyze";
import { sharesOf, sumScores } from "./compute";
import { headerKey } from "./locate";
import { ReadCell } from "./types";
import { maxOf, minOf } from "../arrays";

export interface FillConflict {
  sheet: string;
  row: number;
  col: number;
  message: string;
}

export interface FillEntry {
  sheet: string;
  row: number;
  col: number;
  /** What was written, in Vietnamese ("Điểm tự chấm chỉ số 3"). */
  what: string;
}

export interface FillResult {
  edits: EditSet;
  conflicts: FillConflict[];
  filled: FillEntry[];
}

/** A sheet name as a formula writes it: always quoted ('Phiếu đánh giá'!A1). */
export function sheetRef(name: string): string {
  return "'" + name.replace(/'/g, "''") + "'";
}

const SHARE_FORMAT = "0.0";

/** Text of a typed cell for a message: "1,8", or the text in quotes. */
function typedText(c: ReadCell): string {
  return c.parsed.kind === "number" ? fmtScore(c.parsed.value) : `"${c.text}"`;
}

function agrees(c: ReadCell, value: number, tolerance: number): boolean {
  return c.parsed.kind === "number" && Math.abs(c.parsed.value - value) <= tolerance + 1e-9;
}

/** "Label: ……" → "Label: value" (the label as the clerk wrote it, the placeholder replaced). */
function withValue(labelText: string, value: string): string {
  const colon = labelText.search(/[:：]/);
  const label = colon >= 0 ? labelText.slice(0, colon) : labelText.replace(/[.…_\-–\s]+$/u, "");
  return `${label.trim()}: ${value}`;
}

/** Fill from an analysis already made (the add-in reuses the one it showed). */
export function fillFromAnalysis(wb: WorkbookSnapshot, a: EvaluationAnalysis): FillResult {
  const edits = emptyEdits();
  const conflicts: FillConflict[] = [];
  const filled: FillEntry[] = [];
  const { location: loc, form, computed } = a;
  const sheetSnap = wb.sheets.find((s) => s.name === loc.sheet);
  if (!sheetSnap) return { edits, conflicts, filled };
  const sh = new Sheet(sheetSnap);

  const write = (e: CellEdit, what: string) => {
    edits.cells.push(e);
    filled.push({ sheet: e.sheet, row: e.row, col: e.col, what });
  };
  const conflict = (c: { sheet: string; row: number; col: number }, message: string) =>
    conflicts.push({ sheet: c.sheet, row: c.row, col: c.col, message });

  // 1. Self-scores from the ballots' means. `numeric[i]`: the cell will hold a real number.
  const selfNumeric: boolean[] = [];
  form.indices.forEach((ix, i) => {
    const mean = computed.means[i];
    const cell = ix.self;
    if (!cell) {
      selfNumeric.push(false);
      return;
    }
    if (cell.parsed.kind === "blank" && !cell.hasFormula) {
      if (mean !== null) {
        write(
          { sheet: cell.sheet, row: cell.row, col: cell.col, value: mean },
          evalFilledLabel.score(ix.no)
        );
        selfNumeric.push(true);
      } else selfNumeric.push(false);
      return;
    }
    selfNumeric.push(cell.isNumberValue);
    if (
      mean !== null &&
      !(cell.parsed.kind === "number" && roundHalfUp(cell.parsed.value, 1) === mean)
    )
      conflict(
        cell,
        evalConflictMsg.score(ix.no, typedText(cell), mean, computed.scoredBallots[i])
      );
  });

  // 2. Totals: SUM formulas (values when a score is text, which SUM would skip).
  const column = (c: EvalScoreColumn | "max"): number | null => loc.cols[c];
  const totalsOf: Record<
    EvalScoreColumn | "max",
    { values: (number | null)[]; numeric: boolean[] }
  > = {
    self: { values: computed.self, numeric: selfNumeric },
    appraised: {
      values: computed.appraised,
      numeric: form.indices.map((ix) => !!ix.appraised?.isNumberValue),
    },
    max: { values: computed.max, numeric: form.indices.map((ix) => !!ix.max?.isNumberValue) },
  };
  for (const c of ["max", "self", "appraised"] as const) {
    const col = column(c);
    const totalCell = form.totals[c];
    if (col === null || loc.totalRow === null || !totalCell) continue;
    if (form.indices.some((ix) => ix[c]?.parsed.kind === "invalid")) continue;
    const present = form.indices.filter(
      (ix) => ix[c] && (ix[c] as ReadCell).parsed.kind !== "blank"
    );
    if (c !== "self" && present.length === 0) continue;
    const { values, numeric } = totalsOf[c];
    const sum = sumScores(values);
    if (sum === null) continue;
    const label = c === "max" ? EVAL_HEADERS.max : evalFilledLabel.total(c);
    if (totalCell.parsed.kind === "blank" && !totalCell.hasFormula) {
      const rows = loc.indexRows;
      const useFormula =
        rows.every((r) => r !== null) && values.every((v, i) => v === null || numeric[i]);
      if (useFormula) {
        const rs = rows as number[];
        const lo = minOf(rs);
        const hi = maxOf(rs);
        const L = colLetter(col);
        let clean = true;
        for (let r = lo; r <= hi; r++) if (!rs.includes(r) && !sh.isEmpty(r, col)) clean = false;
        const formula = clean
          ? `SUM(${L}${lo}:${L}${hi})`
          : `SUM(${rs.map((r) => L + r).join(",")})`;
        write(
          { sheet: loc.sheet, row: loc.totalRow, col, formula, result: sum },
          c === "max" ? evalFilledLabel.total("max") : label
        );
      } else {
        write(
          { sheet: loc.sheet, row: loc.totalRow, col, value: sum },
          c === "max" ? evalFilledLabel.total("max") : label
        );
      }
    } else if (c !== "max" && !agrees(totalCell, sum, 0.05)) {
      conflict(totalCell, evalConflictMsg.total(c, typedText(totalCell), sum));
    }
  }

  // 3. The grade.
  const g = form.grade;
  if (computed.grade !== null && g) {
    const spot = { sheet: loc.sheet, row: g.row, col: g.col };
    if (g.foreign) conflict(spot, evalConflictMsg.gradeNoPlace(computed.grade));
    else if (g.grade === "") {
      const value =
        g.mode === "inline"
          ? g.text === ""
            ? `${EVAL_HEADERS.gradeLabel}: ${computed.grade}`
            : withValue(g.text, computed.grade)
          : computed.grade;
      write({ ...spot, value }, evalFilledLabel.grade);
    } else if (headerKey(g.grade) !== headerKey(computed.grade))
      conflict(spot, evalConflictMsg.grade(g.grade, computed.grade));
  }

  // 4. Satisfaction: shares and counts per level.
  const sat = loc.satisfaction;
  const counts = computed.levelCounts;
  if (
    sat &&
    counts &&
    counts.some((n) => n > 0) &&
    (computed.satisfactionSource === "sheet" || computed.satisfactionSource === "levels")
  ) {
    const shares = sharesOf(counts) as number[];
    const bl = a.ballotsLocation;
    const ballots = form.ballots?.ballots ?? [];
    const formulas =
      computed.satisfactionSource === "sheet" &&
      bl !== null &&
      bl.levelCol !== null &&
      ballots.every((b) => !b.level || b.level.text === "" || b.level.exact);
    const range =
      formulas && bl && bl.levelCol !== null
        ? `${sheetRef(bl.sheet)}!${colLetter(bl.levelCol)}${bl.firstRow}:${colLetter(bl.levelCol)}${bl.lastRow}`
        : "";
    // Per level: a blank cell gets the COUNTIF formula (or the value); a typed one is compared.
    const fillLevels = (
      kind: "share" | "count",
      cells: (ReadCell | null)[] | null,
      values: number[],
      tolerance: number,
      formulaOf: (level: string) => string
    ) =>
      cells?.forEach((cell, i) => {
        if (!cell) return; // a level the table does not have
        const level = EVAL_LEVELS[i];
        if (cell.parsed.kind === "blank" && !cell.hasFormula) {
          const at = { sheet: cell.sheet, row: cell.row, col: cell.col };
          const e: CellEdit = formulas
            ? { ...at, formula: formulaOf(level), result: values[i] }
            : { ...at, value: values[i] };
          const what = evalFilledLabel[kind](level);
          write(kind === "share" ? { ...e, numberFormat: SHARE_FORMAT } : e, what);
        } else if (!agrees(cell, values[i], tolerance)) {
          conflict(cell, evalConflictMsg[kind](level, typedText(cell), values[i]));
        }
      });
    fillLevels(
      "share",
      form.satisfaction?.shares ?? null,
      shares,
      0.05,
      (level) => `ROUND(COUNTIF(${range},"${level}")/COUNTA(${range})*100,1)`
    );
    const countCells =
      computed.satisfactionSource === "sheet" ? (form.satisfaction?.counts ?? null) : null;
    fillLevels("count", countCells, counts, 0, (level) => `COUNTIF(${range},"${level}")`);
  }

  // 5. "Số phiếu đánh giá".
  const bc = form.ballotCount;
  if (
    bc &&
    computed.ballots !== null &&
    (computed.ballotsSource === "sheet" || computed.ballotsSource === "levels")
  ) {
    if (bc.parsed.kind === "blank" && !bc.hasFormula) {
      // Inline ("Số phiếu đánh giá: ……"): the placeholder gives way to the number, the label stays.
      const spot = loc.ballotCount;
      let value: string | number = computed.ballots;
      if (spot?.inline && spot.line !== undefined) {
        // Only that line of the multi-line cell changes.
        const lines = bc.text.split(/\r?\n/);
        lines[spot.line] = withValue(lines[spot.line] ?? "", String(computed.ballots));
        value = lines.join("\n");
      } else if (spot?.inline) value = withValue(bc.text, String(computed.ballots));
      write({ sheet: bc.sheet, row: bc.row, col: bc.col, value }, evalFilledLabel.ballots);
    } else if (!agrees(bc, computed.ballots, 0)) {
      conflicts.push({
        sheet: bc.sheet,
        row: bc.row,
        col: bc.col,
        message: evalConflictMsg.ballots(typedText(bc), computed.ballots),
      });
    }
  }

  return { edits, conflicts, filled };
}

export type FillOptions = ScoreOptions;

/** Fill the evaluation of `wb`; an empty result when the workbook has no evaluation table. */
export function fillEvaluation(wb: WorkbookSnapshot, opts: FillOptions = {}): FillResult {
  const a = analyzeEvaluation(wb, opts);
  if (!a) return { edits: emptyEdits(), conflicts: [], filled: [] };
  return fillFromAnalysis(wb, a);
}
