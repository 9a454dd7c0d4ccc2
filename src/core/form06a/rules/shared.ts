// Helpers shared by the 06a rules.
import { Finding } from "../../grid";
import { finding, Rule, RuleMeta } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import {
  allRows,
  COLUMN_NO,
  COUNT_KEYS,
  CountCell,
  CountKey,
  countValue,
  DERIVED,
  Form06a,
  FormRow,
} from "../model";

export interface Context06a {
  /** The previous period's form, for 06a/carry-over. */
  previous: Form06a | null;
}

export type Rule06a = Rule<Form06a, Context06a>;

/** Values for a relation, or null when a cell involved is not a count (no cascades). */
export function values(cells: CountCell[]): number[] | null {
  const out: number[] = [];
  for (const c of cells) {
    const v = countValue(c);
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

/**
 * Which cells a relation must not lean on (no cascades of noise: a bad cell is reported once,
 * by 06a/not-a-count). A cell is unreliable when it is not a count; a derived cell (3), (7),
 * (11) too when one of its parts on the row is not a count (Excel's SUM has silently skipped
 * or carried it); and a total-row cell when its column holds an unreliable data cell.
 */
const unreliableCache = new WeakMap<Form06a, (row: FormRow, k: CountKey) => boolean>();

export function unreliableCells(form: Form06a): (row: FormRow, k: CountKey) => boolean {
  let f = unreliableCache.get(form);
  if (!f) {
    f = computeUnreliable(form);
    unreliableCache.set(form, f);
  }
  return f;
}

function computeUnreliable(form: Form06a): (row: FormRow, k: CountKey) => boolean {
  // The common case, a form without a single bad cell, needs no per-cell look-up.
  if (!anyInvalid(allRows(form))) return () => false;
  const bad = (row: FormRow, k: CountKey): boolean => {
    if (row.counts[k].state.kind === "invalid") return true;
    const d = DERIVED.find((x) => x.key === k);
    return d !== undefined && d.parts.some((p) => row.counts[p].state.kind === "invalid");
  };
  const columns = new Set<CountKey>();
  for (const row of form.rows) for (const k of COUNT_KEYS) if (bad(row, k)) columns.add(k);
  return (row, k) => bad(row, k) || (row.kind !== "data" && columns.has(k));
}

function anyInvalid(rows: FormRow[]): boolean {
  for (const row of rows)
    for (const k of COUNT_KEYS) if (row.counts[k].state.kind === "invalid") return true;
  return false;
}

/** The sum of the cells' values (blank is 0), or null when one is not a count: values() summed, without its array. */
export function sumOf<T>(items: readonly T[], cell: (item: T) => CountCell): number | null {
  let sum = 0;
  for (const item of items) {
    const v = countValue(cell(item));
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** Rule "(target) = sum of parts" on every row, the total row included. A blank target is left to fill. */
export function sumRule(meta: RuleMeta, target: CountKey, parts: CountKey[]): Rule06a {
  return {
    meta,
    check(form) {
      const out: Finding[] = [];
      const unreliable = unreliableCells(form);
      const involved = [target, ...parts];
      for (const row of allRows(form)) {
        const t = row.counts[target];
        if (t.state.kind !== "count") continue;
        if (involved.some((k) => unreliable(row, k))) continue;
        const sum = sumOf(parts, (p) => row.counts[p]);
        if (sum === null) continue;
        if (sum !== t.state.value)
          out.push(
            finding(
              meta,
              form.sheet,
              t.row,
              t.col,
              MSG_06A.sumMismatch(
                COLUMN_NO[target],
                t.state.value,
                parts.map((p) => COLUMN_NO[p]),
                sum
              )
            )
          );
      }
      return out;
    },
  };
}
