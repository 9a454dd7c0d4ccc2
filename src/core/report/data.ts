// ReportData: every figure and text the narrative report prints, computed once from Biểu 06a,
// the evaluation and the "Thuyết minh" sheet. Templates only format what is here; no figure
// of the report is typed twice (SPEC: the workbook is the single source).
import {
  BLANK,
  BLANK_NAMES,
  DEFAULT_NOI_NHAN,
  DEFAULT_SIGNER_TITLE,
  INDEX_NAMES,
  REPORT_MSG,
  REPORT_TITLE,
  REPORT_TITLE_PROSE,
  reportSubject,
  TEXT_SHEET_NAME,
  SATISFACTION_LABELS,
} from "../messages/report";
import { fmtDateShort, IsoDate, roundHalfUp } from "../text/numbers";
import { foldAscii } from "../text/normalize";
import {
  capitalize,
  parseIso,
  parsePeriodText,
  PeriodKind,
  periodLabel,
  PeriodLabel,
  proseLabel,
  samePeriod,
} from "./period";
import type { SatisfactionShares, ScoreIndex, ScoreResult } from "../evaluation/analyze";
import { emptySections, FigureKey, SectionTexts, TextFigures, TextSheetData } from "./types";
import type { DocHeader } from "./document";
import { chooseRegime } from "../regime";
import type { Citation, RegimeChoice, RegimeId, RegimeSource } from "../regime";
import type { Art33Received, Art33Result } from "../evaluation/art33";
import { fmtDateLong } from "../text/numbers";

// ---- Inputs ---------------------------------------------------------------------------

/** One row of Biểu 06a; the column numbers of the form in comments. */
export interface Row06a {
  stt: string; // (1)
  name: string; // (2)
  received: number; // (3) = (4)+(5)+(6)
  online: number; // (4)
  direct: number; // (5)
  carriedOver: number; // (6)
  resolved: number; // (7) = (8)+(9)+(10)
  early: number; // (8)
  onTime: number; // (9)
  late: number; // (10)
  pending: number; // (11) = (12)+(13)
  withinTime: number; // (12)
  overdue: number; // (13)
}

/** Biểu 06a as the report needs it (the 06a engine's result, adapted by the caller). */
export interface Summary06a {
  sheet: string;
  /** Unit from the title block, e.g. "UBND PHƯỜNG PHÚ SƠN". */
  unit: string | null;
  /** Period from the title block, ISO dates. */
  period: { from: string; to: string } | null;
  /** Data rows in the form's order (the total row not included). */
  rows: Row06a[];
  total: Row06a;
  /** Column (2) names units ("Đơn vị", "UBND phường …"), not fields. */
  rowsAreUnits?: boolean;
  /** Where the total row's (4) "trực tuyến" is, e.g. "Biểu 06a!F40" (for warnings that name the cell). */
  onlineCell?: string;
}

export type { ScoreIndex, ScoreResult };

/** Keys of the five satisfaction levels, lowest first. */
export type SatisfactionKey = keyof SatisfactionShares;

export interface ReportInput {
  form06a: Summary06a | null;
  score: ScoreResult | null;
  text: TextSheetData | null;
  /** Labels the text sheet left empty (readTextSheet's `missing`). */
  textMissing: string[];
  /** Where the text sheet's figures are (readTextSheet's `figureCells`). */
  textCells?: Partial<Record<FigureKey, string>>;
  /** The regime chosen for the workbook (workbook.ts regimeOf); default: by the 06a period. */
  regime?: RegimeChoice;
  /** The Điều 33.1 table under NĐ 118/2025, when the workbook has one. */
  art33?: Art33Result | null;
}

/** A citation for the text: in full the first time (NĐ 30/2020), short afterwards. */
export interface ReportCitation {
  /** "Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về …" */
  first: string;
  /** "Nghị định số 118/2025/NĐ-CP" */
  short: string;
}

export interface ReportRegime {
  id: RegimeId;
  name: string;
  source: RegimeSource;
  straddles: boolean;
  oneStop: ReportCitation;
  guidance: ReportCitation;
  form06a: ReportCitation;
  /** The commune's receiving body: "Trung tâm Phục vụ hành chính công phường Hạc Thành". */
  centre: string;
  /** Under nd118, a nine-index sheet is the province's own method, not the decree's. */
  indicesMethod: "decree" | "province";
}

