// A header that is almost Biểu 06a (issue 10): `tthc check` exits 2 with one Vietnamese line that
// names the header row it found and the columns it lacked.
import { sheetFromRows } from "../../src/core/snapshotEdits";
import { tempDir, tthc, writeXlsx } from "../helpers/xlsx";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

test('the Thanh Hóa "Báo cáo tổng hợp đơn vị" layout: exit 2, the row and what it lacked', async () => {
  const wb = {
    sheets: [
      sheetFromRows(
        "Báo cáo",
        [
          ["BÁO CÁO TỔNG HỢP ĐƠN VỊ"],
          [
            "STT",
            "Đơn vị",
            "Tiếp nhận",
            null,
            null,
            null,
            "Đã xử lý",
            null,
            null,
            null,
            "Đang xử lý",
            null,
          ],
          [
            null,
            null,
            "Tổng số",
            "Kỳ trước",
            "Qua mạng",
            "Qua BCCI",
            "Trước hạn",
            "Đúng hạn",
            "Quá hạn",
            "Tỷ lệ trước hạn, đúng hạn",
            "Trong hạn",
            "Quá hạn",
          ],
          [1, "UBND xã A", 5, 1, 3, 1, 2, 1, 1, "75%", 1, 0],
        ],
        {
          merges: [
            { top: 2, left: 3, bottom: 2, right: 6 },
            { top: 2, left: 7, bottom: 2, right: 10 },
            { top: 2, left: 11, bottom: 2, right: 12 },
          ],
        }
      ),
    ],
  };
  const f = await writeXlsx(tmp.file("near-miss.xlsx"), wb);
  const r = await tthc("check", f);
  expect(r.code).toBe(2);
  expect(r.errLines).toHaveLength(1);
  expect(r.errLines[0]).toContain(
    'Trang tính "Báo cáo", dòng 2 có tiêu đề giống Biểu 06a nhưng nhóm "Số hồ sơ đã giải quyết" thiếu cột Tổng số (7)'
  );
  expect(r.errLines[0]).toContain('nhóm "Số lượng hồ sơ đang giải quyết" thiếu cột Tổng số (11)');
});
