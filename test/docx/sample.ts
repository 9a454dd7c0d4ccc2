// A sample RenderInput for the renderer's tests and the look-at-it script: placeholder text
// written for these tests, figures of the Phú Sơn quarter I/2024 06a table.
import type { RenderInput, TableSpec } from "../../src/docx/types";

export const bang06a: TableSpec = {
  title: [
    "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI",
    "CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
    "(Từ ngày 01/01/2024 đến ngày 14/03/2024)",
  ],
  header: [
    [
      { text: "STT", rowSpan: 3 },
      { text: "Lĩnh vực, công việc giải quyết theo cấp", rowSpan: 3 },
      { text: "Số hồ sơ nhận giải quyết", colSpan: 4 },
      { text: "Số hồ sơ đã giải quyết", colSpan: 4 },
      { text: "Số lượng hồ sơ đang giải quyết", colSpan: 3 },
    ],
    [
      { text: "Tổng số", rowSpan: 2 },
      { text: "Trong đó", colSpan: 2 },
      { text: "Từ kỳ trước", rowSpan: 2 },
      { text: "Tổng số", rowSpan: 2 },
      { text: "Trước hạn", rowSpan: 2 },
      { text: "Đúng hạn", rowSpan: 2 },
      { text: "Quá hạn", rowSpan: 2 },
      { text: "Tổng số", rowSpan: 2 },
      { text: "Trong hạn", rowSpan: 2 },
      { text: "Quá hạn", rowSpan: 2 },
    ],
    [{ text: "Trực tuyến" }, { text: "Trực tiếp, dịch vụ bưu chính" }],
    Array.from({ length: 13 }, (_, i) => ({ text: `(${i + 1})` })),
  ],
  rows: [
    {
      cells: [
        "1",
        "Lĩnh vực Chứng thực",
        "31",
        "31",
        "0",
        "0",
        "30",
        "19",
        "11",
        "0",
        "1",
        "1",
        "0",
      ],
    },
    {
      cells: ["2", "Lĩnh vực Hộ tịch", "54", "53", "0", "1", "52", "41", "11", "0", "2", "2", "0"],
    },
    {
      cells: ["", "Tổng cộng", "85", "84", "0", "1", "82", "60", "22", "0", "3", "3", "0"],
      bold: true,
    },
  ],
  widths: [7, 40, 9, 9, 11, 9, 9, 9, 9, 9, 9, 9, 9],
  align: [
    "center",
    "left",
    "right",
    "right",
    "right",
    "right",
    "right",
    "right",
    "right",
    "right",
    "right",
    "right",
    "right",
  ],
  note: ["Đơn vị tính: Số hồ sơ TTHC."],
};

const chiSo = [
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
const diem = ["1,8", "1,8", "2", "2", "2", "2", "1,8", "2", "2"];

export const bangDanhGia: TableSpec = {
  title: [
    "BẢNG ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
    "(Quý I năm 2024; số phiếu đánh giá: 103)",
  ],
  header: [
    [
      { text: "Chỉ số" },
      { text: "Tên chỉ số" },
      { text: "Điểm chuẩn" },
      { text: "Điểm tự chấm" },
      { text: "Điểm thẩm định" },
      { text: "Ghi chú" },
    ],
  ],
  rows: [
    ...chiSo.map((name, i) => ({ cells: [String(i + 1), name, "2", diem[i], diem[i], ""] })),
    { cells: ["", "Tổng cộng", "18", "17,4", "17,4", "Xếp loại: Xuất sắc"], bold: true },
  ],
  widths: [7, 60, 10, 10, 10, 18],
  align: ["center", "left", "center", "center", "center", "left"],
};

export const sampleMarkup = [
  "Căn cứ hướng dẫn của UBND thị xã về chế độ báo cáo định kỳ, UBND phường Phú Sơn báo cáo kết quả " +
    "công tác kiểm soát thủ tục hành chính quý I năm 2024 như sau:",
  "# I. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH",
  "## 1. Đánh giá tác động TTHC quy định tại dự thảo văn bản quy phạm pháp luật",
  "Không có nội dung báo cáo.",
  "## 6. Tình hình, kết quả giải quyết thủ tục hành chính",
  "- Trong kỳ, Bộ phận Một cửa tiếp nhận **85** hồ sơ (trực tuyến **84**, trực tiếp **0**, từ kỳ trước chuyển sang **1**).",
  "- Đã giải quyết **82** hồ sơ, trong đó trước hạn **60** hồ sơ (**73,2%**), đúng hạn **22** hồ sơ (**26,8%**), " +
    "quá hạn **0** hồ sơ; đang giải quyết **3** hồ sơ.",
  "- Các lĩnh vực có hồ sơ: Chứng thực 31 hồ sơ; Hộ tịch 54 hồ sơ.",
  "## 7. Triển khai cơ chế một cửa, một cửa liên thông",
  "### a) Công tác chỉ đạo, triển khai",
  "Lãnh đạo UBND phường thường xuyên nhắc nhở công chức tại Bộ phận Một cửa thực hiện đúng quy trình, " +
    "trả kết quả đúng hẹn và công khai tiến độ giải quyết trên hệ thống một cửa điện tử.",
  "### đ) Đánh giá việc giải quyết TTHC",
  "Tổng điểm tự đánh giá đạt **17,4/18** điểm, xếp loại **Xuất sắc**; tỷ lệ người dân rất hài lòng đạt *78,6%*.",
  "# II. ĐÁNH GIÁ CHUNG",
  "## 1. Thuận lợi",
  "- Cơ sở vật chất của Bộ phận Một cửa cơ bản đáp ứng yêu cầu; công chức nắm vững nghiệp vụ.",
  "## 2. Tồn tại, hạn chế",
  "- Một bộ phận người dân còn chưa quen nộp hồ sơ qua dịch vụ công trực tuyến.",
  "# III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TIẾP THEO",
  "Tiếp tục duy trì tỷ lệ hồ sơ giải quyết đúng hạn, đẩy mạnh hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
  "# IV. KIẾN NGHỊ, ĐỀ XUẤT",
  "Không có kiến nghị.",
  "Trên đây là báo cáo công tác kiểm soát TTHC quý I năm 2024 của UBND phường Phú Sơn./.",
  "::signature",
  "::section landscape",
  "::table bang06a",
  "::pagebreak",
  "::table bangDanhGia",
].join("\n");

export const sampleInput: RenderInput = {
  header: {
    parentBody: "UBND THỊ XÃ BỈM SƠN",
    unit: "UBND PHƯỜNG PHÚ SƠN",
    number: "Số:       /BC-UBND",
    place: "Phú Sơn",
    date: { y: 2024, m: 3, d: 14 },
    year: 2024,
    title: "BÁO CÁO",
    subject:
      "Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính, cơ chế một cửa, một cửa liên thông " +
      "và thực hiện thủ tục hành chính trên môi trường điện tử quý I năm 2024",
    recipients: ["UBND thị xã Bỉm Sơn"],
    noiNhan: ["UBND thị xã (b/c);", "Lưu: VT, VP."],
    signature: { authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Bùi Duy Hòa" },
  },
  markup: sampleMarkup,
  tables: { bang06a, bangDanhGia },
};
