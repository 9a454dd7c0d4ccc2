// TCVN 5712:1993 (VN3, "ABC") and VNI byte tables, written out by hand from the published charts,
// independent of src/core/text/legacy.ts: each letter with its legacy form as Latin-1 code points.
const h = (...codes: number[]) => String.fromCharCode(...codes);
// tones in order: grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng)
export const TCVN3_LOWER: Record<string, string> = {
  à: h(0xb5),
  ả: h(0xb6),
  ã: h(0xb7),
  á: h(0xb8),
  ạ: h(0xb9),
  ă: h(0xa8),
  ằ: h(0xbb),
  ẳ: h(0xbc),
  ẵ: h(0xbd),
  ắ: h(0xbe),
  ặ: h(0xc6),
  â: h(0xa9),
  ầ: h(0xc7),
  ẩ: h(0xc8),
  ẫ: h(0xc9),
  ấ: h(0xca),
  ậ: h(0xcb),
  đ: h(0xae),
  è: h(0xcc),
  ẻ: h(0xce),
  ẽ: h(0xcf),
  é: h(0xd0),
  ẹ: h(0xd1),
  ê: h(0xaa),
  ề: h(0xd2),
  ể: h(0xd3),
  ễ: h(0xd4),
  ế: h(0xd5),
  ệ: h(0xd6),
  ì: h(0xd7),
  ỉ: h(0xd8),
  ĩ: h(0xdc),
  í: h(0xdd),
  ị: h(0xde),
  ò: h(0xdf),
  ỏ: h(0xe1),
  õ: h(0xe2),
  ó: h(0xe3),
  ọ: h(0xe4),
  ô: h(0xab),
  ồ: h(0xe5),
  ổ: h(0xe6),
  ỗ: h(0xe7),
  ố: h(0xe8),
  ộ: h(0xe9),
  ơ: h(0xac),
  ờ: h(0xea),
  ở: h(0xeb),
  ỡ: h(0xec),
  ớ: h(0xed),
  ợ: h(0xee),
  ù: h(0xef),
  ủ: h(0xf1),
  ũ: h(0xf2),
  ú: h(0xf3),
  ụ: h(0xf4),
  ư: h(0xad),
  ừ: h(0xf5),
  ử: h(0xf6),
  ữ: h(0xf7),
  ứ: h(0xf8),
  ự: h(0xf9),
  ỳ: h(0xfa),
  ỷ: h(0xfb),
  ỹ: h(0xfc),
  ý: h(0xfd),
  ỵ: h(0xfe),
};
export const TCVN3_CAPITALS: Record<string, string> = {
  Ă: h(0xa1),
  Â: h(0xa2),
  Ê: h(0xa3),
  Ô: h(0xa4),
  Ơ: h(0xa5),
  Ư: h(0xa6),
  Đ: h(0xa7),
};

// VNI: a base letter followed by a mark byte, or one byte for some i/y/ơ/ư/đ forms.
// Lower-case marks: acute ù F9, grave ø F8, hook û FB, tilde õ F5, dot ï EF;
// circumflex â E2 (with tones á E1, à E0, å E5, ã E3, ä E4); breve ê EA (é E9, è E8, ú FA, ü FC, ë EB).
const lowerTone = { grave: h(0xf8), hook: h(0xfb), tilde: h(0xf5), acute: h(0xf9), dot: h(0xef) };
const circ = {
  plain: h(0xe2),
  grave: h(0xe0),
  hook: h(0xe5),
  tilde: h(0xe3),
  acute: h(0xe1),
  dot: h(0xe4),
};
const breve = {
  plain: h(0xea),
  grave: h(0xe8),
  hook: h(0xfa),
  tilde: h(0xfc),
  acute: h(0xe9),
  dot: h(0xeb),
};
const vowelRow = (base: string, forms: string[], marks: Record<string, string>, keys: string[]) =>
  Object.fromEntries(forms.map((f, k) => [f, base + marks[keys[k]]]));
const TONES5 = ["grave", "hook", "tilde", "acute", "dot"];
const TONES6 = ["plain", ...TONES5];
export const VNI_LOWER: Record<string, string> = {
  ...vowelRow("a", ["à", "ả", "ã", "á", "ạ"], lowerTone, TONES5),
  ...vowelRow("a", ["ă", "ằ", "ẳ", "ẵ", "ắ", "ặ"], breve, TONES6),
  ...vowelRow("a", ["â", "ầ", "ẩ", "ẫ", "ấ", "ậ"], circ, TONES6),
  ...vowelRow("e", ["è", "ẻ", "ẽ", "é", "ẹ"], lowerTone, TONES5),
  ...vowelRow("e", ["ê", "ề", "ể", "ễ", "ế", "ệ"], circ, TONES6),
  ...vowelRow("o", ["ò", "ỏ", "õ", "ó", "ọ"], lowerTone, TONES5),
  ...vowelRow("o", ["ô", "ồ", "ổ", "ỗ", "ố", "ộ"], circ, TONES6),
  ...vowelRow(h(0xf4), ["ờ", "ở", "ỡ", "ớ", "ợ"], lowerTone, TONES5),
  ...vowelRow("u", ["ù", "ủ", "ũ", "ú", "ụ"], lowerTone, TONES5),
  ...vowelRow(h(0xf6), ["ừ", "ử", "ữ", "ứ", "ự"], lowerTone, TONES5),
  ...vowelRow("y", ["ỳ", "ỷ", "ỹ", "ý"], lowerTone, TONES5),
  ơ: h(0xf4),
  ư: h(0xf6),
  đ: h(0xf1),
  ì: h(0xec),
  ỉ: h(0xe6),
  ĩ: h(0xf3),
  í: h(0xed),
  ị: h(0xf2),
  ỵ: h(0xee),
};

/** VNI capitals: the same bytes in upper case (every mark byte is a Latin-1 letter, 0x20 below its lower case). */
export const VNI_CAPITALS: Record<string, string> = Object.fromEntries(
  Object.entries(VNI_LOWER).map(([l, e]) => [l.toUpperCase(), e.toUpperCase()])
);
