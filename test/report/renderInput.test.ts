import JSZip from "jszip";
import { buildReportData, ReportData } from "../../src/core/report";
import { sampleTextSheet } from "../../src/samples/textSheet";
import { buildRenderInput, generateReport, header06a } from "../../src/docx/report";
import type { HeaderCell, TableSpec } from "../../src/docx/types";
import { sample06a, sampleScore } from "./fixtures";

const sampleData = (): ReportData =>
  buildReportData({
    form06a: sample06a(),
    score: sampleScore(),
    text: sampleTextSheet(),
    textMissing: [],
  }).data;

/** Column count of each header row, counting cells covered by a rowSpan from above (HTML rules). */
function headerWidths(header: HeaderCell[][]): number[] {
  const covered: number[] = []; // per row: columns taken by rowSpans from above
  return header.map((row, r) => {
    const own = row.reduce((n, c) => n + (c.colSpan ?? 1), 0);
    const total = own + (covered[r] ?? 0);
    row.forEach((c) => {
      for (let k = 1; k < (c.rowSpan ?? 1); k++)
        covered[r + k] = (covered[r + k] ?? 0) + (c.colSpan ?? 1);
    });
    return total;
  });
}

describe("buildRenderInput", () => {
  test("header: the DocHeader of ReportData", () => {
    const input = buildRenderInput(sampleData());
    expect(input.header).toEqual(sampleData().header);
    expect(input.markup).toContain("::table bang06a");
  });

  test("bang06a: the fields with dossiers and the total; the 06a header with (1)…(13)", () => {
    const t = buildRenderInput(sampleData()).tables.bang06a as TableSpec;
    expect(t.rows.map((r) => r.cells)).toEqual([
      ["1", "Lĩnh vực Chứng thực", "31", "31", "0", "0", "30", "19", "11", "0", "1", "1", "0"],
      ["2", "Lĩnh vực Hộ tịch", "54", "53", "0", "1", "52", "41", "11", "0", "2", "2", "0"],
      ["", "Tổng cộng", "85", "84", "0", "1", "82", "60", "22", "0", "3", "3", "0"],
    ]);
    expect(t.rows[2].bold).toBe(true);
    expect(t.header[t.header.length - 1].map((c) => c.text)).toEqual(
      Array.from({ length: 13 }, (_, i) => `(${i + 1})`)
    );
    expect(headerWidths(t.header)).toEqual([13, 13, 13, 13]);
    expect(t.widths).toHaveLength(13);
    expect(t.align).toHaveLength(13);
    expect(t.title).toEqual([
      "Biểu số 06a/VPCP/KSTT",
      "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
      "UBND PHƯỜNG PHÚ SƠN",
      "(Từ ngày 01/01/2024 đến ngày 14/03/2024)",
    ]);
    expect(t.note?.[0]).toBe("Đơn vị tính: Số hồ sơ TTHC");
  });

  test("bang06a with allRows: every row with its own STT, then the total", () => {
    const t = buildRenderInput(sampleData(), { allRows: true }).tables.bang06a as TableSpec;
    expect(t.rows).toHaveLength(9);
    expect(t.rows.map((r) => r.cells[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", ""]);
    expect(t.note).toEqual(["Đơn vị tính: Số hồ sơ TTHC"]);
  });

  test("header06a has the merged groups of the form", () => {
    const h = header06a();
    expect(h[0].map((c) => [c.text, c.colSpan ?? 1, c.rowSpan ?? 1])).toEqual([
      ["STT", 1, 3],
      ["Lĩnh vực, công việc giải quyết theo cấp", 1, 3],
      ["Số hồ sơ nhận giải quyết", 4, 1],
      ["Số hồ sơ đã giải quyết", 4, 1],
      ["Số lượng hồ sơ đang giải quyết", 3, 1],
    ]);
    expect(h[2].map((c) => c.text)).toEqual(["Trực tuyến", "Trực tiếp, dịch vụ bưu chính"]);
  });

  test("bangDanhGia: nine indices with self and appraised, total with the grade; bangHaiLong: the shares", () => {
    const input = buildRenderInput(sampleData());
    const t = input.tables.bangDanhGia as TableSpec;
    expect(t.rows).toHaveLength(10);
    expect(t.rows[0].cells.slice(2, 5)).toEqual(["2", "1,8", "1,8"]);
    expect(t.rows[9]).toEqual({
      cells: ["", "Tổng cộng", "18", "17,4", "17,4", "Xếp loại: Xuất sắc"],
      bold: true,
    });
    expect(t.title).toContain("Số phiếu đánh giá: 103");
    expect(t.title).toContain("Thời điểm đánh giá: Quý I năm 2024");
    const s = input.tables.bangHaiLong as TableSpec;
    expect(s.rows).toEqual([{ cells: ["0", "0", "0", "21,4", "78,6"] }]);
    expect(headerWidths(s.header)).toEqual([5, 5]);
  });

  test("no 06a or evaluation: no table and no ::table line", () => {
    const { data } = buildReportData({
      form06a: null,
      score: null,
      text: sampleTextSheet(),
      textMissing: [],
    });
    const input = buildRenderInput(data);
    expect(input.tables).toEqual({});
    expect(input.markup).not.toContain("::table");
  });

  test("a user template is used when given", () => {
    expect(
      buildRenderInput(sampleData(), { template: "Chỉ một dòng {{num form06a.total.received}}." })
        .markup
    ).toBe("Chỉ một dòng 85.\n");
  });
});

test("generateReport writes a .docx whose text holds the sample's figures", async () => {
  const bytes = await generateReport(sampleData());
  expect(bytes[0]).toBe(0x50); // "PK"
  expect(bytes[1]).toBe(0x4b);
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const text = xml.replace(/<[^>]+>/g, "");
  for (const s of [
    "UBND PHƯỜNG PHÚ SƠN",
    "73,2%",
    "26,8%",
    "17,4/18",
    "Xuất sắc",
    "78,6%",
    "Chứng thực 31 hồ sơ",
    "Không có nội dung báo cáo.",
    "Bùi Duy Hòa",
  ]) {
    expect(text).toContain(s);
  }
});
