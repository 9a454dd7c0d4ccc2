// Reading the located cells into a parsed form: numbers as the clerk typed them (numbers or
// text), the written grade, the ballots.
import { CellSnapshot, isCellError, Sheet, WorkbookSnapshot } from "../grid";
import { EVAL_INDEX_NAMES, EVAL_LEVELS } from "../messages/evaluation";
import { afterLabel, ballotLabelWords, headerKey, isPlaceholder, levelIndex } from "./locate";
import {
  Ballot,
  BallotScore,
  BallotSheet,
  BallotsLocation,
  EvalForm,
  EvalLocation,
  NumParse,
  ReadCell,
  WrittenGrade,
} from "./types";

/** A decimal as typed: 1.8, "1,8", "1.8", " 2 ". */
export function parseDecimal(v: unknown): NumParse {
  if (v === null || v === undefined) return { kind: "blank" };
  if (typeof v === "number")
    return Number.isFinite(v)
      ? { kind: "number", value: v, asText: false }
      : { kind: "invalid", text: String(v) };
  if (typeof v === "string") {
    const s = v
      .normalize("NFC")
      .replace(/\u00a0/g, " ")
      .trim();
    if (s === "") return { kind: "blank" };
    if (/^-?\d+([.,]\d+)?$/.test(s))
      return { kind: "number", value: Number(s.replace(",", ".")), asText: true };
    return { kind: "invalid", text: s };
  }
  if (isCellError(v)) return { kind: "invalid", text: v.error };
  if (v instanceof Date) return { kind: "invalid", text: v.toISOString().slice(0, 10) };
  return { kind: "invalid", text: String(v) };
}

/** A share in percent: 21.4, "21,4", "21,4%", or 0.214 in a cell formatted as a percentage. */
export function parsePercent(cell: CellSnapshot | null): NumParse {
  const v = cell ? cell.value : null;
  if (typeof v === "number" && cell?.numberFormat && cell.numberFormat.includes("%")) {
    return { kind: "number", value: v * 100, asText: false };
  }
  if (typeof v === "string") {
    const s = v
      .normalize("NFC")
      .replace(/\u00a0/g, " ")
      .trim();
    if (s.endsWith("%")) {
      const p = parseDecimal(s.slice(0, -1));
      if (p.kind === "number") return { ...p, asText: true };
      return { kind: "invalid", text: s };
    }
  }
  return parseDecimal(v);
}

/**
 * Shares written as fractions of one (0.158 for 15.8%, in a cell without a percent format) when
 * every share is at most 1 and together they make 1: read as percents.
 */
export function asPercents(cells: (ReadCell | null)[]): (ReadCell | null)[] {
  const numbers = cells.filter(
    (c): c is ReadCell => c !== null && c.parsed.kind === "number" && !c.text.includes("%")
  );
  if (
    numbers.length === 0 ||
    cells.some((c) => c !== null && c.parsed.kind === "number" && c.text.includes("%"))
  )
    return cells;
  const values = numbers.map((c) => (c.parsed.kind === "number" ? c.parsed.value : 0));
  const sum = values.reduce((a, b) => a + b, 0);
  if (values.some((v) => v > 1) || Math.abs(sum - 1) > 0.0015) return cells;
  return cells.map((c) =>
    c !== null && c.parsed.kind === "number"
      ? { ...c, parsed: { ...c.parsed, value: Math.round(c.parsed.value * 100000) / 1000 } }
      : c
  );
}

export function readCell(
  sh: Sheet,
  row: number,
  col: number,
  parse: (c: CellSnapshot | null) => NumParse = (c) => parseDecimal(c ? c.value : null)
): ReadCell {
  const c = sh.cell(row, col);
  const parsed = parse(c);
  return {
    sheet: sh.name,
    row,
    col,
    parsed,
    text: sh.text(row, col),
    hasFormula: !!c?.formula,
    isNumberValue: typeof c?.value === "number",
  };
}

