// Legacy 8-bit Vietnamese encodings in workbooks: TCVN3 (ABC; .VnTime/.VnTimeH fonts) and VNI
// (VNI-Times and other VNI-* fonts). Excel stores such text as the Windows-1252 characters of the
// bytes, so a cell reads "Sè hå s¬" (TCVN3) or "Soá hoà sô" (VNI) for "Số hồ sơ". This module
// detects that text, converts it to Unicode (NFC) and back (for tests). The tables are written
// for this project from the layout of the two encodings and checked by round trips of all 134
// accented Vietnamese letters. Pure: no Office, no fs.
import { CellSnapshot, EditSet, SheetSnapshot, WorkbookSnapshot } from "../grid";

export type LegacyEncoding = "tcvn3" | "vni";

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ["tcvn3", "vni"];

/** The five tones as combining marks, in the order TCVN3 lays out each vowel: huyền, hỏi, ngã, sắc, nặng. */
const TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;

/** The twelve Vietnamese vowels (lower case); with đ they make the alphabet's non-ASCII letters. */
export const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;
type Vowel = (typeof VOWELS)[number];

const chr = (code: number) => String.fromCharCode(code);

/** A vowel with a tone (0…4 in TONE_MARKS order) or without (null), as one NFC character. */
function toned(v: string, tone: number | null): string {
  return tone === null ? v : (v + TONE_MARKS[tone]).normalize("NFC");
}

/**
 * Every accented Vietnamese letter: 12 vowels × 6 tones minus the 6 plain ASCII vowels, plus đ,
 * in lower and upper case = 134 letters.
 */
export function vietnameseLetters(): string[] {
  const out: string[] = [];
  for (const v of VOWELS)
    for (const tone of [null, 0, 1, 2, 3, 4]) {
      const l = toned(v, tone);
      if (l.charCodeAt(0) < 128) continue;
      out.push(l, l.toUpperCase());
    }
  out.push("đ", "Đ");
  return out;
}

// ---- TCVN3 (ABC) -----------------------------------------------------------------------------

