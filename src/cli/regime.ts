// The CLI side of the legal regime: --regime, and the Điều 33.1 results of `tthc score`.
import type { Art33Result } from "../core/evaluation/art33";
import { parseRegime } from "../core/regime";
import type { RegimeId } from "../core/regime";
import { fmtNumber, fmtScore } from "../core/text/numbers";
import { CannotCheck, Io } from "./common";
import { REGIME_CLI_MSG } from "./messagesRegime";

/** --regime VALUE → the regime's id; undefined when not given; exit 2 when not understood. */
export function regimeOption(v: string | undefined): RegimeId | undefined {
  if (v === undefined) return undefined;
  const id = parseRegime(v);
  if (!id) throw new CannotCheck(REGIME_CLI_MSG.badRegime(v));
  return id;
}

/** The Điều 33.1 results as `score --json` prints them (no indices, total or grade). */
export function art33Json(a: Art33Result) {
  return {
    sheet: a.sheet,
    received: a.received,
    levels: a.levels,
    contents: a.contents.map((c) => ({
      key: c.key,
      name: c.name,
      total: c.total,
      counts: c.counts,
      shares: c.shares,
    })),
    criteria: a.criteria
      ? { sheet: a.criteria.sheet, rows: a.criteria.rows, total: a.criteria.total, computed: false }
      : null,
  };
}

const n = (v: number | null) => (v === null ? "–" : fmtNumber(v));

export function printArt33(io: Io, a: Art33Result): void {
  io.out(REGIME_CLI_MSG.art33Header(a.sheet));
  io.out(
    REGIME_CLI_MSG.received(n(a.received.ballots), n(a.received.portal), n(a.received.devices))
  );
  for (const c of a.contents) {
    const levels = a.levels
      .map(
        (l, i) =>
          `${l} ${n(c.counts[i])}${c.shares[i] === null ? "" : ` (${fmtScore(c.shares[i] as number)}%)`}`
      )
      .join(" · ");
    io.out(`  ${c.key}) ${c.name}: ${n(c.total)} lượt — ${levels}`);
  }
  if (a.criteria) {
    io.out(REGIME_CLI_MSG.criteriaHeader);
    for (const r of a.criteria.rows) io.out(`  ${r.key}) ${r.name}: ${r.value || "–"}`);
    if (a.criteria.total) io.out(`  Tổng: ${a.criteria.total}`);
  }
}
