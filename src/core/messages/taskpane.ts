// Vietnamese text of the task pane, the ribbon's "Kiểm tra" command and the Word delivery.
// Button and tab names here are also what the browser tests look for (by role and name):
// change them together with test/e2e.
import type { Severity } from "../grid";
import { SEVERITY_LABEL } from "./common";

const q = (s: string) => `“${s}”`;
const n = (x: number) => x.toLocaleString("vi-VN");

/** Labels written into the undo journal (shown as "Hoàn tác: …"). */
export const STEP_LABEL = {
  fill: "Điền số liệu",
  fillEvaluation: "Điền bảng đánh giá",
  forms: "Tạo biểu mẫu",
  convert: "Chuyển mã sang Unicode",
  rollup: "Tổng hợp",
} as const;

/** Names of the sheets "Tạo biểu mẫu" adds (as in the sample workbook). */
export const FORM_SHEETS = {
  form06a: "Biểu 06a",
  evaluation: "Đánh giá",
  ballots: "Phiếu đánh giá",
  text: "Thuyết minh",
} as const;

export const PANE_MSG = {
  // ---- shared ------------------------------------------------------------------------
  severity: SEVERITY_LABEL as Record<Severity, string>,
  cell: (sheet: string, a1: string) => `${sheet}!${a1}`,
  working: "Đang xử lý…",
  noExcel:
    "Chưa kết nối được với Excel. Hãy mở ngăn tác vụ này từ thẻ Trang đầu › Báo cáo TTHC trong Excel.",
  unexpected: (detail: string) =>
    `Đã xảy ra lỗi không mong đợi: ${detail}. Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn tác vụ.`,
  undo: "Hoàn tác",
  undoHint: (label: string | null) =>
    label ? `Sẽ hoàn tác: “${label}”.` : "Chưa có thay đổi nào để hoàn tác.",
  undoElsewhere: (label: string) => `Thay đổi gần nhất là “${label}”: hoàn tác ở thẻ của bước đó.`,
  undone: (label: string | null, restored: number) =>
    `Đã hoàn tác${label ? ` “${label}”` : ""}: trả lại ${n(restored)} ô như trước.`,
  undoDeletedSheets: (names: string[]) =>
    `Đã xóa các trang tính do phần bổ trợ tạo: ${names.map(q).join(", ")}.`,
  andMore: (k: number) => `… và ${n(k)} mục khác.`,
  selectFailed:
    "Không chuyển được tới ô đó (trang tính có thể đã bị đổi tên hoặc xóa). Hãy bấm Kiểm tra lại.",
  findingLabel: (cell: string, severity: Severity, message: string) =>
    `${SEVERITY_LABEL[severity]} tại ${cell}: ${message}`,

  // ---- Shell -------------------------------------------------------------------------
  shell: {
    title: "Báo cáo TTHC",
    subtitle: "Kiểm soát thủ tục hành chính hằng quý",
    nav: "Chức năng",
    loading: "Đang mở…",
  },
  /** Tab labels (also the names the browser tests look for). */
  tabs: {
    start: "Bắt đầu",
    check: "Kiểm tra",
    fill: "Điền số liệu",
    score: "Chấm điểm",
    report: "Tạo báo cáo",
    forms: "Tạo biểu mẫu",
    rollup: "Tổng hợp",
  },
  /** Pointer to the view that makes the sheets, where a view needs a Biểu 06a. */
  noForm: (reason: string | null) =>
    `Sổ làm việc này chưa có Biểu 06a${reason ? ` (${reason.replace(/[.\s]+$/, "")})` : ""}. Hãy ` +
    `dùng thẻ Tạo biểu mẫu để thêm các trang của kỳ báo cáo, hoặc mở sổ báo cáo đã có.`,
  openForms: "Mở thẻ Tạo biểu mẫu",

  // ---- Bắt đầu -----------------------------------------------------------------------
  start: {
    intro:
      "Mỗi quý làm lần lượt bốn bước dưới đây trên sổ báo cáo đang mở. Trạng thái từng bước được đọc từ chính sổ này.",
    refresh: "Cập nhật trạng thái",
    reading: "Đang đọc sổ làm việc…",
    stepsLabel: "Các bước của một kỳ báo cáo",
    guide: "Hướng dẫn sử dụng (mở cửa sổ mới)",
    noForm: "Chưa có Biểu 06a",
    go: (tab: string) => `Mở ${tab}`,
    state: { todo: "Chưa làm", errors: "Còn lỗi", done: "Xong", unknown: "Chưa rõ" },
    form: (sheet: string, period: string | null) =>
      `Biểu 06a ở trang ${q(sheet)}` + (period ? `, kỳ ${period}.` : "."),
    check: {
      what: "Soát số liệu, tô màu ô có lỗi.",
      errors: (e: number, w: number) => `${n(e)} lỗi, ${n(w)} cảnh báo cần xem.`,
      warnings: (w: number) => `Không có lỗi; ${n(w)} cảnh báo nên xem.`,
      clean: "Không có lỗi, không có cảnh báo.",
    },
    fill: {
      what: "Điền công thức tổng, số 0 vào ô trống và bảng tỷ lệ %.",
      todo: (k: number) => `Còn ${n(k)} ô cần điền.`,
      done: "Đã đủ công thức và số liệu.",
    },
    score: {
      what: "Tính điểm chín chỉ số và xếp loại.",
      /** Before the workbook is read: either regime. */
      whatAny: "Xem kết quả đánh giá của người dân.",
      whatArt33: "Tổng hợp số lượt đánh giá theo khoản 1 Điều 33 Nghị định 118/2025/NĐ-CP.",
      art33: (sheet: string) => `Bảng đánh giá Điều 33 ở trang ${q(sheet)}.`,
      noneArt33: "Chưa có bảng đánh giá theo Điều 33.",
      none: "Chưa có bảng đánh giá.",
      grade: (g: string) => `Xếp loại: ${g}.`,
      noGrade: "Chưa đủ điểm để xếp loại.",
    },
    report: {
      what: "Lập báo cáo Word (.docx) của quý.",
      done: "Đã tạo báo cáo trong lần mở này.",
      todo: "Chưa tạo báo cáo trong lần mở này.",
    },
    /** Before the workbook's regime is known: no level named. */
    other:
      "Việc khác: Tạo biểu mẫu (các trang trống cho quý mới) và Tổng hợp (cơ quan cấp trên cộng báo cáo của các xã, phường).",
    /** With the regime's roll-up level and members (regime data `rollup`): "tỉnh" / "xã, phường, đặc khu". */
    otherFor: (level: string, members: string) =>
      `Việc khác: Tạo biểu mẫu (các trang trống cho quý mới) và Tổng hợp (cấp ${level} cộng báo cáo của các ${members}).`,
  },

  // ---- Kiểm tra ----------------------------------------------------------------------
  check: {
    button: "Kiểm tra",
    busy: "Đang kiểm tra…",
    intro:
      "Soát các phép cộng, cân đối, dòng tổng và kỳ báo cáo của Biểu 06a, cùng bảng đánh giá của người dân: " +
      "chín chỉ số (kỳ báo cáo đến 30/06/2025) hoặc số lượt đánh giá theo khoản 1 Điều 33 Nghị định " +
      "118/2025/NĐ-CP (từ 01/07/2025). " +
      "Ô có lỗi được tô đỏ, ô cần lưu ý tô vàng, kèm ghi chú ngay tại ô.",
    clear: "Xóa đánh dấu",
    clearing: "Đang xóa đánh dấu…",
    cleared: (cells: number) =>
      cells > 0
        ? `Đã xóa đánh dấu ở ${n(cells)} ô và trả lại màu nền cũ.`
        : "Không có đánh dấu nào để xóa.",
    form: (sheet: string, range: string, rows: number) =>
      `Biểu 06a: trang ${q(sheet)}, vùng ${range}, ${n(rows)} dòng lĩnh vực.`,
    period: (text: string) => `Kỳ báo cáo: ${text}.`,
    summaryLabel: "Kết quả",
    errors: (k: number) => `${n(k)} lỗi`,
    warnings: (k: number) => `${n(k)} cảnh báo`,
    groupErrors: (k: number) => `Lỗi (${n(k)})`,
    groupWarnings: (k: number) => `Cảnh báo (${n(k)})`,
    listErrors: "Danh sách lỗi",
    listWarnings: "Danh sách cảnh báo",
    empty: "Không có lỗi, không có cảnh báo: số liệu khớp nhau.",
    emptyHint: "Nếu sửa số liệu, hãy bấm Kiểm tra lại.",
    selectHint:
      "Bấm vào một mục để chuyển tới ô đó trong Excel; với bàn phím: Tab tới danh sách, phím ↑/↓ để chọn mục, Enter để chuyển.",
    marked: (cells: number, via: "note" | "comment" | "none") =>
      cells === 0
        ? ""
        : via === "note"
          ? `Đã tô màu ${n(cells)} ô và ghi nội dung từng mục vào ghi chú tại ô (di chuột vào ô để đọc).`
          : via === "comment"
            ? `Đã tô màu ${n(cells)} ô và ghi nội dung từng mục vào nhận xét tại ô (di chuột vào ô để đọc).`
            : `Đã tô màu ${n(cells)} ô. Phiên bản Excel này không cho ghi chú tại ô: xem nội dung trong danh sách dưới đây.`,
    notFirst: "Chưa kiểm tra. Bấm Kiểm tra để soát sổ làm việc đang mở.",
    legacy: (name: string, encoding: "tcvn3" | "vni") =>
      `Sổ làm việc gõ theo bảng mã cũ ${name}, phông ${encoding === "vni" ? "VNI-Times" : ".VnTime"}. ` +
      "Để kiểm tra, chữ đã được đọc chuyển sang Unicode; các ô trong sổ chưa bị thay đổi.",
    convert: "Chuyển mã sang Unicode",
    convertHint:
      "Ghi hẳn chữ Unicode vào các ô và đổi phông cũ sang Times New Roman. Có thể hoàn tác.",
    converting: "Đang chuyển mã…",
    converted: (cells: number, fonts: number) =>
      `Đã chuyển ${n(cells)} ô chữ sang Unicode` +
      (fonts > 0 ? ` và đổi phông ${n(fonts)} ô sang Times New Roman` : "") +
      ". Bấm Hoàn tác nếu muốn trả lại như cũ.",
    convertNothing: "Không còn ô chữ nào theo bảng mã cũ: sổ làm việc đã dùng Unicode.",
  },

  // ---- Điền số liệu ------------------------------------------------------------------
  fill: {
    intro:
      "Điền công thức tổng của các cột (3), (7), (11), dòng tổng, số 0 vào ô trống và bảng tỷ lệ % bên cạnh biểu. " +
      "Ô đã có số được giữ nguyên; ô có số khác với số tính được sẽ được báo.",
    preview: "Xem trước",
    previewing: "Đang xem trước…",
    apply: "Điền số liệu",
    applying: "Đang điền số liệu…",
    willFill: (cells: number, items: number) =>
      cells === 0
        ? "Không có ô nào cần điền: biểu đã đủ công thức và số liệu."
        : `Sẽ điền ${n(cells)} ô, theo ${n(items)} mục dưới đây:`,
    showItems: (k: number) => `Xem ${n(k)} mục sẽ điền`,
    sheetOf: (sheet: string) => `Trang ${q(sheet)}`,
    sum: (cols: string) => `= ${cols}`,
    sumColumn: (col: string, from: number, to: number) => `= tổng cột ${col}, dòng ${from}–${to}`,
    zero: "0 (ô để trống)",
    equals: (v: string) => `, hiện bằng ${v}`,
    formula: (f: string) => `công thức ${f}`,
    colCell: "Ô",
    colWhat: "Nội dung điền",
    conflicts: (k: number) =>
      `${n(k)} ô giữ nguyên giá trị đã nhập (khác với giá trị tính được, cần xem lại):`,
    noConflicts: "Không có ô nào mâu thuẫn với giá trị tính được.",
    done: (k: number) => `Đã điền ${n(k)} ô. Bấm Hoàn tác nếu muốn trả lại như cũ.`,
    nothing: "Không có ô nào cần điền.",
    previewTable: "Các ô sẽ được điền",
    conflictList: "Các ô giữ nguyên",
  },

  // ---- Chấm điểm ---------------------------------------------------------------------
  score: {
    intro:
      "Kết quả đánh giá của người dân theo chế độ báo cáo của kỳ: số lượt đánh giá từng nội dung tại khoản 1 Điều 33 " +
      "Nghị định 118/2025/NĐ-CP (từ 01/07/2025), hoặc điểm chín chỉ số và xếp loại (kỳ trước đó).",
    button: "Chấm điểm",
    busy: "Đang chấm điểm…",
    none:
      "Không tìm thấy bảng đánh giá (cần các cột “Chỉ số”, “Tên chỉ số”, “Điểm chuẩn”, “Điểm tự " +
      "chấm”). Dùng thẻ Tạo biểu mẫu để thêm trang Đánh giá.",
    noneArt33:
      "Không tìm thấy bảng đánh giá theo khoản 1 Điều 33 Nghị định 118/2025/NĐ-CP " +
      "(cột “Nội dung” với các dòng a) … i) và các mức đánh giá), " +
      "cũng không có bảng chín chỉ số. Dùng thẻ Tạo biểu mẫu để thêm trang “Đánh giá Điều 33”.",
    regime: (name: string, how: string) => `Chế độ báo cáo: ${name} (${how}).`,
    provinceMethod:
      "Bảng chín chỉ số trong sổ là cách chấm điểm riêng của tỉnh, không phải quy định của Nghị định 118/2025/NĐ-CP.",
    // Điều 33.1 (NĐ 118/2025): counts per level, no points, total or grade.
    art33: {
      heading: "Đánh giá theo khoản 1 Điều 33 Nghị định 118/2025/NĐ-CP",
      sheet: (sheet: string) => `Bảng đánh giá: trang ${q(sheet)}.`,
      noPoints:
        "Nghị định không quy định điểm, tổng điểm hay xếp loại: kết quả là số lượt đánh giá ở từng mức.",
      received: (ballots: string, portal: string, devices: string, total: string | null) =>
        `Đã nhận: ${ballots} phiếu đánh giá, ${portal} lượt trên Cổng Dịch vụ công quốc gia, ` +
        `${devices} lượt qua thiết bị điện tử tại Bộ phận Một cửa` +
        (total === null ? "." : ` (tổng ${total}).`),
      tableLabel: "Số lượt đánh giá từng nội dung",
      colContent: "Nội dung",
      colTotal: "Số lượt",
      content: (key: string, name: string) => `${key}) ${name}`,
      showLevels: "Số lượt và tỷ lệ ở từng mức",
      levelsOf: (key: string) => `Các mức đánh giá nội dung ${key})`,
      evaluations: (k: string) => `${k} lượt đánh giá`,
      level: (count: string, share: string | null) =>
        share === null ? count : `${count} (${share})`,
      criteria: "Tiêu chí khoản 1 Điều 32 (Cổng Dịch vụ công quốc gia công bố)",
      criteriaNote: (sheet: string) =>
        `In đúng như đã ghi ở trang ${q(sheet)}; chương trình không tính các số này.`,
      criteriaTotal: "Tổng",
    },
    showTable: "Điểm từng chỉ số",
    totalLine: (self: string, appraised: string, max: string) =>
      `Tổng điểm: tự chấm ${self}, thẩm định ${appraised} (tối đa ${max}).`,
    sheet: (sheet: string, ballotsSheet: string | null) =>
      `Bảng đánh giá: trang ${q(sheet)}` +
      (ballotsSheet ? `; phiếu: trang ${q(ballotsSheet)}.` : "; chưa có trang phiếu đánh giá."),
    tableLabel: "Điểm chín chỉ số",
    colNo: "Chỉ số",
    colName: "Tên chỉ số",
    colSelf: "Tự chấm",
    colAppraised: "Thẩm định",
    colBallots: "Từ phiếu",
    total: "Tổng cộng",
    totalOf: (max: string) => `(tối đa ${max})`,
    grade: (g: string | null, basis: "appraised" | "self") =>
      g
        ? `Xếp loại: ${g} (theo ${basis === "appraised" ? "điểm thẩm định" : "điểm tự chấm"}).`
        : "Xếp loại: chưa xác định (thiếu điểm).",
    ballots: (k: number | null) =>
      k === null ? "Số phiếu đánh giá: chưa có." : `Số phiếu đánh giá: ${n(k)}.`,
    satisfaction: "Mức độ hài lòng (tỷ lệ % số phiếu)",
    index1: (estimate: string, entered: string | null) =>
      `Đối chiếu: tính từ tỷ lệ hồ sơ đúng hạn của Biểu 06a, chỉ số 1 được khoảng ${estimate} điểm` +
      (entered === null
        ? "."
        : entered === estimate
          ? `, khớp với điểm tự chấm.`
          : `; điểm tự chấm đang ghi ${entered}. Nếu hai số khác nhau, hãy xem lại điểm chỉ số 1.`),
    findings: "Lưu ý về bảng đánh giá",
    fillButton: "Điền bảng đánh giá",
    filling: "Đang điền bảng đánh giá…",
    filled: (k: number) =>
      k === 0
        ? "Bảng đánh giá đã đủ: không có ô nào cần điền."
        : `Đã điền ${n(k)} ô của bảng đánh giá. Bấm Hoàn tác nếu muốn trả lại như cũ.`,
    empty: "–",
  },

  // ---- Tạo báo cáo -------------------------------------------------------------------
  report: {
    intro:
      "Lập báo cáo quý bằng Word (.docx) với số liệu lấy thẳng từ Biểu 06a, bảng đánh giá và trang Thuyết minh.",
    template: "Mẫu báo cáo",
    templateDefault: "Mẫu mặc định",
    templateCustom: "Mẫu riêng của đơn vị (tệp mẫu đã soạn sẵn)",
    templatePick: "Chọn tệp mẫu",
    templateChosen: (name: string, size: number) =>
      `Đã chọn: ${name} (${n(Math.max(1, Math.round(size / 1024)))} KB)`,
    templateMissing: "Hãy chọn tệp mẫu riêng, hoặc dùng mẫu mặc định.",
    templateUnreadable: (name: string) => `Không đọc được tệp mẫu ${q(name)}.`,
    allRows: "Tất cả các dòng của Biểu 06a",
    allRowsHint: "Mặc định bảng kèm theo chỉ có các lĩnh vực có hồ sơ.",
    force: "Vẫn tạo khi còn lỗi",
    button: "Tạo báo cáo",
    busy: "Đang tạo báo cáo…",
    blocked: (k: number) =>
      `Chưa tạo báo cáo: số liệu còn ${n(k)} lỗi. Hãy sửa các lỗi dưới đây, hoặc chọn “Vẫn tạo khi còn lỗi”.`,
    noForm: (reason: string) => `Chưa tạo được báo cáo: ${reason}`,
    done: (file: string, bytes: number) =>
      `Đã tạo ${file} (${n(Math.max(1, Math.round(bytes / 1024)))} KB).`,
    doneShort: "Đã tạo báo cáo.",
    forced: (k: number) => `Báo cáo được tạo dù số liệu còn ${n(k)} lỗi.`,
    warnings: "Cần lưu ý trong báo cáo",
    errorsList: "Các lỗi cần sửa",
  },

  // ---- Delivery of the .docx ---------------------------------------------------------
  delivery: {
    downloaded: (file: string) =>
      `Tệp ${file} đã được tải xuống (thư mục Tải xuống / Downloads của máy).`,
    downloadAgain: "Tải tệp xuống lần nữa",
    openedBrowser: (file: string) =>
      `Đã mở trình duyệt để tải ${file}: hãy chuyển sang cửa sổ trình duyệt; tệp được lưu vào thư mục Tải xuống (Downloads).`,
    openBrowser: "Mở trong trình duyệt để tải",
    notSeen: "Không thấy tệp được tải xuống?",
    tooLarge:
      "Tệp báo cáo quá lớn để chuyển sang trình duyệt. Hãy dùng Excel trên web hoặc lệnh tthc report trên máy tính.",
    unavailable:
      "Phiên bản Excel này không cho phần bổ trợ lưu tệp. Hãy cập nhật Office, hoặc mở sổ làm việc " +
      "bằng Excel trên web (trình duyệt) để tạo báo cáo.",
    // The page that receives the report in the system browser (Mac, iPad).
    receiveTitle: "Tải báo cáo Word",
    receiveBody: (file: string) =>
      `Báo cáo ${file} đã sẵn sàng. Nếu trình duyệt chưa tự tải xuống, hãy bấm nút dưới đây.`,
    receiveButton: (file: string) => `Tải ${file}`,
    receiveBroken:
      "Liên kết tải báo cáo không đầy đủ. Hãy quay lại Excel và bấm Tạo báo cáo lần nữa.",
  },

  // ---- Tạo biểu mẫu ------------------------------------------------------------------
  forms: {
    intro:
      "Thêm các trang trống cho một kỳ báo cáo mới: Biểu 06a, Đánh giá, Phiếu đánh giá và Thuyết minh, trình bày như sổ mẫu. " +
      "Không trang nào đã có bị ghi đè: trùng tên thì trang mới mang tên kèm “(2)”.",
    unit: "Tên đơn vị",
    unitPlaceholder: "Ví dụ: UBND phường Phú Sơn",
    unitMissing: "Hãy nhập tên đơn vị (ví dụ: UBND phường Phú Sơn).",
    quarter: "Quý",
    quarterOption: (k: number) => `Quý ${["I", "II", "III", "IV"][k - 1]}`,
    year: "Năm",
    yearInvalid: "Năm phải từ 2000 đến 2100.",
    period: (from: string, to: string) =>
      `Kỳ báo cáo: từ ngày ${from} đến ngày ${to} (mốc chốt số liệu theo Nghị định 09/2019/NĐ-CP).`,
    button: "Tạo biểu mẫu",
    busy: "Đang tạo biểu mẫu…",
    done: (names: string[]) =>
      `Đã thêm các trang: ${names.map(q).join(", ")}. Bấm Hoàn tác nếu muốn xóa chúng.`,
    existingBefore: (sheet: string) =>
      `Sổ làm việc này đã có Biểu 06a ở trang ${q(sheet)}. Các trang mới sẽ mang tên kèm “(2)”, và ` +
      `Kiểm tra, Tạo báo cáo vẫn dùng biểu đầu tiên tìm thấy: nên tạo biểu mẫu quý mới trong một sổ làm việc mới (Tệp › Mới).`,
    existing: (sheet: string) =>
      `Sổ làm việc đã có Biểu 06a ở trang ${q(sheet)}. Kiểm tra và Tạo báo cáo dùng biểu đầu tiên ` +
      `tìm thấy; nên tạo biểu mẫu quý mới trong một sổ làm việc mới.`,
    copiedFields: (k: number) =>
      `Danh sách ${n(k)} lĩnh vực lấy theo Biểu 06a đang có; cột (6) “Từ kỳ trước” lấy theo cột (11) của kỳ đó.`,
    periodLabel: (quarter: number, year: number) =>
      `Quý ${["I", "II", "III", "IV"][quarter - 1]} năm ${year}`,
    evaluationPeriod: (quarter: number, year: number) => `Quý ${quarter}, Năm ${year}`,
  },

  // ---- Tổng hợp (roll-up: provincial under NĐ 118/2025, district before) -------------------
  rollup: {
    /** `levels`: who rolls up, from the regimes' data (see `level`), joined by "hoặc". */
    intro: (levels: string[]) =>
      `Dành cho ${levels.join(" hoặc ")}: chọn các tệp báo cáo .xlsx của các xã, phường. ` +
      "Biểu 06a và bảng đánh giá của từng đơn vị được cộng lại " +
      "vào các trang mới của sổ làm việc đang mở; không trang nào đã có bị ghi đè.",
    /** "cấp tỉnh (kỳ báo cáo từ ngày 01/07/2025, Nghị định 118/2025/NĐ-CP)". */
    level: (levelWord: string, from: string | null, to: string | null, regime: string) =>
      `cấp ${levelWord} (kỳ báo cáo ${to ? `đến ngày ${to}` : `từ ngày ${from ?? "…"}`}, ${regime})`,
    unit: "Đơn vị tổng hợp",
    unitPlaceholder: "Ví dụ: UBND tỉnh Thanh Hóa",
    unitHint: "In ở phần đầu Biểu 06a tổng hợp; có thể để trống.",
    pick: "Chọn tệp của các đơn vị…",
    pickLabel: "Tệp báo cáo của các đơn vị (.xlsx, hoặc .xls xuất từ phần mềm một cửa)",
    chosen: (k: number) => `Đã chọn ${n(k)} tệp:`,
    chosenList: "Các tệp đã chọn",
    noneChosen: "Chưa chọn tệp nào. Có thể chọn nhiều tệp một lần (giữ Ctrl hoặc Shift khi chọn).",
    button: "Tổng hợp",
    busy: "Đang tổng hợp…",
    progressLabel: "Tiến độ đọc tệp",
    progress: (done: number, total: number, name: string) => `${n(done)}/${n(total)} ${name}`,
    writing: "Đang ghi vào sổ làm việc…",
    // Why a file was not rolled up (shown after its name; a file without Biểu 06a gets the locator's own reason).
    emptyFile: "Tệp rỗng (0 byte).",
    oldOrEncrypted:
      "Định dạng Excel cũ (.xls) hoặc có mật khẩu; hãy mở bằng Excel và lưu lại dưới dạng .xlsx không mật khẩu.",
    htmlExport:
      "Trang HTML (xuất từ phần mềm một cửa) nhưng không có bảng số liệu nào; hãy xuất lại từ phần mềm một cửa.",
    notXlsx: "Không phải tệp Excel .xlsx.",
    corrupt: "Tệp bị hỏng hoặc không phải tệp .xlsx hợp lệ.",
    notRead: "Trình duyệt không mở được tệp (tệp đã bị xóa hoặc bị di chuyển?).",
    unexpected: (detail: string) => `Không đọc được tệp: ${detail}`,
    badFiles: (k: number) => `${n(k)} tệp không đưa vào tổng hợp:`,
    nothingRead: "Không đọc được tệp nào: chưa có gì để tổng hợp, sổ làm việc không thay đổi.",
    done: (names: string[]) =>
      `Đã thêm các trang: ${names.map(q).join(", ")}. Bấm Hoàn tác nếu muốn xóa chúng.`,
    doneWarn: (problems: string[]) => `Đã tổng hợp, nhưng cần xem lại: ${problems.join("; ")}.`,
    problemDuplicate: (k: number) => `${n(k)} đơn vị có nhiều tệp (bị cộng nhiều lần)`,
    problemPeriod: (k: number) => `${n(k)} đơn vị khác kỳ báo cáo`,
    problemFailed: (k: number) => `${n(k)} tệp không đọc được`,
    problemErrors: (k: number) => `${n(k)} đơn vị có lỗi số liệu`,
    problemDistrict: (k: number) => `Biểu 06a tổng hợp có ${n(k)} lỗi`,
    duplicates:
      "Đơn vị gửi nhiều tệp (số liệu bị cộng nhiều lần; hãy bỏ bớt tệp rồi tổng hợp lại):",
    sheetsAdded: (names: string[]) =>
      `Các trang đã thêm: ${names.map(q).join(", ")}. Bấm Hoàn tác nếu muốn xóa chúng.`,
    summary: "Kết quả tổng hợp",
    unitsRead: (units: number, files: number) => `Đọc được ${n(units)}/${n(files)} tệp.`,
    period: (p: string, k: number, units: number) =>
      `Kỳ báo cáo: ${p} (${n(k)}/${n(units)} đơn vị).`,
    noPeriod: "Kỳ báo cáo: không đọc được ở tệp nào.",
    totals: (received: string, resolved: string, pending: string) =>
      `Hồ sơ nhận giải quyết: ${received}; đã giải quyết: ${resolved}; đang giải quyết: ${pending}.`,
    fields: (matched: number, unmatched: number) =>
      `Lĩnh vực: ${n(matched)} khớp danh mục` +
      (unmatched > 0
        ? `, ${n(unmatched)} không khớp (vẫn giữ, xếp cuối biểu):`
        : ", không có lĩnh vực lạ."),
    unitsWithErrors: (k: number) =>
      k > 0 ? `${n(k)} đơn vị có lỗi số liệu:` : "Không đơn vị nào có lỗi số liệu.",
    periodMismatch: (k: number) =>
      k > 0 ? `${n(k)} đơn vị khác kỳ báo cáo của đa số:` : "Các đơn vị cùng một kỳ báo cáo.",
    otherNotes: "Lưu ý khác",
    districtClean: (sheet: string) => `Biểu 06a tổng hợp (trang ${q(sheet)}): không có lỗi.`,
    districtFindings: (sheet: string, errors: number, warnings: number) =>
      `Biểu 06a tổng hợp (trang ${q(sheet)}): ${n(errors)} lỗi, ${n(warnings)} cảnh báo.`,
    details: (sheet: string) => `Chi tiết từng tệp ở trang ${q(sheet)}.`,
  },

  // ---- Ribbon "Kiểm tra" result dialog -------------------------------------------------
  ribbon: {
    title: "Kết quả kiểm tra",
    clean: "Không có lỗi, không có cảnh báo: số liệu khớp nhau.",
    counts: (errors: number, warnings: number) =>
      errors === 0 && warnings === 0
        ? "Không có lỗi, không có cảnh báo."
        : `Có ${n(errors)} lỗi và ${n(warnings)} cảnh báo.`,
    marked: "Các ô có lỗi đã được tô đỏ, ô cần lưu ý tô vàng; di chuột vào ô để xem ghi chú.",
    first: "Một số mục đầu tiên:",
    more: (k: number) => `… và ${n(k)} mục khác: xem đầy đủ trong Bảng điều khiển › Kiểm tra.`,
    noForm: "Không kiểm tra được Biểu 06a",
    failed: "Không kiểm tra được",
    close: "Đóng",
  },
} as const;
