import { sumRule } from "./shared";

export default sumRule(
  {
    id: "06a/resolved-sum",
    severity: "error",
    source: "Biểu số 06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): (7) = (8) + (9) + (10)",
    description: "Tổng số hồ sơ đã giải quyết bằng trước hạn + đúng hạn + quá hạn.",
  },
  "resolved",
  ["early", "onTime", "late"]
);
