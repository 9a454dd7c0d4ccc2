// `score -o` and `report -o` into a folder that does not exist (or cannot be written) printed
// "Lỗi không mong đợi: ENOENT: no such file or directory, open '…'" — node's English — where
// `fill -o` says why in Vietnamese. All three now say it the same way, and write nothing.
import * as fs from "fs";
import * as path from "path";
import { SAMPLE, tempDir, tthc } from "../../helpers/xlsx";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

test.each([
  ["score", "out.xlsx"],
  ["report", "bao-cao.docx"],
  ["fill", "out.xlsx"],
])(
  "%s -o into a missing folder: exit 2, one Vietnamese line, nothing written",
  async (cmd, name) => {
    const target = path.join(tmp.dir, "khong-co", name);
    const r = await tthc(cmd, SAMPLE, "-o", target);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.errLines).toEqual([`Không ghi được tệp "${target}": thư mục không tồn tại.`]);
    expect(fs.existsSync(path.dirname(target))).toBe(false);
  }
);
