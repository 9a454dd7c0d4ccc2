// The sample ward's figures: UBND phường Phú Sơn, quarter I/2024, as printed in the reference
// report's Biểu 06a (shared/reference/): its duplicated "Lâm nghiệp" row and its 01/01–14/03
// period included, so the demo shows what check says about them.
import { COUNT_KEYS, CountKey } from "../core/form06a/model";
import { Layout06aOptions } from "../core/form06a/layout";

/** [field, (3)…(13)] */
export const SAMPLE_06A_ROWS: [string, number[]][] = [
  ["Đường bộ", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Giáo dục đào tạo thuộc hệ thống GDQD và các cơ sở khác", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực An toàn đập, hồ chứa thủy điện", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Bảo hiểm", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Bảo trợ xã hội", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Bồi thường nhà nước", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Chính quyền địa phương", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Chính sách", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Chính sách thuế", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Chứng thực", [31, 31, 0, 0, 30, 19, 11, 0, 1, 1, 0]],
  ["Lĩnh vực Công tác dân tộc", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Dân số - KHHGD", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Đăng ký biện pháp bảo đảm", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Đất đai", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Đường thủy nội địa", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Gia đình", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Giải quyết khiếu nại", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Giám định Y khoa", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Giáo dục và Đào tạo", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Hộ tịch", [54, 53, 0, 1, 52, 41, 11, 0, 2, 2, 0]],
  ["Lĩnh vực Hoạt động tín dụng", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Khen thưởng của Bộ Quốc phòng", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Kinh tế hợp tác và Phát triển nông thôn", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Lâm nghiệp", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Lâm nghiệp", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Lao động tiền lương", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Lễ hội", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Môi trường", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Người có công", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Nông nghiệp và PTNT", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Nông thôn mới", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Nuôi con nuôi", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Phổ biến giáo dục pháp luật", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh Vực phòng chống thiên tai", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Phòng, chống tệ nạn xã hội", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Phòng, chống tham nhũng", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Tài nguyên nước", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Thành lập và hoạt động của tổ hợp tác", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Thể dục thể thao", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Thi đua khen thưởng", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Thi đua, khen thưởng Trung ương", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Thư viện", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Thủy lợi", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Tiếp công dân", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Tôn giáo Chính phủ", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Trẻ em", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Trồng trọt", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Văn hóa", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực việc làm", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Xử lý đơn thư", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Quảng cáo", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Văn bằng, chứng chỉ", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
];

export const SAMPLE_06A_TOTAL = [85, 84, 0, 1, 82, 60, 22, 0, 3, 3, 0];

const toCounts = (v: number[]) =>
  Object.fromEntries(COUNT_KEYS.map((k, i) => [k, v[i]])) as Record<CountKey, number>;

export const SAMPLE_UNIT = "UBND PHƯỜNG PHÚ SƠN";

export function sample06aLayout(sheet = "Biểu 06a"): Layout06aOptions {
  return {
    sheet,
    unit: SAMPLE_UNIT,
    recipient: "UBND thị xã Bỉm Sơn",
    period: { from: { y: 2024, m: 1, d: 1 }, to: { y: 2024, m: 3, d: 14 } },
    rows: SAMPLE_06A_ROWS.map(([name, v]) => ({ name, counts: toCounts(v) })),
    total: toCounts(SAMPLE_06A_TOTAL),
    totalStt: "--",
    totalLabel: "-Tổng-",
    preparer: "Lê Thị Ngọc",
    signer: { authority: "KT.THỦ TRƯỞNG ĐƠN VỊ", title: "PHÓ CHỦ TỊCH", name: "Bùi Duy Hòa" },
    place: "UBND phường Phú Sơn",
    date: { y: 2024, m: 3, d: 14 },
  };
}