export interface ReportArt33Row {
  key: string;
  name: string;
  total: number | null;
  /** Per level, in the sheet's order: count and share (percent). */
  levels: { label: string; count: number | null; share: number | null }[];
}

export interface ReportArt33 {
  levels: string[];
  received: Art33Received;
  contents: ReportArt33Row[];
  /** Điều 32.1 figures as typed (never computed), null when absent. */
  criteria: { rows: { key: string; name: string; value: string }[]; total: string | null } | null;
}

// ---- ReportData -----------------------------------------------------------------------

/** Shares in percent with one decimal; null when the denominator is 0. */
export interface Shares06a {
  /** (8)/(7) */
  early: number | null;
  /** (9)/(7) */
  onTime: number | null;
  /** (10)/(7) */
  late: number | null;
  /** ((8)+(9))/(7) */
  onTimeOrEarly: number | null;
  /** (4)/((4)+(5)): online share of the new dossiers. */
  online: number | null;
  /** (13)/(11) */
  overdue: number | null;
}

export interface ReportRow06a extends Row06a {
  /** The field without a leading "Lĩnh vực": "Chứng thực". */
  field: string;
  /** Dossiers received in the period, (4)+(5): the ones that "phát sinh" (carried-over ones do not). */
  fresh: number;
  shares: Shares06a;
}

export interface Report06a {
  sheet: string;
  unit: string | null;
  /** ISO dates of the form's period. */
  from: string | null;
  to: string | null;
  total: ReportRow06a;
  /** Every data row, in the form's order. */
  rows: ReportRow06a[];
  /** The rows that had dossiers (received > 0), in the form's order. */
  fields: ReportRow06a[];
  /** The rows are units, not fields: the report speaks of "đơn vị". */
  rowsAreUnits?: boolean;
}

export interface ReportIndex {
  no: number;
  name: string;
  max: number;
  self: number | null;
  appraised: number | null;
  /** The score the narrative prints: the self-score, else the appraised one. */
  score: number | null;
}

export interface SatisfactionLevel {
  key: SatisfactionKey;
  label: string;
  share: number | null;
}

export interface ReportEvaluation {
  indices: ReportIndex[];
  total: { max: number; self: number | null; appraised: number | null; score: number | null };
  grade: string | null;
  gradeBasis: "appraised" | "self";
  ballots: number | null;
  satisfaction: Record<SatisfactionKey, number | null>;
  /** The five levels, lowest first, with labels. */
  levels: SatisfactionLevel[];
  /** True when some level has a share above 0 (ballots on satisfaction were counted). */
  hasSatisfaction: boolean;
  index1Estimate: number | null;
}

export interface ReportFigures extends TextFigures {
  /** dvcLevel3 + dvcLevel4 when both are known. */
  dvcTotal: number | null;
  /** dvcDossiersLevel3 + dvcDossiersLevel4 when both are known. */
  dvcDossiersTotal: number | null;
}

/** Header fields of the document (the renderer's DocHeader, ./document.ts). */
export type ReportHeader = DocHeader;

export interface ReportUnit {
  /** For prose: "UBND phường Phú Sơn" ("…" when unknown). */
  name: string;
  /** For the header: "UBND PHƯỜNG PHÚ SƠN". */
  upper: string;
  /** Short form for prose: "UBND phường" (the name when no kind word is found). */
  short: string;
  /** "phường", "xã", "thị trấn"…, or null. */
  kind: string | null;
}

export interface ReportPeriod {
  /** ISO dates (from Biểu 06a), null when unknown. */
  from: string | null;
  to: string | null;
  /** For prose: "quý I năm 2024" ("…" when unknown). */
  label: string;
  /** At a sentence start: "Quý I năm 2024". */
  labelCap: string;
  kind: PeriodKind | null;
  year: number | null;
  /** End date "14/03/2024" (the date the figures run to), null when unknown. */
  asOf: string | null;
}