/** TCVN3 byte of each lower-case vowel with huyền, hỏi, ngã, sắc, nặng. */
const TCVN3_TONED: Record<Vowel, number[]> = {
  a: [0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};

/** The letters TCVN3 has in both cases: Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7, ă â ê ô ơ ư đ at 0xA8–0xAE. */
const TCVN3_CASED = "ĂÂÊÔƠƯĐ";

/**
 * 0xB0–0xB4 are the five tones as separate marks, typed after a letter (how capitals with a tone
 * were written in a .VnTime font). Decoded onto the letter before; never produced.
 */
const TCVN3_SEPARATE_TONE = 0xb0;

const TCVN3_DECODE = new Map<string, string>();
const TCVN3_ENCODE = new Map<string, string>();
for (const v of VOWELS) {
  TCVN3_TONED[v].forEach((code, tone) => {
    const letter = toned(v, tone);
    TCVN3_DECODE.set(chr(code), letter);
    TCVN3_ENCODE.set(letter, chr(code));
    // TCVN3 has no accented capitals with a tone: they are the lower-case bytes shown in an "H"
    // font (.VnTimeH). Encoding a capital gives that byte; decoding needs the capitals context.
    TCVN3_ENCODE.set(letter.toUpperCase(), chr(code));
  });
}
for (let i = 0; i < TCVN3_CASED.length; i++) {
  const upper = TCVN3_CASED[i];
  const lower = upper.toLowerCase();
  TCVN3_DECODE.set(chr(0xa1 + i), upper);
  TCVN3_DECODE.set(chr(0xa8 + i), lower);
  TCVN3_ENCODE.set(upper, chr(0xa1 + i));
  TCVN3_ENCODE.set(lower, chr(0xa8 + i));
}

// ---- VNI ----------------------------------------------------------------------------------

// VNI writes a vowel as its ASCII base letter followed by one mark byte; a capital takes the
// capital base and the mark byte minus 0x20. ơ, ư, đ, the toned i and ỵ are single bytes.
/** Tone marks after a, e, o, u, y, ơ and ư (huyền, hỏi, ngã, sắc, nặng): ø û õ ù ï. */
const VNI_TONE = [0xf8, 0xfb, 0xf5, 0xf9, 0xef];
/** Circumflex after a, e, o: plain â, then with huyền, hỏi, ngã, sắc, nặng: à å ã á ä. */
const VNI_CIRCUMFLEX = 0xe2;
const VNI_CIRCUMFLEX_TONE = [0xe0, 0xe5, 0xe3, 0xe1, 0xe4];
/** Breve after a: plain ê, then with huyền, hỏi, ngã, sắc, nặng: è ú ü é ë. */
const VNI_BREVE = 0xea;
const VNI_BREVE_TONE = [0xe8, 0xfa, 0xfc, 0xe9, 0xeb];
/** Single bytes: ơ ô, ư ö, đ ñ; i with huyền, hỏi, ngã, sắc, nặng: ì æ ó í ò; ỵ î. */
const VNI_HORN_O = 0xf4;
const VNI_HORN_U = 0xf6;
const VNI_D = 0xf1;
const VNI_I_TONE = [0xec, 0xe6, 0xf3, 0xed, 0xf2];
const VNI_Y_DOT = 0xee;

/** The VNI bytes of one lower-case letter (vowel + tone), before the capital rule. */
function vniLower(v: Vowel, tone: number | null): number[] | string {
  const withTone = (base: string) => (tone === null ? base : [base.charCodeAt(0), VNI_TONE[tone]]);
  switch (v) {
    case "a":
    case "e":
    case "o":
    case "u":
      return withTone(v);
    case "y":
      return tone === 4 ? [VNI_Y_DOT] : withTone(v);
    case "i":
      return tone === null ? "i" : [VNI_I_TONE[tone]];
    case "ă":
      return [0x61, tone === null ? VNI_BREVE : VNI_BREVE_TONE[tone]];
    case "â":
    case "ê":
    case "ô": {
      const base = { â: 0x61, ê: 0x65, ô: 0x6f }[v];
      return [base, tone === null ? VNI_CIRCUMFLEX : VNI_CIRCUMFLEX_TONE[tone]];
    }
    case "ơ":
      return tone === null ? [VNI_HORN_O] : [VNI_HORN_O, VNI_TONE[tone]];
    case "ư":
      return tone === null ? [VNI_HORN_U] : [VNI_HORN_U, VNI_TONE[tone]];
  }
}

/** Capital form of VNI bytes: ASCII letters upper-cased, the bytes ≥ 0xE0 minus 0x20. */
const vniUpper = (codes: number[]) => codes.map((c) => (c >= 0x61 && c <= 0x7a ? c - 0x20 : c >= 0xe0 ? c - 0x20 : c));

const VNI_DECODE = new Map<string, string>();
const VNI_ENCODE = new Map<string, string>();
/** First characters of two-character VNI sequences (a base letter or ô/ö), for the decoder. */
const VNI_BASES = new Set<string>();
{
  const add = (codes: number[], letter: string) => {
    const s = String.fromCharCode(...codes);
    VNI_ENCODE.set(letter, s);
    VNI_DECODE.set(s, letter);
    if (codes.length === 2) {
      VNI_BASES.add(s[0]);
      // Tolerated on read: a mark byte of the other case than its base (the base decides).
      const other = codes[1] >= 0xe0 ? codes[1] - 0x20 : codes[1] + 0x20;
      const t = chr(codes[0]) + chr(other);
      if (!VNI_DECODE.has(t)) VNI_DECODE.set(t, letter);
    }
  };
  for (const v of VOWELS)
    for (const tone of [null, 0, 1, 2, 3, 4]) {
      const lower = vniLower(v, tone);
      if (typeof lower === "string") continue; // a plain ASCII vowel
      const letter = toned(v, tone);
      add(lower, letter);
      add(vniUpper(lower), letter.toUpperCase());
    }
  add([VNI_D], "đ");
  add(vniUpper([VNI_D]), "Đ");
  // Tolerated on read: ỵ written as y + the nặng mark, like the other vowels.
  for (const [base, mark, letter] of [
    ["y", VNI_TONE[4], "ỵ"],
    ["Y", VNI_TONE[4] - 0x20, "Ỵ"],
    ["Y", VNI_TONE[4], "Ỵ"],
    ["y", VNI_TONE[4] - 0x20, "ỵ"],
  ] as const)
    VNI_DECODE.set(base + chr(mark), letter);
}

// ---- Conversion ------------------------------------------------------------------------------

export interface LegacyDecodeOptions {
  /**
   * The text is shown in capitals (a TCVN3 "H" font such as .VnTimeH): every letter comes out
   * upper case. Without it, TCVN3 words written in capitals (ASCII letters all upper case) get
   * their accented letters in capitals too.
   */
  capitals?: boolean;
}

/** Legacy text (bytes read as Windows-1252 characters) → Unicode NFC. */
export function legacyToUnicode(text: string, enc: LegacyEncoding, opts: LegacyDecodeOptions = {}): string {
  if (enc === "vni") {
    const out = decodeVni(text);
    return opts.capitals ? out.toUpperCase() : out;
  }
  return decodeTcvn3(text, !!opts.capitals);
}

/** Unicode → legacy text (one Windows-1252 character per byte); for tests and fixtures. */
export function unicodeToLegacy(text: string, enc: LegacyEncoding): string {
  const table = enc === "vni" ? VNI_ENCODE : TCVN3_ENCODE;
  let out = "";
  for (const ch of text.normalize("NFC")) out += table.get(ch) ?? ch;
  return out;
}

function decodeVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c < "\u00c0" && !VNI_BASES.has(c)) {
      out += c;
      continue;
    }
    if (i + 1 < text.length && VNI_BASES.has(c)) {
      const pair = VNI_DECODE.get(c + text[i + 1]);
      if (pair !== undefined) {
        out += pair;
        i++;
        continue;
      }
    }
    out += VNI_DECODE.get(c) ?? c;
  }
  return out;
}

