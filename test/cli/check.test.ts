import * as fs from "fs";
import { build06a, counts, ROWS_OK, withCount } from "../helpers/form06a";
import { SAMPLE, tempDir, tthc, writeXlsx } from "../helpers/xlsx";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const FORM_KEYS = ["sheet", "range", "headerRow", "totalRow", "period", "unit"].sort();
const FINDING_KEYS = ["rule", "severity", "sheet", "cell", "message", "messageId", "data"].sort();

/** The JSON of `check --json`, with its shape asserted. */
function parseCheckJson(out: string) {
  const j = JSON.parse(out); // exactly one JSON value on stdout, nothing else
  expect(Object.keys(j).sort()).toEqual(["file", "findings", "form"]);
  expect(Object.keys(j.form).sort()).toEqual(FORM_KEYS);
  for (const f of j.findings) {
    expect(Object.keys(f).sort()).toEqual(FINDING_KEYS);
    expect(["error", "warning"]).toContain(f.severity);
    expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
    expect(typeof f.message).toBe("string");
  }
  if (j.form.period !== null) {
    expect(Object.keys(j.form.period).sort()).toEqual(["from", "to"]);
    expect(j.form.period.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  return j as {
    file: string;
    form: {
      sheet: string;
      range: string;
      headerRow: number;
      totalRow: number | null;
      period: { from: string; to: string } | null;
      unit: string | null;
    };
    findings: { rule: string; severity: string; sheet: string; cell: string; message: string }[];
  };
}

describe("tthc check: the sample", () => {
  test("--json: exactly two warnings (duplicate field at B34, period) and no error; exit 0", async () => {
    const r = await tthc("check", SAMPLE, "--json");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const j = parseCheckJson(r.out);
    expect(j.file).toBe(SAMPLE);
    expect(j.form).toEqual({
      sheet: "Biểu 06a",
      range: "A6:M62",
      headerRow: 6,
      totalRow: 62,
      period: { from: "2024-01-01", to: "2024-03-14" },
      unit: "UBND PHƯỜNG PHÚ SƠN",
    });
    expect(j.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([
      ["06a/period", "warning", "Biểu 06a", "C3"],
      ["06a/duplicate-field", "warning", "Biểu 06a", "B34"],
    ]);
    expect(j.findings[1].message).toContain("Lâm nghiệp");
  });

  test("human output: the form, each finding with its cell, and the summary line", async () => {
    const r = await tthc("check", SAMPLE);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe(
      'Biểu 06a: trang "Biểu 06a", vùng A6:M62, UBND PHƯỜNG PHÚ SƠN, kỳ 01/01/2024 – 14/03/2024; 52 dòng lĩnh vực.'
    );
    expect(
      lines.some(
        (l) =>
          l.includes("Biểu 06a!B34") &&
          l.includes("Cảnh báo") &&
          l.includes("[06a/duplicate-field]")
      )
    ).toBe(true);
    expect(lines.some((l) => l.includes("Biểu 06a!C3") && l.includes("[06a/period]"))).toBe(true);
    expect(lines[lines.length - 1]).toBe("Kết quả: 0 lỗi, 2 cảnh báo.");
  });
});

describe("tthc check: exit codes and JSON", () => {
  test("a clean form: exit 0, no finding, summary says so", async () => {
    const f = await writeXlsx(tmp.file("clean.xlsx"), build06a(ROWS_OK).wb);
    const j = await tthc("check", f, "--json");
    expect(j.code).toBe(0);
    expect(parseCheckJson(j.out).findings).toEqual([]);
    const h = await tthc("check", f);
    expect(h.out.split("\n").pop()).toBe("Kết quả: không có lỗi, không có cảnh báo.");
  });

  test("errors: exit 1, with rule, severity and a $-free cell", async () => {
    const f = await writeXlsx(
      tmp.file("errors.xlsx"),
      build06a(withCount(ROWS_OK, 0, "received", 33), { total: "none" }).wb
    );
    const r = await tthc("check", f, "--json");
    expect(r.code).toBe(1);
    const j = parseCheckJson(r.out);
    expect(
      j.findings.filter((x) => x.severity === "error").map((x) => [x.rule, x.cell, x.message])
    ).toEqual([
      ["06a/balance", "C10", expect.stringContaining("(3) = 33 nhưng (7)+(11) = 30+1 = 31")],
      ["06a/received-sum", "C10", "(3) = 33 nhưng (4)+(5)+(6) = 31"],
    ]);
    expect(r.out).not.toContain("$");
    const h = await tthc("check", f);
    expect(h.code).toBe(1);
    expect(h.out.split("\n").pop()).toBe("Kết quả: 2 lỗi, 1 cảnh báo.");
  });

  test("warnings only: exit 0", async () => {
    const f = await writeXlsx(
      tmp.file("warn.xlsx"),
      build06a(withCount(ROWS_OK, 0, "online", "31")).wb
    );
    const r = await tthc("check", f, "--json");
    expect(r.code).toBe(0);
    expect(parseCheckJson(r.out).findings.map((x) => [x.rule, x.severity, x.cell])).toEqual([
      ["06a/number-as-text", "warning", "D10"],
    ]);
  });

  test("form on the 2nd sheet at F20, no period, no unit: period and unit are null", async () => {
    const b = build06a(ROWS_OK, {
      sheetsBefore: ["Bìa"],
      sheet: "06a",
      top: 20,
      left: 6,
      period: null,
      unit: null,
      total: "first",
    });
    const f = await writeXlsx(tmp.file("offset.xlsx"), b.wb);
    const r = await tthc("check", f, "--json");
    const j = parseCheckJson(r.out);
    expect(j.form).toEqual({
      sheet: "06a",
      range: "F20:R27",
      headerRow: 20,
      totalRow: 24,
      period: null,
      unit: null,
    });
    expect(j.findings.map((x) => [x.rule, x.cell])).toEqual([["06a/period", "F20"]]);
    expect(r.code).toBe(0);
  });

  test("--sheet picks the sheet; an unknown sheet is exit 2 with a Vietnamese line", async () => {
    const a = build06a(ROWS_OK, { sheet: "Quý I" });
    const b = build06a(withCount(ROWS_OK, 0, "received", 33), { sheet: "Quý II", total: "none" });
    const f = await writeXlsx(tmp.file("two.xlsx"), { sheets: [...a.wb.sheets, ...b.wb.sheets] });
    expect((await tthc("check", f, "--json")).code).toBe(0);
    const r = await tthc("check", f, "--json", "--sheet", "Quý II");
    expect(r.code).toBe(1);
    expect(parseCheckJson(r.out).form.sheet).toBe("Quý II");
    const bad = await tthc("check", f, "--sheet", "Quý III");
    expect(bad.code).toBe(2);
    expect(bad.out).toBe("");
    expect(bad.errLines).toEqual(['two.xlsx: Không có trang tính "Quý III" trong tệp.']);
  });

  test("--previous runs carry-over; without it, no carry-over finding", async () => {
    const prev = build06a(
      [
        { name: "Lĩnh vực Chứng thực", counts: counts(20, 0, 0, 20, 0, 0, 0, 0) },
        { name: "Lĩnh vực Hộ tịch", counts: counts(30, 0, 0, 28, 0, 0, 2, 0) },
        { name: "Lĩnh vực Đất đai", counts: counts(0, 0, 0, 0, 0, 0, 0, 0) },
      ],
      { period: "(Từ ngày 15/09/2023 đến ngày 14/12/2023)" }
    );
    const pf = await writeXlsx(tmp.file("q4.xlsx"), prev.wb);
    const cf = await writeXlsx(tmp.file("q1.xlsx"), build06a(ROWS_OK).wb);
    const without = parseCheckJson((await tthc("check", cf, "--json")).out);
    expect(without.findings.filter((x) => x.rule === "06a/carry-over")).toEqual([]);
    const r = await tthc("check", cf, "--json", "--previous", pf);
    expect(r.code).toBe(0);
    expect(
      parseCheckJson(r.out).findings.map((x) => [x.rule, x.severity, x.cell, x.message])
    ).toEqual([
      [
        "06a/carry-over",
        "warning",
        "F11",
        "(6) = 1 nhưng kỳ trước còn 2 hồ sơ đang giải quyết (cột (11), dòng 11 của tệp kỳ trước)",
      ],
      [
        "06a/carry-over",
        "warning",
        "F13",
        "(6) = 1 nhưng kỳ trước còn 2 hồ sơ đang giải quyết (cột (11), dòng 13 của tệp kỳ trước)",
      ],
    ]);
  });

  test("--previous that cannot be read: exit 2", async () => {
    const cf = await writeXlsx(tmp.file("q1b.xlsx"), build06a(ROWS_OK).wb);
    fs.writeFileSync(tmp.file("prev.xlsx"), "không phải excel");
    const r = await tthc("check", cf, "--previous", tmp.file("prev.xlsx"));
    expect(r.code).toBe(2);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toContain("prev.xlsx");
  });

  test("check never writes to its input", async () => {
    const f = await writeXlsx(
      tmp.file("ro.xlsx"),
      build06a(withCount(ROWS_OK, 0, "received", null)).wb
    );
    const before = fs.readFileSync(f);
    const names = fs.readdirSync(tmp.dir).sort();
    await tthc("check", f, "--json");
    expect(fs.readFileSync(f).equals(before)).toBe(true);
    expect(fs.readdirSync(tmp.dir).sort()).toEqual(names);
  });
});
