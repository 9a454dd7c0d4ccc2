// Vietnamese text of `npm run check:docx`: the items of Nghị định 30/2020/NĐ-CP, Phụ lục I
// ("Thể thức và kỹ thuật trình bày văn bản hành chính") checked in a .docx report.

export const DOCX_CHECK_ITEMS = {
  paper: "Khổ giấy A4 (210 × 297 mm) ở mọi phần",
  orientation: "Trang văn bản theo chiều dài (dọc)",
  marginsPortrait: "Lề trang dọc: trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm",
  marginsLandscape:
    "Lề trang ngang (phụ lục): trên 30–35 mm (mép đóng); dưới 15–20 mm; trái, phải 20–25 mm",
  font: "Phông chữ Times New Roman, màu đen",
  language: "Ngôn ngữ tiếng Việt (vi-VN) cho kiểm tra chính tả",
  headerInMargins: "Khối tiêu đề (tên cơ quan, Quốc hiệu) nằm trong vùng trình bày, không lấn lề",
  parentBody: "Tên cơ quan chủ quản: chữ in hoa, đứng, không đậm, cỡ 12–13",
  issuingBody: "Tên cơ quan ban hành: chữ in hoa, đậm, cỡ 12–13, ghi đầy đủ (không viết tắt)",
  nationalName: "Quốc hiệu: chữ in hoa, đậm, cỡ 12–13",
  motto: "Tiêu ngữ: chữ thường, đậm, cỡ 13–14, có đường kẻ ngang bên dưới",
  number: "Số, ký hiệu: cỡ 13",
  placeDate:
    "Địa danh, ngày tháng năm: nghiêng, cỡ 13–14; ngày dưới 10 và tháng 1, 2 có số 0 phía trước",
  title: "Tên loại văn bản (BÁO CÁO): chữ in hoa, đậm, cỡ 13–14",
  subject: "Trích yếu nội dung: đậm, cỡ 13–14",
  body: "Nội dung: cỡ 13–14, căn đều hai lề, lùi đầu dòng 1–1,27 cm, cách đoạn ≥ 6 pt, giãn dòng 1–1,5",
  heading1: "Đề mục cấp I (I., II.): đậm, chữ in hoa",
  heading3: "Điểm (a), b)…): kiểu chữ đứng (không nghiêng)",
  noiNhan: '"Nơi nhận:" nghiêng, đậm, cỡ 12; danh sách cỡ 11',
  signature: "Chữ ký: quyền hạn (TM., KT.…), chức vụ, họ tên; in hoa, đậm, cỡ 13–14",
  signatureKeep: "Khối chữ ký không bị tách trang (dòng bảng không chia, giữ với đoạn sau)",
  pageNumbers: "Số trang: giữa lề trên, cỡ 13–14, không hiện ở trang đầu",
  annexHead:
    'Phụ lục: dòng "Phụ lục I/II" đậm cỡ 14, tên phụ lục in hoa đậm, dòng "(Kèm theo …)" nghiêng',
  annexNumbering: "Phụ lục: số trang đánh riêng từ 1 cho từng phụ lục",
  annexReferred: "Văn bản có chỉ dẫn về phụ lục kèm theo",
  properties: "Thuộc tính tệp: tiêu đề là trích yếu, tác giả và tổ chức là cơ quan ban hành",
} as const;

export type DocxCheckId = keyof typeof DOCX_CHECK_ITEMS;

export const DOCX_CHECK_TEXT = {
  pass: "ĐẠT",
  fail: "KHÔNG ĐẠT",
  notFound: "không tìm thấy",
  none: "không có",
  summary: (passed: number, total: number): string =>
    `${passed}/${total} mục đạt theo Nghị định 30/2020/NĐ-CP, Phụ lục I.`,
  usage: "Cách dùng: npm run check:docx TỆP.docx [--json]",
  unreadable: (file: string, why: string): string => `Không đọc được tệp Word "${file}": ${why}`,
} as const;