export interface ReportData {
  header: ReportHeader;
  unit: ReportUnit;
  period: ReportPeriod;
  /** The recipients for prose: "UBND thị xã Bỉm Sơn" (several joined with ", "). */
  recipientsText: string;
  form06a: Report06a | null;
  evaluation: ReportEvaluation | null;
  figures: ReportFigures;
  /** The clerk's texts per outline section, "" when empty (opening and closing included). */
  sections: SectionTexts;
  /** True when the workbook had a text sheet. */
  hasTextSheet: boolean;
  /** The dotted blank printed for a missing value. */
  blank: string;
  /**
   * Numbers of the annexes ("I", "II"), "" when the report has only one annex (Nghị định
   * 30/2020/NĐ-CP, Phụ lục I, mục II.12: Roman numerals from two annexes on), null when absent.
   */
  annex: { form06a: string | null; evaluation: string | null };
  /** Late or overdue dossiers in Biểu 06a: their counts and what the clerk wrote about them. */
  late: { any: boolean; resolvedLate: number; overdue: number; causes: string; apologies: string };
  /** The legal regime and what it names (src/core/regime). */
  regime: ReportRegime;
  /** The Điều 33.1 evaluation (nd118), null when the workbook has none. */
  art33: ReportArt33 | null;
}

function citationOf(c: Citation): ReportCitation {
  const d = parseIso(c.date);
  const when = d ? " " + fmtDateLong(d, true) : "";
  return { first: `${c.title}${when} của ${c.issuer} ${c.subject}`, short: c.title };
}

function art33Of(a: Art33Result): ReportArt33 {
  return {
    levels: [...a.levels],
    received: { ...a.received },
    contents: a.contents.map((c) => ({
      key: c.key,
      name: c.name,
      total: c.total,
      levels: a.levels.map((label, i) => ({ label, count: c.counts[i], share: c.shares[i] })),
    })),
    criteria: a.criteria
      ? { rows: a.criteria.rows.map((r) => ({ ...r })), total: a.criteria.total }
      : null,
  };
}

// ---- Helpers --------------------------------------------------------------------------

/** Percent of n over d with one decimal, null when d is 0. */
export function share(n: number, d: number): number | null {
  return d > 0 ? roundHalfUp((n * 100) / d, 1) : null;
}

/**
 * Shares in percent with `digits` decimals that add up to exactly 100 (largest remainder:
 * each share rounded down, then the units left go to the largest remainders). Null each when
 * the total is 0.
 */
export function sharesTo100(counts: number[], digits = 1): (number | null)[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return counts.map(() => null);
  const unit = 10 ** digits;
  const exact = counts.map((c) => (c * 100 * unit) / total);
  const floor = exact.map((x) => Math.floor(x + 1e-9));
  let left = 100 * unit - floor.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rem: x - floor[i] }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const o of order) {
    if (left <= 0) break;
    floor[o.i] += 1;
    left -= 1;
  }
  return floor.map((x) => x / unit);
}

export function shares06a(r: Row06a): Shares06a {
  // (7) = (8)+(9)+(10): the three shares add up to 100; a form that does not add up (the
  // checks report it) gets each share of (7) as it is.
  const parts = [r.early, r.onTime, r.late];
  const [early, onTime, late] =
    r.early + r.onTime + r.late === r.resolved
      ? sharesTo100(parts)
      : parts.map((n) => share(n, r.resolved));
  return {
    early,
    onTime,
    late,
    onTimeOrEarly: early !== null && onTime !== null ? roundHalfUp(early + onTime, 1) : null,
    online: share(r.online, r.online + r.direct),
    overdue: share(r.overdue, r.pending),
  };
}

/** "Lĩnh vực Chứng thực" → "Chứng thực"; "Lĩnh Vực phòng chống thiên tai" → "Phòng chống thiên tai". */
export function fieldName(name: string): string {
  const s = name.normalize("NFC").replace(/\s+/g, " ").trim();
  const rest = s.replace(/^l[ĩi]nh\s+v[ựu]c\s*[:.\-–]?\s*/iu, "");
  return rest ? capitalize(rest) : s;
}

const ACRONYMS = new Set(["ubnd", "hđnd", "mttq", "tthc", "ub"]);
const KIND_2 = ["thị trấn", "thị xã", "thành phố"];
const KIND_1 = ["phường", "xã", "huyện", "quận", "tỉnh"];

