// Whether a word is a well-formed Vietnamese syllable: the evidence that decides detection and
// TCVN3 capitals.

const TONE_INDEX: Record<string, number> = {
  "\u0300": 0,
  "\u0309": 1,
  "\u0303": 2,
  "\u0301": 3,
  "\u0323": 4,
};

/**
 * A word without its tone (NFC, lower case) and the tone (-1: none); null when it has two tones
 * or a tone mark on a consonant ("ñ" is n + tilde in NFD, not a tone).
 */
export function splitTone(word: string): { base: string; tone: number } | null {
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

const INITIALS = [
  "ngh",
  "ng",
  "gh",
  "gi",
  "kh",
  "nh",
  "ph",
  "th",
  "tr",
  "ch",
  "qu",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "x",
  "",
];

/** Vietnamese rimes (vần) without tone. */
const RIMES = new Set(
  (
    "a ai ao au ay âu ây e eo ê êu i ia iu iêu o oa oai oao oay oe oeo oi ô ôi ơ ơi u ua uây uê ui uôi uơ uy uya uyu " +
    "ư ưa ưi ưu ươi ươu y yêu " +
    "ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât ec em en eng ep et êch êm ên ênh êp êt " +
    "ich im in inh ip it oc om on ong op ot ooc oong ôc ôm ôn ông ôp ôt ơm ơn ơp ơt uc um un ung up ut " +
    "ưc ưm ưn ưng ưt iêc iêm iên iêng iêp iêt yêm yên yêt oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt " +
    "oen oet oem uân uâng uât uêch uênh uôc uôm uôn uông uôt ươc ươm ươn ương ươp ươt uych uyn uynh uyp uyt uyên uyêt"
  ).split(" ")
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
  for (const ini of INITIALS)
    if (s.base.startsWith(ini) && rimeFits(ini, s.base.slice(ini.length), s.tone)) return true;
  return false;
}