/** Characters that can be part of a word in either encoding (letters, and the TCVN3 symbol bytes). */
const WORD = /[\p{L}\p{M}\u00a1-\u00ae\u00b0-\u00b9\u00bb-\u00be\u00d7\u00f7]+/gu;

const isTcvn3Toned = (code: number) => code >= 0xb5 && code <= 0xfe && TCVN3_DECODE.has(chr(code));

/** Letters of known case in TCVN3 text: ASCII, and Ă…Đ (0xA1–0xA7) / ă…đ (0xA8–0xAE). */
function tcvn3Case(word: string): { upper: number; lower: number; toned: boolean; capitalOnly: boolean } {
  let upper = 0;
  let lower = 0;
  let tonedChar = false;
  let capitalOnly = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0xa1 && c <= 0xa7) {
      upper++;
      capitalOnly = true;
    } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0xa8 && c <= 0xae)) lower++;
    else if (isTcvn3Toned(c)) tonedChar = true;
  }
  return { upper, lower, toned: tonedChar, capitalOnly };
}

const TCVN3_VOWEL_BEFORE_TONE = /[aeiouyăâêôơư]$/i;

function decodeTcvn3Plain(word: string): string {
  let out = "";
  let combining = false;
  for (const c of word) {
    const code = c.charCodeAt(0);
    // A separate tone mark goes on the vowel before it; elsewhere the byte is left as it is.
    if (code >= TCVN3_SEPARATE_TONE && code < TCVN3_SEPARATE_TONE + 5 && TCVN3_VOWEL_BEFORE_TONE.test(out)) {
      out += TONE_MARKS[code - TCVN3_SEPARATE_TONE];
      combining = true;
      continue;
    }
    out += TCVN3_DECODE.get(c) ?? c;
  }
  return combining ? out.normalize("NFC") : out;
}

