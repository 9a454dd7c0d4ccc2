// The district's Word summary as the renderer's input (src/docx/render.ts renderDocx): a short
// body in the block markup of docs/markup.md (heads, paragraphs, dash items, `::table`), and
// three annex tables (Biểu 06a by field, by unit, the units' evaluations). Pure: the caller
// renders it (the docx package is loaded only there). Every text from a workbook is escaped.
import type { RenderInput, TableSpec, HeaderCell, CellAlign } from "../report/document";
import { escapeMarkup } from "../text/markup";
import { COUNT_KEYS } from "../form06a/model";
import { TABLE_06A } from "../messages/report";
import { header06a } from "../report/header06a";
import { ROLLUP_LAYOUT, ROLLUP_REPORT } from "../messages/rollup";
import { fmtDateShort, fmtNumber, fmtPercent, fmtScore, IsoDate } from "../text/numbers";
import { DEFAULT_THRESHOLDS } from "../evaluation/thresholds";
import { CountRecord, Rollup } from "./rollup";

export interface RollupReportOptions {
  /** The district ("UBND THỊ XÃ BỈM SƠN"). */
  unit?: string;
  /** Body above it ("UBND TỈNH THANH HÓA"). */
  parentBody?: string;
  /** "Kính gửi". */
  recipient?: string;
  /** Place of the date line ("Bỉm Sơn"). */
  place?: string;
  date?: IsoDate | null;
  /** Year printed when there is no date and no period. */
  year?: number;
}

/** Names of the tables the markup refers to. */
export const ROLLUP_TABLES = {
  byField: "bangTongHop06a",
  byUnit: "bangTheoDonVi",
  evaluation: "bangDanhGiaDonVi",
} as const;

const countCells = (c: CountRecord): string[] => COUNT_KEYS.map((k) => fmtNumber(c[k]));
const ALIGN_06A: CellAlign[] = [
  "center",
  "left",
  ...Array.from({ length: 11 }, () => "center" as const),
];
const WIDTHS_06A = [4, 26, ...Array.from({ length: 11 }, () => 6)];

function periodTitle(r: Rollup): string[] {
  return r.period ? [TABLE_06A.period(fmtDateShort(r.period.from), fmtDateShort(r.period.to))] : [];
}

function tableByField(r: Rollup, annex: string): TableSpec {
  const had = r.fields.filter((f) => COUNT_KEYS.some((k) => f.counts[k] !== 0));
  const rows = had.map((f, i) => ({ cells: [String(i + 1), f.name, ...countCells(f.counts)] }));
  rows.push({ cells: ["", TABLE_06A.totalRow, ...countCells(r.total)], bold: true } as {
    cells: string[];
    bold?: boolean;
  });
  const note: string[] = [TABLE_06A.unitOfCount];
  if (had.length < r.fields.length) note.push(ROLLUP_REPORT.noteFiltered);
  return {
    title: [annex, ROLLUP_REPORT.table06aTitle, ...periodTitle(r)],
    header: header06a(TABLE_06A.field),
    rows,
    widths: WIDTHS_06A,
    align: ALIGN_06A,
    note,
  };
}

function tableByUnit(r: Rollup): TableSpec {
  const rows: { cells: string[]; bold?: boolean }[] = r.byUnit.map((u, i) => ({
    cells: [String(i + 1), u.unit, ...countCells(u.counts)],
  }));
  rows.push({ cells: ["", TABLE_06A.totalRow, ...countCells(r.total)], bold: true });
  return {
    title: [ROLLUP_REPORT.tableUnitsTitle, ...periodTitle(r)],
    header: header06a(ROLLUP_LAYOUT.unitHeader),
    rows,
    widths: WIDTHS_06A,
    align: ALIGN_06A,
    note: [TABLE_06A.unitOfCount],
  };
}

const score = (v: number | null): string => (v === null ? "" : fmtScore(v));
const score2 = (v: number | null): string => (v === null ? "" : fmtNumber(v, 2));

function tableEvaluation(r: Rollup, annex: string): TableSpec {
  const rows: { cells: string[]; bold?: boolean }[] = r.evaluation.rows.map((e, i) => ({
    cells: [
      String(i + 1),
      e.unit,
      ...e.scores.map(score),
      score(e.total),
      e.basis === null ? ROLLUP_LAYOUT.noEvaluation : (e.grade ?? ""),
    ],
  }));
  const m = r.evaluation.means;
  rows.push({
    cells: ["", ROLLUP_LAYOUT.meanRow, ...m.scores.map(score2), score2(m.total), m.grade ?? ""],
    bold: true,
  });
  const header: HeaderCell[][] = [
    [
      { text: ROLLUP_LAYOUT.evalStt },
      { text: ROLLUP_LAYOUT.evalUnit },
      ...Array.from({ length: 9 }, (_, i) => ({ text: ROLLUP_LAYOUT.evalIndex(i + 1) })),
      { text: ROLLUP_LAYOUT.evalTotal },
      { text: ROLLUP_LAYOUT.evalGrade },
    ],
  ];
  return {
    title: [annex, ROLLUP_REPORT.tableEvalTitle, ...periodTitle(r)],
    header,
    rows,
    widths: [4, 24, ...Array.from({ length: 9 }, () => 6), 7, 10],
    align: ["center", "left", ...Array.from({ length: 11 }, () => "center" as const)],
    note: [ROLLUP_LAYOUT.evalNote],
  };
}

