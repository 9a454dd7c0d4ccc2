// Vietnamese text of the narrative report: the "Thuyết minh" sheet's labels and hints,
import { withData } from "./message";
import { EVAL_HEADERS, EVAL_LAYOUT } from "./evaluation";
// the attachment tables' headers, and the warnings of buildReportData / the template.

/** Default name of the text sheet. */
export const TEXT_SHEET_NAME = "Thuyết minh";

/** Printed where a value is missing (a dotted blank the clerk fills by hand). */
export const BLANK = "…";

/** Printed for an outline section the clerk left empty. */
export const EMPTY_SECTION = "Không có nội dung báo cáo.";

export const TEXT_SHEET_TEXT = {
  title: "THUYẾT MINH BÁO CÁO KIỂM SOÁT THỦ TỤC HÀNH CHÍNH",
  intro:
    'Điền nội dung vào cột B. Ô để trống: báo cáo in dấu "…" (thông tin, số liệu) hoặc ' +
    '"Không có nội dung báo cáo." (mục thuyết minh). Xuống dòng trong một ô: Alt+Enter.',
  colLabel: "Nội dung",
  colValue: "Giá trị",
  colHint: "Hướng dẫn",
  groupHeader: "THÔNG TIN VĂN BẢN",
  groupFigures: "SỐ LIỆU BỔ SUNG (ngoài Biểu 06a và Bảng đánh giá)",
  groupSections: "NỘI DUNG THUYẾT MINH THEO ĐỀ CƯƠNG",
} as const;

export const HINT = {
  lines: "Mỗi dòng một mục (Alt+Enter để xuống dòng).",
  date: "Dạng dd/mm/yyyy, ví dụ 15/03/2024.",
  number: 'Phần sau "Số:", ví dụ 15/BC-UBND; để trống số khi chưa vào sổ: /BC-UBND.',
  period: "Ví dụ: Quý I năm 2024. Để trống: lấy theo kỳ của Biểu 06a.",
  authority: "Ví dụ: KT. CHỦ TỊCH, TM. ỦY BAN NHÂN DÂN; để trống nếu Chủ tịch ký.",
  count: "Số nguyên, không âm.",
  percent: "Số phần trăm, ví dụ 100.",
  section: 'Để trống: in "Không có nội dung báo cáo."',
  sectionWithFigures: "Bổ sung sau các câu có số liệu; có thể để trống.",
  opening: "Để trống: dùng đoạn mở đầu mặc định.",
  closing: "Để trống: dùng đoạn kết mặc định.",
  lateCauses:
    "Khi có hồ sơ quá hạn (cột 10, 13 của Biểu 06a): nêu nguyên nhân; báo cáo liệt kê vào phần còn thiếu nếu để trống.",
  apologies:
    "Khi có hồ sơ quá hạn: số, ngày Phiếu xin lỗi và hẹn lại ngày trả kết quả (văn bản xin lỗi) đã gửi tổ chức, cá nhân.",
} as const;

/** Subject line (trích yếu) of the report, for a period label such as "quý I năm 2024". */
export function reportSubject(periodLabel: string): string {
  return (
    "Kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông " +
    "và thực hiện thủ tục hành chính trên môi trường điện tử " +
    periodLabel
  );
}

export const REPORT_TITLE = "BÁO CÁO";

/** The document type in prose ("Kèm theo Báo cáo số …"). */
export const REPORT_TITLE_PROSE = "Báo cáo";

/** Default signer's title when the sheet gives none. */
export const DEFAULT_SIGNER_TITLE = "CHỦ TỊCH";

/** Default "Nơi nhận" list when the sheet gives none. */
export const DEFAULT_NOI_NHAN = ["Như trên;", "Lưu: VT."];

/** Names of the nine indices (Nghị định 61/2018/NĐ-CP), used when the evaluation gives none. */
export const INDEX_NAMES: readonly string[] = [
  "Tổng thời gian giải quyết thủ tục hành chính so với thời gian cho phép",
  "Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết",
  "Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ",
  "Số lượng cơ quan, đơn vị, tổ chức phải liên hệ",
  "Thực hiện tổ chức tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một cửa",
  "Công khai các thủ tục hành chính",
  "Thái độ của cán bộ, công chức, viên chức",
  "Tiếp thu, giải trình đối với ý kiến phản ánh, kiến nghị",
  "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến",
];

/** The five satisfaction levels, lowest first. */
export const SATISFACTION_LABELS = {
  veryDissatisfied: "Rất không hài lòng",
  dissatisfied: "Không hài lòng",
  neutral: "Bình thường",
  satisfied: "Hài lòng",
  verySatisfied: "Rất hài lòng",
} as const;

// ---- Attachment tables ----------------------------------------------------------