function sheetNamed(wb: WorkbookSnapshot, name: string): Sheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet named "${name}"`);
  return new Sheet(s);
}

function readGrade(
  sh: Sheet,
  loc: EvalLocation,
  gradeNames: readonly string[]
): WrittenGrade | null {
  const g = loc.grade;
  if (!g) return null;
  const text = sh.text(g.row, g.col);
  if (g.mode === "value")
    return { ...g, grade: isPlaceholder(text) ? "" : text, text, foreign: false };
  if (headerKey(text).startsWith("xep loai")) {
    const grade = afterLabel(text, 2);
    return { ...g, grade: isPlaceholder(grade) ? "" : grade, text, foreign: false };
  }
  if (text === "") return { ...g, grade: "", text, foreign: false };
  const known = gradeNames.some((n) => headerKey(n) === headerKey(text));
  return { ...g, grade: text, text, foreign: !known };
}

/** A ballot score: 0, 1 or 2 as a number or as text; anything else is invalid. */
export function parseBallotScore(v: unknown): BallotScore {
  const p = parseDecimal(v);
  if (p.kind === "blank") return { kind: "blank" };
  if (p.kind === "number" && (p.value === 0 || p.value === 1 || p.value === 2))
    return { kind: "score", value: p.value };
  if (p.kind === "number") return { kind: "invalid", text: String(v).trim() };
  return { kind: "invalid", text: p.text };
}

export function readBallots(wb: WorkbookSnapshot, loc: BallotsLocation): BallotSheet {
  const sh = sheetNamed(wb, loc.sheet);
  const ballots: Ballot[] = loc.rows.map((row) => {
    const scores = loc.scoreCols.map((c) => parseBallotScore(sh.value(row, c)));
    let level: Ballot["level"] = null;
    if (loc.levelCol !== null) {
      const raw = sh.value(row, loc.levelCol);
      const text = sh.text(row, loc.levelCol);
      level = {
        row,
        col: loc.levelCol,
        text,
        level: text === "" ? null : levelIndex(text),
        exact:
          typeof raw === "string" && EVAL_LEVELS.some((l) => l.toLowerCase() === raw.toLowerCase()),
      };
    }
    return { row, scores, level };
  });
  return { location: loc, ballots };
}

/** Parse every located cell. `gradeNames` tells a grade from another note in the total row. */
export function readEvaluation(
  wb: WorkbookSnapshot,
  loc: EvalLocation,
  ballotsLoc: BallotsLocation | null,
  gradeNames: readonly string[]
): EvalForm {
  const sh = sheetNamed(wb, loc.sheet);
  const { cols } = loc;
  const at = (row: number | null, col: number | null): ReadCell | null =>
    row === null || col === null ? null : readCell(sh, row, col);
  const indices = loc.indexRows.map((row, i) => ({
    no: i + 1,
    row,
    name: (row !== null ? sh.text(row, cols.name) : "") || EVAL_INDEX_NAMES[i],
    max: at(row, cols.max),
    self: at(row, cols.self),
    appraised: at(row, cols.appraised),
  }));
  const totals = {
    max: at(loc.totalRow, cols.max),
    self: at(loc.totalRow, cols.self),
    appraised: at(loc.totalRow, cols.appraised),
  };
  const bc = loc.ballotCount;
  let ballotCount: ReadCell | null = null;
  if (bc) {
    if (bc.inline) {
      const text =
        bc.line !== undefined
          ? (sh.text(bc.row, bc.col).split(/\r?\n/)[bc.line] ?? "")
          : sh.text(bc.row, bc.col);
      const rest = afterLabel(text, ballotLabelWords(headerKey(text)));
      const m = /^(\d+)(?:\s*phiếu)?\.?$/u.exec(rest.normalize("NFC"));
      const parsed: NumParse = m
        ? { kind: "number", value: parseInt(m[1], 10), asText: true }
        : isPlaceholder(rest)
          ? { kind: "blank" }
          : { kind: "invalid", text: rest };
      ballotCount = { ...readCell(sh, bc.row, bc.col), parsed };
    } else {
      ballotCount = readCell(sh, bc.row, bc.col);
    }
  }
  let satisfaction: EvalForm["satisfaction"] = null;
  if (loc.satisfaction) {
    const s = loc.satisfaction;
    const ssh = sheetNamed(wb, s.sheet);
    satisfaction = {
      shares:
        s.shareRow === null
          ? null
          : asPercents(
              s.cols.map((c) =>
                c === null ? null : readCell(ssh, s.shareRow as number, c, parsePercent)
              )
            ),
      counts:
        s.countRow === null
          ? null
          : s.cols.map((c) => (c === null ? null : readCell(ssh, s.countRow as number, c))),
    };
  }
  return {
    location: loc,
    indices,
    totals,
    grade: readGrade(sh, loc, gradeNames),
    ballotCount,
    satisfaction,
    ballots: ballotsLoc ? readBallots(wb, ballotsLoc) : null,
  };
}
