// Vietnamese text about files: what an input or an output path is, why it is refused, and the
// budgets that bound the work on a hostile file. Each message is one line and names its limit.

/** "12,5 MB" — sizes in messages, decimal comma. */
export function fmtBytes(n: number): string {
  if (!Number.isFinite(n)) return "?";
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(1).replace(".", ",")} GB`;
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} byte`;
}

/** A text quoted in a message: one line, at most `max` characters, "…" when cut. */
export function quoteText(s: string, max = 80): string {
  const one = s.length > max * 4 ? s.slice(0, max * 4) : s;
  const t = one.replace(/\s+/g, " ").trim();
  return t.length > max ? t.slice(0, max - 1) + "…" : t;
}

/** A number in a message: never "Infinity" or "NaN". */
export function fmtCount(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString("vi-VN") : "không xác định";
}

export type SpecialKind =
  "fifo" | "char-device" | "block-device" | "socket" | "directory" | "other";

const KIND_NAME: Record<SpecialKind, string> = {
  fifo: "một ống dẫn (FIFO)",
  "char-device": "một thiết bị",
  "block-device": "một thiết bị lưu trữ",
  socket: "một socket",
  directory: "một thư mục",
  other: "một đối tượng đặc biệt của hệ thống",
};

export const FILE_MSG = {
  inputNotRegular: (f: string, kind: SpecialKind) =>
    kind === "directory"
      ? `"${f}" là thư mục, không phải tệp.`
      : `"${f}" là ${KIND_NAME[kind]}, không phải tệp thông thường; hãy chỉ định một tệp .xlsx.`,
  inputTooBig: (f: string, size: number, limit: number) =>
    `Tệp "${f}" quá lớn (${fmtBytes(size)}; giới hạn ${fmtBytes(limit)} cho một tệp đầu vào).`,
  templateNotRegular: (f: string, kind: SpecialKind) =>
    `Mẫu báo cáo "${f}" là ${KIND_NAME[kind]}, không phải tệp thông thường.`,
  templateTooBig: (f: string, size: number, limit: number) =>
    `Mẫu báo cáo "${f}" quá lớn (${fmtBytes(size)}; giới hạn ${fmtBytes(limit)}).`,
  templateEncoding: (f: string) =>
    `Mẫu báo cáo "${f}" không phải văn bản UTF-8 hay UTF-16; hãy lưu lại mẫu với bảng mã UTF-8.`,
  outputNotRegular: (t: string, kind: SpecialKind) =>
    `Không ghi vào "${t}": đó là ${KIND_NAME[kind]}, không phải tệp thông thường.`,
  outputReadOnly: (t: string) =>
    `Không ghi đè "${t}": tệp chỉ cho phép đọc; hãy bỏ thuộc tính chỉ đọc, hoặc ghi ra tệp khác (-o).`,
  outputIsInput: (t: string, input: string) =>
    `Tệp kết quả "${t}" chính là tệp đầu vào "${input}" (cùng một tệp qua đường dẫn khác); hãy chọn ` +
    `tên khác, hoặc dùng --in-place nếu muốn ghi đè.`,
  outputDanglingLink: (t: string) =>
    `Không ghi vào "${t}": đó là liên kết tượng trưng tới một tệp không tồn tại.`,
  verifyFailed: (t: string, why: string, inPlace: boolean) =>
    `Không ghi được tệp "${t}": đọc lại tệp vừa ghi thấy không đúng (${quoteText(why, 60)})` +
    (inPlace ? "; tệp gốc không thay đổi." : "."),
  macroWorkbook: (f: string) =>
    `Tệp "${f}" có macro (.xlsm); tthc không giữ được macro khi ghi nên không ghi đè tệp này và ` +
    `không ghi ra tệp .xlsm. Hãy dùng -o TỆP_MỚI.xlsx (bản không có macro, tệp gốc giữ nguyên).`,
  macroTarget: (t: string) =>
    `Không ghi ra "${t}": tthc không ghi được tệp có macro (.xlsm); hãy dùng đuôi .xlsx.`,
  // Budgets of a workbook (zip) read.
  zipTooManyEntries: (f: string, n: number, limit: number) =>
    `Tệp "${f}" có ${fmtCount(n)} phần nén, vượt giới hạn ${fmtCount(limit)} phần; không đọc.`,
  zipEntryTooBig: (f: string, part: string, size: number, limit: number) =>
    `Tệp "${f}": phần "${quoteText(part, 60)}" giải nén ra ${fmtBytes(size)}, vượt giới ` +
    `hạn ${fmtBytes(limit)} cho một phần; không đọc (có thể là "bom nén").`,
  zipTotalTooBig: (f: string, size: number, limit: number) =>
    `Tệp "${f}" giải nén ra ${fmtBytes(size)}, vượt giới hạn ${fmtBytes(limit)} cho cả tệp; không đọc (có thể là "bom nén").`,
  tooManyCells: (f: string, sheet: string, n: number, limit: number) =>
    `Tệp "${f}": trang tính (phần "${quoteText(sheet, 40)}") có hơn ${fmtCount(n)} ô, vượt giới ` +
    `hạn ${fmtCount(limit)} ô cho một trang; không đọc.`,
  tooManyMerges: (f: string, sheet: string, n: number, limit: number) =>
    `Tệp "${f}": trang tính (phần "${quoteText(sheet, 40)}") có ${fmtCount(n)} vùng gộp ô, vượt ` +
    `giới hạn ${fmtCount(limit)} vùng; không đọc.`,
  tooManyCellsTotal: (f: string, n: number, limit: number) =>
    `Tệp "${f}" có hơn ${fmtCount(n)} ô, vượt giới hạn ${fmtCount(limit)} ô cho cả tệp; không đọc.`,
  tooManyMergedCells: (f: string, sheet: string, n: number, limit: number) =>
    `Tệp "${f}": các vùng gộp ô của trang tính (phần "${quoteText(sheet, 40)}") phủ ${fmtCount(n)} ` +
    `ô, vượt giới hạn ${fmtCount(limit)} ô; không đọc.`,
  mergesCleaned: (f: string, sheet: string, clipped: number, dropped: number) =>
    `Lưu ý: tệp "${f}", trang tính (phần "${quoteText(sheet, 40)}"): ` +
    [
      clipped
        ? `${fmtCount(clipped)} vùng gộp ô vượt ra ngoài vùng có dữ liệu được thu lại (hoặc bỏ qua)`
        : "",
      dropped
        ? `${fmtCount(dropped)} vùng gộp ô chồng lên vùng gộp khác hoặc sai địa chỉ được bỏ qua`
        : "",
    ]
      .filter(Boolean)
      .join("; ") +
    "; tệp gốc không bị sửa.",
  zipSizeLies: (f: string, part: string, declared: number) =>
    `Tệp "${f}" bị hỏng hoặc cố ý đánh lừa: phần "${quoteText(part, 60)}" giải nén ra nhiều ` +
    `hơn ${fmtBytes(declared)} đã khai trong danh mục; không đọc.`,
  sheetNameShortened: (f: string, name: string, short: string) =>
    `Lưu ý: tệp "${f}" có trang tên dài hơn 31 ký tự ("${quoteText(name, 60)}"); Excel chỉ cho phép ` +
    `31 ký tự nên trang được đọc (và ghi ra, nếu có) với tên "${short}".`,
  partsSkipped: (f: string) =>
    `Lưu ý: tệp "${f}" có ghi chú hoặc biểu đồ mà chương trình không đọc được; đã bỏ qua chúng khi ` +
    `đọc (tệp ghi ra, nếu có, sẽ không còn chúng).`,
  zipDamaged: (f: string) => `Tệp "${f}" bị hỏng: không đọc được danh mục của tệp nén.`,
};
