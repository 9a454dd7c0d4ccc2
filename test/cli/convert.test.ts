// TCVN3 and VNI workbooks, made here from the sample (every text cell encoded, .VnTime/VNI fonts):
// check/score/report read them as the Unicode sample (plus one line about the encoding), fill
// leaves the clerk's text alone, and `tthc convert` gives back the Unicode sample's text.
import * as fs from "fs";
import ExcelJS from "exceljs";
import { buildSampleWorkbook } from "../../src/samples/build";
import { unicodeToLegacy, legacyFontEncoding } from "../../src/core/text/legacy";
import { snapshotOf } from "../../src/host/xlsx";
import { WorkbookSnapshot } from "../../src/core/grid";
import { listDir, readXlsx, tempDir, tthc } from "../helpers/xlsx";
import { legacySample } from "../helpers/legacy";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const files: Record<string, string> = {};

beforeAll(async () => {
  files.unicode = tmp.file("mau-unicode.xlsx");
  await buildSampleWorkbook().xlsx.writeFile(files.unicode);
  for (const enc of ["tcvn3", "vni"] as const) {
    files[enc] = tmp.file(`mau-${enc}.xlsx`);
    await legacySample(enc).xlsx.writeFile(files[enc]);
  }
});

/** Text cells of a workbook, "sheet!A1" → text. */
function texts(wb: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of wb.sheets)
    s.data.forEach((row, i) =>
      (row ?? []).forEach((c, j) => {
        if (c && typeof c.value === "string" && c.formula === undefined)
          out.set(`${s.name}!${s.top + i}:${s.left + j}`, c.value);
      })
    );
  return out;
}

const NOTICE = {
  tcvn3:
    'Tệp dùng bảng mã TCVN3 (ABC); đã đọc chuyển sang Unicode. Dùng lệnh "tthc convert" để chuyển hẳn.',
  vni: 'Tệp dùng bảng mã VNI; đã đọc chuyển sang Unicode. Dùng lệnh "tthc convert" để chuyển hẳn.',
};

