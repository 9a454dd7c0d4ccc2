// What the Word report adds under Nghị định 118/2025/NĐ-CP: the default template of the regime
// and the two attachment tables of its evaluation (Điều 33.1 contents; Điều 32.1 criteria as given).
import { TABLE_EVAL } from "../core/messages/report";
import { EVAL33_TEXT } from "../core/messages/evaluation33";
import type { ReportData } from "../core/report/data";
import { fmtNumber } from "../core/text/numbers";
import { fmtShare } from "./template";
import { TEMPLATE_ND118 } from "./templateNd118";
import type { CellAlign, TableSpec } from "./types";

export const TABLE_NAMES_ND118 = { art33: "bangDanhGia33", criteria: "bangTieuChi32" } as const;

/** The regime's default template source; undefined: the built-in default (nd61). */
export function defaultTemplateFor(data: ReportData): string | undefined {
  return data.regime?.id === "nd118-2025" ? TEMPLATE_ND118 : undefined;
}

const count = (n: number | null): string => (n === null ? "" : fmtNumber(n));

/** Điều 33.1: per content the evaluations received and, per level, count (share). */
export function tableArt33(data: ReportData): TableSpec | null {
  const a = data.art33;
  if (!a) return null;
  const title = [
    EVAL33_TEXT.title,
    EVAL33_TEXT.basis.replace("Nghị định số 118/2025/NĐ-CP", data.regime.oneStop.short),
    `${TABLE_EVAL.unit(data.unit.upper)} — ${TABLE_EVAL.when(data.period.labelCap)}`,
  ];
  const header = [
    [
      { text: EVAL33_TEXT.colKey, rowSpan: 2 },
      { text: EVAL33_TEXT.colName, rowSpan: 2 },
      { text: EVAL33_TEXT.colTotal, rowSpan: 2 },
      { text: "Số lượt đánh giá (tỷ lệ %) theo mức", colSpan: a.levels.length },
    ],
    a.levels.map((l) => ({ text: l })),
  ];
  const rows = a.contents.map((c) => ({
    cells: [
      c.key + ")",
      c.name,
      count(c.total),
      ...c.levels.map((l) =>
        l.count === null ? "" : `${fmtNumber(l.count)} (${fmtShare(l.share)})`
      ),
    ],
  }));
  const align: CellAlign[] = ["center", "left", "center", ...a.levels.map(() => "center" as const)];
  return { title, header, rows, widths: [9, 34, 9, ...a.levels.map(() => 11)], align };
}

/** Điều 32.1: the portal's figures for the unit, as typed. */
export function tableCriteria(data: ReportData): TableSpec | null {
  const c = data.art33?.criteria;
  if (!c) return null;
  const rows: { cells: string[]; bold?: boolean }[] = c.rows.map((r) => ({
    cells: [r.key ? r.key + ")" : "", r.name, r.value],
  }));
  if (c.total) rows.push({ cells: ["", EVAL33_TEXT.criteriaTotal, c.total], bold: true });
  return {
    title: [
      EVAL33_TEXT.criteriaTitle.replace(
        "NGHỊ ĐỊNH SỐ 118/2025/NĐ-CP",
        data.regime.oneStop.short.toLocaleUpperCase("vi")
      ),
      `(${EVAL33_TEXT.criteriaPrinted})`,
    ],
    header: [
      [
        { text: EVAL33_TEXT.criteriaKey },
        { text: EVAL33_TEXT.criteriaName },
        { text: EVAL33_TEXT.criteriaValue },
      ],
    ],
    rows,
    widths: [8, 50, 20],
    align: ["center", "left", "center"],
  };
}

/** The regime's extra tables, by the names the nd118 template refers to. */
export function regimeTables(data: ReportData): Record<string, TableSpec> {
  const out: Record<string, TableSpec> = {};
  const t = tableArt33(data);
  if (t) out[TABLE_NAMES_ND118.art33] = t;
  const k = tableCriteria(data);
  if (k) out[TABLE_NAMES_ND118.criteria] = k;
  return out;
}
