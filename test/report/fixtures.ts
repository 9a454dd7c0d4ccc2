// Figures of the sample ward (UBND phường Phú Sơn, quarter I/2024) as Biểu 06a and the
// evaluation give them (shared/reference/), in the shapes buildReportData takes.
import { COUNT_KEYS } from "../../src/core/form06a/model";
import type { Row06a, ScoreResult, Summary06a } from "../../src/core/report";

export function row(stt: string, name: string, v: number[]): Row06a {
  const r = { stt, name } as Row06a;
  COUNT_KEYS.forEach((k, i) => (r[k] = v[i] ?? 0));
  return r;
}

const ZERO = Array.from({ length: 11 }, () => 0);

export function sample06a(): Summary06a {
  const names: [string, number[]][] = [
    ["Đường bộ", ZERO],
    ["Lĩnh vực Bảo trợ xã hội", ZERO],
    ["Lĩnh vực Chứng thực", [31, 31, 0, 0, 30, 19, 11, 0, 1, 1, 0]],
    ["Lĩnh vực Đất đai", ZERO],
    ["Lĩnh vực Hộ tịch", [54, 53, 0, 1, 52, 41, 11, 0, 2, 2, 0]],
    ["Lĩnh vực Lâm nghiệp", ZERO],
    ["Lĩnh vực Lâm nghiệp", ZERO],
    ["Lĩnh Vực phòng chống thiên tai", ZERO],
  ];
  return {
    sheet: "Biểu 06a",
    unit: "UBND PHƯỜNG PHÚ SƠN",
    period: { from: "2024-01-01", to: "2024-03-14" },
    rows: names.map(([n, v], i) => row(String(i + 1), n, v)),
    total: row("", "-Tổng-", [85, 84, 0, 1, 82, 60, 22, 0, 3, 3, 0]),
  };
}

export function sampleScore(): ScoreResult {
  const self = [1.8, 1.8, 2, 2, 2, 2, 1.8, 2, 2];
  const names = [
    "Tổng thời gian giải quyết thủ tục hành chính so với quy định của pháp luật",
    "Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết",
    "Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ thủ tục hành chính",
    "Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ thủ tục hành chính",
    "Thực hiện tổ chức tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một cửa",
    "Công khai các thủ tục hành chính",
    "Thái độ của cán bộ, công chức, viên chức khi hướng dẫn lập hồ sơ, tiếp nhận hồ sơ và giải quyết thủ tục hành chính",
    "Tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị của tổ chức, cá nhân",
    "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến của cơ quan có thẩm quyền",
  ];
  return {
    indices: self.map((s, i) => ({
      no: i + 1,
      name: names[i],
      max: 2,
      self: s,
      appraised: s,
      fromBallots: s,
    })),
    total: { max: 18, self: 17.4, appraised: 17.4 },
    grade: "Xuất sắc",
    gradeBasis: "appraised",
    ballots: 103,
    satisfaction: {
      veryDissatisfied: 0,
      dissatisfied: 0,
      neutral: 0,
      satisfied: 21.4,
      verySatisfied: 78.6,
    },
    index1Estimate: 1.7,
    findings: [],
  };
}