/**
 * TCVN3 has no capitals with a tone: "TỔNG" is typed "TæNG" and shown right only in an "H" font.
 * Without the font, capitals are inferred from the letters whose case is known (ASCII, Ă…Đ).
 * A word with two or more of them, all capitals, is a capitals word; it shows capitals typing
 * when it has a toned letter, one of Ă…Đ, or is a Vietnamese syllable ("BAN"; not "TTHC").
 * - a capitals word with a toned letter is in capitals ("TæNG" → "TỔNG");
 * - a whole cell is, when all its known letters are capitals and a word shows capitals typing
 *   ("ñY BAN" → "ỦY BAN"; not "Mü, Kú", which is "Mỹ, Kỳ"; not "VÒ TTHC", "Về TTHC");
 * - a word with a single capital ("Hé", "ñY") is in capitals inside a run of capitals words
 *   where one shows capitals typing ("Hé TÞCH", "TM. ñY BAN NH¢N D¢N").
 */
function decodeTcvn3(text: string, capitals: boolean): string {
  if (capitals) return decodeTcvn3Plain(text).toUpperCase();
  type Word = { start: number; end: number; kind: "caps" | "single" | "other"; toned: boolean; evidence: boolean };
  const words: Word[] = [];
  let upperAll = 0;
  let lowerAll = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const k = tcvn3Case(w);
    upperAll += k.upper;
    lowerAll += k.lower;
    const kind = k.lower > 0 ? "other" : k.upper >= 2 ? "caps" : k.upper === 1 && k.toned ? "single" : "other";
    words.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + w.length,
      kind,
      toned: k.toned,
      evidence: kind === "caps" && (k.toned || k.capitalOnly || isVietnameseSyllable(decodeTcvn3Plain(w))),
    });
  }
  if (upperAll >= 2 && lowerAll === 0 && words.some((w) => w.evidence)) return decodeTcvn3Plain(text).toUpperCase();
  // Runs of consecutive capitals and single-capital words; a run with evidence is all capitals.
  const upper = words.map((w) => w.kind === "caps" && w.toned);
  for (let i = 0; i < words.length; ) {
    if (words[i].kind === "other") {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && words[j].kind !== "other") j++;
    if (words.slice(i, j).some((w) => w.evidence)) for (let k = i; k < j; k++) upper[k] = true;
    i = j;
  }
  let out = "";
  let at = 0;
  words.forEach((w, i) => {
    out += decodeTcvn3Plain(text.slice(at, w.start));
    const decoded = decodeTcvn3Plain(text.slice(w.start, w.end));
    out += upper[i] ? decoded.toUpperCase() : decoded;
    at = w.end;
  });
  return out + decodeTcvn3Plain(text.slice(at));
}

// ---- Detection -------------------------------------------------------------------------------

/** Letters and marks only Unicode Vietnamese has (precomposed or NFD): legacy text never does. */
// eslint-disable-next-line no-misleading-character-class -- the combining marks (U+0300…U+0323) are listed on purpose: NFD text has them alone
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0303\u0306\u0309\u031b\u0323]/;
/** A character one of the two encodings uses (0xA1–0xFF). */
const LEGACY_CHAR = /[\u00a1-\u00ff]/;

const TONE_INDEX: Record<string, number> = { "\u0300": 0, "\u0309": 1, "\u0303": 2, "\u0301": 3, "\u0323": 4 };

/**
 * A word without its tone (NFC, lower case) and the tone (-1: none); null when it has two tones
 * or a tone mark on a consonant ("ñ" is n + tilde in NFD, not a tone).
 */
function splitTone(word: string): { base: string; tone: number } | null {
  let tone = -1;
  let base = "";
  let letter = "";
  for (const ch of word.toLowerCase().normalize("NFD")) {
    const t = TONE_INDEX[ch];
    if (t === undefined) {
      base += ch;
      if (ch < "\u0300" || ch > "\u036f") letter = ch;
    } else if (tone >= 0 || !"aeiouy".includes(letter)) return null;
    else tone = t;
  }
  return { base: base.normalize("NFC"), tone };
}

const INITIALS = ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

