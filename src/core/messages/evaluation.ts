// Vietnamese text of the evaluation (nine indices, ballots, satisfaction, grade): headers the
// locator looks for, labels the layouts write, finding and conflict messages.
// Every export carries an EVAL_ / eval prefix so that the messages index can re-export it
// beside the other areas without name clashes.
import { withData } from "./message";
import { fmtNumber, fmtScore } from "../text/numbers";

/** The nine indices (Nghị định 61/2018/NĐ-CP; Thông tư 01/2018/TT-VPCP), short names as in SPEC. */
export const EVAL_INDEX_NAMES: readonly string[] = [
  "Tổng thời gian giải quyết TTHC so với thời gian cho phép",
  "Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết",
  "Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ",
  "Số lượng cơ quan, đơn vị, tổ chức phải liên hệ",
  "Thực hiện tổ chức tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một cửa",
  "Công khai các TTHC",
  "Thái độ của cán bộ, công chức, viên chức",
  "Tiếp thu, giải trình đối với ý kiến phản ánh, kiến nghị",
  "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến",
];

/** The five satisfaction levels, from the lowest to the highest. */
export const EVAL_LEVELS: readonly string[] = [
  "Rất không hài lòng",
  "Không hài lòng",
  "Bình thường",
  "Hài lòng",
  "Rất hài lòng",
];

/** Default grade names, from the highest to the lowest. */
export const EVAL_GRADES = {
  excellent: "Xuất sắc",
  good: "Tốt",
  fair: "Khá",
  average: "Trung bình",
  weak: "Yếu",
} as const;

/** Headers and labels of the evaluation sheet, as written by the layout. */
export const EVAL_HEADERS = {
  no: "Chỉ số",
  name: "Tên chỉ số",
  max: "Điểm chuẩn",
  self: "Điểm tự chấm",
  appraised: "Điểm thẩm định",
  note: "Ghi chú",
  total: "Tổng cộng",
  gradeLabel: "Xếp loại",
  ballotsLabel: "Số phiếu đánh giá",
  levelRowLabel: "Mức độ",
  countRowLabel: "Số phiếu",
  shareRowLabel: "Tỷ lệ (%)",
} as const;

/** Texts of the sheets the layouts create. */
export const EVAL_LAYOUT = {
  nationalName: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  nationalMotto: "Độc lập - Tự do - Hạnh phúc",
  title: "BẢNG ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
  unitLabel: "Cơ quan/đơn vị:",
  periodLabel: "Thời điểm đánh giá:",
  sectionScores: "I. Đánh giá việc giải quyết thủ tục hành chính",
  sectionSatisfaction: "II. Đánh giá mức độ hài lòng",
  satisfactionTitle:
    "Tỷ lệ % mức độ hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính",
  signer: "NGƯỜI TỔNG HỢP",
  signerHint: "(Ký, ghi rõ họ tên)",
  ballotNo: "STT",
  ballotIndex: (i: number): string => `Chỉ số ${i}`,
  ballotLevel: "Mức độ hài lòng",
  thresholdsTitle: "Ngưỡng xếp loại",
  thresholdsGrade: "Xếp loại",
  thresholdsMin: "Điểm tối thiểu",
  thresholdsHint:
    'Ghi một số (từ số đó trở lên) hoặc "> số" (lớn hơn số đó); mức thấp nhất để trống hoặc 0.',
  settingsSheet: "Cài đặt",
} as const;

/** One sentence per rule, for the rule list in the task pane. */
export const EVAL_RULE_DESCRIPTIONS: Record<string, string> = {
  "eval/score-range": "Mỗi điểm tự chấm và điểm thẩm định là một số từ 0 đến 2.",
  "eval/total":
    "Tổng điểm ghi ở dòng Tổng cộng bằng tổng điểm chín chỉ số (sai lệch không quá 0,05).",
  "eval/grade": "Xếp loại ghi trên bảng đúng với xếp loại tính từ tổng điểm.",
  "eval/satisfaction-sum": "Các tỷ lệ mức độ hài lòng cộng lại bằng 100% (sai lệch không quá 0,1).",
  "eval/ballot-count": "Số phiếu đánh giá ghi trên bảng bằng số phiếu đếm được.",
  "eval/ballot-value":
    "Trên mỗi phiếu, điểm từng chỉ số là 0, 1 hoặc 2 và mức độ hài lòng là một trong năm mức.",
  "eval/ballot-blank":
    "Phiếu bỏ trống điểm một chỉ số hoặc mức độ hài lòng không được tính cho chỉ số hoặc tỷ lệ đó.",
  "eval/index1-estimate": "Điểm tự chấm chỉ số 1 không lệch quá 0,3 so với ước tính từ Biểu 06a.",
};

