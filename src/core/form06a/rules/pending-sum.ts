import { sumRule } from "./shared";

export default sumRule(
  {
    id: "06a/pending-sum",
    severity: "error",
    source: "Biểu số 06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): (11) = (12) + (13)",
    description: "Tổng số hồ sơ đang giải quyết bằng trong hạn + quá hạn.",
  },
  "pending",
  ["withinTime", "overdue"]
);