/** Vietnamese rimes (vần) without tone. */
const RIMES = new Set(
  (
    "a ai ao au ay âu ây e eo ê êu i ia iu iêu o oa oai oao oay oe oeo oi ô ôi ơ ơi u ua uây uê ui uôi uơ uy uya uyu " +
    "ư ưa ưi ưu ươi ươu y yêu " +
    "ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât ec em en eng ep et êch êm ên ênh êp êt " +
    "ich im in inh ip it oc om on ong op ot ooc oong ôc ôm ôn ông ôp ôt ơm ơn ơp ơt uc um un ung up ut " +
    "ưc ưm ưn ưng ưt iêc iêm iên iêng iêp iêt yêm yên yêt oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt " +
    "oen oet oem uân uâng uât uêch uênh uôc uôm uôn uông uôt ươc ươm ươn ương ươp ươt uych uyn uynh uyp uyt uyên uyêt"
  ).split(" "),
);

function rimeFits(initial: string, rest: string, tone: number): boolean {
  let rime = rest;
  if (initial === "qu") {
    if (rest.startsWith("u")) return false;
    if (!RIMES.has(rest)) rime = "u" + rest;
  } else if (initial === "gi") {
    if (rest.startsWith("i")) return false;
    if (!RIMES.has(rest)) rime = "i" + rest;
  }
  if (!RIMES.has(rime)) return false;
  const first = rest[0] ?? "i";
  const front = "ieêy".includes(first);
  if (initial === "k" && !front) return false;
  if (initial === "c" && front) return false;
  if ((initial === "gh" || initial === "ngh") && !"ieê".includes(first)) return false;
  if ((initial === "g" || initial === "ng") && "ieê".includes(first)) return false;
  // A syllable ending in c, ch, p or t takes only sắc or nặng.
  if (/(c|ch|p|t)$/.test(rime) && tone !== 3 && tone !== 4) return false;
  return true;
}

/** Whether a word is a well-formed Vietnamese syllable (spelling, rime, tone), in any case. */
export function isVietnameseSyllable(word: string): boolean {
  const s = splitTone(word);
  if (!s || !/^[a-zđăâêôơư]+$/.test(s.base)) return false;
  for (const ini of INITIALS) if (s.base.startsWith(ini) && rimeFits(ini, s.base.slice(ini.length), s.tone)) return true;
  return false;
}

/**
 * Syllables frequent on TTHC forms and reports: a decoding that turns an unusual syllable into
 * one of these is weak evidence ("Soá" → "Số"). Compared without regard to tone placement.
 */
const COMMON_TEXT =
  "các của và có cho là được không này một những người với trong theo đã đến tại từ về số hồ sơ nhận giải quyết đang tổng cộng " +
  "lĩnh vực hộ tịch chứng thực đất đai xây dựng đăng ký kinh doanh tư pháp hành chính thủ tục cấp xã phường huyện tỉnh thị trấn " +
  "ủy ban nhân dân báo cáo biểu mẫu kỳ trước hạn đúng quá trực tuyến tiếp dịch vụ bưu công ích tình hình kết quả cơ quan đơn vị " +
  "ngày tháng năm quý thông tư nghị định văn bản luật điều khoản mục phần chương bộ ngành chủ tịch phó trưởng lập ghi rõ họ tên " +
  "chức danh cán viên nhà nước hội nghĩa việt nam độc tự do hạnh phúc giáo dục đào tạo y tế hóa thể thao du lịch lao động " +
  "thương binh bảo trợ hiểm tài nguyên môi trường nông nghiệp lâm thủy sản lợi giao vận tải đường nội địa khoa học nghệ tin " +
  "truyền an ninh quốc phòng tộc tôn thi đua khen thưởng gia đình trẻ em nuôi con phổ biến hòa khiếu nại tố thanh tra thư xử lý " +
  "vi phạm sách thuế tín hoạt hợp tác phát triển thôn mới lễ viện việc làm tiền lương quảng bằng chỉ toàn đập chứa điện bồi " +
  "quyền phương chống thiên tai tệ nạn tham nhũng giám hệ thống sở khác tính mức độ hài lòng rất bình điểm chuẩn chấm thẩm " +
  "chú xếp loại xuất sắc tốt khá trung yếu phiếu đánh giá thời gian phép hiện lần phải liên nơi hoàn thiện lượng tổ cửa khai " +
  "thái thu trình ý kiến phản ánh tiến chất cung tỷ lệ thuyết minh kính gửi sao trường hợp đề";

