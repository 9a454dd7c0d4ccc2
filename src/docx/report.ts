// ReportData → the renderer's input: the header, the body markup from the template, and
// the attachment tables (Biểu 06a, the evaluation, the satisfaction shares).
import { TABLE_06A, TABLE_EVAL } from "../core/messages/report";
import { COUNT_KEYS } from "../core/form06a/model";
import { header06a } from "../core/report/header06a";
import type { ReportData, ReportRow06a } from "../core/report/data";
import { fmtDateShort, fmtNumber, fmtScore } from "../core/text/numbers";
import { defaultTemplateFor, regimeTables } from "./nd118";
import { renderDocx } from "./render";
import { renderReportMarkup, TABLE_NAMES } from "./template";
import type { CellAlign, DocHeader, RenderInput, TableSpec } from "./types";

export interface ReportOptions {
  /** Every row of Biểu 06a in its table (default: the fields that had dossiers, and the total). */
  allRows?: boolean;
  /** Template source (.hbs text); the default template when absent. */
  template?: string;
}

export { header06a };

const countCells = (r: ReportRow06a): string[] => COUNT_KEYS.map((k) => fmtNumber(r[k]));

function isoToShort(s: string | null): string | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? fmtDateShort({ y: +m[1], m: +m[2], d: +m[3] }) : null;
}

/** Biểu 06a: the fields that had dossiers (renumbered) and the total; every row with `allRows`. */
export function table06a(data: ReportData, allRows: boolean): TableSpec | null {
  const f = data.form06a;
  if (!f) return null;
  const title: string[] = [TABLE_06A.formNo, TABLE_06A.title, data.unit.upper];
  const from = isoToShort(f.from);
  const to = isoToShort(f.to);
  if (from && to) title.push(TABLE_06A.period(from, to));
  const src = allRows ? f.rows : f.fields;
  const rows = src.map((r, i) => ({
    cells: [allRows ? r.stt : String(i + 1), r.name, ...countCells(r)],
  }));
  rows.push({ cells: ["", TABLE_06A.totalRow, ...countCells(f.total)], bold: true } as {
    cells: string[];
    bold?: boolean;
  });
  const note: string[] = [TABLE_06A.unitOfCount];
  if (!allRows && f.fields.length < f.rows.length)
    note.push(f.rowsAreUnits ? TABLE_06A.noteFilteredUnits : TABLE_06A.noteFiltered);
  const align: CellAlign[] = [
    "center",
    "left",
    ...Array.from({ length: 11 }, () => "center" as const),
  ];
  return {
    title,
    header: header06a(f.rowsAreUnits ? TABLE_06A.unitField : TABLE_06A.field),
    rows,
    widths: [4, 26, ...Array.from({ length: 11 }, () => 6)],
    align,
    note,
  };
}

const pointsCell = (v: number | null): string => (v === null ? "" : fmtScore(v));

/** The nine indices with their self and appraised scores, then the total and the grade. */
export function tableEvaluation(data: ReportData): TableSpec | null {
  const e = data.evaluation;
  if (!e) return null;
  const title: string[] = [
    TABLE_EVAL.title,
    TABLE_EVAL.unit(data.unit.upper),
    TABLE_EVAL.when(data.period.labelCap),
  ];
  if (e.ballots !== null) title.push(TABLE_EVAL.ballots(fmtNumber(e.ballots)));
  title.push(TABLE_EVAL.partIndices);
  const rows: { cells: string[]; bold?: boolean }[] = e.indices.map((i) => ({
    cells: [
      String(i.no),
      i.name,
      pointsCell(i.max),
      pointsCell(i.self),
      pointsCell(i.appraised),
      "",
    ],
  }));
  rows.push({
    cells: [
      "",
      TABLE_EVAL.totalRow,
      pointsCell(e.total.max),
      pointsCell(e.total.self),
      pointsCell(e.total.appraised),
      e.grade ? TABLE_EVAL.grade(e.grade) : "",
    ],
    bold: true,
  });
  return {
    title,
    header: [
      [
        TABLE_EVAL.no,
        TABLE_EVAL.name,
        TABLE_EVAL.max,
        TABLE_EVAL.self,
        TABLE_EVAL.appraised,
        TABLE_EVAL.note,
      ].map((text) => ({ text })),
    ],
    rows,
    widths: [7, 48, 10, 10, 10, 18],
    align: ["center", "left", "center", "center", "center", "center"],
  };
}

/** The satisfaction shares (percent, one decimal) of the five levels. */
export function tableSatisfaction(data: ReportData): TableSpec | null {
  const e = data.evaluation;
  if (!e) return null;
  return {
    title: [TABLE_EVAL.partSatisfaction],
    header: [
      [{ text: TABLE_EVAL.satisfactionHeader, colSpan: 5 }],
      e.levels.map((l) => ({ text: l.label })),
    ],
    rows: [{ cells: e.levels.map((l) => pointsCell(l.share)) }],
    widths: [1, 1, 1, 1, 1],
    align: ["center", "center", "center", "center", "center"],
  };
}

/** The renderer's header from ReportData (a copy: the renderer gets plain text). */
export function docHeader(data: ReportData): DocHeader {
  const h = data.header;
  return {
    ...(h.parentBody ? { parentBody: h.parentBody } : {}),
    unit: h.unit,
    ...(h.author ? { author: h.author } : {}),
    ...(h.annexNote ? { annexNote: h.annexNote } : {}),
    number: h.number,
    place: h.place,
    date: h.date ? { ...h.date } : null,
    year: h.year,
    title: h.title,
    subject: h.subject,
    recipients: [...h.recipients],
    noiNhan: [...h.noiNhan],
    signature: { ...h.signature },
  };
}

export function buildRenderInput(data: ReportData, opts: ReportOptions = {}): RenderInput {
  const tables: Record<string, TableSpec> = {};
  const t06a = table06a(data, opts.allRows ?? false);
  if (t06a) tables[TABLE_NAMES.form06a] = t06a;
  const tEval = tableEvaluation(data);
  if (tEval) tables[TABLE_NAMES.evaluation] = tEval;
  const tSat = tableSatisfaction(data);
  if (tSat) tables[TABLE_NAMES.satisfaction] = tSat;
  Object.assign(tables, regimeTables(data));
  return {
    header: docHeader(data),
    // The regime chooses the default template (src/core/regime); --template still wins.
    markup: renderReportMarkup(data, opts.template ?? defaultTemplateFor(data)),
    tables,
  };
}

/** The report as a .docx file. */
export async function generateReport(
  data: ReportData,
  opts: ReportOptions = {}
): Promise<Uint8Array> {
  return renderDocx(buildRenderInput(data, opts));
}
