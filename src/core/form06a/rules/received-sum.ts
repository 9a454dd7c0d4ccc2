import { sumRule } from "./shared";

export default sumRule(
  {
    id: "06a/received-sum",
    severity: "error",
    source: "Biểu số 06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): (3) = (4) + (5) + (6)",
    description: "Tổng số hồ sơ nhận giải quyết bằng trực tuyến + trực tiếp + từ kỳ trước.",
  },
  "received",
  ["online", "direct", "carriedOver"]
);
