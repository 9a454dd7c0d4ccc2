// Vietnamese text of the command line.
import { REGIMES } from "../core/regime";
export const CLI_MSG = {
  programDescription:
    "Kiểm tra, điền số liệu và lập báo cáo kiểm soát thủ tục hành chính từ tệp Excel: Biểu 06a; đánh giá " +
    "của người dân (chín chỉ số với kỳ báo cáo đến ngày 30/06/2025, các nội dung tại khoản 1 Điều 33 " +
    "Nghị định 118/2025/NĐ-CP từ ngày 01/07/2025); báo cáo Word.",
  checkDescription: "Kiểm tra Biểu 06a trong tệp .xlsx và liệt kê các ô sai (không sửa tệp).",
  fillDescription:
    "Điền công thức tổng, dòng tổng, số 0 cho ô trống và bảng tỷ lệ %, ghi ra tệp mới.",
  argFile: "tệp Excel .xlsx",
  optJson: "in kết quả dạng JSON",
  optSheet: "chỉ tìm biểu trong trang tính này",
  optPrevious: "tệp của kỳ trước, để đối chiếu cột (6) với cột (11) kỳ trước",
  optOutput: "tệp .xlsx kết quả",
  optInPlace: "ghi đè lên chính tệp đầu vào (an toàn: ghi tệp tạm rồi đổi tên)",
  formFound: (where: string, rows: number) => `Biểu 06a: ${where}; ${rows} dòng lĩnh vực.`,
  /** A workbook with more than one Biểu 06a: the first is used. */
  otherForms: (
    used: { sheet: string; range: string },
    others: { sheet: string; range: string }[]
  ) =>
    `Lưu ý: tệp có ${others.length + 1} Biểu 06a; lệnh này dùng biểu đầu tiên (trang "${used.sheet}", vùng ${used.range}), không dùng ` +
    others.map((o) => `biểu ở trang "${o.sheet}", vùng ${o.range}`).join("; ") +
    "." +
    (others.some((o) => o.sheet !== used.sheet)
      ? " Dùng --sheet TÊN_TRANG để chọn biểu ở trang khác."
      : ""),
  checkSummary: (errors: number, warnings: number) =>
    errors === 0 && warnings === 0
      ? "Kết quả: không có lỗi, không có cảnh báo."
      : `Kết quả: ${errors} lỗi, ${warnings} cảnh báo.`,
  filledCount: (n: number, target: string) => `Đã điền ${n} ô; ghi vào "${target}".`,
  andMore: (n: number) => `  … và ${n} ô khác.`,
  conflicts: (n: number) =>
    `${n} ô đã có giá trị khác với giá trị tính được (giữ nguyên, cần kiểm tra lại):`,
  afterFill: "Kiểm tra lại sau khi điền:",
  fillNoTarget: "Cần chỉ rõ tệp kết quả: -o TỆP_MỚI.xlsx, hoặc --in-place để ghi đè tệp đầu vào.",
  fillBothTargets: "Chỉ dùng một trong hai: -o TỆP_MỚI.xlsx hoặc --in-place.",
  fillSameFile: "Tệp kết quả trùng tệp đầu vào; dùng --in-place nếu muốn ghi đè.",
  /** The output file could not be written (fs error code); the target is unchanged. */
  cannotWrite: (target: string, code: string | undefined, inPlace: boolean) => {
    const reasons: Record<string, string> = {
      ENOENT: "thư mục không tồn tại",
      ENOTDIR: "thư mục không tồn tại",
      EACCES: "không có quyền ghi vào thư mục này",
      EPERM: "không có quyền ghi vào thư mục này, hoặc tệp đang được mở trong chương trình khác",
      EROFS: "ổ đĩa chỉ cho phép đọc",
      EBUSY: "tệp đang được mở trong chương trình khác (hãy đóng Excel rồi chạy lại)",
      ENOSPC: "ổ đĩa đã đầy",
      EISDIR: "đó là một thư mục",
    };
    const why = (code && reasons[code]) || `lỗi hệ thống ${code ?? "không rõ"}`;
    return `Không ghi được tệp "${target}": ${why}` + (inPlace ? "; tệp gốc không thay đổi." : ".");
  },
  /** A command-line mistake, from commander's error code and (English) message. */
  usage: (code: string, message: string) => {
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
    const see = ' Xem "tthc --help".';
    switch (code) {
      case "commander.missingArgument":
        return `Thiếu tham số ${quoted}: cần tên tệp Excel .xlsx.` + see;
      case "commander.unknownOption":
        return `Tùy chọn không hợp lệ: ${quoted}.` + see;
      case "commander.unknownCommand":
        return (
          `Lệnh không hợp lệ: ${quoted}; các lệnh là check, fill, score, report, convert, rollup.` +
          see
        );
      case "commander.optionMissingArgument":
        return `Tùy chọn ${quoted.replace(/\s*<[^>]*>$/, "")} cần một giá trị.` + see;
      case "commander.excessArguments":
        return `Thừa tham số cho lệnh ${quoted}: mỗi lần chỉ một tệp.` + see;
      case "commander.help":
        return "Cần một lệnh: check, fill, score, report, convert hoặc rollup." + see;
      default:
        return "Câu lệnh không hợp lệ." + see;
    }
  },
  unexpected: (m: string) => `Lỗi không mong đợi: ${m}`,
  scoreDescription:
    "Đánh giá của người dân: kỳ báo cáo đến ngày 30/06/2025 chấm chín chỉ số (điểm trung bình từ " +
    "phiếu, tổng điểm, xếp loại, mức độ hài lòng); từ ngày 01/07/2025 tổng hợp số lượt đánh giá từng nội " +
    "dung tại khoản 1 Điều 33 Nghị định 118/2025/NĐ-CP.",
  reportDescription: "Tạo báo cáo Word (.docx) từ số liệu trong tệp Excel.",
  optScoreOutput: "ghi tệp .xlsx đã điền điểm, tổng, xếp loại và tỷ lệ hài lòng",
  optReportOutput: "tệp báo cáo .docx",
  optTemplate: "mẫu báo cáo Handlebars (.hbs) thay cho mẫu mặc định",
  optForce: "vẫn tạo báo cáo khi số liệu còn lỗi",
  optAllRows: "đưa mọi dòng của Biểu 06a vào bảng kèm theo (mặc định: chỉ lĩnh vực có hồ sơ)",
  noEvaluation:
    'Không tìm thấy bảng đánh giá (cần các cột "Chỉ số", "Tên chỉ số", "Điểm chuẩn", "Điểm tự chấm").',
  scoreHeader: (sheet: string, ballots: number | null) =>
    `Bảng đánh giá: trang "${sheet}"` +
    (ballots !== null ? `; ${ballots} phiếu đánh giá.` : "; không có phiếu đánh giá."),
  grade: (g: string | null, basis: "appraised" | "self") =>
    g
      ? `Xếp loại: ${g} (theo ${basis === "appraised" ? "điểm thẩm định" : "điểm tự chấm"})`
      : "Xếp loại: chưa xác định (thiếu điểm).",
  satisfaction: (s: string) => `Mức độ hài lòng: ${s}`,
  index1Estimate: (v: string) => `Ước tính chỉ số 1 từ Biểu 06a: ${v}`,
  reportNoTarget: "Cần chỉ rõ tệp báo cáo: -o BAO-CAO.docx.",
  templateUnreadable: (f: string) => `Không đọc được mẫu báo cáo "${f}".`,
  reportBlocked: (n: number) =>
    `Chưa tạo báo cáo: số liệu còn ${n} lỗi (sửa lỗi, hoặc dùng --force để vẫn tạo):`,
  reportForced: (n: number) => `Cảnh báo: báo cáo được tạo dù số liệu còn ${n} lỗi (--force):`,
  warningsHeader: "Cảnh báo:",
  reportWritten: (f: string, bytes: number) =>
    `Đã tạo báo cáo "${f}" (${Math.round(bytes / 1024)} KB).`,
  /** The file's text was in a legacy encoding and has been read as Unicode (said once per command). */
  legacyRead: (encoding: string) =>
    `Tệp dùng bảng mã ${encoding}; đã đọc chuyển sang Unicode. Dùng lệnh "tthc convert" để chuyển hẳn.`,
  legacyFillKept:
    "Các ô chữ đã có của tệp được giữ nguyên bảng mã cũ; lệnh fill chỉ ghi các ô của mình (chữ Unicode, phông Times New Roman).",
  htmlInPlace: (f: string) =>
    `Tệp "${f}" là bảng HTML xuất từ phần mềm một cửa, không ghi đè được; hãy dùng -o TỆP_MỚI.xlsx để ghi ra tệp Excel.`,
  htmlTargetNotXlsx: (t: string) =>
    `Tệp kết quả "${t}" phải có đuôi .xlsx: kết quả luôn là tệp Excel .xlsx.`,
  convertDescription:
    "Chuyển chữ mã TCVN3 (ABC) hoặc VNI sang Unicode và đổi phông .VnTime, VNI-… sang Times New Roman; ghi ra tệp mới.",
  optFrom: "bảng mã của tệp: tcvn3 hoặc vni (mặc định: tự nhận biết)",
  convertBadFrom: (v: string) =>
    `Bảng mã không hợp lệ: "${v}"; chỉ dùng --from tcvn3 hoặc --from vni.`,
  convertAlreadyUnicode: (f: string, encoding: string, cell: string) =>
    `Tệp "${f}" đã dùng chữ Unicode (ví dụ ô ${cell}); chuyển từ bảng mã ${encoding} sẽ làm hỏng ` +
    `chữ, nên không chuyển và không ghi tệp nào.`,
  convertNothing: (f: string) =>
    `Không thấy chữ mã TCVN3 (ABC) hay VNI trong "${f}": không có gì để chuyển, không ghi tệp nào.`,
  convertDone: (cells: number, encoding: string, fonts: number, target: string) =>
    `Đã chuyển ${cells} ô chữ từ bảng mã ${encoding} sang Unicode` +
    (fonts > 0 ? `, đổi phông ${fonts} ô sang Times New Roman` : "") +
    `; ghi vào "${target}".`,
};

