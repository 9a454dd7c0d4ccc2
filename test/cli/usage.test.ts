// Command-line mistakes: exit 2 and one Vietnamese line on stderr (commander's English is not shown).
import { tthc } from "../helpers/xlsx";

const VIETNAMESE = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơưăâêôàáèéìíòóùúýãõĩũ]/i;

test.each([
  ["no file", ["check"], /FILE/],
  ["an unknown option", ["check", "a.xlsx", "--bogus"], /--bogus/],
  ["an unknown command", ["kiemtra", "a.xlsx"], /kiemtra/],
  ["an option without its value", ["fill", "a.xlsx", "-o"], /-o/],
  ["too many arguments", ["check", "a.xlsx", "b.xlsx"], /check/],
  ["no command at all", [], /tthc --help/],
])("%s: exit 2, one Vietnamese line", async (_n, args, mention) => {
  const r = await tthc(...(args as string[]));
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.errLines).toHaveLength(1);
  expect(r.errLines[0]).toMatch(VIETNAMESE);
  expect(r.errLines[0]).toMatch(mention);
  expect(r.errLines[0]).not.toMatch(/^error:|unknown|missing|argument/i);
});

test("--help prints the commands (in Vietnamese) and exits 0", async () => {
  const r = await tthc("--help");
  expect(r.code).toBe(0);
  expect(r.out).toContain("check");
  expect(r.out).toContain("Kiểm tra Biểu 06a");
});

test("fill without -o or --in-place: exit 2 with a Vietnamese reason, before reading anything", async () => {
  const r = await tthc("fill", "khong-co.xlsx");
  expect(r.code).toBe(2);
  expect(r.errLines).toEqual([
    "Cần chỉ rõ tệp kết quả: -o TỆP_MỚI.xlsx, hoặc --in-place để ghi đè tệp đầu vào.",
  ]);
});

test("fill with both -o and --in-place: exit 2", async () => {
  const r = await tthc("fill", "a.xlsx", "-o", "b.xlsx", "--in-place");
  expect(r.code).toBe(2);
  expect(r.errLines).toEqual(["Chỉ dùng một trong hai: -o TỆP_MỚI.xlsx hoặc --in-place."]);
});

test("fill -o onto its own input: exit 2", async () => {
  const r = await tthc("fill", "a.xlsx", "-o", "./a.xlsx");
  expect(r.code).toBe(2);
  expect(r.errLines).toEqual(["Tệp kết quả trùng tệp đầu vào; dùng --in-place nếu muốn ghi đè."]);
});
