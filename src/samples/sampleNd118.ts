// The second bundled sample: UBND phường Hạc Thành (Thanh Hóa), a phường formed on 01/07/2025
// under the two-level local government, quarter III/2026 with the NĐ 09/2019 Điều 12 cut-off
// (15/06–14/09/2026). Reported under Nghị định 118/2025/NĐ-CP: dossiers received by the phường's
// Trung tâm Phục vụ hành chính công (Điều 7.3.a), the report goes to the UBND tỉnh through its
// Văn phòng (Điều 8.2.a, 40.5), the citizens' evaluation follows Điều 33.1 and the portal's
// Điều 32.1 figures are typed as published. Every figure is invented for the demo; the texts
// are the project's own wording.
import ExcelJS from "exceljs";
import { layout06a, Layout06aOptions } from "../core/form06a/layout";
import { COUNT_KEYS, CountKey } from "../core/form06a/model";
import { layoutArt33Sheet, layoutCriteriaSheet } from "../core/evaluation/art33";
import { layoutTextSheet } from "../core/report";
import { emptySections, TextSheetData } from "../core/report/types";
import { applyEdits } from "../host/xlsx";

export const SAMPLE_ND118_FILE = "bao-cao-quy-3-2026-hac-thanh.xlsx";
export const SHEETS_ND118 = {
  form06a: "Biểu 06a",
  art33: "Đánh giá Điều 33",
  criteria: "Tiêu chí Điều 32",
  text: "Thuyết minh",
};

