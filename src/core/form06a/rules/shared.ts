// Helpers shared by the 06a rules.
import { Finding } from "../../grid";
import { finding, Rule, RuleMeta } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { allRows, COLUMN_NO, CountCell, CountKey, countValue, Form06a, FormRow } from "../model";

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
 * The count columns in which some data row holds a not-a-count cell. The total row's cells of
 * those columns are sums over that cell, so a relation on the total row that involves one of
 * them is not evaluated either (no cascades of noise: the bad cell is reported once).
 */
export function taintedColumns(form: Form06a): Set<CountKey> {
  const out = new Set<CountKey>();
  for (const row of form.rows) for (const k of Object.keys(row.counts) as CountKey[]) if (row.counts[k].state.kind === "invalid") out.add(k);
  return out;
}

/** Whether a relation over `keys` on `row` must be skipped because a total-row cell sums a not-a-count cell. */
export function involvesTainted(row: FormRow, keys: CountKey[], tainted: Set<CountKey>): boolean {
  return row.kind === "total" && keys.some((k) => tainted.has(k));
}

/** Rule "(target) = sum of parts" on every row, the total row included. A blank target is left to fill. */
export function sumRule(meta: RuleMeta, target: CountKey, parts: CountKey[]): Rule06a {
  return {
    meta,
    check(form) {
      const out: Finding[] = [];
      const tainted = taintedColumns(form);
      for (const row of allRows(form)) {
        const t = row.counts[target];
        if (t.state.kind !== "count") continue;
        if (involvesTainted(row, [target, ...parts], tainted)) continue;
        const vs = values(parts.map((p) => row.counts[p]));
        if (!vs) continue;
        const sum = vs.reduce((a, b) => a + b, 0);
        if (sum !== t.state.value)
          out.push(finding(meta, form.sheet, t.row, t.col, MSG_06A.sumMismatch(COLUMN_NO[target], t.state.value, parts.map((p) => COLUMN_NO[p]), sum)));
      }
      return out;
    },
  };
}
