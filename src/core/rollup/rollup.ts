// N units' summaries → the district's figures: Biểu 06a by field, one 06a row per unit, the
// units' evaluations and the district's means, and the notes a district clerk must read
// (unreadable files, periods that differ, unknown fields, a unit sent twice, units' errors).
// Pure and deterministic: units are taken in the order given.
import { Severity } from "../grid";
import { COUNT_KEYS, CountKey, DERIVED, DERIVED_KEYS } from "../form06a/model";
import { fmtPeriod } from "../form06a/period";
import { DEFAULT_THRESHOLDS, gradeFor } from "../evaluation/thresholds";
import type { GradeThreshold } from "../evaluation/types";
import { ROLLUP_MSG } from "../messages/rollup";
import { IsoDate } from "../text/numbers";
import { fold } from "../text/normalize";
import { buildCatalog, cleanName, FieldCatalog, resolveField } from "./fields";
import { Counts, UnitFailure, UnitSummary } from "./summary";

export type CountRecord = Record<CountKey, number>;

/** A row of the district's Biểu 06a by field. */
export interface DistrictField {
  key: string;
  /** As printed: the catalog's name, or the first spelling met for an unknown field. */
  name: string;
  /** In the district list (directly or through a synonym). */
  known: boolean;
  counts: CountRecord;
  /** Units that reported the field. */
  units: number;
  /** Spellings met in the units (cleaned), first first. */
  spellings: string[];
}

/** A row of the per-unit table ("Đơn vị" variant of Biểu 06a). */
export interface UnitRow {
  file: string;
  unit: string;
  counts: CountRecord;
}

export interface UnitEvaluationRow {
  file: string;
  unit: string;
  /** null when the unit has no evaluation table. */
  basis: "appraised" | "self" | null;
  scores: (number | null)[];
  total: number | null;
  grade: string | null;
  ballots: number | null;
  /** "Hài lòng" + "Rất hài lòng", percent; null when not known. */
  satisfied: number | null;
}

export interface EvaluationMeans {
  /** Units with an evaluation table. */
  units: number;
  /** Mean of each index over the units that score it (unrounded); null when none. */
  scores: (number | null)[];
  total: number | null;
  grade: string | null;
  ballots: number | null;
  satisfied: number | null;
}

export type NoteCode =
  | "rollup/unreadable"
  | "rollup/period"
  | "rollup/no-period"
  | "rollup/unknown-field"
  | "rollup/duplicate-unit"
  | "rollup/no-evaluation";

export interface RollupNote {
  code: NoteCode;
  severity: Severity;
  /** The files concerned (none for a district-wide note). */
  files: string[];
  message: string;
}

export interface UnitCheck {
  file: string;
  unit: string;
  period: { from: string; to: string } | null;
  errors: number;
  warnings: number;
  /** Vietnamese one-liner (rules and the first finding). */
  text: string;
}

export interface Rollup {
  units: UnitSummary[];
  failures: UnitFailure[];
  /** The period most units report (ties: the first met), null when none has one. */
  period: { from: IsoDate; to: IsoDate } | null;
  /** Units that report `period`. */
  periodUnits: number;
  fields: DistrictField[];
  /** Fields outside the district list, with the units that reported them. */
  unknownFields: { name: string; key: string; units: string[] }[];
  byUnit: UnitRow[];
  /** The district's total: the sum of the fields (= the sum of the unit rows). */
  total: CountRecord;
  evaluation: { rows: UnitEvaluationRow[]; means: EvaluationMeans };
  checks: UnitCheck[];
  notes: RollupNote[];
}

export interface RollupOptions {
  catalog?: FieldCatalog;
  /** Files that could not be read; listed in the notes. */
  failures?: UnitFailure[];
  /** Grades of the district's mean total (defaults: DEFAULT_THRESHOLDS). */
  thresholds?: readonly GradeThreshold[];
}

const zero = (): CountRecord => Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as CountRecord;

/** Adds a unit's row (inputs only) into `into`. */
function addInputs(into: CountRecord, c: Counts): void {
  COUNT_KEYS.forEach((k, i) => {
    if (!DERIVED_KEYS.has(k)) into[k] += c[i] ?? 0;
  });
}

/** The derived columns (3), (7), (11) as the sums of their parts, as the district's formulas compute them. */
export function deriveCounts(c: CountRecord): CountRecord {
  for (const d of DERIVED) c[d.key] = d.parts.reduce((s, p) => s + c[p], 0);
  return c;
}

function parseIso(s: string): IsoDate {
  const [y, m, d] = s.split("-").map(Number);
  return { y, m, d };
}

const isoKey = (p: { from: string; to: string }) => `${p.from}/${p.to}`;

const mean = (xs: number[]): number | null =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;

