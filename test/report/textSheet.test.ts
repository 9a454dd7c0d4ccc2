import { SheetSnapshot, WorkbookSnapshot } from "../../src/core/grid";
import { TEXT_SHEET_NAME } from "../../src/core/messages/report";
import {
  emptyTextSheet,
  layoutTextSheet,
  matchLabel,
  readTextSheet,
  TEXT_FIELDS,
  textSheetRows,
} from "../../src/core/report";
import { sampleTextSheet } from "../../src/samples/textSheet";
import { applyEditsToSnapshot, sheetFromRows } from "../../src/core/snapshotEdits";

const wbOf = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ sheets });
const laidOut = (values = sampleTextSheet()): WorkbookSnapshot =>
  applyEditsToSnapshot(wbOf(), layoutTextSheet({ values }));

/** Two-column rows (label, value) on a sheet starting at `top`/`left`. */
const kv = (
  name: string,
  rows: unknown[][],
  opts: { top?: number; left?: number } = {}
): SheetSnapshot => sheetFromRows(name, rows, opts);

describe("layoutTextSheet", () => {
  test("creates the sheet with a label, a value and a hint column", () => {
    const e = layoutTextSheet();
    expect(e.newSheets).toEqual([TEXT_SHEET_NAME]);
    expect(e.columnWidths?.map((w) => w.col)).toEqual([1, 2, 3]);
    const rows = textSheetRows();
    for (const f of TEXT_FIELDS) {
      const r = rows.get(f)!;
      expect(e.cells.find((c) => c.row === r && c.col === 1)?.value).toBe(f.label);
      const v = e.cells.find((c) => c.row === r && c.col === 2);
      expect(v?.value).toBeNull(); // blank template: nothing in column B
    }
  });

  test("every label matches its own field, and no two fields share a label", () => {
    for (const f of TEXT_FIELDS) expect(matchLabel(f.label)).toBe(f);
    expect(new Set(TEXT_FIELDS.map((f) => f.label)).size).toBe(TEXT_FIELDS.length);
    // 7d and 7đ stay apart even though they differ only by the đ.
    expect(matchLabel("I.7d. Niêm yết")?.target).toMatchObject({ key: "i7d" });
    expect(matchLabel("I.7đ. Đánh giá")?.target).toMatchObject({ key: "i7dd" });
  });

  test("a date and a document number are written as text, figures as numbers", () => {
    const e = layoutTextSheet({ values: sampleTextSheet() });
    const at = (label: string) => {
      const r = [...textSheetRows()].find(([f]) => f.label === label)![1];
      return e.cells.find((c) => c.row === r && c.col === 2)!;
    };
    expect(at("Ngày báo cáo")).toMatchObject({ value: "15/03/2024", numberFormat: "@" });
    expect(at("Số văn bản")).toMatchObject({ value: "/BC-UBND", numberFormat: "@" });
    expect(at("Số TTHC đã công bố, công khai").value).toBe(219);
    expect(at("Nơi nhận").value).toBe("UBND thị xã (b/c);\nLưu: VT, VP.");
  });
});

