// Detection of legacy-encoded text: evidence per text (syllables that decode well, common words)
// and the verdict.
import { LEGACY_ENCODINGS, LegacyEncoding } from "./tables";
import { isVietnameseSyllable, splitTone } from "./syllable";
import { WORD, decodeTcvn3Plain, decodeVni } from "./convert";

/** Letters and marks only Unicode Vietnamese has (precomposed or NFD): legacy text never does. */
export const UNICODE_VIETNAMESE =
  // The combining marks (U+0300…U+0323) are listed on purpose: NFD text has them alone.
  // eslint-disable-next-line no-misleading-character-class -- combining marks listed alone (above)
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u0303\u0306\u0309\u031b\u0323]/;
/** A character one of the two encodings uses (0xA1–0xFF). */
export const LEGACY_CHAR = /[\u00a1-\u00ff]/;

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
    const telling =
      /[A-Za-z]/.test(w) && [...d.normalize("NFC")].filter((ch) => /\p{L}/u.test(ch)).length >= 2;
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
export const looksLegacy = (ev: LegacyEvidence) =>
  !ev.unicode && ev.strong >= 1 && ev.score >= 1 && ev.strong >= 3 * ev.loss;

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
