import { applyEditsToSnapshot, sheetFromRows } from "../../src/core/snapshotEdits";
import {
  COUNT_KEYS,
  Form06a,
  LAYOUT_06A,
  layout06a,
  locate06a,
  locateAll,
  LocateError,
} from "../../src/core/form06a";
import { rectAddr, WorkbookSnapshot } from "../../src/core/grid";
import { build06a, Build06aOptions, Built06a, ROWS_OK } from "../helpers/form06a";
import { spanRow } from "../helpers/grid06a";

/** What a located form says, in addresses a user can read. */
function describeForm(f: Form06a) {
  return {
    sheet: f.sheet,
    range: rectAddr(f.range),
    headerTop: f.headerTop,
    headerBottom: f.headerBottom,
    numbering: f.hasNumberingRow,
    rows: f.rows.map((r) => r.row),
    names: f.rows.map((r) => r.name),
    total: f.total?.row ?? null,
  };
}

/** The form as the builder laid it out. */
function expected(b: Built06a, o: Build06aOptions = {}) {
  const rows = [...b.dataRows, ...(b.totalRow ? [b.totalRow] : [])];
  return {
    sheet: b.sheet,
    range: rectAddr({
      top: b.headerTop,
      left: b.firstCol,
      bottom: Math.max(...rows),
      right: b.col("overdue"),
    }),
    headerTop: b.headerTop,
    headerBottom: b.headerBottom,
    numbering: o.numbering ?? true,
    rows: b.dataRows,
    names: ROWS_OK.map((r) => r.name),
    total: b.totalRow,
  };
}

function expectColumns(f: Form06a, b: Built06a) {
  expect(f.sttCol).toBe(b.col("stt"));
  expect(f.nameCol).toBe(b.col("name"));
  for (const k of COUNT_KEYS) expect([k, f.cols[k]]).toEqual([k, b.col(k)]);
  // The counts were read from the right cells: the first row is the sample's "Chứng thực".
  expect(COUNT_KEYS.map((k) => f.rows[0].counts[k].state)).toEqual(
    ROWS_OK[0].counts.map((v) => ({ kind: "count", value: v, asText: false }))
  );
}

const VARIANTS: [string, Build06aOptions][] = [
  ["the layout of the sample (A6, 3-row merged header, numbering row, total last)", {}],
  ["on the 2nd sheet", { sheetsBefore: ["Hướng dẫn"] }],
  [
    "on the 3rd sheet, after sheets with text",
    { sheetsBefore: ["Bìa", "Thuyết minh"], sheet: "06a" },
  ],
  ["at an offset: starting at F20", { top: 20, left: 6 }],
  ["at an offset without a title block: B2", { top: 2, left: 2, title: false }],
  ["NFD text everywhere", { nfd: true }],
  ["upper-case headers (NFC)", { upper: true }],
  ["upper-case headers in NFD, at an offset", { upper: true, nfd: true, top: 12, left: 4 }],
  ["without the (1)…(13) row", { numbering: false }],
  ['2-row header ("Trực tuyến"/"Trực tiếp" directly under the group)', { header: 2 }],
  ["2-row header without numbering row", { header: 2, numbering: false }],
  ["3-row header without merged cells", { merges: false }],
  [
    "2-row header without merged cells or numbering row",
    { header: 2, merges: false, numbering: false },
  ],
  ["total row first", { total: "first" }],
  [
    "total row first, 2-row header, no numbering row",
    { total: "first", header: 2, numbering: false },
  ],
  ["no total row", { total: "none" }],
  ['"-Tổng-" total label with "--" STT', { totalLabel: "-Tổng-", totalStt: "--" }],
  ['"TỔNG SỐ" total label first', { totalLabel: "TỔNG SỐ", total: "first" }],
  ['"Đơn vị" as the header of column (2)', { nameHeader: "Đơn vị" }],
  ['"Lĩnh vực" and "TT"', { nameHeader: "Lĩnh vực", sttHeader: "TT" }],
  [
    '"Tên đơn vị" and "Số TT" upper case',
    { nameHeader: "Tên đơn vị", sttHeader: "Số TT", upper: true },
  ],
  ["no signatures below", { signatures: false }],
];

