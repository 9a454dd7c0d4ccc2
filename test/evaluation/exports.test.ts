// Evaluation tables as one-stop systems export them (issue 10), after the Thanh Hóa system's
// "Bảng đánh giá việc giải quyết TTHC" export (quantri_client/src/features/baocaoDGHLmau02/
// components/ExportExcelBaoCao02.tsx in github.com/HuanVu201/DichVuCong_KhoaLuan_PASETO):
// the unit, the period and "Số phiếu đánh giá: 57" as lines of one cell; a "Tổng cộng" computed
// in floating point (17.419999999999998); satisfaction as three levels in a label row with the
// shares in the row under it ("15.8%", or 0.158 elsewhere).
import { WorkbookSnapshot } from "../../src/core/grid";
import { analyzeEvaluation, fillEvaluation } from "../../src/core/evaluation";
import { sheetFromRows } from "../../src/core/snapshotEdits";
import { addr } from "../../src/core/grid";

type Cell = string | number | null | { value: number; numberFormat: string };
const NAMES = [
  "Tổng thời gian giải quyết thủ tục hành chính so với quy định của pháp luật",
  "Thời gian thực hiện của cơ quan, tổ chức đã được phân cấp, ủy quyền",
  "Thực hiện tiếp nhận, giải quyết TTHC theo hình thức trực tuyến",
  "Công khai các TTHC",
  "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến",
  "Mức độ hài lòng",
  "Tỷ lệ hồ sơ TTHC được số hóa",
  "Tỷ lệ hồ sơ trả lại",
  "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến của cơ quan có thẩm quyền",
];
// Nine self-scores that make 14.9; the export writes their sum as its JavaScript adds them up.
const SELF = [1.5, 1.4, 1.9, 1.8, 1.6, 2, 1.6, 1.2, 1.9];
const FLOAT_TOTAL = SELF.reduce((a, b) => a + b, 0);