export const TABLE_06A = {
  formNo: "Biểu số 06a/VPCP/KSTT",
  title: "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
  period: (from: string, to: string): string => `(Từ ngày ${from} đến ngày ${to})`,
  unitOfCount: "Đơn vị tính: Số hồ sơ TTHC",
  stt: "STT",
  field: "Lĩnh vực, công việc giải quyết theo cấp",
  received: "Số hồ sơ nhận giải quyết",
  resolved: "Số hồ sơ đã giải quyết",
  pending: "Số lượng hồ sơ đang giải quyết",
  total: "Tổng số",
  inPeriod: "Trong kỳ",
  online: "Trực tuyến",
  direct: "Trực tiếp, dịch vụ bưu chính",
  carriedOver: "Từ kỳ trước",
  early: "Trước hạn",
  onTime: "Đúng hạn",
  late: "Quá hạn",
  withinTime: "Trong hạn",
  overdue: "Quá hạn",
  totalRow: "Tổng cộng",
  noteFiltered:
    "Bảng chỉ gồm các lĩnh vực có hồ sơ trong kỳ; đầy đủ các dòng tại Biểu 06a của sổ tính.",
  /** When the rows of Biểu 06a are units (an export by unit). */
  unitField: "Đơn vị",
  noteFilteredUnits:
    "Bảng chỉ gồm các đơn vị có hồ sơ trong kỳ; đầy đủ các dòng tại Biểu 06a của sổ tính.",
} as const;

/** The evaluation table of the report's annex: the same words as the evaluation sheet's. */
export const TABLE_EVAL = {
  title: EVAL_LAYOUT.title,
  unit: (u: string): string => `${EVAL_LAYOUT.unitLabel} ${u}`,
  when: (label: string): string => `${EVAL_LAYOUT.periodLabel} ${label}`,
  ballots: (n: string): string => `${EVAL_HEADERS.ballotsLabel}: ${n}`,
  partIndices: EVAL_LAYOUT.sectionScores,
  partSatisfaction: EVAL_LAYOUT.sectionSatisfaction,
  no: EVAL_HEADERS.no,
  name: EVAL_HEADERS.name,
  max: EVAL_HEADERS.max,
  self: EVAL_HEADERS.self,
  appraised: EVAL_HEADERS.appraised,
  note: EVAL_HEADERS.note,
  totalRow: EVAL_HEADERS.total,
  grade: (g: string): string => `${EVAL_HEADERS.gradeLabel}: ${g}`,
  satisfactionHeader: "Tỷ lệ % mức độ hài lòng trong việc giải quyết thủ tục hành chính",
} as const;

// ---- Warnings -------------------------------------------------------------------------

const list = (items: string[]): string => items.join("; ");

export const REPORT_MSG = {
  noTextSheet: (blanks: string[]): string =>
    `Sổ tính không có trang "${TEXT_SHEET_NAME}": báo cáo dùng câu chữ mặc định, lấy đơn vị và kỳ báo cáo từ Biểu 06a` +
    (blanks.length ? `; để dấu "…" ở: ${list(blanks)}.` : "."),
  textMissing: (labels: string[]): string =>
    `Trang "${TEXT_SHEET_NAME}" còn trống hoặc thiếu: ${list(labels)}. Báo cáo để dấu "…" ở các chỗ này.`,
  no06a:
    "Không có số liệu Biểu 06a: mục 6 (kết quả giải quyết TTHC) và bảng 06a kèm theo để trống.",
  noScore:
    "Không có Bảng đánh giá: mục 7đ (chín chỉ số, mức độ hài lòng) và bảng đánh giá kèm theo để trống.",
  noPeriod:
    'Không xác định được kỳ báo cáo (thiếu kỳ ở Biểu 06a và ở trang Thuyết minh): báo cáo ghi "…".',
  periodMismatch: (sheetLabel: string, formLabel: string): string =>
    `Kỳ báo cáo ở trang "${TEXT_SHEET_NAME}" (${sheetLabel}) khác kỳ của Biểu 06a (${formLabel}); ` +
    `báo cáo dùng kỳ của trang "${TEXT_SHEET_NAME}".`,
  unitMismatch: (sheetUnit: string, formUnit: string): string =>
    `Tên đơn vị ở trang "${TEXT_SHEET_NAME}" (${sheetUnit}) khác tên ở Biểu 06a (${formUnit}); báo ` +
    `cáo dùng tên ở trang "${TEXT_SHEET_NAME}".`,
  noUnit: 'Không rõ tên đơn vị (thiếu ở trang Thuyết minh và Biểu 06a): báo cáo ghi "…".',
  figureTwice: (
    what: string,
    tableCell: string,
    tableValue: string,
    textCell: string,
    textValue: string
  ): string =>
    `${what}: Biểu 06a (${tableCell}) ghi ${tableValue}, trang "${TEXT_SHEET_NAME}" (${textCell}) ghi ${textValue}; ` +
    `báo cáo dùng số của Biểu 06a, cần sửa lại một trong hai ô.`,
  onlineDossiers: "Số hồ sơ tiếp nhận trực tuyến",
  lateUnexplained: (late: number, overdue: number): string =>
    `Có ${late} hồ sơ giải quyết quá hạn và ${overdue} hồ sơ đang quá hạn nhưng trang "${TEXT_SHEET_NAME}" chưa ghi ` +
    `nguyên nhân và văn bản xin lỗi đã gửi; báo cáo ghi là còn thiếu.`,
  satisfactionUnreadable:
    "Các tỷ lệ hài lòng của Bảng đánh giá không cộng thành 100%: báo cáo in đúng như số liệu, cần kiểm tra lại.",
} as const;

