// The legal regime of a report, chosen by its period (SPEC, "Two legal regimes"):
// the period's end date before 01/07/2025 → nd61-2018; from it → nd118-2025 (NĐ 118/2025 Điều 40.1).
// A "Chế độ báo cáo" cell of the Thuyết minh sheet overrides the period; an option from the host
// (CLI --regime, the pane's setting) overrides both.
import { findingOf } from "../rules";
import type { Finding } from "../grid";
import { REGIME_MSG } from "../messages/regime";
import { fold } from "../text/normalize";
import { ND61_2018 } from "./nd61-2018";
import { ND118_2025 } from "./nd118-2025";
import type { Citation, Regime, RegimeId } from "./types";

export type { Citation, EvalItem, Regime, RegimeId } from "./types";
export { ND61_2018, ND118_2025 };

/** Every regime, oldest first. A new one (an amendment) is one more module and one more line. */
export const REGIMES: readonly Regime[] = [ND61_2018, ND118_2025];

export function regimeById(id: RegimeId): Regime {
  return REGIMES.find((r) => r.id === id) ?? ND118_2025;
}

/** The regime in force on a day (ISO "yyyy-mm-dd"). */
export function regimeOn(iso: string): Regime {
  let out = REGIMES[0];
  for (const r of REGIMES) if (iso >= r.from) out = r;
  return out;
}

/**
 * What a clerk or a CLI user may write: "nd118-2025", "NĐ 118/2025", "Nghị định số 118/2025/NĐ-CP",
 * "118", "61/2018", "nd61"… → the regime's id; null when not understood, undefined when empty.
 */
export function parseRegime(text: string | null | undefined): RegimeId | null | undefined {
  const s = fold(String(text ?? ""))
    .replace(/\s+/g, " ")
    .trim();
  if (!s) return undefined;
  for (const r of REGIMES) if (s === r.id) return r.id;
  const nums: string[] = s.match(/\d+/g) ?? [];
  const has = (n: string) => nums.includes(n);
  const is118 = has("118") && (!has("61") || nums.indexOf("118") < nums.indexOf("61"));
  if (is118) return "nd118-2025";
  if (has("61")) return "nd61-2018";
  return null;
}

export type RegimeSource = "period" | "sheet" | "option" | "default";

export interface RegimeChoiceInput {
  /** The period's first and last day (ISO), as far as known. */
  from?: string | null;
  to?: string | null;
  /** The text of the "Chế độ báo cáo" cell, and where it is (for a finding). */
  sheetValue?: string | null;
  sheetCell?: { sheet: string; row: number; col: number } | null;
  /** The host's option (CLI --regime, the pane's setting). */
  option?: RegimeId | null;
  /** Where to put a finding about the period (the 06a title's period cell, or A1 of a sheet). */
  periodCell?: { sheet: string; row: number; col: number } | null;
  /** Day used when nothing is known (ISO); default: the newest regime. */
  today?: string;
}

export interface RegimeChoice {
  regime: Regime;
  source: RegimeSource;
  /** True when the period has days on both sides of a regime's first day. */
  straddles: boolean;
  findings: Finding[];
}

const dmy = (iso: string) => iso.split("-").reverse().join("/");

/** A first citation (NĐ 30/2020): "Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về …". */
export function citationFirst(c: Citation): string {
  const [y, m, d] = c.date.split("-").map(Number);
  const when =
    y && m && d ? ` ngày ${d < 10 ? "0" + d : d} tháng ${m <= 2 ? "0" + m : m} năm ${y}` : "";
  return `${c.title}${when} của ${c.issuer} ${c.subject}`;
}

export function chooseRegime(input: RegimeChoiceInput): RegimeChoice {
  const findings: Finding[] = [];
  const from = input.from ?? null;
  const to = input.to ?? null;
  let regime: Regime | null = null;
  let source: RegimeSource = "default";
  if (input.option) {
    regime = regimeById(input.option);
    source = "option";
  }
  const parsed = parseRegime(input.sheetValue);
  if (!regime && parsed) {
    regime = regimeById(parsed);
    source = "sheet";
  }
  if (!regime && to) {
    regime = regimeOn(to);
    source = "period";
  }
  if (!regime) {
    regime = input.today ? regimeOn(input.today) : REGIMES[REGIMES.length - 1];
    source = "default";
  }
  if (parsed === null && input.sheetCell) {
    const c = input.sheetCell;
    findings.push(
      findingOf(
        "regime/unknown",
        "warning",
        c.sheet,
        c.row,
        c.col,
        REGIME_MSG.unknown(String(input.sheetValue).trim(), regime.name, source)
      )
    );
  }
  // A period with days on both sides of a regime's first day (Q3/2025: 15/06–14/09/2025).
  const straddles = !!(from && to && REGIMES.some((r) => from < r.from && to >= r.from));
  if (straddles && from && to) {
    const c = input.periodCell ?? input.sheetCell ?? { sheet: "", row: 1, col: 1 };
    findings.push(
      findingOf(
        "regime/straddle",
        "warning",
        c.sheet,
        c.row,
        c.col,
        REGIME_MSG.straddle(dmy(from), dmy(to), regime.name, source)
      )
    );
  }
  return { regime, source, straddles, findings };
}

/** The district words (nd118) found in a text, lower case; [] under a regime with districts. */
export function districtWordsIn(regime: Regime, text: string): string[] {
  const s = ` ${text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ")} `;
  return regime.localGovernment.districtWords.filter((w) =>
    new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, "u").test(s)
  );
}