const dmy = (iso: string) => iso.split("-").reverse().join("/");

/**
 * Who rolls up, by regime (regime data `rollup.levelWord`, `from`, `to`): under NĐ 118/2025 the
 * province (Điều 8.2.a; no district from 01/07/2025), before it the district. Newest first.
 */
const ROLLUP_LEVELS = [...REGIMES]
  .reverse()
  .map(
    (r) =>
      `của cấp ${r.rollup.levelWord} với kỳ báo cáo ${r.to ? `đến ngày ${dmy(r.to)}` : `từ ngày ${dmy(r.from)}`} (${r.name})`
  )
  .join(", ");

/** Vietnamese text of `tthc rollup`. */
export const ROLLUP_CLI_MSG = {
  description:
    "Tổng hợp Biểu 06a và kết quả đánh giá của nhiều đơn vị (các tệp .xlsx, hoặc một thư mục) " +
    `thành sổ tính tổng hợp ${ROLLUP_LEVELS}.`,
  argInputs: "thư mục chứa các tệp .xlsx của đơn vị, hoặc các tệp .xlsx",
  optOutput: "tệp .xlsx tổng hợp (bắt buộc)",
  optReport: "tạo thêm báo cáo tổng hợp Word (.docx)",
  optSynonyms:
    'bảng tên gọi khác của lĩnh vực: tệp .json, hoặc tệp .xlsx có trang "Tên gọi khác của lĩnh vực"',
  optUnit: 'tên đơn vị tổng hợp, ví dụ "UBND THỊ XÃ BỈM SƠN"',
  optWorkers:
    "số luồng phụ đọc tệp song song (mặc định 0: đọc lần lượt; 2 khi máy có lõi CPU rảnh)",
  noTarget: "Cần chỉ rõ tệp tổng hợp: -o TONG-HOP.xlsx.",
  sameTargets: "Tệp tổng hợp (-o) và tệp báo cáo (--report) phải khác nhau.",
  noInput: "Không có tệp .xlsx nào để tổng hợp.",
  emptyDir: (d: string) => `Thư mục "${d}" không có tệp .xlsx nào.`,
  notFound: (f: string) => `Không tìm thấy tệp hoặc thư mục "${f}".`,
  duplicatesSkipped: (files: string[]) =>
    `Bỏ qua ${files.length} tệp đã có trong danh sách (mỗi tệp chỉ đọc một lần): ${files.join(", ")}`,
  badWorkers: (v: string) => `Số luồng không hợp lệ: "${v}" (cần một số nguyên từ 0 đến 64).`,
  synonymsUnreadable: (f: string) => `Không đọc được bảng từ đồng nghĩa "${f}".`,
  synonymsBadJson: (f: string, key: string | null) =>
    `Bảng từ đồng nghĩa "${f}" không đúng dạng: cần {"Tên lĩnh vực": ["tên khác", …], …}` +
    (key && key !== "not an object" ? ` (lỗi ở mục "${key}").` : "."),
  synonymsNoSheet: (f: string) => `Tệp "${f}" không có trang "Tên gọi khác của lĩnh vực".`,
  unexpected: (m: string) => `Lỗi không mong đợi khi đọc tệp: ${m}`,
  summarySkipped: (f: string) =>
    `"${f}" là sổ tính tổng hợp (do tthc rollup tạo), không phải tệp của đơn vị.`,
  summariesSkipped: (files: string[]) =>
    `Bỏ qua ${files.length} sổ tính tổng hợp (không cộng lại kết quả tổng hợp): ${files.join(", ")}`,
  badFiles: (n: number) => `Không đọc được ${n} tệp (không đưa vào tổng hợp):`,
  nothingRead: "Không đọc được tệp nào của đơn vị; không ghi tệp tổng hợp.",
  read: (
    units: number,
    files: number,
    period: string | null,
    periodUnits: number,
    seconds: string
  ) =>
    `Đã đọc ${units}/${files} tệp trong ${seconds.replace(".", ",")} giây; ` +
    (period
      ? `kỳ báo cáo ${period} (${periodUnits}/${units} đơn vị).`
      : "không đơn vị nào ghi kỳ báo cáo."),
  fields: (n: number, received: string, resolved: string, pending: string) =>
    `Biểu 06a tổng hợp: ${n} lĩnh vực; nhận giải quyết ${received}, đã giải quyết ${resolved}, đang giải quyết ${pending} hồ sơ.`,
  unitsWithErrors: (n: number) => `Đơn vị có lỗi trong tệp báo cáo (${n}):`,
  notes: (n: number) => `Lưu ý khi tổng hợp (${n}):`,
  districtCheck: "Kiểm tra Biểu 06a tổng hợp:",
  written: (f: string, sheets: string[]) => `Đã ghi "${f}" (trang: ${sheets.join(", ")}).`,
};