/** Readable names of what fell back to a dotted blank (used in the warnings). */
export const BLANK_NAMES = {
  unit: "tên đơn vị",
  parentBody: "cơ quan cấp trên",
  recipients: "nơi gửi (Kính gửi)",
  place: "địa danh",
  date: "ngày báo cáo",
  number: "số văn bản",
  period: "kỳ báo cáo",
  signerTitle: "chức vụ người ký",
  signerName: "họ tên người ký",
  noiNhan: "nơi nhận",
  figures:
    "số liệu bổ sung (công bố, rà soát, phản ánh kiến nghị, dịch vụ công trực tuyến, bản sao điện tử)",
  sections: "nội dung thuyết minh các mục (in câu mặc định)",
  lateCauses: "nguyên nhân hồ sơ quá hạn",
  apologies: "văn bản xin lỗi đối với hồ sơ quá hạn",
} as const;

// ---- Template errors --------------------------------------------------------------------

export const TEMPLATE_MSG = {
  compile: (detail: string): string => `Mẫu báo cáo (.hbs) có lỗi cú pháp: ${detail}`,
  render: (detail: string): string => `Không tạo được nội dung báo cáo từ mẫu: ${detail}`,
  /** Where: " ở dòng N" (or nothing). */
  atLine: (line: number | null): string => (line ? ` ở dòng ${line}` : ""),
  unclosed: (name: string, line: number): string =>
    `Mẫu báo cáo (.hbs) có lỗi cú pháp: khối {{#${name}}} mở ở dòng ${line} chưa được đóng bằng {{/${name}}}.`,
  mismatched: (open: string, openLine: number, close: string, line: number): string =>
    `Mẫu báo cáo (.hbs) có lỗi cú pháp ở dòng ${line}: {{/${close}}} không khớp với khối {{#${open}}} mở ở dòng ${openLine}.`,
  unopened: (close: string, line: number): string =>
    `Mẫu báo cáo (.hbs) có lỗi cú pháp ở dòng ${line}: {{/${close}}} không có khối {{#${close}}} tương ứng.`,
  unclosedTag: (line: number): string =>
    `Mẫu báo cáo (.hbs) có lỗi cú pháp: dấu {{ ở dòng ${line} chưa được đóng bằng }}.`,
  /** Handlebars' own parse error, its English left out: the line and the text there. */
  parseAt: (line: number, near: string): string =>
    `Mẫu báo cáo (.hbs) có lỗi cú pháp ở dòng ${line}, gần "${near}".`,
  parse: "Mẫu báo cáo (.hbs) có lỗi cú pháp.",
  tooDeep: (limit: number, line: number | null): string =>
    `Không tạo được nội dung báo cáo từ mẫu: khối hoặc partial lồng nhau quá ${limit} ` +
    `tầng${line ? ` (ở dòng ${line})` : ""}; có thể một partial tự gọi lại chính nó.`,
  tooManySteps: (limit: number, line: number | null): string =>
    `Không tạo được nội dung báo cáo từ mẫu: mẫu chạy quá ${limit.toLocaleString("vi-VN")} ` +
    `bước${line ? ` (đến dòng ${line})` : ""}; hãy bớt các vòng lặp {{#each}} lồng nhau.`,
  tooLong: (limit: number): string =>
    `Không tạo được nội dung báo cáo từ mẫu: nội dung vượt ${limit.toLocaleString("vi-VN")} ký tự; hãy kiểm tra các vòng lặp trong mẫu.`,
  tooManyTables: (n: number, limit: number): string =>
    `Mẫu báo cáo chèn ${n.toLocaleString("vi-VN")} bảng, vượt giới hạn ${limit} bảng.`,
} as const;

// ---- Text sheet findings ------------------------------------------------------------------

export const TEXT_FINDING = {
  notANumber: withData(
    "notANumber",
    ["label", "text"],
    (label: string, text: string) =>
      `"${label}": "${text}" không phải là số nguyên không âm; báo cáo để dấu "…".`
  ),
  notAPercent: withData(
    "notAPercent",
    ["label", "text"],
    (label: string, text: string) =>
      `"${label}": "${text}" không phải là tỷ lệ phần trăm; báo cáo để dấu "…".`
  ),
  notADate: withData(
    "notADate",
    ["label", "text"],
    (label: string, text: string) =>
      `"${label}": không đọc được ngày "${text}" (dạng dd/mm/yyyy); báo cáo để trống ngày.`
  ),
  duplicate: withData(
    "duplicate",
    ["label", "firstCell"],
    (label: string, firstCell: string) =>
      `"${label}" có hai lần trong trang; dùng giá trị ở ô ${firstCell}.`
  ),
} as const;