/**
 * A unit's name for prose. Text with lower-case letters is kept as written; an all-capitals
 * name is turned into sentence form: "UBND PHƯỜNG PHÚ SƠN" → "UBND phường Phú Sơn".
 */
export function unitProse(name: string): string {
  const s = name.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!s || /\p{Ll}/u.test(s)) return s;
  return analyseUnit(s).prose;
}

interface UnitParts {
  prose: string;
  prefix: string;
  kind: string | null;
  place: string;
}

function analyseUnit(s: string): UnitParts {
  const words = s.split(" ");
  const lower = words.map((w) => w.toLocaleLowerCase("vi"));
  const caps = !/\p{Ll}/u.test(s);
  const out: string[] = [];
  const prefix: string[] = [];
  let kind: string | null = null;
  const place: string[] = [];
  let i = 0;
  // Prefix: acronyms and "Ủy ban nhân dân".
  while (i < words.length) {
    if (ACRONYMS.has(lower[i])) {
      out.push(words[i].toLocaleUpperCase("vi"));
      prefix.push(out[out.length - 1]);
      i++;
    } else if (
      lower
        .slice(i, i + 4)
        .join(" ")
        .replace("uỷ", "ủy") === "ủy ban nhân dân"
    ) {
      const w = caps ? "Ủy ban nhân dân" : words.slice(i, i + 4).join(" ");
      out.push(w);
      prefix.push(w);
      i += 4;
    } else break;
  }
  const two = lower.slice(i, i + 2).join(" ");
  if (KIND_2.includes(two)) {
    kind = two;
    out.push(caps ? two : words.slice(i, i + 2).join(" "));
    i += 2;
  } else if (i < words.length && KIND_1.includes(lower[i])) {
    kind = lower[i];
    out.push(caps ? lower[i] : words[i]);
    i++;
  }
  for (; i < words.length; i++) {
    const w = caps ? capitalize(lower[i]) : words[i];
    out.push(w);
    place.push(w);
  }
  const prefixText = prefix.join(" ");
  return { prose: out.join(" "), prefix: prefixText, kind, place: place.join(" ") };
}

function unitInfo(name: string): ReportUnit & { place: string } {
  if (!name) return { name: BLANK, upper: BLANK, short: BLANK, kind: null, place: "" };
  const prose = unitProse(name);
  const parts = analyseUnit(prose);
  const short = parts.kind ? [parts.prefix, parts.kind].filter(Boolean).join(" ") : prose;
  return {
    name: prose,
    upper: prose.toLocaleUpperCase("vi"),
    short,
    kind: parts.kind,
    place: parts.place,
  };
}

/**
 * The issuing body as the header prints it, in full capitals (Nghị định 30/2020/NĐ-CP, Phụ
 * lục I, mục II.3: only the parent body may be abbreviated): "UBND phường Phú Sơn" →
 * "ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ SƠN", the line broken before the kind of unit.
 */
export function issuingBody(name: string): string {
  const prose = unitProse(name);
  if (!prose) return "";
  const parts = analyseUnit(prose);
  const prefix = parts.prefix
    .replace(/\bUBND\b/g, "Ủy ban nhân dân")
    .replace(/\bHĐND\b/g, "Hội đồng nhân dân");
  const rest = [parts.kind, parts.place].filter(Boolean).join(" ");
  const full = prefix && rest ? `${prefix}\n${rest}` : prefix || rest || prose;
  return full.toLocaleUpperCase("vi");
}

/** The unit in full for prose and document properties: "Ủy ban nhân dân phường Phú Sơn". */
export function unitFull(name: string): string {
  const prose = unitProse(name);
  return prose.replace(/\bUBND\b/g, "Ủy ban nhân dân").replace(/\bHĐND\b/g, "Hội đồng nhân dân");
}

/** Default authority line by the signer's title (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.8). */
export function defaultAuthority(title: string): string {
  const t = title.normalize("NFC").toLocaleUpperCase("vi").replace(/\s+/g, " ").trim();
  if (t.startsWith("PHÓ ")) return "KT. " + t.slice(4);
  return "TM. ỦY BAN NHÂN DÂN";
}

