// What "Chấm điểm" (the task pane) and `tthc score` (the CLI) show for a workbook, decided once so
// both give the same figures and the same findings (SPEC, "Two legal regimes"):
// - NĐ 61/2018/NĐ-CP: the nine indices (0–2 points each, total out of 18, grade);
// - NĐ 118/2025/NĐ-CP: the citizens' evaluation by the contents of its Điều 33.1 a)–i) — counts
//   per level, no points, total or grade — with the Điều 32.1 criteria as the national portal
//   publishes them (Điều 32.2); a nine-index sheet, when the workbook carries one, is the
//   province's own scored ballot and is scored as it says (labelled so, never as the decree's).
import type { Finding } from "./grid";
import type { ScoreResult } from "./evaluation";
import type { Art33Result } from "./evaluation/art33";
import type { Analysis } from "./workbook";

export type ScoreMethod =
  /** NĐ 61/2018: the nine indices. */
  | "indices"
  /** NĐ 118/2025 with a nine-index sheet: the province's own method. */
  | "province"
  /** NĐ 118/2025: Điều 33.1 contents, no points. */
  | "decree";

export interface Scored {
  /** null: the workbook has no evaluation table the regime can use. */
  method: ScoreMethod | null;
  /** The nine indices ("indices", "province"). */
  result: ScoreResult | null;
  /** The Điều 33.1 table (and Điều 32.1 criteria) when the workbook has one. */
  art33: Art33Result | null;
  /** The evaluation's findings, then the regime's (unsorted, as `score --json` lists them). */
  findings: Finding[];
}

export function scoreOf(a: Analysis): Scored {
  const ev = a.evaluation;
  const nd118 = a.regime.regime.evaluation.model === "art33-contents";
  if (!ev) {
    if (nd118 && a.art33)
      return {
        method: "decree",
        result: null,
        art33: a.art33,
        findings: [...a.art33.findings, ...a.regime.findings],
      };
    return { method: null, result: null, art33: a.art33, findings: [] };
  }
  return {
    method: nd118 ? "province" : "indices",
    result: ev.result,
    art33: a.art33,
    findings: [...ev.result.findings, ...a.regime.findings],
  };
}