describe.each(["tcvn3", "vni"] as const)("a %s workbook", (enc) => {
  test("the fixture really is legacy text (no Unicode-only letter, legacy fonts)", async () => {
    const book = await readXlsx(files[enc]);
    const ws = book.getWorksheet("Biểu 06a")!;
    expect(ws.getCell("C6").value).toBe(unicodeToLegacy("Số hồ sơ nhận giải quyết", enc));
    expect(legacyFontEncoding(ws.getCell("C6").font?.name)).toBe(enc);
    expect([...texts(snapshotOf(book)).values()].join(" ")).not.toMatch(/[ăđơưạ-ỹ]/i);
  });

  test("check --json: the Unicode sample's form and findings, and the encoding", async () => {
    const u = await tthc("check", files.unicode, "--json");
    const r = await tthc("check", files[enc], "--json");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const ju = JSON.parse(u.out);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(["file", "encoding", "form", "findings"]);
    expect(j.form).toEqual(ju.form);
    expect(j.form.unit).toBe("UBND PHƯỜNG PHÚ SƠN");
    expect(j.findings).toEqual(ju.findings);
    expect(j.findings.map((f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`)).toEqual([
      "06a/period C3",
      "06a/duplicate-field B34",
    ]);
    expect(j.encoding).toEqual({
      name: enc,
      convertedCells: expect.any(Number),
      message: NOTICE[enc],
    });
    expect(j.encoding.convertedCells).toBeGreaterThan(100);
  });

  test("check: says once that the file is in the legacy encoding", async () => {
    const r = await tthc("check", files[enc]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe(NOTICE[enc]);
    expect(lines.filter((l) => l.includes("bảng mã"))).toHaveLength(1);
    expect(lines[1]).toBe(
      'Biểu 06a: trang "Biểu 06a", vùng A6:M62, UBND PHƯỜNG PHÚ SƠN, kỳ 01/01/2024 – 14/03/2024; 52 dòng lĩnh vực.'
    );
  });

  test("score --json: the Unicode sample's scores", async () => {
    const u = JSON.parse((await tthc("score", files.unicode, "--json")).out);
    const r = await tthc("score", files[enc], "--json");
    expect(r.code).toBe(0);
    const { encoding, ...j } = JSON.parse(r.out);
    expect(encoding.name).toBe(enc);
    expect(j).toEqual(u);
  });

  test("score -o: the text it writes (the grade) gets a Unicode font; the clerk's text stays", async () => {
    // The grade left blank, for score to write it.
    const input = await readXlsx(files[enc]);
    let blanked = 0;
    input.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (
            typeof cell.value === "string" &&
            cell.value.startsWith(unicodeToLegacy("Xếp loại:", enc))
          ) {
            cell.value = null;
            blanked++;
          }
        })
      )
    );
    expect(blanked).toBeGreaterThan(0);
    const ungraded = tmp.file(`ungraded-${enc}.xlsx`);
    await input.xlsx.writeFile(ungraded);
    const out = tmp.file(`scored-${enc}.xlsx`);
    const r = await tthc("score", ungraded, "-o", out);
    expect(r.code).toBe(0);
    const book = await readXlsx(out);
    let unicodeCells = 0;
    book.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value !== "string" || !/[ạ-ỹđăơư]/i.test(cell.value)) return;
          unicodeCells++;
          expect([cell.address, legacyFontEncoding(cell.font?.name)]).toEqual([cell.address, null]);
        })
      )
    );
    expect(unicodeCells).toBeGreaterThan(0);
    expect(texts(snapshotOf(book)).get("Biểu 06a!6:3")).toBe(
      unicodeToLegacy("Số hồ sơ nhận giải quyết", enc)
    );
  });

  test("report: written from the text read as Unicode", async () => {
    const out = tmp.file(`bao-cao-${enc}.docx`);
    const r = await tthc("report", files[enc], "-o", out);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(NOTICE[enc]);
    expect(fs.existsSync(out)).toBe(true);
  });

  test("fill -o: the clerk's text cells stay as they were; check of the result has no error", async () => {
    const out = tmp.file(`filled-${enc}.xlsx`);
    const r = await tthc("fill", files[enc], "-o", out);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(0, 2)).toEqual([
      NOTICE[enc],
      expect.stringContaining("giữ nguyên bảng mã cũ"),
    ]);
    const before = texts(snapshotOf(await readXlsx(files[enc])));
    const filled = await readXlsx(out);
    const after = texts(snapshotOf(filled));
    for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);
    // What fill added in text (the percentage block's labels) is Unicode, in Times New Roman.
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added.length).toBeGreaterThan(0);
    for (const k of added) {
      const [sheet, rc] = k.split("!");
      const [row, col] = rc.split(":").map(Number);
      expect(
        legacyFontEncoding(filled.getWorksheet(sheet)!.getCell(row, col).font?.name)
      ).toBeNull();
    }
    const c = await tthc("check", out, "--json");
    expect(c.code).toBe(0);
    const j = JSON.parse(c.out);
    expect(j.encoding.name).toBe(enc);
    expect(j.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
  });

  test("convert -o: text equal to the Unicode sample, fonts Times New Roman, numbers untouched", async () => {
    const out = tmp.file(`converted-${enc}.xlsx`);
    const r = await tthc("convert", files[enc], "-o", out);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out.split("\n")[0]).toMatch(
      new RegExp(
        `^Đã chuyển \\d+ ô chữ từ bảng mã ${enc === "vni" ? "VNI" : "TCVN3 \\(ABC\\)"} sang Unicode, ` +
          `đổi phông \\d+ ô sang Times New Roman; ghi vào ".*converted-${enc}\\.xlsx"\\.$`
      )
    );
    expect(r.out).toContain(
      "Biểu 06a!A1\t" + unicodeToLegacy("Biểu số 06a/VPCP/KSTT", enc) + " → Biểu số 06a/VPCP/KSTT"
    );
    expect(r.out).toMatch(/… và \d+ ô khác\.$/);
    const unicode = snapshotOf(await readXlsx(files.unicode));
    const converted = await readXlsx(out);
    const snap = snapshotOf(converted);
    expect(texts(snap)).toEqual(texts(unicode));
    // Numbers and formulas are as they were.
    const values = (wb: WorkbookSnapshot) =>
      wb.sheets.map((s) =>
        s.data.map((row) =>
          (row ?? []).map((c) => (c && typeof c.value !== "string" ? [c.value, c.formula] : null))
        )
      );
    expect(values(snap)).toEqual(values(unicode));
    converted.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => expect(legacyFontEncoding(cell.font?.name)).toBeNull())
      )
    );
    expect(converted.getWorksheet("Biểu 06a")!.getCell("C6").font?.name).toBe("Times New Roman");
    // Converted, the file is plain Unicode: check says nothing about encodings.
    const c = await tthc("check", out, "--json");
    expect(JSON.parse(c.out).encoding).toBeUndefined();
  });

  test("convert --in-place: replaced atomically, no temp file left", async () => {
    const dir = tempDir();
    try {
      const f = dir.file("tep.xlsx");
      fs.copyFileSync(files[enc], f);
      const r = await tthc("convert", f, "--in-place");
      expect(r.code).toBe(0);
      expect(listDir(dir.dir)).toEqual(["tep.xlsx"]);
      expect(texts(snapshotOf(await readXlsx(f)))).toEqual(
        texts(snapshotOf(await readXlsx(files.unicode)))
      );
    } finally {
      dir.cleanup();
    }
  });
});

test("convert --from: forces the encoding (a file too small to tell)", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("S").getCell("A1").value = unicodeToLegacy("Tổng", "vni");
  const f = tmp.file("nho.xlsx");
  await book.xlsx.writeFile(f);
  const out = tmp.file("nho-unicode.xlsx");
  const none = await tthc("convert", f, "-o", out);
  expect(none.code).toBe(0);
  expect(none.out).toContain("không có gì để chuyển");
  expect(fs.existsSync(out)).toBe(false);
  const r = await tthc("convert", f, "-o", out, "--from", "vni");
  expect(r.code).toBe(0);
  expect((await readXlsx(out)).getWorksheet("S")!.getCell("A1").value).toBe("Tổng");
});

test("convert on a Unicode file: nothing to convert, exit 0, nothing written", async () => {
  const out = tmp.file("khong-can.xlsx");
  const r = await tthc("convert", files.unicode, "-o", out);
  expect(r.code).toBe(0);
  expect(r.out).toBe(
    `Không thấy chữ mã TCVN3 (ABC) hay VNI trong "${files.unicode}": không có gì để chuyển, không ghi tệp nào.`
  );
  expect(fs.existsSync(out)).toBe(false);
});

test.each([
  [["--from", "utf8"], /Bảng mã không hợp lệ: "utf8"/],
  [[], /Cần chỉ rõ tệp kết quả/],
  [["-o", "same"], /trùng tệp đầu vào/],
])("convert %p: exit 2 with one Vietnamese line", async (args, reason) => {
  const a =
    args[0] === "-o"
      ? ["-o", files.tcvn3]
      : args[0] === "--from"
        ? [...args, "-o", tmp.file("x.xlsx")]
        : args;
  const r = await tthc("convert", files.tcvn3, ...a);
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.errLines).toHaveLength(1);
  expect(r.errLines[0]).toMatch(reason);
});
