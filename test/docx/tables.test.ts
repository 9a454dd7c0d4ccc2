import fc from "fast-check";
import { cleanText, layoutHeader, scaleWidths, textWidth } from "../../src/docx/tables";
import type { HeaderCell } from "../../src/docx/types";
import { bang06a } from "./sample";

const cover = (row: { colSpan: number }[]): number => row.reduce((a, s) => a + s.colSpan, 0);

describe("layoutHeader", () => {
  test("the 06a header: 13 columns on every row, merges where the form has them", () => {
    const { columns, rows } = layoutHeader(bang06a.header);
    expect(columns).toBe(13);
    for (const r of rows) expect(cover(r)).toBe(13);
    const show = rows.map((r) => r.map((s) => `${s.cell?.text ?? "·"}:${s.colSpan}:${s.merge}`));
    expect(show[0]).toEqual([
      "STT:1:restart",
      "Lĩnh vực, công việc giải quyết theo cấp:1:restart",
      "Số hồ sơ nhận giải quyết:4:none",
      "Số hồ sơ đã giải quyết:4:none",
      "Số lượng hồ sơ đang giải quyết:3:none",
    ]);
    expect(show[1].slice(0, 5)).toEqual([
      "STT:1:continue",
      "Lĩnh vực, công việc giải quyết theo cấp:1:continue",
      "Tổng số:1:restart",
      "Trong đó:2:none",
      "Từ kỳ trước:1:restart",
    ]);
    expect(show[2].slice(0, 6)).toEqual([
      "STT:1:continue",
      "Lĩnh vực, công việc giải quyết theo cấp:1:continue",
      "Tổng số:1:continue",
      "Trực tuyến:1:none",
      "Trực tiếp, dịch vụ bưu chính:1:none",
      "Từ kỳ trước:1:continue",
    ]);
    expect(show[3]).toHaveLength(13);
    expect(show[3][12]).toBe("(13):1:none");
  });

  test("a short header is widened to the data's columns with gap cells", () => {
    const { columns, rows } = layoutHeader([[{ text: "A" }]], 3);
    expect(columns).toBe(3);
    expect(rows[0].map((s) => s.cell?.text ?? null)).toEqual(["A", null, null]);
  });

  test("rowSpan beyond the header is clipped; zero/negative/NaN spans are 1", () => {
    const { rows } = layoutHeader([
      [
        { text: "A", rowSpan: 7 },
        { text: "B", colSpan: 0 },
        { text: "C", colSpan: NaN, rowSpan: -2 },
      ],
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].map((s) => `${s.cell?.text}:${s.colSpan}:${s.merge}`)).toEqual([
      "A:1:none",
      "B:1:none",
      "C:1:none",
    ]);
  });

  const headerCell: fc.Arbitrary<HeaderCell> = fc.record(
    {
      text: fc.string({ maxLength: 3 }),
      colSpan: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constant(NaN)),
      rowSpan: fc.integer({ min: -2, max: 5 }),
    },
    { requiredKeys: ["text"] }
  );

  test("any header lays out to full rows with consistent merges", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(headerCell, { maxLength: 6 }), { maxLength: 5 }),
        fc.nat(8),
        (header, extra) => {
          const { columns, rows } = layoutHeader(header, extra);
          expect(rows).toHaveLength(header.length);
          for (const [r, row] of rows.entries()) {
            expect(cover(row)).toBe(columns);
            for (const s of row) {
              if (s.merge === "continue") {
                // the row above has the same cell over the same columns
                const above = rows[r - 1].find((a) => a.col === s.col);
                expect(above?.cell).toBe(s.cell);
                expect(above?.colSpan).toBe(s.colSpan);
                expect(above?.merge === "restart" || above?.merge === "continue").toBe(true);
              }
              if (s.merge === "restart") {
                const below = rows[r + 1]?.find((b) => b.col === s.col);
                expect(below?.merge).toBe("continue");
              }
            }
          }
          // every placed cell's text is printed once, in its first slot
          const origins = rows
            .flat()
            .filter((s) => s.cell && s.cell.col === s.col && rows[s.cell.row].includes(s));
          expect(origins).toHaveLength(header.flat().length);
          for (const s of rows.flat()) if (!origins.includes(s)) expect(s.text).toBe("");
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("scaleWidths", () => {
  test("scales to the total exactly", () => {
    const w = scaleWidths([1, 2, 1], 3, 1000);
    expect(w.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(w[1]).toBeGreaterThan(w[0]);
  });

  test("missing or bad widths take the mean", () => {
    expect(scaleWidths([2, NaN, -1], 4, 800)).toEqual([200, 200, 200, 200]);
    expect(scaleWidths([], 2, 101)).toEqual([50, 51]);
    expect(scaleWidths([1], 0, 100)).toEqual([]);
  });
});

describe("text helpers", () => {
  test("cleanText drops what XML cannot hold and keeps Vietnamese", () => {
    expect(cleanText("a\u0001b\tc\uFFFEd\uD800e😀 Đặng")).toBe("ab cde😀 Đặng");
  });

  test("textWidth: bold is wider, size scales, diacritics count as their base letter", () => {
    expect(textWidth("Độc lập - Tự do - Hạnh phúc", 13, true)).toBeGreaterThan(
      textWidth("Độc lập - Tự do - Hạnh phúc", 13, false)
    );
    expect(Math.abs(textWidth("UBND", 26) - 2 * textWidth("UBND", 13))).toBeLessThanOrEqual(1);
    expect(textWidth("ĐỘC", 13, true)).toBe(textWidth("DOC", 13, true));
  });
});
