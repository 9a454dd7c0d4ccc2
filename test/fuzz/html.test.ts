// Fuzzing the HTML reader: random, mostly broken markup made of table pieces (nested and
// misnested tables, row groups, stray cells and text, huge or bad spans, entities, <br>) never
// makes htmlToSheet throw, and what it returns is a well-formed sheet: rows from A1, merges of at
// least two cells inside Excel's sheet that never overlap one another, no value outside them but
// in their first cell; the exceljs workbook `fill -o` writes from it can always be built.
import fc from "fast-check";
import { EXCEL_COLS, EXCEL_ROWS, htmlToSheet } from "../../src/host/xlsx/html";
import { workbookOfSheet } from "../../src/host/xlsx/html/workbook";

const RUNS = 150;

const SPAN = fc.constantFrom("1", "2", "3", "0", "-1", "x", "1000", "99999999", "1e9", " 2 ", "");
const PIECE = fc.oneof(
  fc.constantFrom(
    "<table>",
    "</table>",
    "<tr>",
    "</tr>",
    "<thead>",
    "</thead>",
    "<tbody>",
    "</tbody>",
    "<tfoot>",
    "</tfoot>",
    "<td>",
    "</td>",
    "<th>",
    "</th>",
    "<caption>",
    "</caption>"
  ),
  fc.constantFrom(
    "<br>",
    "<p>",
    "</p>",
    "<div>",
    "x",
    "12",
    "1.234",
    "&amp;",
    "&nbsp;",
    "&#7889;",
    "&bogus;",
    " ",
    "\n",
    "<!-- c -->",
    "<script>var t='<td>'</script>",
    "<tr style='display:none'>"
  ),
  fc
    .tuple(fc.constantFrom("td", "th"), SPAN, SPAN)
    .map(([t, r, c]) => `<${t} rowspan="${r}" colspan="${c}">`)
);

/** A table of rows of cells with random spans and text, as markup. */
const TABLE = fc
  .array(
    fc.array(
      fc.tuple(fc.constantFrom("td", "th"), SPAN, SPAN, fc.constantFrom("", "a", "7", "x<br>y")),
      { maxLength: 6 }
    ),
    { maxLength: 6 }
  )
  .map(
    (rows) =>
      `<table>${rows
        .map(
          (r) =>
            `<tr>${r.map(([t, rs, cs, v]) => `<${t} rowspan="${rs}" colspan="${cs}">${v}</${t}>`).join("")}</tr>`
        )
        .join("")}</table>`
  );

/** Tables and random pieces, interleaved: tables inside tables, inside cells, misnested, broken. */
const MARKUP = fc.array(fc.oneof(PIECE, TABLE), { maxLength: 40 }).map((parts) => parts.join(""));

test(`random table markup: never a throw, always a well-formed sheet (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(MARKUP, (html) => {
      const sheet = htmlToSheet(html);
      const s = sheet.snapshot;
      // exceljs refuses overlapping merges: the .xlsx that fill -o writes can always be built.
      expect(() => workbookOfSheet(sheet)).not.toThrow();
      expect(s.top).toBe(1);
      expect(s.left).toBe(1);
      s.merges.forEach((m, i) => {
        expect(m.top).toBeGreaterThanOrEqual(1);
        expect(m.left).toBeGreaterThanOrEqual(1);
        expect(m.bottom).toBeLessThanOrEqual(EXCEL_ROWS);
        expect(m.right).toBeLessThanOrEqual(EXCEL_COLS);
        expect(m.bottom > m.top || m.right > m.left).toBe(true);
        for (const o of s.merges.slice(i + 1))
          expect(o.top > m.bottom || o.bottom < m.top || o.left > m.right || o.right < m.left).toBe(
            true
          );
      });
      s.data.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined) return;
          const r = i + 1;
          const c = j + 1;
          expect(
            s.merges.some(
              (m) =>
                r >= m.top &&
                r <= m.bottom &&
                c >= m.left &&
                c <= m.right &&
                (r !== m.top || c !== m.left)
            )
          ).toBe(false);
        })
      );
    }),
    { numRuns: RUNS }
  );
});