describe("locate06a: layout variants", () => {
  test.each(VARIANTS)("%s", (_name, o) => {
    const b = build06a(ROWS_OK, o);
    const f = locate06a(b.wb);
    expect(describeForm(f)).toEqual(expected(b, o));
    expectColumns(f, b);
    expect(f.total?.kind ?? "total").toBe("total");
    expect(f.rows.every((r) => r.kind === "data")).toBe(true);
  });

  test("the numbering row is not read as a data row", () => {
    const f = locate06a(build06a(ROWS_OK).wb);
    expect(f.rows[0].stt).toBe("1");
    expect(f.rows.map((r) => r.name)).not.toContain("(2)");
  });

  test('layout06a (the add-in\'s "Tạo biểu mẫu") written on an empty workbook', () => {
    const wb = applyEditsToSnapshot(
      { sheets: [] },
      layout06a({
        sheet: "Mẫu",
        unit: "UBND XÃ HÀ LONG",
        period: null,
        rows: [{ name: "Hộ tịch" }, { name: "Chứng thực" }],
      })
    );
    const f = locate06a(wb);
    expect(f.headerTop).toBe(LAYOUT_06A.headerTop);
    expect(f.rows.map((r) => r.row)).toEqual([
      LAYOUT_06A.firstDataRow,
      LAYOUT_06A.firstDataRow + 1,
    ]);
    expect(f.total?.row).toBe(LAYOUT_06A.firstDataRow + 2);
    expect(f.title.unit).toBe("UBND XÃ HÀ LONG");
    expect(f.title.periodText).toBe("(Từ ngày …/…/… đến ngày …/…/…)");
    expect(f.title.period).toBeNull();
  });

  test("the first form wins; locateAll lists every form in sheet order", () => {
    const a = build06a(ROWS_OK, { sheet: "Quý I" });
    const b = build06a(ROWS_OK.slice(0, 2), {
      sheet: "Quý II",
      top: 8,
      left: 2,
      period: "(Từ ngày 15/03/2024 đến ngày 14/06/2024)",
    });
    const wb: WorkbookSnapshot = { sheets: [...a.wb.sheets, ...b.wb.sheets] };
    expect(locate06a(wb).sheet).toBe("Quý I");
    expect(locateAll(wb).map((f) => [f.sheet, f.headerTop, f.rows.length])).toEqual([
      ["Quý I", 6, 3],
      ["Quý II", 8, 2],
    ]);
  });

  test('titles on two rows: (7)–(13) under "Kết quả giải quyết", one row below the title of (3)–(6)', () => {
    const _ = null;
    const wb = {
      sheets: [
        sheetFromRows("S", [
          ["STT", "Lĩnh vực", "Tổng hồ sơ nhận giải quyết", _, _, _, "Kết quả giải quyết"],
          [
            _,
            _,
            "Tổng số",
            "Trực tuyến",
            "Trực tiếp",
            "Từ kỳ trước",
            "Số hồ sơ đã giải quyết",
            _,
            _,
            _,
            "Số lượng hồ sơ đang giải quyết",
          ],
          [
            _,
            _,
            _,
            _,
            _,
            _,
            "Tổng số",
            "Trước hạn",
            "Đúng hạn",
            "Quá hạn",
            "Tổng số",
            "Trong hạn",
            "Quá hạn",
          ],
          [1, "Hộ tịch", 6, 1, 4, 1, 5, 2, 2, 1, 1, 1, 0],
          ["Tổng", _, 6, 1, 4, 1, 5, 2, 2, 1, 1, 1, 0],
        ]),
      ],
    };
    const f = locate06a(wb);
    expect([f.headerTop, f.headerBottom, f.rows.map((r) => r.row), f.total?.row]).toEqual([
      1,
      3,
      [4],
      5,
    ]);
    expect(COUNT_KEYS.map((k) => f.cols[k])).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  test("--sheet picks the named sheet", () => {
    const a = build06a(ROWS_OK, { sheet: "Quý I" });
    const b = build06a(ROWS_OK.slice(0, 2), { sheet: "Quý II", top: 8, left: 2 });
    const wb: WorkbookSnapshot = { sheets: [...a.wb.sheets, ...b.wb.sheets] };
    const f = locate06a(wb, { sheet: "Quý II" });
    expect([f.sheet, f.headerTop, f.rows.length, f.sttCol]).toEqual(["Quý II", 8, 2, 2]);
  });
});

describe("locate06a: the title block", () => {
  test('unit below the "Đơn vị báo cáo:" label and the period', () => {
    const f = locate06a(build06a(ROWS_OK).wb);
    expect(f.title.unit).toBe("UBND PHƯỜNG PHÚ SƠN");
    expect(f.title.unitCell).toEqual({ row: 2, col: 11 });
    expect(f.title.periodCell).toEqual({ row: 3, col: 3 });
    expect(f.title.period).toEqual({
      from: { y: 2023, m: 12, d: 15 },
      to: { y: 2024, m: 3, d: 14 },
    });
  });

  test('"Đơn vị báo cáo: UBND xã …" on one line, NFD, at an offset', () => {
    const f = locate06a(
      build06a(ROWS_OK, {
        unitStyle: "label-colon",
        unit: "UBND xã Hà Long",
        nfd: true,
        top: 20,
        left: 6,
      }).wb
    );
    expect(f.title.unit).toBe("UBND xã Hà Long");
    expect(f.title.period?.to).toEqual({ y: 2024, m: 3, d: 14 });
  });

  test('a lone "UBND phường …" line is the unit', () => {
    const f = locate06a(
      build06a(ROWS_OK, { unitStyle: "name-only", unit: "UBND phường Bắc Sơn" }).wb
    );
    expect(f.title.unit).toBe("UBND phường Bắc Sơn");
  });

  test('the recipient ("Đơn vị nhận báo cáo") is not taken for the unit', () => {
    const f = locate06a(build06a(ROWS_OK, { unit: null }).wb);
    expect(f.title.unit).toBeNull();
  });

  test("no title block: no unit, no period", () => {
    const f = locate06a(build06a(ROWS_OK, { title: false, top: 1, left: 1 }).wb);
    expect([f.title.unit, f.title.periodCell, f.title.period]).toEqual([null, null, null]);
  });

  test("period with single digits and dashes", () => {
    const f = locate06a(build06a(ROWS_OK, { period: "Từ ngày 15-3-2024 đến ngày 14-6-2024" }).wb);
    expect(f.title.period).toEqual({
      from: { y: 2024, m: 3, d: 15 },
      to: { y: 2024, m: 6, d: 14 },
    });
  });
});

describe("locate06a: no form", () => {
  const sheetS = (rows: unknown[][]): WorkbookSnapshot => ({ sheets: [sheetFromRows("S", rows)] });
  const noForm = (wb: WorkbookSnapshot, opts = {}) => {
    try {
      locate06a(wb, opts);
    } catch (e) {
      expect(e).toBeInstanceOf(LocateError);
      return (e as LocateError).message;
    }
    throw new Error("expected a LocateError");
  };

  test("an empty workbook", () => {
    expect(noForm({ sheets: [] })).toMatch(/^Không tìm thấy Biểu 06a trong tệp/);
  });

  test("a blank sheet", () => {
    expect(noForm({ sheets: [sheetFromRows("Sheet1", [])] })).toMatch(/Không tìm thấy Biểu 06a/);
  });

  test("another table", () => {
    const wb = {
      sheets: [
        sheetFromRows("Sheet1", [
          ["STT", "Họ và tên", "Điểm"],
          [1, "Nguyễn Văn A", 9],
        ]),
      ],
    };
    expect(noForm(wb)).toMatch(/"Số hồ sơ nhận giải quyết"/);
  });

  test("the groups in the wrong order", () => {
    const wb = sheetS([
      [
        "STT",
        "Lĩnh vực",
        ...spanRow([
          ["Số hồ sơ đã giải quyết", 4],
          ["Số hồ sơ nhận giải quyết", 4],
          ["Số lượng hồ sơ đang giải quyết", 1],
        ]),
      ],
    ]);
    expect(noForm(wb)).toMatch(/Không tìm thấy Biểu 06a/);
  });

  test("--sheet names a sheet without the form", () => {
    const b = build06a(ROWS_OK, { sheetsBefore: ["Bìa"] });
    expect(noForm(b.wb, { sheet: "Bìa" })).toMatch(/trang tính "Bìa"/);
  });

  test("--sheet names a missing sheet", () => {
    expect(noForm(build06a(ROWS_OK).wb, { sheet: "Không có" })).toBe(
      'Không có trang tính "Không có" trong tệp.'
    );
  });

  test("a header without its columns: the three group titles side by side", () => {
    const wb = sheetS([
      [
        "STT",
        "Lĩnh vực",
        "Số hồ sơ nhận giải quyết",
        "Số hồ sơ đã giải quyết",
        "Số lượng hồ sơ đang giải quyết",
      ],
      [1, "Hộ tịch", 1, 2, 3],
    ]);
    expect(noForm(wb)).toBe(
      'Trang tính "S", dòng 1 có tiêu đề Biểu 06a nhưng thiếu các cột bên dưới (Tổng số, Trực tuyến, Trực tiếp, ' +
        "Từ kỳ trước, Trước hạn, Đúng hạn, Quá hạn, Trong hạn…): không đọc được số liệu."
    );
  });

  test("a header without its columns: group titles spaced out but no sub-headers below them", () => {
    const wb = sheetS([
      [
        "STT",
        "Lĩnh vực",
        ...spanRow([
          ["Số hồ sơ nhận giải quyết", 4],
          ["Số hồ sơ đã giải quyết", 4],
          ["Số lượng hồ sơ đang giải quyết", 1],
        ]),
      ],
    ]);
    expect(noForm(wb)).toMatch(/^Trang tính "S", dòng 1 có tiêu đề Biểu 06a nhưng thiếu các cột/);
  });
});

describe("a blank row inside the table", () => {
  const c = (v: number[]) => Object.fromEntries(COUNT_KEYS.map((k, i) => [k, v[i]]));
  const A = [3, 2, 1, 0, 3, 2, 1, 0, 0, 0, 0];
  const B = [5, 5, 0, 0, 4, 4, 0, 0, 1, 1, 0];
  function withBlankRow(): WorkbookSnapshot {
    const edits = layout06a({
      sheet: "Biểu 06a",
      unit: "UBND PHƯỜNG A",
      period: null,
      rows: [
        { name: "Lĩnh vực A", counts: c(A) },
        { stt: "", name: "" },
        { stt: 2, name: "Lĩnh vực B", counts: c(B) },
      ],
      total: c(A.map((v, i) => v + B[i])),
    });
    return applyEditsToSnapshot({ sheets: [] }, edits);
  }

  test("does not end the form when counts follow; the total row is still found", () => {
    const f = locate06a(withBlankRow());
    expect(f.rows.map((r) => r.name)).toEqual(["Lĩnh vực A", "Lĩnh vực B"]);
    expect(f.total?.row).toBe(LAYOUT_06A.firstDataRow + 3);
  });

  test("the signature block below the form is not taken for rows", () => {
    const f = locate06a(withBlankRow());
    expect(f.range.bottom).toBe(LAYOUT_06A.firstDataRow + 3);
  });
});