/** The roll-up of `units` (in the order given). */
export function rollup(units: UnitSummary[], opts: RollupOptions = {}): Rollup {
  const catalog = opts.catalog ?? buildCatalog();
  const notes: RollupNote[] = [];
  const failures = opts.failures ?? [];
  for (const f of failures)
    notes.push({
      code: "rollup/unreadable",
      severity: "error",
      files: [f.file],
      message: ROLLUP_MSG.unreadable(f.file, f.reason),
    });

  // Fields: the district list's order, then unknown fields in the order met.
  const byKey = new Map<string, DistrictField>();
  const unknownUnits = new Map<string, string[]>();
  const byUnit: UnitRow[] = [];
  for (const u of units) {
    const seen = new Set<string>();
    const own = zero();
    for (const row of u.rows) {
      const { key, known } = resolveField(catalog, row.name);
      let f = byKey.get(key);
      if (!f) {
        f = {
          key,
          name: known ? (catalog.names.get(key) as string) : cleanName(row.name),
          known,
          counts: zero(),
          units: 0,
          spellings: [],
        };
        byKey.set(key, f);
      }
      addInputs(f.counts, row.counts);
      addInputs(own, row.counts);
      const spelled = cleanName(row.name);
      if (!f.spellings.includes(spelled)) f.spellings.push(spelled);
      if (!seen.has(key)) {
        seen.add(key);
        f.units++;
        if (!known) {
          const list = unknownUnits.get(key) ?? [];
          list.push(u.unit);
          unknownUnits.set(key, list);
        }
      }
    }
    // A form with a total row but no data rows: its total stands for the unit.
    if (u.rows.length === 0) addInputs(own, u.total);
    byUnit.push({ file: u.file, unit: u.unit, counts: deriveCounts(own) });
  }
  const order = [...catalog.names.keys()];
  const fields: DistrictField[] = [
    ...order.filter((k) => byKey.has(k)).map((k) => byKey.get(k) as DistrictField),
    ...[...byKey.values()].filter((f) => !f.known),
  ];
  for (const f of fields) deriveCounts(f.counts);
  const unknownFields = fields
    .filter((f) => !f.known)
    .map((f) => ({ name: f.name, key: f.key, units: unknownUnits.get(f.key) ?? [] }));
  for (const u of unknownFields)
    notes.push({
      code: "rollup/unknown-field",
      severity: "warning",
      files: [],
      message: ROLLUP_MSG.unknownField(u.name, u.units),
    });

  const total = zero();
  for (const r of byUnit)
    for (const k of COUNT_KEYS) if (!DERIVED_KEYS.has(k)) total[k] += r.counts[k];
  deriveCounts(total);

  // Periods: the majority, and the units that differ or have none.
  const periodCount = new Map<string, number>();
  for (const u of units)
    if (u.period) periodCount.set(isoKey(u.period), (periodCount.get(isoKey(u.period)) ?? 0) + 1);
  let majority: string | null = null;
  for (const [k, n] of periodCount)
    if (majority === null || n > (periodCount.get(majority) as number)) majority = k;
  const period = majority
    ? { from: parseIso(majority.split("/")[0]), to: parseIso(majority.split("/")[1]) }
    : null;
  const periodUnits = majority ? (periodCount.get(majority) as number) : 0;
  for (const u of units) {
    if (!u.period) {
      notes.push({
        code: "rollup/no-period",
        severity: "warning",
        files: [u.file],
        message: ROLLUP_MSG.periodMissing(u.unit, u.file),
      });
    } else if (period && isoKey(u.period) !== majority) {
      const theirs = fmtPeriod({ from: parseIso(u.period.from), to: parseIso(u.period.to) });
      notes.push({
        code: "rollup/period",
        severity: "warning",
        files: [u.file],
        message: ROLLUP_MSG.periodDiffers(
          u.unit,
          u.file,
          theirs,
          fmtPeriod(period),
          periodUnits,
          units.length
        ),
      });
    }
  }

  // The same unit in several files.
  const filesOfUnit = new Map<string, UnitSummary[]>();
  for (const u of units) {
    const k = fold(u.unit);
    filesOfUnit.set(k, [...(filesOfUnit.get(k) ?? []), u]);
  }
  for (const us of filesOfUnit.values())
    if (us.length > 1)
      notes.push({
        code: "rollup/duplicate-unit",
        severity: "warning",
        files: us.map((u) => u.file),
        message: ROLLUP_MSG.duplicateUnit(
          us[0].unit,
          us.map((u) => u.file)
        ),
      });

  // Evaluations and the district's means.
  const evalRows: UnitEvaluationRow[] = units.map((u) => {
    const e = u.evaluation;
    if (!e) {
      notes.push({
        code: "rollup/no-evaluation",
        severity: "warning",
        files: [u.file],
        message: ROLLUP_MSG.noEvaluation(u.unit, u.file),
      });
      return {
        file: u.file,
        unit: u.unit,
        basis: null,
        scores: Array(9).fill(null),
        total: null,
        grade: null,
        ballots: null,
        satisfied: null,
      };
    }
    const [, , , sat, verySat] = e.satisfaction;
    return {
      file: u.file,
      unit: u.unit,
      basis: e.basis,
      scores: Array.from({ length: 9 }, (_, i) => e.scores[i] ?? null),
      total: e.total,
      grade: e.grade,
      ballots: e.ballots,
      satisfied:
        sat !== null && verySat !== null && sat !== undefined && verySat !== undefined
          ? Math.round((sat + verySat) * 10) / 10
          : null,
    };
  });
  const withEval = evalRows.filter((r) => r.basis !== null);
  const present = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
  const meanTotal = mean(present(withEval.map((r) => r.total)));
  const ballots = present(withEval.map((r) => r.ballots));
  const means: EvaluationMeans = {
    units: withEval.length,
    scores: Array.from({ length: 9 }, (_, i) => mean(present(withEval.map((r) => r.scores[i])))),
    total: meanTotal,
    grade: meanTotal === null ? null : gradeFor(meanTotal, opts.thresholds ?? DEFAULT_THRESHOLDS),
    ballots: ballots.length ? ballots.reduce((a, b) => a + b, 0) : null,
    satisfied: mean(present(withEval.map((r) => r.satisfied))),
  };

  const checks: UnitCheck[] = units.map((u) => {
    const f = u.findings;
    return {
      file: u.file,
      unit: u.unit,
      period: u.period,
      errors: f.errors,
      warnings: f.warnings,
      text: ROLLUP_MSG.unitFindings(f.errors, f.warnings, f.byRule, f.first[0] ?? null),
    };
  });

  return {
    units,
    failures,
    period,
    periodUnits,
    fields,
    unknownFields,
    byUnit,
    total,
    evaluation: { rows: evalRows, means },
    checks,
    notes,
  };
}
