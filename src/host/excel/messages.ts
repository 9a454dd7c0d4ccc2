// Vietnamese text of the Office host (errors, notes, results). Code and comments stay English.
import type { Severity } from "../../core/grid";
import { SEVERITY_LABEL } from "../../core/messages/common";

const q = (s: string) => `“${s}”`;

export const HOST_MSG = {
  /** Starts every note or comment the add-in writes, so that "Xóa đánh dấu" removes only its own. */
  markPrefix: "[Báo cáo TTHC]",

  /** Body of a note/comment on a marked cell: one line per finding. */
  markNote: (items: { severity: Severity; message: string }[]) =>
    HOST_MSG.markPrefix +
    "\n" +
    items.map((f) => `${SEVERITY_LABEL[f.severity]}: ${f.message}`).join("\n"),

  sheetProtected: (sheet: string) =>
    `Trang tính ${q(sheet)} đang được bảo vệ nên phần bổ trợ không ghi được vào đó. Hãy bỏ bảo vệ ` +
    `trang tính (thẻ Xem lại › Bỏ bảo vệ Trang tính) rồi thử lại.`,
  someSheetProtected:
    "Một trang tính cần ghi đang được bảo vệ nên Excel từ chối thay đổi. Hãy bỏ bảo vệ trang tính " +
    "(thẻ Xem lại › Bỏ bảo vệ Trang tính) rồi thử lại.",
  sheetsNotFound: (names: string[]) =>
    `Không tìm thấy trang tính ${names.map(q).join(", ")} trong sổ làm việc.`,
  sheetNotRead: (sheet: string) =>
    `Chưa đọc trang tính ${q(sheet)} nên không biết nội dung cũ để có thể hoàn tác; phần bổ trợ ` +
    `chưa ghi gì. (Lỗi lập trình: hãy đọc trang tính trước khi ghi.)`,
  sheetExists: (sheet: string) =>
    `Sổ làm việc đã có trang tính ${q(sheet)}. Hãy đổi tên trang tính đó rồi thử lại.`,
  payloadTooLarge:
    "Vùng dữ liệu quá lớn để Excel xử lý, kể cả khi chia nhỏ. Hãy xóa các dòng, cột trống thừa ở " +
    "cuối trang tính (vùng đã dùng quá rộng) rồi thử lại.",
  journalTooLarge: (chars: number, max: number) =>
    `Thay đổi này quá lớn để lưu thông tin hoàn tác (${chars.toLocaleString("vi-VN")} ký tự, giới ` +
    `hạn ${max.toLocaleString("vi-VN")}); phần bổ trợ chưa ghi gì. Hãy thực hiện trên vùng nhỏ hơn.`,
  journalUnreadable:
    "Không đọc được nhật ký hoàn tác đã lưu trong sổ làm việc; nhật ký cũ được bỏ qua.",
  journalNotSaved: (detail: string) =>
    `Đã ghi vào trang tính nhưng không lưu được thông tin hoàn tác: ${detail}`,
  nothingToUndo: "Không có thay đổi nào của phần bổ trợ để hoàn tác.",
  nothingToClear: "Không có đánh dấu nào của phần bổ trợ để xóa.",
  undoSheetsGone: (names: string[]) =>
    `Các trang tính ${names.map(q).join(", ")} không còn nên phần thay đổi trên đó không hoàn tác được.`,
  undoKeptUserEdits: (count: number) =>
    `${count} ô đã được sửa tay sau lần ghi của phần bổ trợ; các ô đó được giữ nguyên nội dung bạn đã sửa.`,
  excelError: (detail: string) => `Excel báo lỗi: ${detail}`,

  /** Labels of the two one-click actions. */
  undoLabel: "Hoàn tác",
  clearMarksLabel: "Xóa đánh dấu",
} as const;