export type EvalScoreColumn = "self" | "appraised";

const COLUMN_LABEL: Record<EvalScoreColumn, string> = {
  self: "điểm tự chấm",
  appraised: "điểm thẩm định",
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function quote(s: string): string {
  return `"${s}"`;
}

/** Finding messages; every one states the figures involved. */
export const evalMsg = {
  columnLabel: (c: EvalScoreColumn): string => COLUMN_LABEL[c],

  scoreNotNumber: withData(
    "scoreNotNumber",
    ["c", "no", "text"],
    (c: EvalScoreColumn, no: number, text: string) =>
      `${cap(COLUMN_LABEL[c])} của chỉ số ${no} ghi ${quote(text)}, không phải là một số.`
  ),
  scoreOutOfRange: withData(
    "scoreOutOfRange",
    ["c", "no", "value"],
    (c: EvalScoreColumn, no: number, value: number) =>
      `${cap(COLUMN_LABEL[c])} của chỉ số ${no} là ${fmtScore(value)}, nằm ngoài khoảng từ 0 đến 2.`
  ),

  totalMismatch: withData(
    "totalMismatch",
    ["c", "written", "sum"],
    (c: EvalScoreColumn, written: number, sum: number) =>
      `Tổng ${COLUMN_LABEL[c]} ghi ${fmtScore(written)} nhưng tổng chín chỉ số là ${fmtScore(sum)}.`
  ),
  totalNotNumber: withData(
    "totalNotNumber",
    ["c", "text"],
    (c: EvalScoreColumn, text: string) =>
      `Ô tổng ${COLUMN_LABEL[c]} ghi ${quote(text)}, không phải là một số.`
  ),

  gradeMismatch: withData(
    "gradeMismatch",
    ["written", "computed", "basis", "total"],
    (written: string, computed: string, basis: EvalScoreColumn, total: number) =>
      `Xếp loại ghi ${quote(written)} nhưng tổng ${COLUMN_LABEL[basis]} ${fmtScore(total)} ứng với xếp loại ${quote(computed)}.`
  ),

  /** A satisfaction table with fewer levels than the five of the form (three-level exports). */
  satisfactionAbsent: (absent: readonly string[]): string =>
    `Bảng mức độ hài lòng không có mức ${absent.map(quote).join(", ")}: các mức này để trống, không tính là 0%.`,
  satisfactionSum: withData(
    "satisfactionSum",
    ["sum"],
    (sum: number) =>
      `Các tỷ lệ mức độ hài lòng cộng lại được ${fmtNumber(sum, 1)}%, không phải 100%.`
  ),
  satisfactionNotNumber: withData(
    "satisfactionNotNumber",
    ["level", "text"],
    (level: string, text: string) =>
      `Tỷ lệ mức ${quote(level)} ghi ${quote(text)}, không phải là một số.`
  ),

  ballotCountFromSheet: withData(
    "ballotCountFromSheet",
    ["written", "counted", "sheet"],
    (written: number, counted: number, sheet: string) =>
      `Số phiếu đánh giá ghi ${fmtNumber(written)} nhưng sheet ${quote(sheet)} có ${fmtNumber(counted)} phiếu.`
  ),
  ballotCountFromLevels: withData(
    "ballotCountFromLevels",
    ["written", "counted"],
    (written: number, counted: number) =>
      `Số phiếu đánh giá ghi ${fmtNumber(written)} nhưng số phiếu theo năm mức độ hài lòng cộng lại là ${fmtNumber(counted)}.`
  ),
  ballotCountNotNumber: withData(
    "ballotCountNotNumber",
    ["text"],
    (text: string) => `Số phiếu đánh giá ghi ${quote(text)}, không phải là một số phiếu.`
  ),

  ballotScoreInvalid: withData(
    "ballotScoreInvalid",
    ["row", "no", "text"],
    (row: number, no: number, text: string) =>
      `Phiếu ở dòng ${row}: điểm chỉ số ${no} ghi ${quote(text)}, chỉ được là 0, 1 hoặc 2; phiếu này không được tính cho chỉ số ${no}.`
  ),
  ballotLevelUnknown: withData(
    "ballotLevelUnknown",
    ["row", "text"],
    (row: number, text: string) =>
      `Phiếu ở dòng ${row}: mức độ hài lòng ${quote(text)} không phải một trong năm mức (${EVAL_LEVELS.join(", ")}).`
  ),
  ballotBlank: withData(
    "ballotBlank",
    ["row", "blankIndices", "levelBlank"],
    (row: number, blankIndices: readonly number[], levelBlank: boolean) => {
      const parts: string[] = [];
      if (blankIndices.length)
        parts.push(
          `bỏ trống điểm chỉ số ${blankIndices.join(", ")} (không tính vào điểm trung bình ` +
            `của ${blankIndices.length > 1 ? "các chỉ số này" : "chỉ số này"})`
        );
      if (levelBlank) parts.push("bỏ trống mức độ hài lòng (không tính vào tỷ lệ hài lòng)");
      return `Phiếu ở dòng ${row} ${parts.join("; ")}.`;
    }
  ),

  index1Estimate: withData(
    "index1Estimate",
    ["self", "estimate", "t"],
    (
      self: number,
      estimate: number,
      t: { early: number; onTime: number; late: number; resolved: number }
    ) =>
      `Điểm tự chấm chỉ số 1 là ${fmtScore(self)}, lệch hơn 0,3 so với ước tính ${fmtScore(estimate)} từ Biểu 06a ` +
      `(${fmtNumber(t.early)} hồ sơ trước hạn, ${fmtNumber(t.onTime)} đúng hạn, ${fmtNumber(t.late)} quá hạn trên ` +
      `${fmtNumber(t.resolved)} hồ sơ đã giải quyết).`
  ),
};

/** Conflicts reported by the fill (a typed value that disagrees is kept, never overwritten). */
export const evalConflictMsg = {
  score: (no: number, typed: string, mean: number, n: number): string =>
    `Điểm tự chấm chỉ số ${no} đã ghi ${typed}, khác điểm trung bình ${fmtScore(mean)} ` +
    `của ${fmtNumber(n)} phiếu; giữ nguyên, không ghi đè.`,
  total: (c: EvalScoreColumn, typed: string, sum: number): string =>
    `Tổng ${COLUMN_LABEL[c]} đã ghi ${typed}, khác tổng chín chỉ số ${fmtScore(sum)}; giữ nguyên, không ghi đè.`,
  grade: (typed: string, computed: string): string =>
    `Xếp loại đã ghi ${quote(typed)}, khác xếp loại tính được ${quote(computed)}; giữ nguyên, không ghi đè.`,
  gradeNoPlace: (computed: string): string =>
    `Ô ghi chú của dòng Tổng cộng đã có nội dung khác, không có chỗ trống để ghi xếp loại ${quote(computed)}.`,
  share: (level: string, typed: string, computed: number): string =>
    `Tỷ lệ mức ${quote(level)} đã ghi ${typed}, khác tỷ lệ tính từ phiếu ${fmtNumber(computed, 1)}%; giữ nguyên, không ghi đè.`,
  count: (level: string, typed: string, computed: number): string =>
    `Số phiếu mức ${quote(level)} đã ghi ${typed}, khác số đếm được ${fmtNumber(computed)}; giữ nguyên, không ghi đè.`,
  ballots: (typed: string, counted: number): string =>
    `Số phiếu đánh giá đã ghi ${typed}, khác số phiếu đếm được ${fmtNumber(counted)}; giữ nguyên, không ghi đè.`,
};

/** What a fill wrote, for the list shown to the clerk. */
export const evalFilledLabel = {
  score: (no: number): string => `Điểm tự chấm chỉ số ${no}`,
  total: (c: EvalScoreColumn | "max"): string =>
    c === "max" ? "Tổng điểm chuẩn" : `Tổng ${COLUMN_LABEL[c]}`,
  grade: "Xếp loại",
  share: (level: string): string => `Tỷ lệ mức ${quote(level)}`,
  count: (level: string): string => `Số phiếu mức ${quote(level)}`,
  ballots: "Số phiếu đánh giá",
};