const e = escapeMarkup;

/** The body markup. */
export function rollupMarkup(r: Rollup): string {
  const t = r.total;
  const periodWords = r.period
    ? ROLLUP_REPORT.periodWords(fmtDateShort(r.period.from), fmtDateShort(r.period.to))
    : "";
  const out: string[] = [];
  out.push(e(ROLLUP_REPORT.opening(r.units.length, periodWords)));
  out.push(ROLLUP_REPORT.sectionResults);
  out.push("- " + e(ROLLUP_REPORT.received(t.received, t.online, t.direct, t.carriedOver)));
  const share = t.resolved > 0 ? fmtPercent(((t.early + t.onTime) / t.resolved) * 100) : "";
  out.push("- " + e(ROLLUP_REPORT.resolved(t.resolved, t.early, t.onTime, t.late, share)));
  out.push("- " + e(ROLLUP_REPORT.pending(t.pending, t.withinTime, t.overdue)));
  const had = r.fields.filter((f) => f.counts.received > 0).length;
  out.push(e(ROLLUP_REPORT.fieldsWithDossiers(had, r.fields.length)));

  out.push(ROLLUP_REPORT.sectionEvaluation);
  const m = r.evaluation.means;
  if (m.units === 0 || m.total === null) out.push(e(ROLLUP_REPORT.noEvaluation));
  else {
    out.push(e(ROLLUP_REPORT.evaluationMean(m.units, fmtNumber(m.total, 2), m.grade)));
    const counts = new Map<string, number>();
    for (const row of r.evaluation.rows)
      if (row.grade) counts.set(row.grade, (counts.get(row.grade) ?? 0) + 1);
    const known = DEFAULT_THRESHOLDS.map((x) => x.grade);
    const order = [
      ...known.filter((g) => counts.has(g)),
      ...[...counts.keys()].filter((g) => !known.includes(g)),
    ];
    if (order.length)
      out.push(
        e(
          ROLLUP_REPORT.gradeCounts(
            order.map((g) => `${g} ${fmtNumber(counts.get(g) as number)}`).join(", ")
          )
        )
      );
  }

  out.push(ROLLUP_REPORT.sectionProblems);
  const lines: string[] = [];
  for (const c of r.checks) if (c.errors > 0) lines.push(`${c.unit} (tệp "${c.file}"): ${c.text}`);
  for (const n of r.notes) lines.push(n.message);
  if (lines.length === 0) out.push(e(ROLLUP_REPORT.noProblems));
  for (const l of lines) out.push("- " + e(l));

  out.push("::signature");
  out.push("::section landscape");
  out.push(`::table ${ROLLUP_TABLES.byField}`);
  out.push(`::table ${ROLLUP_TABLES.byUnit}`);
  out.push("::pagebreak");
  out.push(`::table ${ROLLUP_TABLES.evaluation}`);
  return out.join("\n");
}

/** Everything renderDocx needs for the district's summary. */
export function rollupRenderInput(r: Rollup, o: RollupReportOptions = {}): RenderInput {
  const periodWords = r.period
    ? ROLLUP_REPORT.periodWords(fmtDateShort(r.period.from), fmtDateShort(r.period.to))
    : "";
  return {
    header: {
      ...(o.parentBody ? { parentBody: o.parentBody } : {}),
      unit: o.unit ?? ROLLUP_LAYOUT.blankUnit,
      number: ROLLUP_REPORT.number,
      place: o.place ?? "……",
      date: o.date ? { ...o.date } : null,
      year: o.date?.y ?? r.period?.to.y ?? o.year ?? new Date().getFullYear(),
      title: ROLLUP_REPORT.title,
      subject: ROLLUP_REPORT.subject(periodWords),
      recipients: o.recipient ? [o.recipient] : [],
      noiNhan: [...ROLLUP_REPORT.noiNhan],
      signature: { ...ROLLUP_REPORT.signature },
    },
    markup: rollupMarkup(r),
    tables: {
      [ROLLUP_TABLES.byField]: tableByField(r, ROLLUP_REPORT.annex06a),
      [ROLLUP_TABLES.byUnit]: tableByUnit(r),
      [ROLLUP_TABLES.evaluation]: tableEvaluation(r, ROLLUP_REPORT.annexEval),
    },
  };
}