function exportSheet(
  o: { head?: string; total?: Cell; levels?: string[]; shares?: Cell[] } = {}
): WorkbookSnapshot {
  const rows: Cell[][] = [
    ["UBND XÃ HÀ LONG", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["BẢNG ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n(Ban hành kèm theo....)"],
    [
      o.head ??
        "Cơ quan/đơn vị: UBND XÃ HÀ LONG\nThời điểm đánh giá: Quý I Năm 2024\nSố phiếu đánh giá: 57",
    ],
    ["I. Đánh giá việc giải quyết thủ tục hành chính"],
    [null],
    ["Chỉ số", "Tên chỉ số", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định", "Ghi chú"],
    ...NAMES.map((n, i): Cell[] => [i + 1, n, 2, SELF[i], null, null]),
    [null, "Tổng cộng", 18, o.total === undefined ? FLOAT_TOTAL : o.total, null, "Xếp loại: Tốt"],
    [null],
    ["II. Đánh giá mức độ hài lòng"],
    [null],
    ["Tỷ lệ % mức độ hài lòng trong việc giải quyết thủ tục hành chính"],
    o.levels ?? ["Không hài lòng", "Hài lòng", "Rất hài lòng"],
    o.shares ?? ["15.8%", "31.6%", "52.6%"],
  ];
  return {
    sheets: [
      sheetFromRows("Sheet1", rows, { merges: [{ top: 20, left: 1, bottom: 20, right: 3 }] }),
    ],
  };
}

const analyse = (wb: WorkbookSnapshot) => {
  const a = analyzeEvaluation(wb);
  if (!a) throw new Error("no evaluation found");
  return a;
};

describe("the Thanh Hóa evaluation export", () => {
  test("its float total is the sum of the scores: no finding on it", () => {
    expect(FLOAT_TOTAL).toBe(14.899999999999999);
    const a = analyse(exportSheet());
    expect(a.result.total.self).toBe(14.9);
    expect(a.result.findings.filter((f) => f.rule === "eval/total")).toEqual([]);
  });

  test("a float total that is not the sum is still reported", () => {
    const a = analyse(exportSheet({ total: 17.419999999999998 }));
    expect(
      a.result.findings.filter((f) => f.rule === "eval/total").map((f) => addr(f.row, f.col))
    ).toEqual(["D16"]);
  });

  test('"Số phiếu đánh giá: 57" as the third line of the title cell', () => {
    const a = analyse(exportSheet());
    expect(a.result.ballots).toBe(57);
    expect(a.location.ballotCount).toMatchObject({ row: 3, col: 1, inline: true, line: 2 });
  });

  test('a blank "Số phiếu đánh giá: ……" line is filled in that line only', () => {
    const wb = exportSheet({
      head: "Cơ quan/đơn vị: UBND XÃ HÀ LONG\nSố phiếu đánh giá: ……\nThời điểm đánh giá: Quý I Năm 2024",
      levels: ["Số lượng", "Không hài lòng", "Hài lòng", "Rất hài lòng"],
      shares: ["Số phiếu", 9, 18, 30],
    });
    const a = analyse(wb);
    expect(a.result.ballots).toBe(57);
    const fill = fillEvaluation(wb);
    const e = fill.edits.cells.find((c) => c.row === 3 && c.col === 1);
    expect(e?.value).toBe(
      "Cơ quan/đơn vị: UBND XÃ HÀ LONG\nSố phiếu đánh giá: 57\nThời điểm đánh giá: Quý I Năm 2024"
    );
  });

  test("three levels mapped onto the five; the two absent ones said and left empty", () => {
    const a = analyse(exportSheet());
    expect(a.result.satisfaction).toEqual({
      veryDissatisfied: null,
      dissatisfied: 15.8,
      neutral: null,
      satisfied: 31.6,
      verySatisfied: 52.6,
    });
    expect(a.result.satisfactionAbsent).toEqual(["Rất không hài lòng", "Bình thường"]);
    expect(a.result.findings.filter((f) => f.rule === "eval/satisfaction-sum")).toEqual([]);
  });

  test("shares as fractions (0.158) in the value row", () => {
    const a = analyse(exportSheet({ shares: [0.158, 0.316, 0.526] }));
    expect(a.result.satisfaction).toMatchObject({
      dissatisfied: 15.8,
      satisfied: 31.6,
      verySatisfied: 52.6,
    });
    expect(a.result.findings.filter((f) => f.rule === "eval/satisfaction-sum")).toEqual([]);
  });

  test("three shares that do not make 100% are reported", () => {
    const a = analyse(exportSheet({ shares: ["15.8%", "31.6%", "50%"] }));
    expect(
      a.result.findings.filter((f) => f.rule === "eval/satisfaction-sum").map((f) => f.message)
    ).toEqual(["Các tỷ lệ mức độ hài lòng cộng lại được 97,4%, không phải 100%."]);
  });

  test("three level columns of a ballot list (ExportExcelBaoCao01DGHL.tsx: marks per dossier) are not a satisfaction table", () => {
    const wb = exportSheet({
      levels: ["Chỉ số 1", "Không hài lòng", "Hài lòng", "Rất hài lòng"],
      shares: [2, 0, 1, 0],
    });
    // The ballot list replaces the titled table: drop the title row above the levels.
    wb.sheets[0].data[19] = [];
    const a = analyse(wb);
    expect(a.location.satisfaction).toBeNull();
  });

  test('three levels under a row label "Tỷ lệ" without a title', () => {
    const wb = exportSheet({
      levels: [null as unknown as string, "Không hài lòng", "Hài lòng", "Rất hài lòng"],
      shares: ["Tỷ lệ (%)", "15.8%", "31.6%", "52.6%"],
    });
    wb.sheets[0].data[19] = [];
    const a = analyse(wb);
    expect(a.result.satisfaction).toMatchObject({
      dissatisfied: 15.8,
      satisfied: 31.6,
      verySatisfied: 52.6,
    });
  });

  test("two levels are not a satisfaction table", () => {
    const a = analyse(
      exportSheet({ levels: ["Hài lòng", "Rất hài lòng"], shares: ["40%", "60%"] })
    );
    expect(a.location.satisfaction).toBeNull();
    expect(a.result.satisfactionAbsent).toBeUndefined();
  });

  test("five levels: nothing absent", () => {
    const a = analyse(
      exportSheet({
        levels: ["Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"],
        shares: ["0%", "15.8%", "0%", "31.6%", "52.6%"],
      })
    );
    expect(a.result.satisfactionAbsent).toBeUndefined();
    expect(a.result.satisfaction.neutral).toBe(0);
  });
});