/** Unit names compared: no diacritics, case, spacing; "Ủy ban nhân dân" = "UBND". */
function unitKey(s: string): string {
  return foldAscii(s)
    .replace(/\buy ban nhan dan\b/g, "ubnd")
    .replace(/[^a-z0-9 ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The line under an annex's title: "(Kèm theo Báo cáo số 15/BC-UBND ngày 15/03/2024 của Ủy ban
 * nhân dân phường Phú Sơn)" (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.12); blanks where the
 * number or the date is not yet given.
 */
function annexNote(
  numberLine: string,
  date: IsoDate | null,
  year: number | null,
  unit: string
): string {
  const no = numberLine.replace(/^Số:\s?/, "");
  const when = date ? fmtDateShort(date) : `      /      /${year ?? BLANK}`;
  return `(Kèm theo ${REPORT_TITLE_PROSE} số ${no} ngày ${when} của ${unit})`;
}

function docNumber(n: string): string {
  let s = n
    .normalize("NFC")
    .trim()
    .replace(/^số\s*:?\s*/iu, "");
  // Not yet registered: room for the registry to write the number in (no dotted blank).
  if (!s) return "Số:      /BC-UBND";
  if (!s.includes("/")) s = `${s}/BC-UBND`;
  // A number not yet given ("/BC-UBND") leaves room for the registry to write it in.
  return s.startsWith("/") ? `Số:      ${s}` : `Số: ${s}`;
}

const SAT_KEYS: SatisfactionKey[] = [
  "veryDissatisfied",
  "dissatisfied",
  "neutral",
  "satisfied",
  "verySatisfied",
];

/**
 * Satisfaction shares in percent. Shares that already sum to 100 (±0.5) are kept; shares
 * given as fractions (sum 1) or as ballot counts (sum = ballots) are converted.
 */
function satisfactionShares(s: ScoreResult): {
  shares: Record<SatisfactionKey, number | null>;
  ok: boolean;
} {
  const raw = SAT_KEYS.map((k) => s.satisfaction?.[k] ?? null);
  const known = raw.filter((x): x is number => typeof x === "number" && Number.isFinite(x));
  const shares = {} as Record<SatisfactionKey, number | null>;
  if (known.length === 0) {
    for (const k of SAT_KEYS) shares[k] = null;
    return { shares, ok: true };
  }
  const sum = known.reduce((a, b) => a + b, 0);
  let scale: number | null = null;
  if (Math.abs(sum - 100) <= 0.5) scale = 1;
  else if (Math.abs(sum - 1) <= 0.005) scale = 100;
  else if (s.ballots && Math.abs(sum - s.ballots) < 1e-9) scale = 100 / s.ballots;
  // Five shares read in full add up to 100 (largest remainder); otherwise each is printed as read.
  const fitted =
    scale !== null && known.length === SAT_KEYS.length ? sharesTo100(raw as number[]) : null;
  SAT_KEYS.forEach((k, i) => {
    const v = raw[i];
    shares[k] = fitted
      ? fitted[i]
      : typeof v === "number" && Number.isFinite(v)
        ? roundHalfUp(v * (scale ?? 1), 1)
        : null;
  });
  return { shares, ok: scale !== null };
}

function evaluation(s: ScoreResult): { ev: ReportEvaluation; ok: boolean } {
  const byNo = new Map<number, ScoreIndex>();
  for (const ix of s.indices ?? []) if (!byNo.has(ix.no)) byNo.set(ix.no, ix);
  const indices: ReportIndex[] = [];
  for (let no = 1; no <= 9; no++) {
    const ix = byNo.get(no);
    const self = ix?.self ?? null;
    const appraised = ix?.appraised ?? null;
    indices.push({
      no,
      name: ix?.name?.trim() ? ix.name.normalize("NFC").trim() : INDEX_NAMES[no - 1],
      max: ix?.max ?? 2,
      self,
      appraised,
      score: self ?? appraised,
    });
  }
  const sumOf = (pick: (i: ReportIndex) => number | null): number | null => {
    const v = indices.map(pick);
    return v.every((x) => x !== null)
      ? roundHalfUp(
          (v as number[]).reduce((a, b) => a + b, 0),
          1
        )
      : null;
  };
  const self = s.total?.self ?? sumOf((i) => i.self);
  const appraised = s.total?.appraised ?? sumOf((i) => i.appraised);
  const max = s.total?.max ?? indices.reduce((a, i) => a + i.max, 0);
  const sat = satisfactionShares(s);
  return {
    ev: {
      indices,
      total: { max, self, appraised, score: self ?? appraised },
      grade: s.grade ?? null,
      gradeBasis: s.gradeBasis ?? "self",
      ballots: s.ballots ?? null,
      satisfaction: sat.shares,
      levels: SAT_KEYS.map((key) => ({
        key,
        label: SATISFACTION_LABELS[key],
        share: sat.shares[key],
      })),
      hasSatisfaction: SAT_KEYS.some((k) => (sat.shares[k] ?? 0) > 0),
      index1Estimate: s.index1Estimate ?? null,
    },
    ok: sat.ok,
  };
}

function row06a(r: Row06a): ReportRow06a {
  return {
    ...r,
    name: r.name.normalize("NFC").trim(),
    field: fieldName(r.name),
    fresh: r.online + r.direct,
    shares: shares06a(r),
  };
}

function sumOrNull(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

// ---- Build ----------------------------------------------------------------------------

/**
 * Builds the report's data. Missing parts never stop the report: a missing text sheet gives
 * default wording and dotted blanks, a missing 06a or evaluation leaves its section and
 * table out; each such gap is named in a Vietnamese warning.
 */
export function buildReportData(input: ReportInput): { data: ReportData; warnings: string[] } {
  const { form06a, score } = input;
  const text = input.text;
  const warnings: string[] = [];
  const blanks: string[] = [];

  // Unit.
  const sheetUnit = text?.unit.trim() ?? "";
  const formUnit = form06a?.unit?.trim() ?? "";
  const unit = unitInfo(sheetUnit || formUnit);
  if (!sheetUnit && !formUnit) blanks.push(BLANK_NAMES.unit);
  if (sheetUnit && formUnit && unitKey(unitProse(sheetUnit)) !== unitKey(unitProse(formUnit))) {
    warnings.push(REPORT_MSG.unitMismatch(sheetUnit, formUnit));
  }

  // Period.
  const from = parseIso(form06a?.period?.from);
  const to = parseIso(form06a?.period?.to);
  const formPeriod: PeriodLabel | null = to ? periodLabel(from, to) : null;
  const sheetPeriodText = text?.period.trim() ?? "";
  const sheetPeriod = sheetPeriodText ? parsePeriodText(sheetPeriodText) : null;
  let label: string;
  let kind: PeriodKind | null = null;
  let year: number | null = null;
  if (sheetPeriodText) {
    label = sheetPeriod ? sheetPeriod.label : proseLabel(sheetPeriodText);
    kind = sheetPeriod?.kind ?? formPeriod?.kind ?? null;
    year = sheetPeriod?.year ?? formPeriod?.year ?? null;
    if (sheetPeriod && formPeriod && !samePeriod(sheetPeriod, formPeriod)) {
      warnings.push(REPORT_MSG.periodMismatch(sheetPeriod.label, formPeriod.label));
    }
  } else if (formPeriod) {
    label = formPeriod.label;
    kind = formPeriod.kind;
    year = formPeriod.year;
  } else {
    label = BLANK;
    blanks.push(BLANK_NAMES.period);
    warnings.push(REPORT_MSG.noPeriod);
  }
  const period: ReportPeriod = {
    from: form06a?.period?.from ?? null,
    to: form06a?.period?.to ?? null,
    label,
    labelCap: capitalize(label),
    kind,
    year,
    asOf: to ? fmtDateShort(to) : null,
  };

  // Header.
  const parent = text?.parentBody.trim() ?? "";
  if (!parent) blanks.push(BLANK_NAMES.parentBody);
  const parentProse = parent ? unitProse(parent) : "";
  const choice =
    input.regime ??
    chooseRegime({
      from: form06a?.period?.from ?? null,
      to: form06a?.period?.to ?? null,
      sheetValue: text?.regime ?? null,
    });
  const regime = choice.regime;
  let recipients = text?.recipients.filter((r) => r.trim() !== "") ?? [];
  if (recipients.length === 0) {
    recipients = parentProse ? regime.addressee.recipients(parentProse) : [BLANK];
    if (!parentProse) blanks.push(BLANK_NAMES.recipients);
  }
  const place = text?.place.trim() || unit.place || BLANK;
  if (place === BLANK) blanks.push(BLANK_NAMES.place);
  const date: IsoDate | null = text?.date ?? null;
  if (!date) blanks.push(BLANK_NAMES.date);
  if (!text?.number.trim()) blanks.push(BLANK_NAMES.number);
  const signerTitle = text?.signerTitle.trim() || DEFAULT_SIGNER_TITLE;
  const signerName = text?.signerName.trim() || BLANK;
  if (!text?.signerTitle.trim()) blanks.push(BLANK_NAMES.signerTitle);
  if (signerName === BLANK) blanks.push(BLANK_NAMES.signerName);
  const noiNhan = text && text.noiNhan.length ? text.noiNhan : [...DEFAULT_NOI_NHAN];
  if (!text || text.noiNhan.length === 0) blanks.push(BLANK_NAMES.noiNhan);
  // The authority line is always printed: as written, else by the signer's title.
  const authority = text?.signerAuthority.trim() || defaultAuthority(signerTitle);
  const unitName = sheetUnit || formUnit;
  const number = docNumber(text?.number ?? "");
  const header: ReportHeader = {
    ...(parent ? { parentBody: parentProse.toLocaleUpperCase("vi") } : {}),
    unit: unitName ? issuingBody(unitName) : BLANK,
    ...(unitName ? { author: unitFull(unitName) } : {}),
    annexNote: annexNote(
      number,
      date,
      date?.y ?? year ?? to?.y ?? null,
      unitName ? unitFull(unitName) : BLANK
    ),
    number,
    place,
    date: date ? { y: date.y, m: date.m, d: date.d } : null,
    year: date?.y ?? year ?? to?.y ?? new Date().getFullYear(),
    title: REPORT_TITLE,
    subject: reportSubject(label),
    recipients,
    noiNhan,
    signature: {
      authority: authority.toLocaleUpperCase("vi"),
      title: signerTitle.toLocaleUpperCase("vi"),
      name: signerName,
    },
  };

  // Biểu 06a.
  let r06a: Report06a | null = null;
  if (form06a) {
    const rows = form06a.rows.map(row06a);
    r06a = {
      sheet: form06a.sheet,
      unit: form06a.unit,
      from: form06a.period?.from ?? null,
      to: form06a.period?.to ?? null,
      total: { ...row06a(form06a.total), field: "Tổng cộng" },
      rows,
      fields: rows.filter((r) => r.received > 0),
      ...(form06a.rowsAreUnits ? { rowsAreUnits: true } : {}),
    };
  } else warnings.push(REPORT_MSG.no06a);

  // Evaluation.
  let ev: ReportEvaluation | null = null;
  if (score) {
    const e = evaluation(score);
    ev = e.ev;
    if (!e.ok) warnings.push(REPORT_MSG.satisfactionUnreadable);
  } else if (!input.art33) warnings.push(REPORT_MSG.noScore);

  // Text-sheet figures.
  const tf = text?.figures;
  const figures: ReportFigures = {
    published: tf?.published ?? null,
    toReview: tf?.toReview ?? null,
    reviewed: tf?.reviewed ?? null,
    reviewTimeCut: tf?.reviewTimeCut ?? "",
    reviewCompletion: tf?.reviewCompletion ?? null,
    feedback: tf?.feedback ?? null,
    dvcLevel3: tf?.dvcLevel3 ?? null,
    dvcLevel4: tf?.dvcLevel4 ?? null,
    dvcDossiersLevel3: tf?.dvcDossiersLevel3 ?? null,
    dvcDossiersLevel4: tf?.dvcDossiersLevel4 ?? null,
    eCopies: tf?.eCopies ?? null,
    dvcTotal: sumOrNull(tf?.dvcLevel3 ?? null, tf?.dvcLevel4 ?? null),
    dvcDossiersTotal: sumOrNull(tf?.dvcDossiersLevel3 ?? null, tf?.dvcDossiersLevel4 ?? null),
  };
  // Online dossiers are held twice: Biểu 06a (4) and the text sheet's level 3 + level 4. The
  // form is the source; a text sheet that disagrees is named with both cells, and its split by
  // level (which no longer adds up) is not printed.
  if (r06a) {
    const fromForm = r06a.total.online;
    const textSum = figures.dvcDossiersTotal;
    const anyText = figures.dvcDossiersLevel3 !== null || figures.dvcDossiersLevel4 !== null;
    if (anyText && textSum !== fromForm) {
      const cells = input.textCells ?? {};
      const textCell =
        [cells.dvcDossiersLevel3, cells.dvcDossiersLevel4].filter(Boolean).join(", ") ||
        `"${TEXT_SHEET_NAME}"`;
      const shown = textSum ?? (figures.dvcDossiersLevel3 ?? 0) + (figures.dvcDossiersLevel4 ?? 0);
      warnings.push(
        REPORT_MSG.figureTwice(
          REPORT_MSG.onlineDossiers,
          form06a?.onlineCell ?? `${r06a.sheet}, cột (4) dòng Tổng cộng`,
          String(fromForm),
          textCell,
          String(shown)
        )
      );
      figures.dvcDossiersLevel3 = null;
      figures.dvcDossiersLevel4 = null;
    }
    figures.dvcDossiersTotal = fromForm;
  }

  const sections = text ? { ...emptySections(), ...text.sections } : emptySections();

  // A district named under a two-level regime is the finding regime/district (workbook.ts regimeOf).
  const centreName =
    text?.serviceCentre?.trim() || regime.bodies.receivingBody(unit.kind, unit.place);
  const reportRegime: ReportRegime = {
    id: regime.id,
    name: regime.name,
    source: choice.source,
    straddles: choice.straddles,
    oneStop: citationOf(regime.citations.oneStop),
    guidance: citationOf(regime.citations.guidance),
    form06a: citationOf(regime.citations.form06a),
    centre: centreName,
    indicesMethod: regime.evaluation.model === "nine-indices" ? "decree" : "province",
  };

  if (!text) {
    blanks.push(BLANK_NAMES.figures, BLANK_NAMES.sections);
    warnings.unshift(REPORT_MSG.noTextSheet(blanks));
  } else if (input.textMissing.length > 0) {
    warnings.unshift(REPORT_MSG.textMissing(input.textMissing));
  }
  if (!sheetUnit && !formUnit) warnings.push(REPORT_MSG.noUnit);

  // Late and overdue dossiers: the causes and the apology letters, or a note of what is missing.
  const lateCount = r06a?.total.late ?? 0;
  const overdueCount = r06a?.total.overdue ?? 0;
  const late = {
    any: lateCount + overdueCount > 0,
    resolvedLate: lateCount,
    overdue: overdueCount,
    causes: sections.i6late.trim(),
    apologies: sections.i6apology.trim(),
  };
  if (late.any && (!late.causes || !late.apologies))
    warnings.push(REPORT_MSG.lateUnexplained(lateCount, overdueCount));

  // The evaluation's annex: the nine indices under NĐ 61/2018, the Điều 33.1 table under NĐ 118/2025.
  const evalAnnex = reportRegime.indicesMethod === "province" ? !!input.art33 : !!ev;
  const annexCount = (r06a ? 1 : 0) + (evalAnnex ? 1 : 0);
  const annex = {
    form06a: r06a ? (annexCount > 1 ? "I" : "") : null,
    evaluation: evalAnnex ? (annexCount > 1 ? "II" : "") : null,
  };

  const data: ReportData = {
    header,
    unit: { name: unit.name, upper: unit.upper, short: unit.short, kind: unit.kind },
    period,
    recipientsText: recipients.map((r) => r.replace(/[.;,]+$/, "")).join(", "),
    form06a: r06a,
    evaluation: ev,
    figures,
    sections,
    hasTextSheet: text !== null,
    blank: BLANK,
    annex,
    late,
    regime: reportRegime,
    art33: input.art33 ? art33Of(input.art33) : null,
  };
  return { data, warnings };
}
