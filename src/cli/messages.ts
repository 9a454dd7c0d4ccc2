// Vietnamese text of the command line.
export const CLI_MSG = {
  programDescription: "Kiểm tra, điền số liệu và lập báo cáo kiểm soát thủ tục hành chính (Biểu 06a, chín chỉ số, báo cáo Word) từ tệp Excel.",
  checkDescription: "Kiểm tra Biểu 06a trong tệp .xlsx và liệt kê các ô sai (không sửa tệp).",
  fillDescription: "Điền công thức tổng, dòng tổng, số 0 cho ô trống và bảng tỷ lệ %, ghi ra tệp mới.",
  argFile: "tệp Excel .xlsx",
  optJson: "in kết quả dạng JSON",
  optSheet: "chỉ tìm biểu trong trang tính này",
  optPrevious: "tệp của kỳ trước, để đối chiếu cột (6) với cột (11) kỳ trước",
  optOutput: "tệp .xlsx kết quả",
  optInPlace: "ghi đè lên chính tệp đầu vào (an toàn: ghi tệp tạm rồi đổi tên)",
  formFound: (where: string, rows: number) => `Biểu 06a: ${where}; ${rows} dòng lĩnh vực.`,
  checkSummary: (errors: number, warnings: number) =>
    errors === 0 && warnings === 0 ? "Kết quả: không có lỗi, không có cảnh báo." : `Kết quả: ${errors} lỗi, ${warnings} cảnh báo.`,
  filledCount: (n: number, target: string) => `Đã điền ${n} ô; ghi vào "${target}".`,
  andMore: (n: number) => `  … và ${n} ô khác.`,
  conflicts: (n: number) => `${n} ô đã có giá trị khác với giá trị tính được (giữ nguyên, cần kiểm tra lại):`,
  afterFill: "Kiểm tra lại sau khi điền:",
  fillNoTarget: "Cần chỉ rõ tệp kết quả: -o TỆP_MỚI.xlsx, hoặc --in-place để ghi đè tệp đầu vào.",
  fillBothTargets: "Chỉ dùng một trong hai: -o TỆP_MỚI.xlsx hoặc --in-place.",
  fillSameFile: "Tệp kết quả trùng tệp đầu vào; dùng --in-place nếu muốn ghi đè.",
  unexpected: (m: string) => `Lỗi không mong đợi: ${m}`,
};
