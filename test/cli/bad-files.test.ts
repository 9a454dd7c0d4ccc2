// Files `tthc` cannot check: exit 2, one Vietnamese line on stderr, no stack trace, nothing on
// stdout, nothing written. The files are made here, in a temp dir.
import * as fs from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { sheetFromRows } from "../../src/core/snapshotEdits";
import { build06a, ROWS_OK } from "../helpers/form06a";
import { listDir, tempDir, tthc, workbookOf, writeXlsx } from "../helpers/xlsx";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const VIETNAMESE = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơưăâêôàáèéìíòóùúýãõĩũ]/i;

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function validXlsx(): Promise<Buffer> {
  return Buffer.from(await workbookOf(build06a(ROWS_OK).wb).xlsx.writeBuffer());
}

/** [name, file name, make it, a phrase the reason must contain] */
const CASES: [string, string, () => Promise<void | string> | void, RegExp][] = [
  [
    "a text file renamed .xlsx",
    "ghi-chu.xlsx",
    () => fs.writeFileSync(tmp.file("ghi-chu.xlsx"), "Báo cáo quý I\nSố hồ sơ: 85\n"),
    /không phải tệp Excel/,
  ],
  [
    "a truncated zip",
    "cut.xlsx",
    async () => {
      const buf = await validXlsx();
      fs.writeFileSync(tmp.file("cut.xlsx"), buf.subarray(0, Math.floor(buf.length / 2)));
    },
    /bị hỏng|không phải tệp \.xlsx/,
  ],
  [
    "a zip without a workbook inside",
    "zip.xlsx",
    async () => {
      const zip = new JSZip();
      zip.file("readme.txt", "xin chào");
      fs.writeFileSync(tmp.file("zip.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    },
    /không phải tệp Excel/,
  ],
  [
    "a Word document renamed .xlsx",
    "bao-cao.xlsx",
    async () => {
      const zip = new JSZip();
      zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types/>');
      zip.file("word/document.xml", "<w:document/>");
      fs.writeFileSync(tmp.file("bao-cao.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    },
    /tài liệu Word/,
  ],
  [
    "an empty file",
    "empty.xlsx",
    () => fs.writeFileSync(tmp.file("empty.xlsx"), Buffer.alloc(0)),
    /rỗng/,
  ],
  [
    "an empty workbook (no sheet)",
    "nosheet.xlsx",
    async () => {
      await writeXlsx(tmp.file("nosheet.xlsx"), new ExcelJS.Workbook());
    },
    /Không tìm thấy Biểu 06a/,
  ],
  [
    "a workbook with a blank sheet",
    "blank.xlsx",
    async () => {
      const b = new ExcelJS.Workbook();
      b.addWorksheet("Sheet1");
      await writeXlsx(tmp.file("blank.xlsx"), b);
    },
    /Không tìm thấy Biểu 06a/,
  ],
  [
    "a header without its columns",
    "header.xlsx",
    async () => {
      await writeXlsx(tmp.file("header.xlsx"), {
        sheets: [
          sheetFromRows("Biểu 06a", [
            [
              "STT",
              "Lĩnh vực",
              "Số hồ sơ nhận giải quyết",
              "Số hồ sơ đã giải quyết",
              "Số lượng hồ sơ đang giải quyết",
            ],
            [1, "Hộ tịch", 54, 52, 2],
          ]),
        ],
      });
    },
    /thiếu các cột/,
  ],
  ["a missing file", "khong-co.xlsx", () => undefined, /Không tìm thấy tệp/],
  ["a directory", "thu-muc.xlsx", () => fs.mkdirSync(tmp.file("thu-muc.xlsx")), /thư mục/],
  [
    "an old binary .xls (OLE header)",
    "cu.xls",
    () => fs.writeFileSync(tmp.file("cu.xls"), Buffer.concat([OLE, Buffer.alloc(1024)])),
    /định dạng Excel cũ/,
  ],
  [
    "an encrypted package (password-protected .xlsx)",
    "mat-khau.xlsx",
    () =>
      fs.writeFileSync(
        tmp.file("mat-khau.xlsx"),
        Buffer.concat([
          OLE,
          Buffer.alloc(504),
          Buffer.from("EncryptedInfo\0EncryptedPackage", "utf16le"),
          Buffer.alloc(512),
        ])
      ),
    /mật khẩu/,
  ],
  // HTML exports are read (test/cli/html-export.test.ts); these have no Biểu 06a in their table, or no table.
  [
    "an HTML table saved as .xls, without the form's columns",
    "xuat.xls",
    () =>
      fs.writeFileSync(
        tmp.file("xuat.xls"),
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body>' +
          "<table><tr><td>STT</td><td>Lĩnh vực</td><td>Số hồ sơ nhận giải quyết</td></tr></table></body></html>"
      ),
    /Không tìm thấy Biểu 06a/,
  ],
  [
    "a UTF-8 BOM HTML export of a one-cell table",
    "xuat-bom.xls",
    () =>
      fs.writeFileSync(
        tmp.file("xuat-bom.xls"),
        "\ufeff<!DOCTYPE html>\n<table><tr><td>1</td></tr></table>"
      ),
    /Không tìm thấy Biểu 06a/,
  ],
  [
    "an HTML page without a table",
    "trang.xls",
    () =>
      fs.writeFileSync(
        tmp.file("trang.xls"),
        "<!DOCTYPE html><html><body><p>Phần mềm một cửa: không có dữ liệu.</p></body></html>"
      ),
    /HTML nhưng không có bảng/,
  ],
];

beforeAll(async () => {
  for (const [, , make] of CASES) await make();
});

function expectCannot(r: Awaited<ReturnType<typeof tthc>>, file: string, reason: RegExp) {
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.errLines).toHaveLength(1);
  const line = r.errLines[0];
  expect(line).toMatch(VIETNAMESE);
  expect(line).toMatch(reason);
  expect(line).toContain(file);
  expect(line).not.toMatch(/\bat .+:\d+|Error:|TypeError|undefined|\[object/);
  expect(line).not.toMatch(/^Lỗi không mong đợi/);
}

describe.each(CASES)("%s", (_name, name, _make, reason) => {
  test("check: exit 2 with one Vietnamese line", async () => {
    expectCannot(await tthc("check", tmp.file(name)), name, reason);
  });

  test("check --json: exit 2, nothing on stdout", async () => {
    expectCannot(await tthc("check", tmp.file(name), "--json"), name, reason);
  });

  test("fill -o: exit 2 and no output file", async () => {
    const out = tmp.file("out-" + name.replace(/\W/g, "_") + ".xlsx");
    expectCannot(await tthc("fill", tmp.file(name), "-o", out), name, reason);
    expect(fs.existsSync(out)).toBe(false);
  });
});

test("nothing was written beside the bad files", () => {
  expect(
    listDir(tmp.dir).filter((n) => n.startsWith(".") || n.endsWith(".tmp") || n.startsWith("out-"))
  ).toEqual([]);
});
