// `tthc rollup` on files: a bad unit file does not stop the others (listed, exit 1), each real
// file is read once, synonyms from a JSON file or a workbook, periods that differ, exit codes,
// the progress bar on a terminal only.
import * as fs from "fs";
import { readWorkbookFile } from "../../src/host/xlsx";
import { locate06a } from "../../src/core/form06a";
import { progressLine, runRollup } from "../../src/cli/rollup";
import { tempDir, tthc } from "../helpers/xlsx";
import { UnitSpec, writeUnit } from "./helpers";

const tmp = tempDir("tthc-rollup-cli-");
afterAll(() => tmp.cleanup());

const row = (name: string, n: number) => ({ name, counts: [n, n, 0, 0, n, n, 0, 0, 0, 0, 0] });
const spec = (
  unit: string,
  rows = [row("Lĩnh vực Hộ tịch", 2), row("Lĩnh vực Chứng thực", 3)],
  extra: Partial<UnitSpec> = {}
): UnitSpec => ({
  unit,
  rows,
  scores: [2, 2, 2, 2, 2, 2, 2, 2, 1.8],
  ...extra,
});

let n = 0;
/** A fresh folder holding the given units (file name → spec). */
async function folder(units: Record<string, UnitSpec>): Promise<string> {
  const dir = tmp.file(`d${++n}`);
  fs.mkdirSync(dir);
  for (const [f, u] of Object.entries(units)) await writeUnit(`${dir}/${f}`, u);
  return dir;
}

async function sheetTexts(file: string, sheet: string): Promise<string[]> {
  const { snapshot } = await readWorkbookFile(file);
  return snapshot.sheets
    .find((s) => s.name === sheet)!
    .data.flat()
    .map((c) => String(c?.value ?? ""));
}

test("a bad unit file does not stop the others: the rest is rolled up, the bad ones listed last with their reason, exit 1", async () => {
  const dir = await folder({ "a.xlsx": spec("UBND PHƯỜNG A"), "c.xlsx": spec("UBND PHƯỜNG C") });
  fs.writeFileSync(`${dir}/b-hong.xlsx`, "đây không phải tệp Excel");
  fs.writeFileSync(`${dir}/d-rong.xlsx`, "");
  fs.writeFileSync(`${dir}/ghi-chu.txt`, "không phải .xlsx: không đọc");
  const out = tmp.file("bad.xlsx");
  const r = await tthc("rollup", dir, "-o", out);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/^Đã đọc 2\/4 tệp/);
  expect(r.errLines).toEqual([
    "Không đọc được 2 tệp (không đưa vào tổng hợp):",
    '  b-hong.xlsx: Tệp "b-hong.xlsx" không phải tệp Excel .xlsx.',
    '  d-rong.xlsx: Tệp "d-rong.xlsx" rỗng (0 byte).',
  ]);
  const { snapshot } = await readWorkbookFile(out);
  const per = locate06a(snapshot, { sheet: "Theo đơn vị" });
  expect(per.rows.map((x) => x.name)).toEqual(["UBND PHƯỜNG A", "UBND PHƯỜNG C"]);
  const problems = await sheetTexts(out, "Tổng hợp lỗi");
  expect(problems).toContain("b-hong.xlsx");
  expect(problems).toContain(
    'Không đọc được tệp, không đưa vào tổng hợp: Tệp "d-rong.xlsx" rỗng (0 byte).'
  );
}, 60_000);

test("a workbook without Biểu 06a and a missing file are bad files too", async () => {
  const dir = await folder({ "a.xlsx": spec("UBND PHƯỜNG A") });
  const empty = `${dir}/khong-co-bieu.xlsx`;
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "Ghi chú";
  await wb.xlsx.writeFile(empty);
  const r = await tthc(
    "rollup",
    `${dir}/a.xlsx`,
    empty,
    `${dir}/khong-ton-tai.xlsx`,
    "-o",
    tmp.file("missing.xlsx")
  );
  expect(r.code).toBe(1);
  expect(r.errLines[0]).toBe("Không đọc được 2 tệp (không đưa vào tổng hợp):");
  expect(r.err).toMatch(/khong-ton-tai\.xlsx: Không tìm thấy tệp hoặc thư mục/);
  expect(r.err).toMatch(/khong-co-bieu\.xlsx: Không tìm thấy Biểu 06a/);
}, 60_000);

test("every file is read once: a folder and its files, the same file twice, a symbolic link, the output inside the folder", async () => {
  const dir = await folder({ "a.xlsx": spec("UBND PHƯỜNG A"), "b.xlsx": spec("UBND PHƯỜNG B") });
  fs.symlinkSync(`${dir}/a.xlsx`, `${dir}/lien-ket.xlsx`);
  const out = `${dir}/huyen.xlsx`;
  const first = await tthc("rollup", dir, `${dir}/b.xlsx`, `${dir}/./a.xlsx`, "-o", out);
  expect(first.code).toBe(0);
  expect(first.out).toMatch(/^Bỏ qua 3 tệp đã có trong danh sách/);
  expect(first.out).toMatch(/Đã đọc 2\/2 tệp/);
  // Again, with the district workbook now inside the folder: it is not read as a unit.
  const again = await tthc("rollup", dir, "-o", out);
  expect(again.code).toBe(0);
  expect(again.out).toMatch(/Đã đọc 2\/2 tệp/);
  const { snapshot } = await readWorkbookFile(out);
  expect(locate06a(snapshot, { sheet: "Theo đơn vị" }).rows).toHaveLength(2);
}, 60_000);