function toneKey(word: string): string | null {
  const s = splitTone(word);
  return s ? s.base + ":" + s.tone : null;
}

const COMMON = new Set(COMMON_TEXT.split(" ").map((w) => toneKey(w) as string));

const isCommon = (word: string) => {
  const k = toneKey(word);
  return k !== null && COMMON.has(k);
};

/** Evidence, in one text, that it is written in a legacy encoding. */
export interface LegacyEvidence {
  /** Letters only Unicode Vietnamese has: the text is Unicode. */
  unicode: boolean;
  /** Words that are not Vietnamese as read but are once decoded ("hå" → "hồ"). */
  strong: number;
  /** Words that decode from an unusual syllable to a frequent one ("Soá" → "Số"). */
  weak: number;
  /** Words that are Vietnamese as read and are not once decoded ("các" → "cỏc"). */
  loss: number;
  /** Words that decode from a frequent syllable to an unusual one. */
  weakLoss: number;
  /** strong + weak/2 - loss - weakLoss/2. */
  score: number;
}

export function legacyEvidence(text: string, enc: LegacyEncoding): LegacyEvidence {
  const ev: LegacyEvidence = { unicode: false, strong: 0, weak: 0, loss: 0, weakLoss: 0, score: 0 };
  if (UNICODE_VIETNAMESE.test(text)) {
    ev.unicode = true;
    return ev;
  }
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (!LEGACY_CHAR.test(w)) continue;
    const d = enc === "vni" ? decodeVni(w) : decodeTcvn3Plain(w);
    if (d === w) continue;
    // Strong or weak evidence needs an ASCII letter in the word and two letters once decoded: a
    // lone symbol ("©" → "â") or a one-letter result ("où" → "ó" in VNI) says little.
    const telling = /[A-Za-z]/.test(w) && [...d.normalize("NFC")].filter((ch) => /\p{L}/u.test(ch)).length >= 2;
    const asRead = isVietnameseSyllable(w);
    const decoded = isVietnameseSyllable(d);
    if (!asRead && decoded) {
      if (telling) ev.strong++;
    } else if (asRead && !decoded) ev.loss++;
    else if (asRead && decoded) {
      const a = isCommon(w);
      const b = isCommon(d);
      if (b && !a && telling) ev.weak++;
      else if (a && !b) ev.weakLoss++;
    }
  }
  ev.score = ev.strong + ev.weak / 2 - ev.loss - ev.weakLoss / 2;
  return ev;
}

/**
 * Whether the evidence says the text is in the legacy encoding: at least one word that is not
 * Vietnamese as read but is once decoded, and no more than one broken word per three of those.
 * Weak evidence alone is not enough: "Soá hoà sô" is VNI for "Số hồ sơ" but also reads as
 * (odd) Unicode, as "cô cô" would turn into "cơ cơ".
 */
const looksLegacy = (ev: LegacyEvidence) => !ev.unicode && ev.strong >= 1 && ev.score >= 1 && ev.strong >= 3 * ev.loss;

/**
 * The legacy encoding one text is likely written in, or null (Unicode, English, numbers, or too
 * little to tell). Never says so for text with letters only Unicode has.
 */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (!LEGACY_CHAR.test(text)) return null;
  let best: LegacyEncoding | null = null;
  let bestScore = 0;
  let tie = false;
  for (const enc of LEGACY_ENCODINGS) {
    const ev = legacyEvidence(text, enc);
    if (!looksLegacy(ev)) continue;
    if (ev.score > bestScore) {
      best = enc;
      bestScore = ev.score;
      tie = false;
    } else if (ev.score === bestScore) tie = true;
  }
  return tie ? null : best;
}

// ---- Workbooks -----------------------------------------------------------------------------

export interface ConvertedCell {
  sheet: string;
  row: number;
  col: number;
  before: string;
  after: string;
}

export interface DecodedWorkbook {
  /** The snapshot with text cells converted (the input itself when nothing was). */
  wb: WorkbookSnapshot;
  encoding: LegacyEncoding | null;
  converted: ConvertedCell[];
}

