// The Word summary's input: three heads, the district's figures, the notes, three annex
// tables; text from the units' workbooks is escaped (a unit's name can never make a head).
import { parseMarkup, blockText } from "../../src/docx/markup";
import { renderDocx } from "../../src/docx/render";
import {
  rollup,
  rollupMarkup,
  rollupRenderInput,
  ROLLUP_TABLES,
  UnitSummary,
} from "../../src/core/rollup";
import { sumCounts } from "./helpers";

function unit(name: string, received: number, extra: Partial<UnitSummary> = {}): UnitSummary {
  const rows = [
    {
      name: "Lĩnh vực Hộ tịch",
      counts: [received, received, 0, 0, received, received, 0, 0, 0, 0, 0],
    },
  ];
  return {
    file: "f.xlsx",
    unit: name,
    unitFromFile: false,
    period: { from: "2023-12-15", to: "2024-03-14" },
    rows,
    total: sumCounts(rows.map((r) => r.counts)),
    evaluation: {
      basis: "appraised",
      scores: [2, 2, 2, 2, 2, 2, 2, 2, 2],
      total: 18,
      grade: "Xuất sắc",
      ballots: 10,
      satisfaction: [0, 0, 0, 10, 90],
    },
    findings: { errors: 0, warnings: 0, byRule: {}, first: [] },
    ...extra,
  };
}

test("heads, figures and tables; a unit's name with markup characters stays text", () => {
  const hostile = "# **UBND** - phường ::table x";
  const r = rollup([
    unit("UBND PHƯỜNG A", 1234),
    unit(hostile, 6, {
      period: { from: "2024-01-01", to: "2024-03-14" },
      findings: { errors: 2, warnings: 0, byRule: { "06a/balance": 2 }, first: [] },
    }),
  ]);
  const blocks = parseMarkup(rollupMarkup(r));
  expect(blocks.filter((b) => b.kind === "heading1").map(blockText)).toEqual([
    "I. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
    "II. KẾT QUẢ ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
    "III. NHỮNG ĐIỂM CẦN LƯU Ý",
  ]);
  expect(blocks.filter((b) => b.kind === "table").map((b) => (b as { name: string }).name)).toEqual(
    [ROLLUP_TABLES.byField, ROLLUP_TABLES.byUnit, ROLLUP_TABLES.evaluation]
  );
  const text = blocks.map(blockText).join("\n");
  expect(text).toContain("Tổng số hồ sơ nhận giải quyết: 1.240 hồ sơ");
  expect(text).toContain("tỷ lệ giải quyết trước và đúng hạn 100,0%");
  expect(text).toContain(
    "Tổng điểm bình quân của 2 đơn vị có bảng đánh giá: 18,00/18 điểm, xếp loại Xuất sắc"
  );
  expect(text).toContain("# **UBND** - phường"); // printed as written
  expect(
    blocks.some(
      (b) =>
        b.kind === "dash" &&
        blockText(b).startsWith("# **UBND** - phường") &&
        /2 lỗi/.test(blockText(b))
    )
  ).toBe(true);
  expect(blocks.some((b) => b.kind === "dash" && /khác kỳ của đa số/.test(blockText(b)))).toBe(
    true
  );

  const input = rollupRenderInput(r, { unit: "UBND THỊ XÃ BỈM SƠN" });
  expect(input.header).toMatchObject({ unit: "UBND THỊ XÃ BỈM SƠN", title: "BÁO CÁO", year: 2024 });
  const byUnit = input.tables[ROLLUP_TABLES.byUnit];
  expect(byUnit.header[0][1].text).toBe("Đơn vị");
  expect(byUnit.rows.map((x) => x.cells.slice(1, 3))).toEqual([
    ["UBND PHƯỜNG A", "1.234"],
    [hostile, "6"],
    ["Tổng cộng", "1.240"],
  ]);
  const ev = input.tables[ROLLUP_TABLES.evaluation];
  expect(ev.rows[ev.rows.length - 1].cells.slice(1)).toEqual([
    "Bình quân",
    ...Array(9).fill("2,00"),
    "18,00",
    "Xuất sắc",
  ]);
});

test("renders to a .docx", async () => {
  const bytes = await renderDocx(rollupRenderInput(rollup([unit("UBND PHƯỜNG A", 3)])));
  expect(bytes.length).toBeGreaterThan(5000);
  expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe("PK");
});