test("files are taken in name order (numbers by value), and only .xlsx files of the folder itself", async () => {
  const dir = await folder({
    "phuong-10.xlsx": spec("UBND PHƯỜNG MƯỜI"),
    "phuong-2.xlsx": spec("UBND PHƯỜNG HAI"),
    "Phuong-1.XLSX": spec("UBND PHƯỜNG MỘT"),
  });
  fs.mkdirSync(`${dir}/con`);
  await writeUnit(`${dir}/con/phuong-3.xlsx`, spec("UBND PHƯỜNG BA"));
  fs.writeFileSync(`${dir}/~$phuong-2.xlsx`, "tệp khóa của Excel");
  const out = tmp.file("order.xlsx");
  expect((await tthc("rollup", dir, "-o", out)).code).toBe(0);
  const { snapshot } = await readWorkbookFile(out);
  expect(locate06a(snapshot, { sheet: "Theo đơn vị" }).rows.map((x) => x.name)).toEqual([
    "UBND PHƯỜNG MỘT",
    "UBND PHƯỜNG HAI",
    "UBND PHƯỜNG MƯỜI",
  ]);
}, 60_000);

test("periods that differ from the majority are flagged in the output and on 'Tổng hợp lỗi'", async () => {
  const other = { from: { y: 2024, m: 1, d: 1 }, to: { y: 2024, m: 3, d: 14 } };
  const dir = await folder({
    "a.xlsx": spec("UBND PHƯỜNG A"),
    "b.xlsx": spec("UBND PHƯỜNG B"),
    "c.xlsx": spec("UBND PHƯỜNG C", undefined, { period: other }),
  });
  const out = tmp.file("period.xlsx");
  const r = await tthc("rollup", dir, "-o", out);
  expect(r.code).toBe(0); // a warning
  expect(r.out).toMatch(/kỳ báo cáo 15\/12\/2023 – 14\/03\/2024 \(2\/3 đơn vị\)/);
  const line =
    'UBND PHƯỜNG C (tệp "c.xlsx") báo cáo kỳ 01/01/2024 – 14/03/2024, khác kỳ của đa số đơn vị (15/12/2023 – 14/03/2024; 2/3 đơn vị).';
  expect(r.out).toContain("Cảnh báo\t" + line);
  expect(await sheetTexts(out, "Tổng hợp lỗi")).toContain(line);
}, 60_000);

test("synonyms from a JSON file and from a workbook's 'Từ đồng nghĩa' sheet; without them the field is listed as unknown", async () => {
  const dir = await folder({
    "a.xlsx": spec("UBND PHƯỜNG A", [row("Cấp phép xây dựng", 2), row("Lĩnh vực Hộ tịch", 1)]),
    "b.xlsx": spec("UBND PHƯỜNG B", [row("Lĩnh vực Xây dựng", 3)]),
  });
  const plain = await tthc("rollup", dir, "-o", tmp.file("syn0.xlsx"));
  expect(plain.code).toBe(0);
  expect(plain.out).toMatch(/Lĩnh vực "Cấp phép xây dựng" không có trong danh mục/);
  expect(plain.out).toMatch(/Biểu 06a tổng hợp: 3 lĩnh vực/);

  const json = tmp.file("dong-nghia.json");
  fs.writeFileSync(json, JSON.stringify({ "Lĩnh vực Xây dựng": ["Cấp phép xây dựng"] }));
  const out = tmp.file("syn1.xlsx");
  const r = await tthc("rollup", dir, "-o", out, "--synonyms", json);
  expect(r.code).toBe(0);
  expect(r.out).not.toMatch(/không có trong danh mục/);
  expect(r.out).toMatch(/Biểu 06a tổng hợp: 2 lĩnh vực; nhận giải quyết 6,/);
  const { snapshot } = await readWorkbookFile(out);
  const form = locate06a(snapshot);
  expect(form.rows.map((x) => [x.name, x.counts.online.state])).toEqual([
    ["Lĩnh vực Hộ tịch", { kind: "count", value: 1, asText: false }],
    ["Lĩnh vực Xây dựng", { kind: "count", value: 5, asText: false }],
  ]);
  // The district workbook carries the table it used, and serves as a synonyms file itself.
  expect(await sheetTexts(out, "Tên gọi khác của lĩnh vực")).toContain("Cấp phép xây dựng");
  const again = await tthc("rollup", dir, "-o", tmp.file("syn2.xlsx"), "--synonyms", out);
  expect(again.code).toBe(0);
  expect(again.out).toMatch(/Biểu 06a tổng hợp: 2 lĩnh vực/);
}, 60_000);