export interface DecodeWorkbookOptions {
  /** The encoding, when the user says it (tthc convert --from): no detection. */
  from?: LegacyEncoding;
  /** Cells shown in a TCVN3 "H" font (.VnTimeH), known to hosts that see fonts. */
  capitals?: (sheet: string, row: number, col: number) => boolean;
}

/** What the workbook's text cells say about one encoding. */
interface Tally {
  legacyCells: number;
  evidence: number;
}

type TextCell = { sheet: SheetSnapshot; ri: number; ci: number; text: string };

/** Text cells (not formulas) with a character of the legacy range. */
function* legacyCandidates(wb: WorkbookSnapshot): Generator<TextCell> {
  for (const sheet of wb.sheets)
    for (let ri = 0; ri < sheet.data.length; ri++) {
      const row = sheet.data[ri];
      if (!row) continue;
      for (let ci = 0; ci < row.length; ci++) {
        const c = row[ci];
        if (!c || c.formula !== undefined || typeof c.value !== "string") continue;
        if (LEGACY_CHAR.test(c.value)) yield { sheet, ri, ci, text: c.value };
      }
    }
}

/**
 * The workbook's legacy encoding, scored over its distinct texts: at least two words' worth of
 * evidence, and legacy texts at least a tenth of the texts that are plainly Unicode Vietnamese
 * (a TCVN3 file that `fill` wrote Unicode labels into stays TCVN3; a Unicode file with one odd
 * cell stays Unicode).
 */
export function detectWorkbookLegacy(wb: WorkbookSnapshot): LegacyEncoding | null {
  return scoreWorkbook(wb, new Map()).encoding;
}

function scoreWorkbook(wb: WorkbookSnapshot, cache: Map<string, Record<LegacyEncoding, LegacyEvidence>>): { encoding: LegacyEncoding | null } {
  const tally: Record<LegacyEncoding, Tally> = { tcvn3: { legacyCells: 0, evidence: 0 }, vni: { legacyCells: 0, evidence: 0 } };
  let unicodeCells = 0;
  // Distinct texts: a column repeating one odd word ("µm") is one piece of evidence, not a hundred.
  const seen = new Set<string>();
  for (const cell of legacyCandidates(wb)) {
    if (seen.has(cell.text)) continue;
    seen.add(cell.text);
    const ev = evidenceOf(cell.text, cache);
    if (ev.tcvn3.unicode) {
      unicodeCells++;
      continue;
    }
    for (const enc of LEGACY_ENCODINGS)
      if (looksLegacy(ev[enc])) {
        tally[enc].legacyCells++;
        tally[enc].evidence += ev[enc].score;
      }
  }
  let best: LegacyEncoding | null = null;
  for (const enc of LEGACY_ENCODINGS) {
    const t = tally[enc];
    if (t.evidence < 2 || t.legacyCells * 10 < unicodeCells) continue;
    if (!best || t.evidence > tally[best].evidence) best = enc;
  }
  return { encoding: best };
}

function evidenceOf(text: string, cache: Map<string, Record<LegacyEncoding, LegacyEvidence>>): Record<LegacyEncoding, LegacyEvidence> {
  let ev = cache.get(text);
  if (!ev) {
    ev = { tcvn3: legacyEvidence(text, "tcvn3"), vni: legacyEvidence(text, "vni") };
    cache.set(text, ev);
  }
  return ev;
}

/**
 * The snapshot with its legacy text cells converted to Unicode (pure; numbers, formulas and
 * sheet names are never touched). In a workbook found to be TCVN3 or VNI, a text cell is
 * converted unless it has Unicode-only letters or reads as better Vietnamese as it is.
 */
