// The roll-up under Nghị định 118/2025/NĐ-CP: two levels of local government, so the province
// compiles its communes (Điều 8.2.a: the provincial Trung tâm Phục vụ hành chính công, part of the
// Văn phòng UBND tỉnh, Điều 7.2.a and 40.5). Adds to the district roll-up, which stays as it is:
// the regime of a roll-up, the province's header and wording of the Word summary, the sheet names,
// and an old-name → new-commune mapping (wards merged on 01/07/2025), so that a province can
// roll 2024 files up under the new communes and compare.
import type { RenderInput } from "../report/document";
import { escapeMarkup } from "../text/markup";
import { fold, foldAscii } from "../text/normalize";
import { Sheet, WorkbookSnapshot } from "../grid";
import { PROVINCE_ROLLUP } from "../messages/regime";
import { chooseRegime } from "../regime";
import type { RegimeChoice, RegimeId } from "../regime";
import { fmtDateShort } from "../text/numbers";
import { ROLLUP_REPORT } from "../messages/rollup";
import type { Rollup } from "./rollup";
import { ROLLUP_TABLES } from "./report";
import type { UnitSummary } from "./summary";
import type { DistrictSheets } from "./layout";

/** The regime of a roll-up: by its period's end date, or the host's option. */
export function rollupRegime(r: Rollup, option?: RegimeId | null): RegimeChoice {
  const iso = (d: { y: number; m: number; d: number }) =>
    `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
  return chooseRegime({
    from: r.period ? iso(r.period.from) : null,
    to: r.period ? iso(r.period.to) : null,
    option: option ?? null,
  });
}

/** Under NĐ 118/2025 a commune without a nine-index sheet is the rule, not a gap: drop that note. */
export function provincialRollup(r: Rollup): Rollup {
  return { ...r, notes: r.notes.filter((n) => n.code !== "rollup/no-evaluation") };
}

/** Sheet names of the provincial workbook. */
export function provinceSheets(): Partial<DistrictSheets> {
  return { byUnit: PROVINCE_ROLLUP.sheets.byUnit, evaluation: PROVINCE_ROLLUP.sheets.evaluation };
}

/** "Thanh Hóa", "tỉnh Thanh Hóa", "UBND tỉnh Thanh Hóa" → "tỉnh Thanh Hóa" (a city keeps "thành phố"). */
export function provinceName(s: string): string {
  const t = s
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(UBND|Ủy ban nhân dân)\s+/iu, "");
  const m = /^(tỉnh|thành phố)\s+(.*)$/iu.exec(t);
  return m ? `${m[1].toLocaleLowerCase("vi")} ${m[2]}` : `tỉnh ${t}`;
}

/**
 * The Word summary under nd118: the district summary's tables and figures, with the province's
 * header (the provincial centre under the Văn phòng), addressed to the UBND tỉnh, and wording
 * about xã, phường, đặc khu; the communes are listed by name.
 */
export function provincialRenderInput(
  base: RenderInput,
  r: Rollup,
  province: string,
  citation: string
): RenderInput {
  const p = provinceName(province);
  const periodWords = r.period
    ? ROLLUP_REPORT.periodWords(fmtDateShort(r.period.from), fmtDateShort(r.period.to))
    : "";
  let lines = base.markup.split("\n");
  lines[0] = escapeMarkup(PROVINCE_ROLLUP.opening(r.units.length, periodWords, citation));
  lines.splice(
    1,
    0,
    escapeMarkup(PROVINCE_ROLLUP.unitsListed(r.byUnit.map((u) => u.unit).join("; ")))
  );
  // No nine indices under NĐ 118/2025: the evaluation is Điều 33.1 / 32.1, published by the portal.
  const noEval = escapeMarkup(ROLLUP_REPORT.noEvaluation);
  lines = lines.map((l) => (l === noEval ? escapeMarkup(PROVINCE_ROLLUP.evaluation) : l));
  const evalTable = `::table ${ROLLUP_TABLES.evaluation}`;
  if (r.evaluation.means.units === 0)
    lines = lines.filter(
      (l, i) => l !== evalTable && !(l === "::pagebreak" && lines[i + 1] === evalTable)
    );
  const tables = { ...base.tables };
  for (const [k, t] of Object.entries(tables)) {
    const header = t.header.map((row) =>
      row.map((c) => (c.text === "Đơn vị" ? { ...c, text: PROVINCE_ROLLUP.unitHeader } : c))
    );
    tables[k] = {
      ...t,
      header,
      title: t.title?.map((x) =>
        x
          .replace("CÁC ĐƠN VỊ CẤP XÃ", "CÁC XÃ, PHƯỜNG, ĐẶC KHU")
          .replace("THEO ĐƠN VỊ", "THEO XÃ, PHƯỜNG")
      ),
    };
  }
  return {
    header: {
      ...base.header,
      parentBody: PROVINCE_ROLLUP.parentBody(p),
      unit: PROVINCE_ROLLUP.unit(p),
      subject: PROVINCE_ROLLUP.subject(periodWords),
      recipients: PROVINCE_ROLLUP.recipients(p),
      noiNhan: [...PROVINCE_ROLLUP.noiNhan],
      signature: { title: PROVINCE_ROLLUP.signature.title, name: "" },
    },
    markup: lines.join("\n"),
    tables,
  };
}

// ---- Old names → new communes -------------------------------------------------------------

/** Old unit name (compared without diacritics, case, "UBND") → new commune as printed. */
export type UnitMapping = Map<string, string>;

export const unitKey = (s: string): string =>
  foldAscii(s)
    .replace(/\b(ubnd|uy ban nhan dan)\b/g, " ")
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** CSV text: "old name,new commune" per line (a header line is skipped; ";" or tab also separate). */
export function parseMappingCsv(text: string): UnitMapping {
  const map: UnitMapping = new Map();
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const parts = line.split(/[,;\t]/).map((x) => x.trim().replace(/^"|"$/g, ""));
    if (parts.length < 2 || !parts[0] || !parts[1]) continue;
    if (fold(parts[0]) === fold(PROVINCE_ROLLUP.mappingHeaderOld)) continue;
    map.set(unitKey(parts[0]), parts[1]);
  }
  return map;
}

/** The "Sáp nhập" sheet of a workbook: column A old name, column B new commune. */
export function readMappingSheet(wb: WorkbookSnapshot): UnitMapping | null {
  const snap = wb.sheets.find((s) => foldAscii(s.name) === foldAscii(PROVINCE_ROLLUP.mappingSheet));
  if (!snap) return null;
  const s = new Sheet(snap);
  const map: UnitMapping = new Map();
  for (let r = s.top; r <= s.bottom; r++) {
    const a = s.text(r, s.left);
    const b = s.text(r, s.left + 1);
    if (!a || !b || fold(a) === fold(PROVINCE_ROLLUP.mappingHeaderOld)) continue;
    map.set(unitKey(a), b);
  }
  return map;
}

/**
 * Renames units by the mapping and merges those that become the same commune: their 06a rows
 * and totals add up; an evaluation is kept only when a single unit had one (scores do not add).
 */
export function applyUnitMapping(
  units: UnitSummary[],
  map: UnitMapping
): { units: UnitSummary[]; notes: string[] } {
  if (map.size === 0) return { units, notes: [] };
  const groups = new Map<string, { name: string; members: UnitSummary[] }>();
  const order: string[] = [];
  for (const u of units) {
    const target = map.get(unitKey(u.unit)) ?? u.unit;
    const k = unitKey(target);
    if (!groups.has(k)) {
      groups.set(k, { name: target, members: [] });
      order.push(k);
    }
    groups.get(k)!.members.push(u);
  }
  const out: UnitSummary[] = [];
  const notes: string[] = [];
  for (const k of order) {
    const g = groups.get(k)!;
    if (g.members.length === 1) {
      out.push({ ...g.members[0], unit: g.name });
      continue;
    }
    const m = g.members;
    const total = m[0].total.map((_, i) => m.reduce((s, u) => s + (u.total[i] ?? 0), 0));
    const evals = m.filter((u) => u.evaluation);
    const byRule: Record<string, number> = {};
    for (const u of m)
      for (const [rule, n] of Object.entries(u.findings.byRule))
        byRule[rule] = (byRule[rule] ?? 0) + n;
    out.push({
      file: m.map((u) => u.file).join(" + "),
      unit: g.name,
      unitFromFile: false,
      period: m[0].period,
      rows: m.flatMap((u) => u.rows),
      total,
      evaluation: evals.length === 1 ? evals[0].evaluation : null,
      findings: {
        errors: m.reduce((s, u) => s + u.findings.errors, 0),
        warnings: m.reduce((s, u) => s + u.findings.warnings, 0),
        byRule,
        first: m.flatMap((u) => u.findings.first).slice(0, 5),
      },
    });
    notes.push(
      PROVINCE_ROLLUP.merged(
        g.name,
        m.map((u) => u.unit)
      )
    );
  }
  return { units: out, notes };
}