test("command-line mistakes exit 2 with one Vietnamese line", async () => {
  const dir = await folder({ "a.xlsx": spec("UBND PHƯỜNG A") });
  const bad = tmp.file("bad.json");
  fs.writeFileSync(bad, '{"Hộ tịch": [1]}');
  const emptyDir = tmp.file("rong");
  fs.mkdirSync(emptyDir);
  const cases: [string[], RegExp][] = [
    [["rollup", dir], /^Cần chỉ rõ tệp tổng hợp: -o TONG-HOP\.xlsx\.$/],
    [["rollup", emptyDir, "-o", tmp.file("x.xlsx")], /^Không có tệp \.xlsx nào để tổng hợp\.$/],
    [
      ["rollup", dir, "-o", tmp.file("x.xlsx"), "--synonyms", bad],
      /^Bảng từ đồng nghĩa ".*bad\.json" không đúng dạng.*\(lỗi ở mục "Hộ tịch"\)\.$/,
    ],
    [
      ["rollup", dir, "-o", tmp.file("x.xlsx"), "--synonyms", tmp.file("khong-co.json")],
      /^Không đọc được bảng từ đồng nghĩa/,
    ],
    [
      ["rollup", dir, "-o", tmp.file("x.xlsx"), "--workers", "hai"],
      /^Số luồng không hợp lệ: "hai"/,
    ],
    [
      ["rollup", dir, "-o", tmp.file("khong-co-thu-muc/x.xlsx")],
      /^Không ghi được tệp ".*x\.xlsx": thư mục không tồn tại\.$/,
    ],
    [
      ["rollup", dir, "-o", tmp.file("x.xlsx"), "--report", tmp.file("khong-co-thu-muc/x.docx")],
      /^Không ghi được tệp ".*x\.docx": thư mục không tồn tại\.$/,
    ],
    [["rollup", "-o", tmp.file("x.xlsx")], /^Thiếu tham số/],
  ];
  for (const [args, re] of cases) {
    const r = await tthc(...args);
    expect([r.code, r.errLines.length]).toEqual([2, 1]);
    expect(r.errLines[0]).toMatch(re);
  }
  expect(fs.existsSync(tmp.file("x.xlsx"))).toBe(false);
}, 60_000);

test("a district 06a with an error (a unit whose rows do not balance) exits 1 and says where", async () => {
  const unbalanced = { name: "Lĩnh vực Hộ tịch", counts: [5, 5, 0, 0, 3, 3, 0, 0, 1, 1, 0] };
  const dir = await folder({
    "a.xlsx": spec("UBND PHƯỜNG A"),
    "b.xlsx": spec("UBND PHƯỜNG B", [unbalanced]),
  });
  const r = await tthc("rollup", dir, "-o", tmp.file("loi.xlsx"));
  expect(r.code).toBe(1);
  expect(r.err).toBe("");
  expect(r.out).toMatch(
    /Đơn vị có lỗi trong tệp báo cáo \(1\):\n {2}b\.xlsx \(UBND PHƯỜNG B\): \d+ lỗi/
  );
  expect(r.out).toMatch(/Biểu 06a!C\d+\tLỗi\t\(3\) = 7 nhưng \(7\)\+\(11\)/);
  const check = await tthc("check", tmp.file("loi.xlsx"));
  expect(check.code).toBe(1);
}, 60_000);

describe("the progress bar", () => {
  test("progressLine", () => {
    expect(progressLine(0, 20, "a.xlsx")).toBe("[>                   ] 0/20 a.xlsx");
    expect(progressLine(12, 20, "phuong-a.xlsx")).toBe(
      "[============>       ] 12/20 phuong-a.xlsx"
    );
    expect(progressLine(20, 20, "z.xlsx")).toBe("[====================] 20/20 z.xlsx");
    expect(progressLine(1, 2, "x".repeat(100), 40)).toHaveLength(39);
  });

  test("drawn on a terminal (stderr), one update per file, cleared at the end; nothing when not a terminal", async () => {
    const dir = await folder({ "a.xlsx": spec("UBND PHƯỜNG A"), "b.xlsx": spec("UBND PHƯỜNG B") });
    const drawn: string[] = [];
    const io = { out: () => undefined, err: (s: string) => drawn.push("ERR " + s) };
    const code = await runRollup([dir], { output: tmp.file("tty.xlsx") }, io, {
      write: (s) => drawn.push(s),
      columns: 60,
    });
    expect(code).toBe(0);
    expect(drawn).toEqual([
      "\r[==========>         ] 1/2 a.xlsx\x1b[K",
      "\r[====================] 2/2 b.xlsx\x1b[K",
      "\r\x1b[K",
    ]);
    // A terminal that reports no width (0) gets 80 columns.
    const wide: string[] = [];
    await runRollup([dir], { output: tmp.file("tty0.xlsx") }, io, {
      write: (s) => wide.push(s),
      columns: 0,
    });
    expect(wide[0]).toBe("\r[==========>         ] 1/2 a.xlsx\x1b[K");
    const quiet = await tthc("rollup", dir, "-o", tmp.file("notty.xlsx"));
    expect(quiet.err).toBe("");
  }, 60_000);
});
