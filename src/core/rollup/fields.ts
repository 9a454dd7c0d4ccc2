// Matching fields (lĩnh vực) across units: the comparison key, the district's list of fields
// and the synonyms table a user can extend (a JSON file or a "Từ đồng nghĩa" sheet).
//
// Two names are the same field when their keys are equal. The key is normaliseField() (NFC,
// case, runs of spaces, a leading "Lĩnh vực"), plus two folds that never join different
// fields: punctuation between words ("Phòng, chống" = "Phòng chống", "Dân số - KHHGĐ" =
// "Dân số KHHGĐ") and the old/new placement of the tone mark in "oa", "oe", "uy" at the end
// of a syllable ("hoá" = "hóa", "thuỷ" = "thủy"). Beyond that, a synonym says so.
import { Sheet, WorkbookSnapshot } from "../grid";
import { foldAscii, nfc, normaliseField } from "../text/normalize";
import { ROLLUP_SYNONYMS_SHEET } from "../messages/rollup";

/** Old-style tone placement → new-style, in a syllable without a final consonant. */
const TONE_MOVE: Record<string, string> = {
  oà: "òa",
  oá: "óa",
  oả: "ỏa",
  oã: "õa",
  oạ: "ọa",
  oè: "òe",
  oé: "óe",
  oẻ: "ỏe",
  oẽ: "õe",
  oẹ: "ọe",
  uỳ: "ùy",
  uý: "úy",
  uỷ: "ủy",
  uỹ: "ũy",
  uỵ: "ụy",
};
const TONE_RE = /(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/gu;

/** The key two field names are compared by (see the file comment). */
export function fieldKey(name: string): string {
  return normaliseField(name)
    .replace(/[,.;:()[\]\-–—/\\&+_|"'“”]+/g, " ")
    .replace(TONE_RE, (m) => TONE_MOVE[m] ?? m)
    .replace(/\s+/g, " ")
    .trim();
}

/** A field name as printed: NFC, single spaces, trimmed. */
export function cleanName(name: string): string {
  return nfc(name)
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** canonical name → other names of the same field. */
export type SynonymsTable = Record<string, string[]>;

/**
 * The district's list of fields (the order of its Biểu 06a), from the fields of the sample
 * ward (UBND phường Phú Sơn, quý I/2024: samples/), its repeated "Lâm nghiệp" once.
 */
export const DEFAULT_FIELDS: readonly string[] = [
  "Đường bộ",
  "Giáo dục đào tạo thuộc hệ thống GDQD và các cơ sở khác",
  "Lĩnh vực An toàn đập, hồ chứa thủy điện",
  "Lĩnh vực Bảo hiểm",
  "Lĩnh vực Bảo trợ xã hội",
  "Lĩnh vực Bồi thường nhà nước",
  "Lĩnh vực Chính quyền địa phương",
  "Lĩnh vực Chính sách",
  "Lĩnh vực Chính sách thuế",
  "Lĩnh vực Chứng thực",
  "Lĩnh vực Công tác dân tộc",
  "Lĩnh vực Dân số - Kế hoạch hóa gia đình",
  "Lĩnh vực Đăng ký biện pháp bảo đảm",
  "Lĩnh vực Đất đai",
  "Lĩnh vực Đường thủy nội địa",
  "Lĩnh vực Gia đình",
  "Lĩnh vực Giải quyết khiếu nại",
  "Lĩnh vực Giám định Y khoa",
  "Lĩnh vực Giáo dục và Đào tạo",
  "Lĩnh vực Hộ tịch",
  "Lĩnh vực Hoạt động tín dụng",
  "Lĩnh vực Khen thưởng của Bộ Quốc phòng",
  "Lĩnh vực Kinh tế hợp tác và Phát triển nông thôn",
  "Lĩnh vực Lâm nghiệp",
  "Lĩnh vực Lao động tiền lương",
  "Lĩnh vực Lễ hội",
  "Lĩnh vực Môi trường",
  "Lĩnh vực Người có công",
  "Lĩnh vực Nông nghiệp và Phát triển nông thôn",
  "Lĩnh vực Nông thôn mới",
  "Lĩnh vực Nuôi con nuôi",
  "Lĩnh vực Phổ biến giáo dục pháp luật",
  "Lĩnh vực Phòng, chống thiên tai",
  "Lĩnh vực Phòng, chống tệ nạn xã hội",
  "Lĩnh vực Phòng, chống tham nhũng",
  "Lĩnh vực Tài nguyên nước",
  "Lĩnh vực Thành lập và hoạt động của tổ hợp tác",
  "Lĩnh vực Thể dục thể thao",
  "Lĩnh vực Thi đua khen thưởng",
  "Lĩnh vực Thi đua, khen thưởng Trung ương",
  "Lĩnh vực Thư viện",
  "Lĩnh vực Thủy lợi",
  "Lĩnh vực Tiếp công dân",
  "Lĩnh vực Tôn giáo Chính phủ",
  "Lĩnh vực Trẻ em",
  "Lĩnh vực Trồng trọt",
  "Lĩnh vực Văn hóa",
  "Lĩnh vực Việc làm",
  "Lĩnh vực Xử lý đơn thư",
  "Quảng cáo",
  "Văn bằng, chứng chỉ",
];

/** Names one-stop systems and clerks use for the same field (a small start; users extend it). */
export const DEFAULT_SYNONYMS: Readonly<SynonymsTable> = {
  "Lĩnh vực Giáo dục và Đào tạo": ["Giáo dục đào tạo", "GD&ĐT", "GDĐT"],
  "Lĩnh vực Dân số - Kế hoạch hóa gia đình": [
    "Dân số - KHHGĐ",
    "Dân số - KHHGD",
    "Dân số và KHHGĐ",
    "DS-KHHGĐ",
  ],
  "Lĩnh vực Nông nghiệp và Phát triển nông thôn": ["Nông nghiệp và PTNT", "NN&PTNT"],
  "Lĩnh vực Hộ tịch": ["Tư pháp - Hộ tịch", "Tư pháp hộ tịch"],
  "Lĩnh vực Chứng thực": ["Tư pháp - Chứng thực", "Chứng thực bản sao"],
  "Lĩnh vực Người có công": ["Ưu đãi người có công", "Chính sách người có công"],
  "Lĩnh vực Bảo trợ xã hội": ["BTXH"],
  "Lĩnh vực Thi đua khen thưởng": ["TĐKT"],
  "Lĩnh vực Phổ biến giáo dục pháp luật": ["PBGDPL"],
  "Lĩnh vực Lao động tiền lương": ["Lao động, tiền lương và bảo hiểm xã hội"],
  "Văn bằng, chứng chỉ": ["Văn bằng chứng chỉ giáo dục"],
};

export interface FieldCatalog {
  /** The district list in order: key → printed name. */
  names: Map<string, string>;
  /** Key of a synonym → key of its canonical field. */
  synonyms: Map<string, string>;
  /** The table as given (defaults, then each user table in order), for the district workbook's sheet. */
  table: SynonymsTable;
}

/** The catalog: the default fields and synonyms, extended (and overridden) by each table in turn. */
export function buildCatalog(...extra: SynonymsTable[]): FieldCatalog {
  const names = new Map<string, string>();
  const synonyms = new Map<string, string>();
  const table: SynonymsTable = {};
  const addField = (name: string) => {
    const k = fieldKey(name);
    if (!k) return "";
    if (!names.has(k)) names.set(k, cleanName(name));
    synonyms.delete(k); // a field named in a table is itself, not a synonym of another
    return k;
  };
  for (const f of DEFAULT_FIELDS) addField(f);
  for (const t of [DEFAULT_SYNONYMS, ...extra]) {
    for (const [canonical, others] of Object.entries(t)) {
      const k = addField(canonical);
      if (!k) continue;
      const printed = cleanName(canonical);
      const list = (table[printed] ??= []);
      for (const o of others) {
        const ok = fieldKey(o);
        if (!ok || ok === k) continue;
        synonyms.set(ok, k);
        if (!list.includes(cleanName(o))) list.push(cleanName(o));
      }
    }
  }
  for (const name of names.values()) table[name] ??= [];
  return { names, synonyms, table };
}

/** The key of the district field a unit's field name belongs to (its own key when unknown). */
export function resolveField(catalog: FieldCatalog, name: string): { key: string; known: boolean } {
  const k = fieldKey(name);
  const s = catalog.synonyms.get(k);
  if (s !== undefined) return { key: s, known: true };
  return { key: k, known: catalog.names.has(k) };
}

/** Why a synonyms file cannot be used (Vietnamese), thrown by parseSynonymsJson. */
export class SynonymsError extends Error {}

/**
 * A synonyms table from JSON: `{ "Lĩnh vực Giáo dục và Đào tạo": ["Giáo dục đào tạo", …], … }`
 * (a single name may stand for the list; `[]` just adds the field to the district list).
 */
export function parseSynonymsJson(value: unknown): SynonymsTable {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new SynonymsError("not an object");
  const out: SynonymsTable = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const list = typeof v === "string" ? [v] : v;
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string"))
      throw new SynonymsError(k);
    if (cleanName(k) === "") continue;
    out[cleanName(k)] = (list as string[]).map(cleanName).filter((x) => x !== "");
  }
  return out;
}

/** The synonyms sheet's name, today's or an earlier version's ("Từ đồng nghĩa"). */
export function isSynonymsSheetName(name: string): boolean {
  const f = foldAscii(name);
  return [ROLLUP_SYNONYMS_SHEET.name, ...ROLLUP_SYNONYMS_SHEET.oldNames].some(
    (n) => foldAscii(n) === f
  );
}

/**
 * The synonyms sheet ("Tên gọi khác của lĩnh vực", or "Từ đồng nghĩa" as earlier versions wrote it)
 * of a workbook, if any: column A the field as the district form prints it, columns B, C, … its other
 * names; a first row whose B cell says "Tên gọi khác" (or "Đồng nghĩa") is a header. Empty A cells are
 * skipped. Null when there is no such sheet.
 */
export function readSynonymsSheet(wb: WorkbookSnapshot, sheetName?: string): SynonymsTable | null {
  const snap = wb.sheets.find((s) =>
    sheetName ? foldAscii(s.name) === foldAscii(sheetName) : isSynonymsSheetName(s.name)
  );
  if (!snap) return null;
  const sh = new Sheet(snap);
  const out: SynonymsTable = {};
  const isHeader = (r: number) =>
    /^(ten (goi )?khac|dong nghia|cach ghi khac)/.test(foldAscii(sh.text(r, sh.left + 1)));
  // Rows above the header (a title) are not fields.
  let start = sh.top;
  for (let r = sh.top; r <= Math.min(sh.bottom, sh.top + 9); r++) if (isHeader(r)) start = r + 1;
  for (let r = start; r <= sh.bottom; r++) {
    const first = cleanName(sh.text(r, sh.left));
    if (first === "") continue;
    const others: string[] = [];
    for (let c = sh.left + 1; c <= sh.right; c++) {
      const t = cleanName(sh.text(r, c));
      if (t) others.push(t);
    }
    out[first] = [...(out[first] ?? []), ...others];
  }
  return out;
}
