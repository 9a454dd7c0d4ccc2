import * as fs from "fs";
import * as path from "path";
import { build06a, mapRows, ROWS_OK, withCount } from "../helpers/form06a";
import { COUNT_KEYS, DERIVED } from "../../src/core/form06a";
import { listDir, readXlsx, SAMPLE, tempDir, tthc, writeXlsx } from "../helpers/xlsx";

// The fs module object itself (the `import * as` wrapper has read-only bindings), for spying.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs: typeof fs = require("fs");

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => jest.restoreAllMocks());

const DERIVED_KEYS = DERIVED.map((d) => d.key) as string[];
const INPUTS_ONLY = mapRows(ROWS_OK, (r) => ({
  ...r,
  counts: r.counts.map((v, i) => (DERIVED_KEYS.includes(COUNT_KEYS[i]) ? null : v)),
}));
const BLANK_TOTAL = { totalValues: new Array(11).fill(null) };

async function inputsOnlyFile(name: string): Promise<string> {
  return writeXlsx(tmp.file(name), build06a(INPUTS_ONLY, BLANK_TOTAL).wb);
}

describe("tthc fill -o", () => {
  test("the sample: writes a file whose check has no error; the input is byte-identical", async () => {
    const input = tmp.file("sample.xlsx");
    fs.copyFileSync(SAMPLE, input);
    const before = fs.readFileSync(input);
    const mtime = fs.statSync(input).mtimeMs;
    const out = tmp.file("sample-filled.xlsx");
    const r = await tthc("fill", input, "-o", out);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/^Đã điền \d+ ô; ghi vào ".*sample-filled\.xlsx"\.$/m);
    expect(r.out.split("\n").pop()).toBe("Kết quả: 0 lỗi, 2 cảnh báo.");
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.statSync(input).mtimeMs).toBe(mtime);
    const c = await tthc("check", out, "--json");
    expect(c.code).toBe(0);
    expect(
      JSON.parse(c.out).findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`)
    ).toEqual(["06a/period C3", "06a/duplicate-field B34"]);
  });

  test("formulas with cached results, zeros and the percentage block are in the written file", async () => {
    const input = await inputsOnlyFile("inputs.xlsx");
    const out = tmp.file("inputs-filled.xlsx");
    expect((await tthc("fill", input, "-o", out)).code).toBe(0);
    const ws = (await readXlsx(out)).getWorksheet("Biểu 06a")!;
    const f = (a: string) => {
      const v = ws.getCell(a).value as { formula?: string; result?: unknown } | null;
      return v && typeof v === "object" && "formula" in v ? [v.formula, v.result ?? null] : v;
    };
    expect(f("C10")).toEqual(["SUM(D10:F10)", 31]);
    expect(f("K11")).toEqual(["SUM(L11:M11)", 2]);
    expect(f("C13")).toEqual(["SUM(C10:C12)", 85]);
    expect(f("G13")).toEqual(["SUM(G10:G12)", 82]);
    expect(ws.getCell("N10").value).toBeNull();
    expect(f("O10")).toEqual(['IF(G10=0,"",H10/G10)', 19 / 30]);
    expect(ws.getCell("O10").numFmt).toBe("0.0%");
    expect(f("O12")).toEqual(['IF(G12=0,"",H12/G12)', null]);
    // Input cells unchanged.
    expect([ws.getCell("D10").value, ws.getCell("H11").value, ws.getCell("B11").value]).toEqual([
      31,
      41,
      "Lĩnh vực Hộ tịch",
    ]);
    // Checked clean, and a second fill writes nothing.
    expect((await tthc("check", out)).code).toBe(0);
    const again = await tthc("fill", out, "-o", tmp.file("again.xlsx"));
    expect(again.out).toContain("Đã điền 0 ô");
  });

  test("--json: file, output, form, filled, conflicts, findings", async () => {
    const input = await writeXlsx(
      tmp.file("conflict.xlsx"),
      build06a(withCount(INPUTS_ONLY, 0, "received", 30), BLANK_TOTAL).wb
    );
    const out = tmp.file("conflict-filled.xlsx");
    const r = await tthc("fill", input, "-o", out, "--json");
    const j = JSON.parse(r.out);
    expect(Object.keys(j).sort()).toEqual([
      "conflicts",
      "file",
      "filled",
      "findings",
      "form",
      "output",
    ]);
    expect(j.output).toBe(out);
    expect(j.conflicts).toEqual([
      {
        sheet: "Biểu 06a",
        cell: "C10",
        message: "Giữ nguyên giá trị đã nhập 30 ở cột (3); giá trị tính được là 31",
      },
    ]);
    expect(j.filled).toContainEqual({ sheet: "Biểu 06a", cell: "G10", what: "=SUM(H10:J10) → 30" });
    expect(j.filled.every((x: { cell: string }) => /^[A-Z]+\d+$/.test(x.cell))).toBe(true);
    // The kept 30 is still wrong: exit 1 and the error is listed.
    expect(r.code).toBe(1);
    expect(j.findings.map((x: { rule: string; cell: string }) => `${x.rule} ${x.cell}`)).toContain(
      "06a/received-sum C10"
    );
  });

  test("human output lists the conflicts", async () => {
    const input = await writeXlsx(
      tmp.file("conflict2.xlsx"),
      build06a(withCount(INPUTS_ONLY, 0, "received", 30), BLANK_TOTAL).wb
    );
    const r = await tthc("fill", input, "-o", tmp.file("conflict2-out.xlsx"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("1 ô đã có giá trị khác với giá trị tính được");
    expect(r.out).toContain(
      "Biểu 06a!C10\tGiữ nguyên giá trị đã nhập 30 ở cột (3); giá trị tính được là 31"
    );
    expect(r.out.split("\n").pop()).toMatch(/^Kết quả: \d+ lỗi, \d+ cảnh báo\.$/);
  });

  test("-o into a missing directory: exit 2, one Vietnamese line, nothing written", async () => {
    const input = await inputsOnlyFile("in-missing.xlsx");
    const out = path.join(tmp.dir, "khong-co-thu-muc", "out.xlsx");
    const r = await tthc("fill", input, "-o", out);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(/^Không ghi được tệp ".*out\.xlsx": thư mục không tồn tại\.$/);
    expect(fs.existsSync(path.dirname(out))).toBe(false);
  });
});

test("fill --sheet fills the named sheet's form only", async () => {
  const a = build06a(INPUTS_ONLY, { ...BLANK_TOTAL, sheet: "Quý I" });
  const b = build06a(INPUTS_ONLY, { ...BLANK_TOTAL, sheet: "Quý II", top: 8, left: 2 });
  const input = await writeXlsx(tmp.file("two-forms.xlsx"), {
    sheets: [...a.wb.sheets, ...b.wb.sheets],
  });
  const out = tmp.file("two-forms-filled.xlsx");
  const r = await tthc("fill", input, "-o", out, "--sheet", "Quý II", "--json");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out);
  expect(j.form.sheet).toBe("Quý II");
  expect(new Set(j.filled.map((x: { sheet: string }) => x.sheet))).toEqual(new Set(["Quý II"]));
  const book = await readXlsx(out);
  expect(book.getWorksheet("Quý I")!.getCell("C10").value).toBeNull();
  expect((book.getWorksheet("Quý II")!.getCell("D12").value as { formula: string }).formula).toBe(
    "SUM(E12:G12)"
  );
});

describe("tthc fill --in-place", () => {
  test("replaces the file; no temp file is left beside it", async () => {
    const dir = tempDir("tthc-inplace-");
    try {
      const input = await writeXlsx(
        dir.file("bao-cao.xlsx"),
        build06a(INPUTS_ONLY, BLANK_TOTAL).wb
      );
      const before = fs.readFileSync(input);
      const r = await tthc("fill", input, "--in-place");
      expect(r.code).toBe(0);
      expect(listDir(dir.dir)).toEqual(["bao-cao.xlsx"]);
      expect(fs.readFileSync(input).equals(before)).toBe(false);
      const ws = (await readXlsx(input)).getWorksheet("Biểu 06a")!;
      expect((ws.getCell("C10").value as { formula: string }).formula).toBe("SUM(D10:F10)");
      expect((await tthc("check", input)).code).toBe(0);
    } finally {
      dir.cleanup();
    }
  });

  test("when the final rename fails the original stays intact and the temp file is removed", async () => {
    const dir = tempDir("tthc-inplace-fail-");
    try {
      const input = await writeXlsx(
        dir.file("bao-cao.xlsx"),
        build06a(INPUTS_ONLY, BLANK_TOTAL).wb
      );
      const before = fs.readFileSync(input);
      const spy = jest.spyOn(nodeFs, "renameSync").mockImplementation(() => {
        throw Object.assign(new Error("EBUSY: resource busy or locked, rename"), { code: "EBUSY" });
      });
      const r = await tthc("fill", input, "--in-place");
      expect(spy).toHaveBeenCalled();
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.errLines).toHaveLength(1);
      expect(r.errLines[0]).toMatch(
        /^Không ghi được tệp ".*bao-cao\.xlsx": tệp đang được mở trong chương trình khác.*; tệp gốc không thay đổi\.$/
      );
      expect(fs.readFileSync(input).equals(before)).toBe(true);
      expect(listDir(dir.dir)).toEqual(["bao-cao.xlsx"]);
    } finally {
      dir.cleanup();
    }
  });

  test("when writing the temp file fails midway the original stays intact and nothing is left", async () => {
    const dir = tempDir("tthc-inplace-fail2-");
    try {
      const input = await writeXlsx(
        dir.file("bao-cao.xlsx"),
        build06a(INPUTS_ONLY, BLANK_TOTAL).wb
      );
      const before = fs.readFileSync(input);
      jest.spyOn(nodeFs, "writeSync").mockImplementation(() => {
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
          code: "ENOSPC",
        });
      });
      const r = await tthc("fill", input, "--in-place");
      jest.restoreAllMocks();
      expect(r.code).toBe(2);
      expect(r.errLines).toEqual([
        expect.stringMatching(
          /^Không ghi được tệp ".*bao-cao\.xlsx": ổ đĩa đã đầy; tệp gốc không thay đổi\.$/
        ),
      ]);
      expect(fs.readFileSync(input).equals(before)).toBe(true);
      expect(listDir(dir.dir)).toEqual(["bao-cao.xlsx"]);
    } finally {
      dir.cleanup();
    }
  });
});