export function decodeWorkbook(wb: WorkbookSnapshot, opts: DecodeWorkbookOptions = {}): DecodedWorkbook {
  const cache = new Map<string, Record<LegacyEncoding, LegacyEvidence>>();
  const encoding = opts.from ?? scoreWorkbook(wb, cache).encoding;
  if (!encoding) return { wb, encoding: null, converted: [] };
  const converted: ConvertedCell[] = [];
  const sheets = new Map<SheetSnapshot, SheetSnapshot>();
  const decoded = new Map<string, string>(); // repeated texts (field names) are converted once
  for (const cell of legacyCandidates(wb)) {
    const { sheet, ri, ci, text } = cell;
    if (UNICODE_VIETNAMESE.test(text)) continue;
    if (!opts.from && evidenceOf(text, cache)[encoding].score < 0) continue;
    const row = ri + sheet.top;
    const col = ci + sheet.left;
    const capitals = opts.capitals?.(sheet.name, row, col) ?? false;
    let after = capitals ? undefined : decoded.get(text);
    if (after === undefined) {
      after = legacyToUnicode(text, encoding, { capitals });
      if (!capitals) decoded.set(text, after);
    }
    if (after === text) continue;
    converted.push({ sheet: sheet.name, row, col, before: text, after });
    let copy = sheets.get(sheet);
    if (!copy) {
      copy = { ...sheet, data: [...sheet.data] };
      sheets.set(sheet, copy);
    }
    const r = copy.data[ri];
    if (r === sheet.data[ri]) copy.data[ri] = [...(r ?? [])];
    const cells = copy.data[ri] as (CellSnapshot | null | undefined)[];
    cells[ci] = { ...(cells[ci] as CellSnapshot), value: after };
  }
  if (converted.length === 0) return { wb, encoding, converted };
  return { wb: { ...wb, sheets: wb.sheets.map((s) => sheets.get(s) ?? s) }, encoding, converted };
}

/** The font that replaces .VnTime*, VNI-* fonts on converted text. */
export const UNICODE_FONT = "Times New Roman";

/** The font of a cell, for hosts that see fonts: a name, or null/undefined when not known. */
export type FontLookup = (sheet: string, row: number, col: number) => string | null | undefined;

export interface ConvertEditsOptions extends DecodeWorkbookOptions {
  /**
   * Each cell's current font, when the host knows it: a converted cell whose font is known and
   * is not a legacy one keeps it. Without it, every converted cell gets UNICODE_FONT.
   */
  fontOf?: FontLookup;
}

/**
 * The edits that write converted text: each cell's Unicode text and, unless its font is known
 * not to be a legacy one, `style.font` = Times New Roman (Unicode text in a .VnTime or VNI-Times
 * font would show as garbage).
 */
export function editsForConverted(converted: readonly ConvertedCell[], fontOf?: FontLookup): EditSet {
  const cells = converted.map((c) => {
    const font = fontOf?.(c.sheet, c.row, c.col);
    const keep = typeof font === "string" && font.trim() !== "" && legacyFontEncoding(font) === null;
    return keep ? { sheet: c.sheet, row: c.row, col: c.col, value: c.after } : { sheet: c.sheet, row: c.row, col: c.col, value: c.after, style: { font: UNICODE_FONT } };
  });
  return { cells, merges: [], newSheets: [], columnWidths: [] };
}

/** The edits that write the converted text into the workbook (the add-in's "Chuyển mã sang Unicode", tthc convert). */
export function convertEdits(wb: WorkbookSnapshot, opts: ConvertEditsOptions = {}): EditSet {
  const { converted } = decodeWorkbook(wb, opts);
  return editsForConverted(converted, opts.fontOf);
}

/** The encoding's name for messages. */
export const LEGACY_NAME: Record<LegacyEncoding, string> = { tcvn3: "TCVN3 (ABC)", vni: "VNI" };

/** Font families made for the legacy encodings: .VnTime, .VnTimeH, .VnArial… and VNI-Times, VNI-Helve… */
export function legacyFontEncoding(font: string | undefined | null): LegacyEncoding | null {
  if (!font) return null;
  const f = font.trim();
  if (/^\.?vn[a-z]/i.test(f) && !/^vni/i.test(f)) return "tcvn3";
  if (/^vni[-\s]/i.test(f)) return "vni";
  return null;
}

/** A TCVN3 capitals font: .VnTimeH, .VnArialH, … (the name ends in "H"). */
export function isCapitalsFont(font: string | undefined | null): boolean {
  return !!font && legacyFontEncoding(font) === "tcvn3" && /H$/.test(font.trim());
}