describe("readTextSheet", () => {
  test("reads back exactly what layoutTextSheet wrote (the sample)", () => {
    const r = readTextSheet(laidOut());
    expect(r.sheet).toBe(TEXT_SHEET_NAME);
    expect(r.findings).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.data).toEqual(sampleTextSheet());
  });

  test("a blank sheet reads as empty and names every required item as missing", () => {
    const r = readTextSheet(applyEditsToSnapshot(wbOf(), layoutTextSheet()));
    expect(r.data).toEqual(emptyTextSheet());
    expect(r.missing).toContain("Tên đơn vị");
    expect(r.missing).toContain("Ngày báo cáo");
    expect(r.missing).toContain("Số TTHC đã công bố, công khai");
    expect(r.missing).not.toContain("Kỳ báo cáo"); // optional: taken from Biểu 06a
    expect(r.missing).not.toContain("I.1. Đánh giá tác động TTHC"); // sections may be empty
  });

  test("no text sheet: data null, missing names the sheet", () => {
    const r = readTextSheet(wbOf(kv("Biểu 06a", [["STT", "Lĩnh vực"]])));
    expect(r).toEqual({ data: null, missing: [TEXT_SHEET_NAME], findings: [], sheet: null });
  });

  test("labels match after fold: NFD, capitals, colons, no diacritics, any position", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const sheet = kv(
      "Ghi chú báo cáo", // not named "Thuyết minh": found by its labels
      [
        [nfd("TÊN ĐƠN VỊ:"), "UBND xã Quang Trung"],
        ["  kính   gửi ", "UBND thị xã Bỉm Sơn"],
        ["Dia danh", "Quang Trung"],
        [nfd("Ngày báo cáo"), "ngày 5 tháng 4 năm 2024"],
        ["So van ban", "12/BC-UBND"],
        [nfd("Số phản ánh, kiến nghị nhận được (*)"), "2"],
        ["I.9 Truyền thông", "Tuyên truyền trên loa."],
        ["iv.4) Khác", "Không."],
      ],
      { top: 7, left: 3 }
    );
    const r = readTextSheet(wbOf(kv("Sheet1", [["x"]]), sheet));
    expect(r.sheet).toBe("Ghi chú báo cáo");
    const d = r.data!;
    expect(d.unit).toBe("UBND xã Quang Trung");
    expect(d.recipients).toEqual(["UBND thị xã Bỉm Sơn"]);
    expect(d.place).toBe("Quang Trung");
    expect(d.date).toEqual({ y: 2024, m: 4, d: 5 });
    expect(d.number).toBe("12/BC-UBND");
    expect(d.figures.feedback).toBe(2);
    expect(d.sections.i9).toBe("Tuyên truyền trên loa.");
    expect(d.sections.iv4).toBe("Không.");
    expect(r.findings).toEqual([]);
  });

  test("lists: one item per line or per continuation row; bullets dropped", () => {
    const sheet = kv(TEXT_SHEET_NAME, [
      ["Kính gửi", "- UBND thị xã Bỉm Sơn;\r\n- Phòng Tư pháp thị xã."],
      ["Nơi nhận", "Như trên;"],
      ["", "UBND thị xã (b/c);"],
      [null, "Lưu: VT, VP."],
      ["II.2. Tồn tại, hạn chế", "Đường truyền chậm."],
      ["", "Thiếu máy quét."],
      ["Tên đơn vị", "UBND phường Phú Sơn"],
    ]);
    const d = readTextSheet(wbOf(sheet)).data!;
    expect(d.recipients).toEqual(["UBND thị xã Bỉm Sơn;", "Phòng Tư pháp thị xã."]);
    expect(d.noiNhan).toEqual(["Như trên;", "UBND thị xã (b/c);", "Lưu: VT, VP."]);
    expect(d.sections.ii2).toBe("Đường truyền chậm.\nThiếu máy quét.");
    expect(d.unit).toBe("UBND phường Phú Sơn");
  });

  test("dates: a Date cell, an Excel serial, dd/mm/yyyy text; unreadable → finding", () => {
    const read = (v: unknown) => readTextSheet(wbOf(kv(TEXT_SHEET_NAME, [["Ngày báo cáo", v]])));
    expect(read(new Date(Date.UTC(2024, 2, 15))).data!.date).toEqual({ y: 2024, m: 3, d: 15 });
    expect(read(45366).data!.date).toEqual({ y: 2024, m: 3, d: 15 });
    expect(read("15/03/2024").data!.date).toEqual({ y: 2024, m: 3, d: 15 });
    const bad = read("31/02/2024");
    expect(bad.data!.date).toBeNull();
    expect(bad.findings).toEqual([
      expect.objectContaining({ rule: "text/not-a-date", severity: "warning", row: 1, col: 2 }),
    ]);
  });

  test("figures: numbers, text numbers, thousands dots, percentages; bad values → findings", () => {
    const sheet = kv(TEXT_SHEET_NAME, [
      ["Số TTHC đã công bố, công khai", "219"],
      ["Số TTHC cần rà soát, đơn giản hóa", "1.234"],
      ["Số TTHC đã rà soát, đơn giản hóa", "bảy"],
      ["Tỷ lệ hoàn thành kế hoạch rà soát (%)", { value: 1, numberFormat: "0%" }],
      ["Số bản sao điện tử chứng thực từ bản chính", { error: "#REF!" }],
      ["Số TTHC dịch vụ công trực tuyến mức độ 3", -2],
    ]);
    const r = readTextSheet(wbOf(sheet));
    const f = r.data!.figures;
    expect(f.published).toBe(219);
    expect(f.toReview).toBe(1234);
    expect(f.reviewed).toBeNull();
    expect(f.reviewCompletion).toBe(100);
    expect(f.eCopies).toBeNull();
    expect(f.dvcLevel3).toBeNull();
    expect(r.findings.map((x) => [x.rule, x.row])).toEqual([
      ["text/not-a-number", 3],
      ["text/not-a-number", 5],
      ["text/not-a-number", 6],
    ]);
    expect(r.findings[0].message).toContain("bảy");
    const pct = (v: unknown) =>
      readTextSheet(wbOf(kv(TEXT_SHEET_NAME, [["Tỷ lệ hoàn thành kế hoạch rà soát (%)", v]]))).data!
        .figures.reviewCompletion;
    expect(pct("97,5%")).toBe(97.5);
    expect(pct(100)).toBe(100);
    expect(pct({ value: 100, numberFormat: '0"%"' })).toBe(100); // a quoted % is decoration
  });

  test("a label given twice: the first wins, a differing second is a finding", () => {
    const r = readTextSheet(
      wbOf(
        kv(TEXT_SHEET_NAME, [
          ["Tên đơn vị", "UBND phường Phú Sơn"],
          ["Tên đơn vị", "UBND phường Ba Đình"],
        ])
      )
    );
    expect(r.data!.unit).toBe("UBND phường Phú Sơn");
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: "text/duplicate", row: 2, col: 1 }),
    ]);
  });
});

