// The acceptance scenario of issue 7: `tthc rollup` on 20 generated units writes a district
// workbook whose Biểu 06a checks clean and whose totals are the sum of the units' totals; the
// per-unit, evaluation and findings sheets exist; --report writes a Word summary.
import * as fs from "fs";
import JSZip from "jszip";
import { COUNT_KEYS } from "../../src/core/form06a";
import { locate06a } from "../../src/core/form06a";
import { analyse, totalsOf } from "../../src/core/workbook";
import { ROLLUP_SHEETS } from "../../src/core/messages/rollup";
import { readWorkbookFile } from "../../src/host/xlsx";
import { tempDir, tthc } from "../helpers/xlsx";
import { randomUnit, sumCounts, writeUnit } from "./helpers";

const tmp = tempDir("tthc-rollup-acc-");
const units = Array.from({ length: 20 }, (_, i) => randomUnit(1000 + i, `UBND PHƯỜNG SỐ ${i + 1}`));

beforeAll(async () => {
  fs.mkdirSync(tmp.file("don-vi"));
  await Promise.all(
    units.map((u, i) =>
      writeUnit(tmp.file(`don-vi/phuong-${String(i + 1).padStart(2, "0")}.xlsx`), u)
    )
  );
}, 120_000);
afterAll(() => tmp.cleanup());

test("tthc rollup DIR -o district.xlsx --report: exit 0, district 06a checks clean, totals = sum of the units' totals", async () => {
  const out = tmp.file("huyen.xlsx");
  const doc = tmp.file("huyen.docx");
  const r = await tthc(
    "rollup",
    tmp.file("don-vi"),
    "-o",
    out,
    "--report",
    doc,
    "--unit",
    "UBND THỊ XÃ BỈM SƠN"
  );
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/Đã đọc 20\/20 tệp/);

  const check = await tthc("check", out);
  expect(check.code).toBe(0);
  expect(check.out).toMatch(/không có lỗi/);

  const { snapshot } = await readWorkbookFile(out);
  expect(snapshot.sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining([
      ROLLUP_SHEETS.form06a,
      ROLLUP_SHEETS.byUnit,
      ROLLUP_SHEETS.evaluation,
      ROLLUP_SHEETS.problems,
    ])
  );
  const a = analyse(snapshot);
  expect(a.findings06a.filter((f) => f.severity === "error")).toEqual([]);
  const district = totalsOf(a.form!);
  const expected = sumCounts(units.map((u) => u.total));
  expect(COUNT_KEYS.map((k) => district[k])).toEqual(expected);
  expect(a.form!.title.unit).toBe("UBND THỊ XÃ BỈM SƠN");

  // The per-unit sheet: one row per unit, the same totals.
  const perUnit = locate06a(snapshot, { sheet: ROLLUP_SHEETS.byUnit });
  expect(perUnit.rows.map((x) => x.name)).toEqual(units.map((u) => u.unit));
  expect(COUNT_KEYS.map((k) => totalsOf(perUnit)[k])).toEqual(expected);

  // The evaluation sheet names every unit.
  const ev = snapshot.sheets.find((s) => s.name === ROLLUP_SHEETS.evaluation)!;
  const texts = ev.data.flat().map((c) => (c ? String(c.value) : ""));
  for (const u of units) expect(texts).toContain(u.unit);

  // The Word summary.
  const zip = await JSZip.loadAsync(fs.readFileSync(doc));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("BÁO CÁO");
  expect(xml).toContain("UBND PHƯỜNG SỐ 20");
}, 120_000);
