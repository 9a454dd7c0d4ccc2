// Messages of the evaluation under Nghị định 118/2025/NĐ-CP (Điều 32.1, 33.1).
import { withData } from "./message";
export const EVAL33_SHEET_NAME = "Đánh giá Điều 33";
export const CRITERIA_SHEET_NAME = "Tiêu chí Điều 32";

export const EVAL33_TEXT = {
  title: "KẾT QUẢ ĐÁNH GIÁ CỦA TỔ CHỨC, CÁ NHÂN VỀ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
  basis: "(theo các nội dung tại khoản 1 Điều 33 Nghị định số 118/2025/NĐ-CP)",
  unit: "Cơ quan, đơn vị:",
  period: "Kỳ đánh giá:",
  ballots: "Số phiếu đánh giá nhận được",
  portal: "Số lượt đánh giá trên Cổng Dịch vụ công quốc gia",
  devices: "Số lượt đánh giá qua thiết bị điện tử tại Bộ phận Một cửa",
  colKey: "Nội dung",
  colName: "Tên nội dung",
  colTotal: "Số lượt đánh giá",
  note: "Ghi số lượt đánh giá ở từng mức; bảng không tính điểm, không xếp loại (Điều 33 không quy định điểm).",
  criteriaTitle: "KẾT QUẢ ĐÁNH GIÁ THEO TIÊU CHÍ TẠI KHOẢN 1 ĐIỀU 32 NGHỊ ĐỊNH SỐ 118/2025/NĐ-CP",
  criteriaNote:
    "Ghi đúng số liệu Cổng Dịch vụ công quốc gia công bố cho đơn vị; chương trình không tính các số này.",
  criteriaPrinted: "số liệu Cổng Dịch vụ công quốc gia công bố cho đơn vị, in đúng như đã ghi",
  criteriaKey: "Điểm",
  criteriaName: "Tiêu chí",
  criteriaValue: "Kết quả công bố",
  criteriaTotal: "Tổng (nếu tỉnh công bố)",
} as const;

export const EVAL33_RULE_DESCRIPTIONS = {
  "eval33/count": "Số lượt đánh giá ở mỗi mức phải là số nguyên không âm.",
  "eval33/level-sum": "Số lượt đánh giá của một nội dung bằng tổng số lượt ở các mức.",
  "eval33/received":
    "Số lượt đánh giá của một nội dung không vượt tổng số phiếu và lượt đánh giá nhận được.",
} as const;

export const EVAL33_MSG = {
  notCount: withData(
    "notCount",
    ["content", "level", "text"],
    (content: string, level: string, text: string) =>
      `Nội dung ${content}), mức "${level}": "${text}" không phải số nguyên không âm.`
  ),
  levelSum: withData(
    "levelSum",
    ["content", "total", "sum"],
    (content: string, total: number, sum: number) =>
      `Nội dung ${content}): ghi ${total} lượt đánh giá nhưng các mức cộng lại ${sum}.`
  ),
  received: withData(
    "received",
    ["content", "n", "received"],
    (content: string, n: number, received: number) =>
      `Nội dung ${content}): ${n} lượt đánh giá, nhiều hơn số phiếu và lượt đánh giá nhận được (${received}).`
  ),
} as const;
