// CLI messages of the legal regime (issue 11), kept apart from messages.ts.
export const REGIME_CLI_MSG = {
  optRegime:
    'chế độ báo cáo: "nd61-2018" (Nghị định 61/2018/NĐ-CP) hoặc "nd118-2025" (Nghị định 118/2025/NĐ-CP); mặc định theo ngày cuối kỳ',
  badRegime: (v: string) => `--regime "${v}": ghi nd61-2018 hoặc nd118-2025.`,
  regimeLine: (name: string, how: string) => `Chế độ báo cáo: ${name} (${how}).`,
  noArt33:
    'Không tìm thấy bảng đánh giá theo khoản 1 Điều 33 Nghị định 118/2025/NĐ-CP (cột "Nội dung" với ' +
    "các dòng a) … i) và các mức hài lòng), cũng không có bảng chín chỉ số.",
  provinceMethod:
    "Bảng chín chỉ số trong sổ tính là cách chấm điểm riêng của tỉnh, không phải quy định của Nghị định 118/2025/NĐ-CP.",
  art33Header: (sheet: string) =>
    `Đánh giá theo khoản 1 Điều 33 Nghị định 118/2025/NĐ-CP (trang "${sheet}"):`,
  received: (b: string, p: string, d: string) =>
    `  Số phiếu đánh giá: ${b} · lượt trên Cổng Dịch vụ công quốc gia: ${p} · lượt qua thiết bị điện tử: ${d}`,
  criteriaHeader:
    "Tiêu chí khoản 1 Điều 32 (số liệu Cổng Dịch vụ công quốc gia công bố, in như đã ghi):",
} as const;
