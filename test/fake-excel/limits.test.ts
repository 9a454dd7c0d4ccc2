// The fake models the limits real Excel has (issue 14): payload size in UTF-8 bytes with Excel's
// own codes for requests and for responses, the five-million-cell `null`, GeneralException text in
// the host's language, one note or comment per cell, NotImplemented builds, and one settings
// store behind workbook.settings and Office.context.document.settings.
import type { WorkbookSnapshot } from "../../src/core/grid";
import { createFakeExcel, FakeRichApiError } from "../../src/fake-excel";
import { rejection as rejectionOf } from "../helpers/rejection";

const texts = (rows: number, text: string): WorkbookSnapshot => ({
  sheets: [
    {
      name: "Phiếu",
      top: 1,
      left: 1,
      data: Array.from({ length: rows }, () => [{ value: text }]),
      merges: [],
    },
  ],
});

const rejection = (p: Promise<unknown>) => rejectionOf<FakeRichApiError>(p);

describe("payload limits", () => {
  test("an oversized response is ResponsePayloadSizeLimitExceeded, an oversized request RequestPayloadSizeLimitExceeded", async () => {
    const fake = createFakeExcel(texts(400, "Chứng thực bản sao"), { payloadLimitBytes: 20_000 });
    const read = await rejection(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Phiếu").getRange("A1:A400");
        r.load("values,formulas,numberFormat,valueTypes");
        await context.sync();
      })
    );
    expect(read.code).toBe("ResponsePayloadSizeLimitExceeded");
    const write = await rejection(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Phiếu").getRange("B1:B2000");
        r.values = Array.from({ length: 2000 }, () => ["Hộ tịch — đăng ký khai sinh"]);
        await context.sync();
      })
    );
    expect(write.code).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("sizes are UTF-8 bytes: Vietnamese text weighs more than its length in characters", async () => {
    const text = "Đăng ký kết hôn có yếu tố nước ngoài"; // 36 characters, 50 bytes in UTF-8
    const fake = createFakeExcel(texts(100, text));
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Phiếu").getRange("A1:A100");
      r.load("values");
      await context.sync();
    });
    const bytes = fake.lastPayload.response;
    const chars = JSON.stringify(Array.from({ length: 100 }, () => [text])).length;
    expect(bytes).toBeGreaterThan(chars + 100 * 10);
    // A limit between the two sizes refuses the read.
    const web = createFakeExcel(texts(100, text), { payloadLimitBytes: chars + 200 });
    const err = await rejection(
      web.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Phiếu").getRange("A1:A100");
        r.load("values");
        await context.sync();
      })
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("payloadError 'general' answers a GeneralException whose text is in the host's language", async () => {
    const fake = createFakeExcel(texts(200, "Chứng thực"), {
      payloadLimitBytes: 2_000,
      payloadError: "general",
      language: "vi-VN",
    });
    const err = await rejection(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Phiếu").getRange("A1:A200");
        r.load("values");
        await context.sync();
      })
    );
    expect(err.code).toBe("GeneralException");
    expect(err.message).toBe("Đã xảy ra lỗi nội bộ.");
  });

  test("a get over five million cells answers null, not an error", async () => {
    const fake = createFakeExcel(texts(3, "x"));
    const values = await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Phiếu").getRange("A1:E1000001");
      r.load("values,rowCount");
      await context.sync();
      return { values: r.values, rows: r.rowCount };
    });
    expect(values.values).toBeNull();
    expect(values.rows).toBe(1_000_001);
  });
});

describe("annotations", () => {
  test("a cell holds one note or one comment, never both", async () => {
    const fake = createFakeExcel(texts(3, "x"));
    fake.workbook.addNote("Phiếu", "A1", "Ghi chú của cán bộ");
    const err = await rejection(
      fake.run(async (context) => {
        context.workbook.comments.add("Phiếu!A1", "[Báo cáo TTHC] lỗi");
        await context.sync();
      })
    );
    expect(err.code).toBe("InvalidArgument");
    fake.workbook.addComment("Phiếu", "A2", "Bình luận");
    const err2 = await rejection(
      fake.run(async (context) => {
        context.workbook.notes.add("Phiếu!A2", "[Báo cáo TTHC] lỗi");
        await context.sync();
      })
    );
    expect(err2.code).toBe("InvalidArgument");
  });

  test("a build can answer NotImplemented for comments.add", async () => {
    const fake = createFakeExcel(texts(3, "x"), {
      maxExcelApi: "1.10",
      notImplemented: ["CommentCollection.add"],
    });
    const err = await rejection(
      fake.run(async (context) => {
        context.workbook.comments.add("Phiếu!A3", "[Báo cáo TTHC] lỗi");
        await context.sync();
      })
    );
    expect(err.code).toBe("NotImplemented");
  });
});

describe("one settings store", () => {
  test("what workbook.settings wrote, a new runtime's document.settings reads, and the reverse", async () => {
    const fake = createFakeExcel(texts(1, "x"));
    await fake.run(async (context) => {
      context.workbook.settings.add("k", { a: 1 });
      await context.sync();
    });
    const ribbon = fake.newRuntime();
    expect(ribbon.context.document.settings.get("k")).toEqual({ a: 1 });
    ribbon.context.document.settings.set("k2", "từ nút lệnh");
    await new Promise<void>((resolve) =>
      ribbon.context.document.settings.saveAsync(() => resolve())
    );
    const seen = await fake.run(async (context) => {
      const s = context.workbook.settings.getItem("k2");
      s.load("value");
      await context.sync();
      return s.value;
    });
    expect(seen).toBe("từ nút lệnh");
  });

  test("a runtime's in-memory copy is stale until refreshAsync", async () => {
    const fake = createFakeExcel(texts(1, "x"));
    const pane = fake.newRuntime();
    await fake.run(async (context) => {
      context.workbook.settings.add("journal", 2);
      await context.sync();
    });
    expect(pane.context.document.settings.get("journal")).toBeNull();
    await new Promise<void>((resolve) =>
      pane.context.document.settings.refreshAsync(() => resolve())
    );
    expect(pane.context.document.settings.get("journal")).toBe(2);
  });
});