describe("online public services: the kinds by regime (NĐ 42/2022/NĐ-CP)", () => {
  const DVC = [
    ["Số TTHC dịch vụ công trực tuyến", "dvcLevel3", "dvcLevel4"],
    ["Số hồ sơ dịch vụ công trực tuyến", "dvcDossiersLevel3", "dvcDossiersLevel4"],
  ] as const;
  const labelsOf = (e: ReturnType<typeof layoutTextSheet>) =>
    e.cells
      .filter((c) => c.col === 1 && /dịch vụ công trực tuyến/.test(String(c.value)))
      .map((c) => c.value);

  test("laid out under NĐ 118/2025: “một phần” and “toàn trình”; under NĐ 61/2018 (and by default): the seed's “mức độ 3/4”", () => {
    expect(labelsOf(layoutTextSheet({ regime: "nd118-2025" }))).toEqual([
      "Số TTHC dịch vụ công trực tuyến một phần",
      "Số TTHC dịch vụ công trực tuyến toàn trình",
      "Số hồ sơ dịch vụ công trực tuyến một phần",
      "Số hồ sơ dịch vụ công trực tuyến toàn trình",
    ]);
    const old = [
      "Số TTHC dịch vụ công trực tuyến mức độ 3",
      "Số TTHC dịch vụ công trực tuyến mức độ 4",
      "Số hồ sơ dịch vụ công trực tuyến mức độ 3",
      "Số hồ sơ dịch vụ công trực tuyến mức độ 4",
    ];
    expect(labelsOf(layoutTextSheet({ regime: "nd61-2018" }))).toEqual(old);
    expect(labelsOf(layoutTextSheet())).toEqual(old);
  });

  test("both wordings are read into the same figures, whichever regime laid the sheet out", () => {
    for (const regime of ["nd61-2018", "nd118-2025"] as const) {
      const wb = applyEditsToSnapshot(
        wbOf(),
        layoutTextSheet({ values: sampleTextSheet(), regime })
      );
      expect(readTextSheet(wb).data).toEqual(sampleTextSheet());
    }
    // Typed by hand, in either wording, without diacritics too.
    const rows = (partial: string, full: string) =>
      DVC.flatMap(([what]) => [
        [`${what} ${partial}`, "7"],
        [`${what} ${full}`, "9"],
      ]);
    for (const [partial, full] of [
      ["mức độ 3", "mức độ 4"],
      ["một phần", "toàn trình"],
      ["mot phan", "toan trinh"],
    ]) {
      const f = readTextSheet(wbOf(kv(TEXT_SHEET_NAME, rows(partial, full)))).data!.figures;
      for (const [, p, full4] of DVC) {
        expect(f[p]).toBe(7);
        expect(f[full4]).toBe(9);
      }
    }
  });

  test("a missing figure is named as the sheet words it, else as the report's regime does", () => {
    const blank118 = applyEditsToSnapshot(wbOf(), layoutTextSheet({ regime: "nd118-2025" }));
    // The sheet's own wording wins, whatever regime the report is under.
    for (const regime of [undefined, "nd61-2018", "nd118-2025"] as const) {
      const m = readTextSheet(blank118, { regime }).missing;
      expect(m).toContain("Số TTHC dịch vụ công trực tuyến một phần");
      expect(m).toContain("Số hồ sơ dịch vụ công trực tuyến toàn trình");
      expect(m.join("|")).not.toMatch(/mức độ/);
    }
    // Rows absent: the regime's wording.
    const none = wbOf(kv(TEXT_SHEET_NAME, [["Tên đơn vị", "UBND phường Hạc Thành"]]));
    expect(readTextSheet(none, { regime: "nd118-2025" }).missing).toContain(
      "Số TTHC dịch vụ công trực tuyến toàn trình"
    );
    expect(readTextSheet(none, { regime: "nd61-2018" }).missing).toContain(
      "Số TTHC dịch vụ công trực tuyến mức độ 4"
    );
  });
});
