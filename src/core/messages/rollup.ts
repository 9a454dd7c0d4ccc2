// Vietnamese text of the district roll-up (tổng hợp cấp huyện): sheet names and labels of the
// district workbook, the roll-up's notes, and the Word summary. Every export carries a
// ROLLUP_ prefix so that the messages index can re-export it beside the other areas.
import { fmtNumber } from "../text/numbers";

/** Sheets of the district workbook. */
export const ROLLUP_SHEETS = {
  form06a: "Biểu 06a",
  byUnit: "Theo đơn vị",
  evaluation: "Đánh giá theo đơn vị",
  problems: "Tổng hợp lỗi",
  synonyms: "Tên gọi khác của lĩnh vực",
} as const;

/**
 * The sheet of other names of fields (a synonyms table), read by --synonyms and written into the
 * district workbook. Earlier versions named it "Từ đồng nghĩa" (a word clerks do not use for
 * this); a workbook with that sheet is still read.
 */
export const ROLLUP_SYNONYMS_SHEET = {
  name: "Tên gọi khác của lĩnh vực",
  oldNames: ["Từ đồng nghĩa"] as readonly string[],
  headerField: "Lĩnh vực (tên trong biểu tổng hợp)",
  headerOthers: "Tên gọi khác",
  hint:
    "Mỗi dòng một lĩnh vực: cột A là tên in trong biểu tổng hợp, các cột sau là những cách ghi " +
    "khác của cùng lĩnh vực. Dùng lại bằng: tthc rollup … --synonyms TỆP.xlsx",
} as const;

/** Labels of the district workbook's sheets. */
export const ROLLUP_LAYOUT = {
  unitHeader: "Đơn vị",
  totalLabel: "Tổng cộng",
  blankUnit: "……………………",
  evalTitle: "KẾT QUẢ ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CỦA CÁC ĐƠN VỊ",
  evalStt: "STT",
  evalUnit: "Đơn vị",
  evalIndex: (i: number): string => `Chỉ số ${i}`,
  evalTotal: "Tổng điểm",
  evalGrade: "Xếp loại",
  evalBasis: "Điểm theo",
  evalBallots: "Số phiếu đánh giá",
  evalSatisfied: "Hài lòng và rất hài lòng (%)",
  basis: { appraised: "Thẩm định", self: "Tự chấm" } as Record<"appraised" | "self", string>,
  meanRow: "Bình quân",
  noEvaluation: "Không có bảng đánh giá",
  evalNote:
    "Điểm theo điểm thẩm định khi có, nếu không theo điểm tự chấm. Xếp loại của từng đơn vị như đơn " +
    "vị đã chấm; xếp loại dòng bình quân theo tổng điểm bình quân.",
  indexLegend: "Tên các chỉ số:",
  problemsTitle: "KẾT QUẢ ĐỌC VÀ KIỂM TRA CÁC TỆP BÁO CÁO CỦA ĐƠN VỊ",
  problemsHeaders: ["STT", "Tệp", "Đơn vị", "Kỳ báo cáo", "Số lỗi", "Số cảnh báo", "Nội dung"],
  notesTitle: "LƯU Ý KHI TỔNG HỢP",
  notesHeaders: ["STT", "Mức độ", "Nội dung"],
  noProblems: "Không có lỗi, không có cảnh báo.",
  noNotes: "Không có.",
  unreadable: (reason: string): string => `Không đọc được tệp, không đưa vào tổng hợp: ${reason}`,
  noPeriod: "không rõ",
  periodLine: (from: string, to: string): string => `(Từ ngày ${from} đến ngày ${to})`,
  periodBlank: "(Từ ngày …/…/… đến ngày …/…/…)",
} as const;

const list = (xs: string[], max = 5): string =>
  xs.length <= max
    ? xs.join(", ")
    : `${xs.slice(0, max).join(", ")} và ${xs.length - max} đơn vị khác`;

