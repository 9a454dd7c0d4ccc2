// Vietnamese messages of the Biểu 06a engine (check, fill).
import { withData } from "./message";
import { fmtDateShort, fmtNumber, IsoDate } from "../text/numbers";

const n = (x: number) => fmtNumber(x);
const col = (no: number) => `(${no})`;

export const MSG_06A = {
  sumMismatch: withData(
    "sumMismatch",
    ["target", "value", "parts", "sum"],
    (target: number, value: number, parts: number[], sum: number) =>
      `${col(target)} = ${n(value)} nhưng ${parts.map(col).join("+")} = ${n(sum)}`
  ),
  balance: withData(
    "balance",
    ["received", "resolved", "pending"],
    (received: number, resolved: number, pending: number) =>
      `(3) = ${n(received)} nhưng (7)+(11) = ${n(resolved)}+${n(pending)} ` +
      `= ${n(resolved + pending)}: số nhận phải bằng số đã giải quyết cộng số đang giải quyết`
  ),
  totalRow: withData(
    "totalRow",
    ["colNo", "value", "sum"],
    (colNo: number, value: number, sum: number) =>
      `Dòng tổng cột ${col(colNo)} = ${n(value)} nhưng tổng các dòng lĩnh vực là ${n(sum)}`
  ),
  notACount: {
    negative: withData(
      "notACount.negative",
      ["shown"],
      (shown: string) => `"${shown}" là số âm; số hồ sơ phải là số nguyên không âm`
    ),
    fraction: withData("notACount.fraction", ["shown"], (shown: string) =>
      /^\d{1,3}([.,]\d{3})+$/.test(shown)
        ? `"${shown}" không phải số nguyên; nếu đây là ${shown.replace(/[.,]/g, "")} hồ sơ (dấu ` +
          `phân cách hàng nghìn), hãy nhập ${shown.replace(/[.,]/g, "")} dạng số`
        : `"${shown}" không phải số nguyên; số hồ sơ phải là số nguyên không âm`
    ),
    thousands: withData(
      "notACount.thousands",
      ["shown"],
      (shown: string) =>
        `"${shown}" không phải số nguyên (dấu phẩy là dấu thập phân); nếu dấu phẩy là dấu phân cách ` +
        `hàng nghìn, hãy nhập ${shown.replace(/,/g, "")} dạng số`
    ),
    text: withData(
      "notACount.text",
      ["shown"],
      (shown: string) => `"${shown}" không phải là số hồ sơ`
    ),
    date: withData(
      "notACount.date",
      ["shown"],
      (shown: string) => `Ô chứa ngày tháng (${shown}) thay vì số hồ sơ`
    ),
    bool: withData(
      "notACount.bool",
      ["shown"],
      (shown: string) => `Ô chứa giá trị đúng/sai (${shown}) thay vì số hồ sơ`
    ),
    error: withData(
      "notACount.error",
      ["shown"],
      (shown: string) => `Ô có lỗi công thức ${shown}; hãy sửa công thức hoặc nhập số`
    ),
  },
  /** A count stored as text: "31", or with thousands separators ("1.234", "1 234"). */
  numberAsText: withData(
    "numberAsText",
    ["shown", "value"],
    (shown: string, value: number = Number(shown)) =>
      /^\d+$/.test(shown)
        ? `Số "${shown}" được lưu dạng văn bản; vẫn được tính là ${shown}`
        : `Số "${shown}" được lưu dạng văn bản, có dấu phân cách hàng nghìn; đã đọc là ${value} hồ ` +
          `sơ. Nên nhập lại dạng số (${value}) để Excel tự hiện dấu phân cách`
  ),
  blankInput: withData("blankInput", [], () => `Ô trống; được tính là 0`),
  blankDerived: withData(
    "blankDerived",
    ["colNo"],
    (colNo: number) =>
      `Ô trống; được tính là 0 (lệnh "Điền số liệu" sẽ điền công thức cột (${colNo}))`
  ),
  duplicateField: withData(
    "duplicateField",
    ["name", "firstRow", "units"],
    (name: string, firstRow: number, units = false) =>
      `"${name}" trùng với ${units ? "đơn vị" : "lĩnh vực"} ở dòng ${firstRow}; số liệu có thể bị tính hai lần`
  ),
  numbering: withData("numbering", ["shown", "expected"], (shown: string, expected: number) =>
    shown === ""
      ? `Thiếu số thứ tự; dự kiến ${expected}`
      : `Số thứ tự "${shown}" không liên tiếp; dự kiến ${expected}`
  ),
  missingTotal: withData(
    "missingTotal",
    [],
    () => `Biểu không có dòng tổng ("Tổng cộng"); lệnh "Điền số liệu" có thể thêm dòng này`
  ),
  periodMissing: withData(
    "periodMissing",
    [],
    () => `Không thấy kỳ báo cáo "(Từ ngày dd/mm/yyyy đến ngày dd/mm/yyyy)" ở phần tiêu đề biểu`
  ),
  periodUnreadable: withData(
    "periodUnreadable",
    ["text"],
    (text: string) =>
      `Không đọc được kỳ báo cáo "${text}"; cần dạng "Từ ngày dd/mm/yyyy đến ngày dd/mm/yyyy"`
  ),
  periodReversed: withData(
    "periodReversed",
    ["from", "to"],
    (from: IsoDate, to: IsoDate) =>
      `Kỳ báo cáo từ ${fmtDateShort(from)} đến ${fmtDateShort(to)}: ngày bắt đầu sau ngày kết thúc`
  ),
  periodNotCutoff: withData(
    "periodNotCutoff",
    ["from", "to", "expected"],
    (from: IsoDate, to: IsoDate, expected: string | null) =>
      `Kỳ báo cáo ${fmtDateShort(from)} – ${fmtDateShort(to)} không theo ngày chốt số liệu của Nghị ` +
      `định 09/2019/NĐ-CP (từ ngày 15 tháng trước đến ngày 14)` +
      (expected ? `; kỳ gần nhất là ${expected}` : "")
  ),
  carryOver: withData(
    "carryOver",
    ["value", "prevPending", "prevRow"],
    (value: number, prevPending: number, prevRow: number) =>
      `(6) = ${n(value)} nhưng kỳ trước còn ${n(prevPending)} hồ sơ đang giải quyết (cột (11), dòng ${prevRow} của tệp kỳ trước)`
  ),
  fillConflict: (colNo: number, typed: number | string, computed: number) =>
    `Giữ nguyên giá trị đã nhập ${typed} ở cột (${colNo}); giá trị tính được là ${n(computed)}`,
  headerWithoutColumns: (sheet: string, row: number) =>
    `Trang tính "${sheet}", dòng ${row} có tiêu đề Biểu 06a nhưng thiếu các cột bên dưới (Tổng số, ` +
    `Trực tuyến, Trực tiếp, Từ kỳ trước, Trước hạn, Đúng hạn, Quá hạn, Trong hạn…): không đọc được số liệu.`,
  /** A header that looks like Biểu 06a's but lacks a column (a near miss): what was found, what is missing. */
  headerNearMiss: (sheet: string, row: number, lack: string) =>
    `Trang tính "${sheet}", dòng ${row} có tiêu đề giống Biểu 06a nhưng ${lack}: không đọc được số ` +
    `liệu. Hãy kiểm tra dòng tiêu đề của biểu.`,
  groupLacks: (group: string, missing: string[], twice: string[]) =>
    [
      missing.length ? `nhóm "${group}" thiếu cột ${missing.join(", ")}` : "",
      twice.length ? `nhóm "${group}" có hơn một cột ${twice.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join("; ") || `nhóm "${group}" không rõ thứ tự các cột`,
  subtotalRow: withData(
    "subtotalRow",
    ["section", "colNo", "value", "sum"],
    (section: string, colNo: number, value: number, sum: number) =>
      `Dòng cộng của nhóm "${section}" cột ${col(colNo)} = ${n(value)} nhưng tổng các dòng trong nhóm là ${n(sum)}`
  ),
  fillMergedCell: (address: string) =>
    `Không điền ô ${address}: ô nằm trong vùng ô đã gộp (chỉ ô đầu của vùng gộp giữ giá trị)`,
  fillTextCell: (address: string, text: string) =>
    `Không điền ô ${address}: ô đang có nội dung "${text}"`,
  fillBlockNoRoom: (lastCol: string, cols: number) =>
    `Không điền bảng tỷ lệ: bên phải biểu không còn chỗ (Excel chỉ ` +
    `có ${cols.toLocaleString("vi-VN")} cột, đến cột ${lastCol}); hãy chuyển biểu sang trái`,
  fillPastEdge: (n: number) =>
    `Không điền ${n.toLocaleString("vi-VN")} ô nằm ngoài giới hạn của Excel (1.048.576 dòng, 16.384 cột)`,
  fillBlockOccupied: (address: string) => `Không điền bảng tỷ lệ: ô ${address} đã có dữ liệu`,
  /** A whole number too large to be summed exactly (2^53 and beyond). */
  notACountHuge: withData(
    "notACountHuge",
    ["shown"],
    (shown: string) => `"${shown}" quá lớn, không thể là số hồ sơ; hãy kiểm tra lại ô này`
  ),
  /** A formula whose result the file does not hold (saved by a program that does not calculate). */
  blankFormula: withData(
    "blankFormula",
    [],
    () =>
      `Ô có công thức nhưng tệp chưa lưu kết quả tính (tệp được tạo bởi phần mềm không tính công ` +
      `thức); tạm tính là 0. Hãy mở tệp bằng Excel rồi lưu lại`
  ),
};

/** Labels of the percentage block filled beside the form. */
export const PERCENT_BLOCK = {
  title: "Tỷ lệ (%) — do Báo cáo TTHC tính",
  headers: [
    "Trước hạn / đã giải quyết (8)/(7)",
    "Đúng hạn / đã giải quyết (9)/(7)",
    "Quá hạn / đã giải quyết (10)/(7)",
    "Trước và đúng hạn / đã giải quyết ((8)+(9))/(7)",
    "Trực tuyến / hồ sơ mới (4)/((4)+(5))",
    "Quá hạn / đang giải quyết (13)/(11)",
  ],
};
