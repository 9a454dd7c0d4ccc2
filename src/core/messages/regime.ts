// Messages of the regime choice (src/core/regime).
import { withData } from "./message";
export const REGIME_FIELD_LABEL = "Chế độ báo cáo";

export const REGIME_RULE_DESCRIPTIONS = {
  "regime/straddle":
    "Kỳ báo cáo có ngày trước và ngày từ 01/07/2025 (Nghị định 118/2025/NĐ-CP có hiệu lực): báo cáo theo chế độ của ngày cuối kỳ.",
  "regime/unknown": 'Ô "Chế độ báo cáo" phải ghi Nghị định 61/2018 hoặc Nghị định 118/2025.',
  "regime/district":
    "Từ 01/07/2025 không còn cấp huyện: báo cáo không gửi và không nêu tên huyện, thị xã, quận.",
} as const;

const SOURCE_WORDS = {
  period: "theo ngày cuối kỳ",
  sheet: 'theo ô "Chế độ báo cáo" trên trang Thuyết minh',
  option: "theo lựa chọn khi tạo báo cáo",
  default: "mặc định, vì không xác định được kỳ báo cáo",
} as const;

export const REGIME_MSG = {
  source: SOURCE_WORDS,
  straddle: withData(
    "straddle",
    ["from", "to", "name", "how"],
    (from: string, to: string, name: string, how: keyof typeof SOURCE_WORDS) =>
      `Kỳ báo cáo ${from}–${to} có cả ngày trước và ngày từ 01/07/2025 (ngày Nghị định 118/2025/NĐ-CP có hiệu lực): ` +
      `đã lập báo cáo theo ${name} (${SOURCE_WORDS[how]}). Muốn chọn chế độ khác, ghi vào ô "${REGIME_FIELD_LABEL}" trên trang Thuyết minh.`
  ),
  unknown: withData(
    "unknown",
    ["text", "name", "how"],
    (text: string, name: string, how: keyof typeof SOURCE_WORDS) =>
      `Không hiểu ô "${REGIME_FIELD_LABEL}": "${text}" (ghi "Nghị định 61/2018" hoặc "Nghị định ` +
      `118/2025"); đã dùng ${name} (${SOURCE_WORDS[how]}).`
  ),
  district: withData(
    "district",
    ["what", "text"],
    (what: string, text: string) =>
      `Từ 01/07/2025 không còn cấp huyện, nhưng ô "${what}" ghi "${text}": báo cáo theo Nghị định ` +
      `118/2025/NĐ-CP gửi UBND tỉnh (qua Văn phòng UBND tỉnh). Hãy sửa trên trang Thuyết minh.`
  ),
  chosen: (name: string, how: keyof typeof SOURCE_WORDS) =>
    `Chế độ báo cáo: ${name} (${SOURCE_WORDS[how]}).`,
};

/** Hints of the two Thuyết minh rows the regime adds. */
export const REGIME_HINT = {
  regime:
    "Để trống: theo ngày cuối kỳ (trước 01/07/2025: Nghị định 61/2018/NĐ-CP; từ 01/07/2025: Nghị định 118/2025/NĐ-CP).",
  serviceCentre:
    "Để trống: Trung tâm Phục vụ hành chính công của xã, phường. Ghi tên trung tâm cấp tỉnh nếu tỉnh chỉ có một trung tâm.",
} as const;

/** The provincial roll-up under NĐ 118/2025 (two levels: the province compiles its communes). */
export const PROVINCE_ROLLUP = {
  sheets: { byUnit: "Theo xã, phường", evaluation: "Đánh giá theo xã, phường" },
  /** The compiling body (Điều 8.2.a: the provincial centre, part of the Văn phòng, Điều 7.2.a). */
  unit: (province: string) =>
    `TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG ${province}`.toLocaleUpperCase("vi"),
  parentBody: (province: string) => `VĂN PHÒNG UBND ${province}`.toLocaleUpperCase("vi"),
  recipients: (province: string) => [`UBND ${province}`, `Chánh Văn phòng UBND ${province}`],
  noiNhan: ["Như trên;", "Lưu: VT, TTPVHCC."],
  signature: { authority: "", title: "GIÁM ĐỐC", name: "" },
  subject: (period: string) =>
    `Tổng hợp tình hình, kết quả giải quyết thủ tục hành chính của các xã, phường, đặc khu trên địa bàn tỉnh${period ? " " + period : ""}`,
  opening: (units: number, period: string, citation: string) =>
    `Thực hiện ${citation}, trên cơ sở báo cáo của ${units} xã, phường, đặc ` +
    `khu${period ? ", kỳ báo cáo " + period : ""}, Trung tâm Phục vụ hành chính công tỉnh tổng hợp ` +
    `kết quả giải quyết thủ tục hành chính như sau:`,
  unitsListed: (names: string) => `Các xã, phường, đặc khu đã gửi báo cáo: ${names}.`,
  unitHeader: "Xã, phường, đặc khu",
  evaluation:
    "Đánh giá việc giải quyết thủ tục hành chính theo khoản 1 Điều 32 và khoản 1 Điều 33 Nghị định " +
    "118/2025/NĐ-CP: kết quả do Cổng Dịch vụ công quốc gia công bố cho từng xã, phường (khoản 2 " +
    "Điều 32); chi tiết tại báo cáo của từng đơn vị.",
  mappingSheet: "Sáp nhập",
  mappingHeaderOld: "Tên đơn vị cũ",
  mappingHeaderNew: "Xã, phường mới",
  merged: (unit: string, from: string[]) =>
    `${unit}: cộng số liệu của ${from.length} đơn vị cũ (${from.join(", ")}) theo bảng sáp nhập.`,
  mappingUnreadable: (file: string) =>
    `Không đọc được bảng sáp nhập "${file}" (CSV hai cột: tên đơn vị cũ, xã/phường mới; hoặc sổ tính có trang "Sáp nhập").`,
  provinceNeeded:
    'Tổng hợp theo Nghị định 118/2025/NĐ-CP là cấp tỉnh: ghi tên tỉnh bằng --province (ví dụ --province "tỉnh Thanh Hóa").',
  optProvince: 'tên tỉnh cho báo cáo tổng hợp cấp tỉnh, ví dụ "tỉnh Thanh Hóa"',
  optMap:
    'bảng sáp nhập tên đơn vị cũ → xã, phường mới (CSV hoặc sổ tính có trang "Sáp nhập"), để so sánh với số liệu năm 2024',
  regimeLine: (name: string) => `Tổng hợp theo ${name}: cấp tỉnh, gồm các xã, phường, đặc khu.`,
} as const;