/** [field, (3)…(13)]: received, online, direct, carried over, resolved, early, on time, late, pending, within, overdue. */
export const HAC_THANH_06A_ROWS: [string, number[]][] = [
  ["Lĩnh vực Bảo trợ xã hội", [35, 22, 9, 4, 30, 10, 19, 1, 5, 5, 0]],
  ["Lĩnh vực Chứng thực", [218, 120, 95, 3, 214, 150, 62, 2, 4, 4, 0]],
  ["Lĩnh vực Đất đai", [42, 15, 20, 7, 34, 12, 20, 2, 8, 6, 2]],
  ["Lĩnh vực Hộ tịch", [214, 160, 48, 6, 205, 130, 74, 1, 9, 8, 1]],
  ["Lĩnh vực Người có công", [10, 6, 3, 1, 9, 3, 6, 0, 1, 1, 0]],
  ["Lĩnh vực Nuôi con nuôi", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Thành lập và hoạt động của hộ kinh doanh", [35, 30, 5, 0, 35, 25, 10, 0, 0, 0, 0]],
  ["Lĩnh vực Thi đua, khen thưởng", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ["Lĩnh vực Văn hóa", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
];

const toCounts = (v: number[]) =>
  Object.fromEntries(COUNT_KEYS.map((k, i) => [k, v[i]])) as Record<CountKey, number>;

export function hacThanh06aLayout(sheet = SHEETS_ND118.form06a): Layout06aOptions {
  const total = COUNT_KEYS.map((_, i) => HAC_THANH_06A_ROWS.reduce((s, [, v]) => s + v[i], 0));
  return {
    sheet,
    unit: "UBND PHƯỜNG HẠC THÀNH",
    recipient: "UBND tỉnh Thanh Hóa",
    period: { from: { y: 2026, m: 6, d: 15 }, to: { y: 2026, m: 9, d: 14 } },
    rows: HAC_THANH_06A_ROWS.map(([name, v]) => ({ name, counts: toCounts(v) })),
    total: toCounts(total),
    preparer: "Phạm Thu Hà",
    signer: { authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Lê Minh Tâm" },
    place: "UBND phường Hạc Thành",
    date: { y: 2026, m: 9, d: 15 },
  };
}

/** Điều 33.1 a)–i): evaluations per level, lowest level first (i: none in the period). */
export const HAC_THANH_ART33: (number[] | null)[] = [
  [0, 2, 10, 180, 320],
  [0, 1, 8, 170, 300],
  [0, 3, 12, 175, 290],
  [0, 0, 9, 160, 310],
  [0, 1, 5, 150, 356],
  [0, 0, 6, 140, 320],
  [0, 0, 2, 20, 30],
  [1, 4, 15, 90, 150],
  null,
];

export function hacThanhTextSheet(): TextSheetData {
  const sections = emptySections();
  Object.assign(sections, {
    i3:
      "Danh mục TTHC thuộc thẩm quyền của phường được cập nhật theo các quyết định công bố của Chủ " +
      "tịch UBND tỉnh và niêm yết tại Trung tâm Phục vụ hành chính công phường.",
    i7a:
      "UBND phường ban hành quy chế hoạt động của Trung tâm Phục vụ hành chính công phường; Phó Chủ " +
      "tịch UBND phường làm Giám đốc Trung tâm, " +
      "chỉ đạo giải quyết hồ sơ đúng hạn và xin lỗi người dân khi hồ sơ trễ hạn.",
    i7b:
      "Trung tâm đặt tại trụ sở UBND phường, có 08 quầy tiếp nhận theo lĩnh vực, khu hỗ trợ nộp hồ sơ trực tuyến, máy lấy số tự động, " +
      "màn hình tra cứu, thiết bị đánh giá điện tử và camera giám sát.",
    i7c: "Trung tâm có 10 công chức, viên chức và 02 nhân viên bưu điện hỗ trợ số hóa hồ sơ; công chức được cử đến làm việc theo lĩnh vực.",
    i7d: "Người dân được nộp hồ sơ tại Trung tâm không phụ thuộc nơi cư trú trong tỉnh; hồ sơ nhận trực tiếp được số hóa ngay tại quầy.",
    i7dd: "Ý kiến chưa hài lòng chủ yếu về đường truyền khi nộp hồ sơ trực tuyến; Trung tâm đã liên hệ người dân để hướng dẫn lại.",
    i8:
      "Công chức hướng dẫn người dân nộp hồ sơ và thanh toán trực tuyến trên Cổng Dịch vụ công quốc " +
      "gia bằng tài khoản định danh điện tử VNeID.",
    i9:
      "Phường tuyên truyền về dịch vụ công trực tuyến trên loa truyền thanh, trang thông tin điện " +
      "tử và tại các buổi sinh hoạt tổ dân phố.",
    ii1:
      "Mô hình Trung tâm Phục vụ hành chính công phường đã ổn định sau sắp xếp đơn vị hành chính; " +
      "hồ sơ trực tuyến chiếm phần lớn hồ sơ mới.",
    ii2: "Còn 06 hồ sơ giải quyết quá hạn, chủ yếu lĩnh vực đất đai; một số người cao tuổi còn khó khăn khi nộp hồ sơ trực tuyến.",
    ii3: "Khối lượng hồ sơ tăng sau khi sắp xếp đơn vị hành chính; một số hồ sơ đất đai phải xác minh nguồn gốc sử dụng đất.",
    iii:
      "Giải quyết dứt điểm hồ sơ quá hạn, xin lỗi người dân theo quy định.\n" +
      "Tiếp tục số hóa hồ sơ, kết quả giải quyết TTHC.\n" +
      "Tăng tỷ lệ hồ sơ nộp và thanh toán trực tuyến toàn trình.",
    iv2: "Đề nghị Văn phòng UBND tỉnh tập huấn về quy trình đánh giá theo Điều 32, Điều 33 cho công chức Trung tâm.",
  });
  return {
    parentBody: "UBND tỉnh Thanh Hóa",
    unit: "UBND phường Hạc Thành",
    recipients: ["UBND tỉnh Thanh Hóa", "Văn phòng UBND tỉnh Thanh Hóa"],
    place: "Hạc Thành",
    date: { y: 2026, m: 9, d: 16 },
    number: "/BC-UBND",
    period: "Quý III năm 2026",
    regime: "",
    serviceCentre: "",
    signerAuthority: "KT. CHỦ TỊCH",
    signerTitle: "PHÓ CHỦ TỊCH",
    signerName: "Lê Minh Tâm",
    noiNhan: ["Như trên;", "Chủ tịch, các Phó Chủ tịch UBND phường;", "Lưu: VT, TTPVHCC."],
    figures: {
      published: 312,
      toReview: 15,
      reviewed: 15,
      reviewTimeCut: "từ 20% đến 35%",
      reviewCompletion: 100,
      feedback: 0,
      dvcLevel3: 98,
      dvcLevel4: 176,
      dvcDossiersLevel3: 120,
      dvcDossiersLevel4: 233,
      eCopies: 640,
    },
    sections,
  };
}

export function buildNd118SampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Báo cáo TTHC";
  wb.created = new Date(Date.UTC(2026, 8, 15));
  wb.modified = wb.created;
  applyEdits(wb, layout06a(hacThanh06aLayout()));
  applyEdits(
    wb,
    layoutArt33Sheet({
      sheet: SHEETS_ND118.art33,
      unit: "UBND phường Hạc Thành",
      periodLabel: "Quý III năm 2026 (15/06/2026–14/09/2026)",
      counts: HAC_THANH_ART33,
      received: { ballots: 180, portal: 260, devices: 95 },
    })
  );
  applyEdits(
    wb,
    layoutCriteriaSheet({
      sheet: SHEETS_ND118.criteria,
      values: [17.5, 19.2, 20.1, 10.8, 17.9],
      total: 85.5,
    })
  );
  applyEdits(
    wb,
    layoutTextSheet({ sheet: SHEETS_ND118.text, values: hacThanhTextSheet(), regime: "nd118-2025" })
  );
  return wb;
}