/** Notes of the roll-up (warnings unless said otherwise) and the summary of a unit's findings. */
export const ROLLUP_MSG = {
  unreadable: (file: string, reason: string): string => `Tệp "${file}" không đọc được: ${reason}`,
  periodDiffers: (
    unit: string,
    file: string,
    theirs: string,
    majority: string,
    n: number,
    total: number
  ): string =>
    `${unit} (tệp "${file}") báo cáo kỳ ${theirs}, khác kỳ của đa số đơn vị (${majority}; ${n}/${total} đơn vị).`,
  periodMissing: (unit: string, file: string): string =>
    `${unit} (tệp "${file}"): không đọc được kỳ báo cáo ở phần tiêu đề Biểu 06a.`,
  unknownField: (name: string, units: string[]): string =>
    `Lĩnh vực "${name}" không có trong danh mục lĩnh vực của biểu tổng hợp (vẫn giữ, xếp cuối biểu; ` +
    `thêm vào bảng từ đồng nghĩa nếu là tên khác của một lĩnh vực có sẵn): ${list(units)}.`,
  duplicateUnit: (unit: string, files: string[]): string =>
    `${unit} có ${files.length} tệp (${files.map((f) => `"${f}"`).join(", ")}): số liệu của đơn vị ` +
    `được cộng ${files.length} lần; kiểm tra lại.`,
  noEvaluation: (unit: string, file: string): string =>
    `${unit} (tệp "${file}"): không có bảng đánh giá chín chỉ số.`,
  districtFinding: (where: string, message: string): string =>
    `Biểu tổng hợp, ô ${where}: ${message}`,
  /** "2 lỗi (06a/balance ×2), 1 cảnh báo (06a/period). Đầu tiên: Biểu 06a!C12 …" */
  unitFindings: (
    errors: number,
    warnings: number,
    byRule: Record<string, number>,
    first: { sheet: string; cell: string; message: string } | null
  ): string => {
    if (errors === 0 && warnings === 0) return ROLLUP_LAYOUT.noProblems;
    const rules = Object.entries(byRule)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([r, k]) => (k > 1 ? `${r} ×${k}` : r))
      .join(", ");
    const head = [errors ? `${errors} lỗi` : "", warnings ? `${warnings} cảnh báo` : ""]
      .filter(Boolean)
      .join(", ");
    return (
      `${head} (${rules}).` +
      (first
        ? ` Ví dụ: ${first.sheet}!${first.cell}: ${first.message.replace(/[.\s]+$/, "")}.`
        : "")
    );
  },
  unitName: (fromFile: string): string => fromFile,
};

/** The Word summary (--report). */
export const ROLLUP_REPORT = {
  title: "BÁO CÁO",
  subject: (period: string): string =>
    `Tổng hợp tình hình, kết quả giải quyết thủ tục hành chính của các đơn vị cấp xã${period ? " " + period : ""}`,
  periodWords: (from: string, to: string): string => `từ ngày ${from} đến ngày ${to}`,
  number: "Số:      /BC-UBND",
  noiNhan: ["Như trên;", "Lưu: VT."],
  signature: { authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "" },
  opening: (units: number, period: string): string =>
    `Trên cơ sở báo cáo của ${fmtNumber(units)} đơn vị cấp ` +
    `xã${period ? ", kỳ báo cáo " + period : ""}, kết quả giải quyết thủ tục hành chính được tổng hợp như sau:`,
  sectionResults: "# I. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
  received: (total: number, online: number, direct: number, carried: number): string =>
    `Tổng số hồ sơ nhận giải quyết: ${fmtNumber(total)} hồ sơ (trực tuyến ${fmtNumber(online)}; ` +
    `trực tiếp, dịch vụ bưu chính ${fmtNumber(direct)}; từ kỳ trước chuyển sang ${fmtNumber(carried)}).`,
  resolved: (total: number, early: number, onTime: number, late: number, share: string): string =>
    `Số hồ sơ đã giải quyết: ${fmtNumber(total)} hồ sơ (trước hạn ${fmtNumber(early)}; đúng ` +
    `hạn ${fmtNumber(onTime)}; quá hạn ${fmtNumber(late)})${share ? `; tỷ lệ giải quyết trước và đúng hạn ${share}` : ""}.`,
  pending: (total: number, within: number, overdue: number): string =>
    `Số hồ sơ đang giải quyết: ${fmtNumber(total)} hồ sơ (trong hạn ${fmtNumber(within)}; quá hạn ${fmtNumber(overdue)}).`,
  fieldsWithDossiers: (n: number, all: number): string =>
    `Có ${fmtNumber(n)}/${fmtNumber(all)} lĩnh vực phát sinh hồ sơ trong kỳ (chi tiết tại Phụ lục 1).`,
  sectionEvaluation: "# II. KẾT QUẢ ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
  evaluationMean: (n: number, total: string, grade: string | null): string =>
    `Tổng điểm bình quân của ${fmtNumber(n)} đơn vị có bảng đánh giá: ${total}/18 ` +
    `điểm${grade ? `, xếp loại ${grade}` : ""} (chi tiết tại Phụ lục 2).`,
  gradeCounts: (parts: string): string => `Xếp loại các đơn vị: ${parts}.`,
  noEvaluation: "Không đơn vị nào có bảng đánh giá chín chỉ số.",
  sectionProblems: "# III. NHỮNG ĐIỂM CẦN LƯU Ý",
  noProblems: "Các tệp báo cáo của đơn vị đều đọc được và không có lỗi số liệu.",
  annex06a: "Phụ lục 1",
  annexEval: "Phụ lục 2",
  table06aTitle: "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC CỦA CÁC ĐƠN VỊ CẤP XÃ THEO LĨNH VỰC",
  tableUnitsTitle: "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC THEO ĐƠN VỊ",
  tableEvalTitle: "KẾT QUẢ ĐÁNH GIÁ VIỆC GIẢI QUYẾT TTHC CỦA CÁC ĐƠN VỊ",
  noteFiltered:
    'Bảng chỉ gồm các lĩnh vực có hồ sơ trong kỳ; đầy đủ các dòng tại trang "Biểu 06a" của sổ tính tổng hợp.',
};
