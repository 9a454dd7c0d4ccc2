// Vietnamese text of the preview page (the task pane's own text lives with the pane).

export const PREVIEW_MSG = {
  pageTitle: "Xem thử Báo cáo TTHC",
  workbookLabel: "Sổ làm việc mô phỏng",
  paneLabel: "Ngăn tác vụ Báo cáo TTHC",
  sampleMissing: "Không có sổ mẫu trong bản dựng này; hãy mở một tệp .xlsx.",
  noStorage: "Trình duyệt không cho lưu tạm sổ làm việc (sessionStorage bị tắt).",
  tooLarge: "Tệp quá lớn để mở trong bản xem thử (vượt giới hạn bộ nhớ phiên của trình duyệt).",
  emptyFile: (n: string) => `Tệp “${n}” rỗng (0 byte).`,
  oldOrEncrypted: (n: string) =>
    `Tệp “${n}” là định dạng Excel cũ (.xls) hoặc được bảo vệ bằng mật khẩu; hãy mở bằng Excel và lưu lại dưới dạng .xlsx không mật khẩu.`,
  htmlExport: (n: string) =>
    `Tệp “${n}” là trang HTML nhưng không có bảng số liệu nào; hãy xuất lại từ phần mềm một cửa.`,
  notXlsx: (n: string) => `Tệp “${n}” không phải tệp Excel .xlsx.`,
  corrupt: (n: string) => `Tệp “${n}” bị hỏng hoặc không phải tệp .xlsx hợp lệ.`,
  openFile: "Mở tệp .xlsx…",
  opening: "Đang mở…",
  useSample: "Dùng lại sổ mẫu",
  sampleTag: "sổ mẫu",
  pickedTag: "tệp đã chọn",
  nameBox: "Ô đang chọn",
  formulaBar: "Nội dung ô (nhấn Enter để ghi)",
  sheetTabs: "Trang tính",
  sheetTable: (sheet: string) => `Trang tính ${sheet}`,
  syncs: (n: number) => `Số lần đồng bộ: ${n}`,
  syncsHint: "Số lần context.sync() mà tiện ích đã gọi trên sổ mô phỏng",
  apiLevel: "Phiên bản ExcelApi mô phỏng",
  apiHint: (v: string) => `ExcelApi ${v}`,
  protectedSheet: (sheet: string) => `Trang tính “${sheet}” đang được bảo vệ; không sửa được ô.`,
  rowsCut: (shown: number, total: number) =>
    `Chỉ vẽ ${shown} trên ${total} dòng đầu của trang tính.`,
  note: "Ghi chú",
  comment: "Bình luận",
  formula: "Công thức",
  legendError: "Lỗi",
  legendWarning: "Cảnh báo",
  emptyWorkbook: "Sổ trống",
} as const;
