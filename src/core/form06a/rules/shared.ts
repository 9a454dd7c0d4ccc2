// Helpers shared by the 06a rules.
import { Finding } from "../../grid";
import { finding, Rule, RuleMeta } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { allRows, COLUMN_NO, CountCell, CountKey, countValue, Form06a } from "../model";

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

/** Rule "(target) = sum of parts" on every row, the total row included. A blank target is left to fill. */
export function sumRule(meta: RuleMeta, target: CountKey, parts: CountKey[]): Rule06a {
  return {
    meta,
    check(form) {
      const out: Finding[] = [];
      for (const row of allRows(form)) {
        const t = row.counts[target];
        if (t.state.kind !== "count") continue;
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
