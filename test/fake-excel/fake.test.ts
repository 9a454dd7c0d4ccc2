// The fake Excel behaves like Office.js where the host depends on it.
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load,
   office-addins/load-object-before-read -- this file reads before load/sync on purpose: it tests that
   the fake refuses such reads like Office.js (PropertyNotLoaded, isNullObject) */
import type { WorkbookSnapshot } from "../../src/core/grid";
import { createFakeExcel, FakeRichApiError } from "../../src/fake-excel";
import { rejection as rejectionOf } from "../helpers/rejection";

const book = (): WorkbookSnapshot => ({
  sheets: [
    {
      name: "Biểu 06a",
      top: 2,
      left: 1,
      data: [
        [{ value: "STT" }, { value: "Lĩnh vực" }, { value: "Tổng số" }],
        [{ value: 1 }, { value: "Chứng thực" }, { value: 31, formula: "D3+E3" }],
        [
          { value: 2 },
          { value: { error: "#REF!" } },
          { value: new Date(Date.UTC(2024, 2, 14)), numberFormat: "dd/mm/yyyy" },
        ],
      ],
      merges: [{ top: 2, left: 1, bottom: 2, right: 2 }],
    },
    { name: "Sheet2", top: 1, left: 1, data: [], merges: [] },
  ],
});

const rejection = (p: Promise<unknown>) => rejectionOf<FakeRichApiError>(p);

describe("load/sync semantics", () => {
  test("reading a property that was not loaded and synced throws like Office.js", async () => {
    const fake = createFakeExcel(book());
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Biểu 06a").getRange("A2:C4");
      expect(() => range.values).toThrow(
        "The property 'values' is not available. Before reading the property's value, call the load method " +
          'on the containing object and call "context.sync()" on the associated request context.'
      );
      range.load("values");
      // Loaded but not synced yet: still unavailable.
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values[1]).toEqual([1, "Chứng thực", 31]);
      // Only what was loaded is available.
      let err: unknown;
      try {
        void range.formulas;
      } catch (e) {
        err = e;
      }
      expect((err as FakeRichApiError).code).toBe("PropertyNotLoaded");
      expect((err as FakeRichApiError).name).toBe("RichApi.Error");
    });
  });

  test("collections expose items only after load + sync; nested paths load navigation properties", async () => {
    const fake = createFakeExcel(book());
    fake.workbook.protect("Sheet2");
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/'items' is not available/);
      sheets.load("items/name,items/protection/protected");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
        ["Biểu 06a", false],
        ["Sheet2", true],
      ]);
      expect(() => sheets.items[0].id).toThrow(/'id' is not available/);
    });
  });

  test("writes are queued and applied at sync, in order; a load queued before a write sees the old value", async () => {
    const fake = createFakeExcel(book());
    await fake.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Biểu 06a").getRange("B3");
      cell.load("values");
      cell.values = [["Hộ tịch"]];
      expect(fake.workbook.cell("Biểu 06a", "B3").value).toBe("Chứng thực");
      await context.sync();
      expect(cell.values).toEqual([["Chứng thực"]]);
      expect(fake.workbook.cell("Biểu 06a", "B3").value).toBe("Hộ tịch");
    });
    expect(fake.syncCount).toBe(1);
  });

  test("Excel.run flushes what is still queued at the end (and counts that sync)", async () => {
    const fake = createFakeExcel(book());
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet2").getRange("A1").values = [[5]];
    });
    expect(fake.workbook.cell("Sheet2", "A1").value).toBe(5);
    expect(fake.syncCount).toBe(1);
    fake.resetSyncCount();
    await fake.run(async () => undefined);
    expect(fake.syncCount).toBe(0);
  });

  test("a failing action stops its batch: earlier writes stay, later ones and the loads are lost", async () => {
    const fake = createFakeExcel(book());
    const err = await rejection(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet2");
        const probe = ws.getRange("A1");
        probe.load("values");
        ws.getRange("A1").values = [[1]];
        context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[2]];
        ws.getRange("A2").values = [[3]];
        await context.sync();
      })
    );
    expect(err.code).toBe("ItemNotFound");
    expect(fake.workbook.cell("Sheet2", "A1").value).toBe(1);
    expect(fake.workbook.cell("Sheet2", "A2").value).toBeNull();
  });

  test("*OrNullObject: isNullObject after sync; calls through a null object are refused", async () => {
    const fake = createFakeExcel(book());
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const there = context.workbook.worksheets.getItemOrNullObject("Sheet2");
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      const empty = there.getUsedRangeOrNullObject();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      expect(empty.isNullObject).toBe(true);
    });
    const err = await rejection(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItemOrNullObject("Nope").getRange("A1");
        r.load("values");
        await context.sync();
      })
    );
    expect(err.code).toBe("InvalidObjectPath");
  });
});

describe("ranges", () => {
  test("used range, addresses with quoted sheet names, indexes, values/formulas/numberFormat/valueTypes", async () => {
    const fake = createFakeExcel(book());
    fake.workbook.setCachedValue("Biểu 06a", "C3", 31);
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Biểu 06a");
      const used = ws.getUsedRange();
      used.load(
        "address,rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat,valueTypes"
      );
      const byIdx = ws.getRangeByIndexes(2, 2, 1, 1);
      byIdx.load("address");
      const cell = used.getCell(1, 2);
      cell.load("address,formulas");
      await context.sync();
      expect(used.address).toBe("'Biểu 06a'!A2:C4");
      expect([used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([
        1, 0, 3, 3,
      ]);
      expect(used.values[2]).toEqual([2, "#REF!", 45365]);
      expect(used.formulas[1]).toEqual([1, "Chứng thực", "=D3+E3"]);
      expect(used.numberFormat[2][2]).toBe("dd/mm/yyyy");
      expect(used.valueTypes[2]).toEqual(["Double", "Error", "Double"]);
      expect(byIdx.address).toBe("'Biểu 06a'!C3");
      expect(cell.address).toBe("'Biểu 06a'!C3");
      expect(cell.formulas).toEqual([["=D3+E3"]]);
    });
  });

  test("input is coerced like Excel: numeric text, apostrophe, formulas, booleans, errors, text format", async () => {
    const fake = createFakeExcel(book());
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet2");
      ws.getRange("B1").numberFormat = [["@"]];
      ws.getRange("A1:A6").values = [["31"], ["'31"], ["=A1*2"], ["TRUE"], ["#N/A"], ["Tổng"]];
      ws.getRange("B1").values = [["007"]];
      await context.sync();
    });
    const c = (a: string) => fake.workbook.cell("Sheet2", a);
    expect(c("A1").value).toBe(31);
    expect(c("A2").value).toBe("31");
    expect(c("A3")).toMatchObject({ formula: "A1*2", value: null });
    expect(c("A4").value).toBe(true);
    expect(c("A5").value).toEqual({ error: "#N/A" });
    expect(c("A6").value).toBe("Tổng");
    expect(c("B1").value).toBe("007");
    // Writing formulas computes nothing; tests supply the cached result.
    fake.workbook.setCachedValue("Sheet2", "A3", 62);
    expect(c("A3")).toMatchObject({ formula: "A1*2", value: 62 });
  });

  test("a wrongly shaped input array is rejected at sync", async () => {
    const fake = createFakeExcel(book());
    const err = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet2").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      })
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("fills: no fill reads #FFFFFF, mixed ranges read null, clear() removes, getCellProperties per cell", async () => {
    const fake = createFakeExcel(book());
    fake.workbook.setFill("Biểu 06a", "A2", "#FFFF00");
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Biểu 06a");
      const a2 = ws.getRange("A2").format.fill;
      const b2 = ws.getRange("B2").format.fill;
      const both = ws.getRange("A2:B2").format.fill;
      a2.load("color,pattern");
      b2.load("color,pattern");
      both.load("color");
      const props = ws
        .getRange("A2:B2")
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await context.sync();
      expect([a2.color, a2.pattern, b2.color, b2.pattern, both.color]).toEqual([
        "#FFFF00",
        "Solid",
        "#FFFFFF",
        "None",
        null,
      ]);
      expect(props.value[0].map((p) => p.format?.fill)).toEqual([
        { color: "#FFFF00", pattern: "Solid" },
        { color: "#FFFFFF", pattern: "None" },
      ]);
      ws.getRange("A2").format.fill.clear();
      ws.getRange("B2").format.fill.color = "red";
      ws.getRange("C2").format.font.bold = true;
    });
    expect(fake.workbook.fillAt("Biểu 06a", "A2")).toBeNull();
    expect(fake.workbook.fillAt("Biểu 06a", "B2")).toBe("#FF0000");
    expect(fake.workbook.cell("Biểu 06a", "C2").bold).toBe(true);
  });

  test("merged areas (1.13), merge/unmerge, select", async () => {
    const fake = createFakeExcel(book());
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Biểu 06a");
      const areas = ws.getUsedRange().getMergedAreasOrNullObject();
      areas.load("address,areaCount");
      const none = ws.getRange("C3:C4").getMergedAreasOrNullObject();
      none.load("address");
      await context.sync();
      expect(areas.address).toBe("'Biểu 06a'!A2:B2");
      expect(areas.areaCount).toBe(1);
      expect(none.isNullObject).toBe(true);
      ws.getRange("A2").unmerge();
      ws.getRange("A5:C5").merge();
      ws.getRange("C3").select();
    });
    expect(fake.workbook.merges("Biểu 06a")).toEqual(["A5:C5"]);
    expect(fake.workbook.selection()).toEqual({ sheet: "Biểu 06a", address: "C3" });
  });

  test("a protected sheet refuses writes at sync with AccessDenied", async () => {
    const fake = createFakeExcel(book());
    fake.workbook.protect("Biểu 06a");
    const err = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Biểu 06a").getRange("A2").format.fill.color =
          "#FFC7CE";
        await context.sync();
      })
    );
    expect(err.code).toBe("AccessDenied");
    expect(fake.workbook.fillAt("Biểu 06a", "A2")).toBeNull();
  });
});

describe("notes, comments, settings, requirement sets", () => {
  test("notes (1.18) and comments (1.10): add, load, locate, delete", async () => {
    const fake = createFakeExcel(book());
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Biểu 06a");
      context.workbook.notes.add(ws.getRange("C3"), "ghi chú");
      context.workbook.comments.add("'Biểu 06a'!B3", "bình luận");
      await context.sync();
      const notes = context.workbook.notes;
      const comments = context.workbook.comments;
      notes.load("items/content");
      comments.load("items/id,items/content");
      await context.sync();
      expect(notes.items.map((n) => n.content)).toEqual(["ghi chú"]);
      const where = notes.items[0].getLocation();
      where.load("address");
      await context.sync();
      expect(where.address).toBe("'Biểu 06a'!C3");
      comments.items[0].delete();
    });
    expect(fake.workbook.notes()).toEqual([
      { sheet: "Biểu 06a", address: "C3", content: "ghi chú", author: "Cán bộ một cửa" },
    ]);
    expect(fake.workbook.comments()).toEqual([]);
  });

  test("a second note on the same cell is refused", async () => {
    const fake = createFakeExcel(book());
    fake.workbook.addNote("Biểu 06a", "C3", "của người dùng");
    const err = await rejection(
      fake.run(async (context) => {
        context.workbook.notes.add(
          context.workbook.worksheets.getItem("Biểu 06a").getRange("C3"),
          "x"
        );
        await context.sync();
      })
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("isSetSupported follows the configured ExcelApi maximum; newer APIs fail at sync", async () => {
    const fake = createFakeExcel(book(), { maxExcelApi: "1.10" });
    const req = fake.office.context.requirements;
    expect([
      req.isSetSupported("ExcelApi", "1.1"),
      req.isSetSupported("ExcelApi", "1.10"),
      req.isSetSupported("ExcelApi", "1.18"),
      req.isSetSupported("WordApi", "1.1"),
    ]).toEqual([true, true, false, false]);
    const err = await rejection(
      fake.run(async (context) => {
        context.workbook.notes.add(
          context.workbook.worksheets.getItem("Sheet2").getRange("A1"),
          "x"
        );
        await context.sync();
      })
    );
    expect(err.code).toBe("ApiNotFound");
    fake.setMaxExcelApi("1.1");
    expect(req.isSetSupported("ExcelApi", "1.2")).toBe(false);
  });

  test("workbook settings (1.4) and document settings (Common API) persist", async () => {
    const fake = createFakeExcel(book());
    await fake.run(async (context) => {
      context.workbook.settings.add("k", { a: [1, 2] });
      await context.sync();
      const s = context.workbook.settings.getItemOrNullObject("k");
      const none = context.workbook.settings.getItemOrNullObject("z");
      s.load("value");
      none.load("value");
      await context.sync();
      expect(s.value).toEqual({ a: [1, 2] });
      expect(none.isNullObject).toBe(true);
    });
    expect(fake.workbook.settings()).toEqual({ k: { a: [1, 2] } });
    const doc = fake.office.context.document.settings;
    doc.set("x", 1);
    fake.reloadAddin();
    expect(fake.office.context.document.settings.get("x")).toBeNull();
    fake.office.context.document.settings.set("x", 2);
    await new Promise<void>((resolve) =>
      fake.office.context.document.settings.saveAsync(() => resolve())
    );
    fake.reloadAddin();
    expect(fake.office.context.document.settings.get("x")).toBe(2);
  });

  test("payload limit: a sync whose response is too big fails like Excel on the web", async () => {
    const fake = createFakeExcel(book(), { payloadLimitBytes: 200 });
    const err = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets
          .getItem("Biểu 06a")
          .getUsedRange()
          .load("values,formulas,numberFormat,valueTypes");
        await context.sync();
      })
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
  });
});

describe("snapshot in and out", () => {
  test("toSnapshot gives back the grid it was loaded from", () => {
    const fake = createFakeExcel(book());
    const snap = fake.toSnapshot();
    expect(snap.sheets[0]).toEqual(book().sheets[0]);
    expect(snap.sheets[1]).toEqual({ name: "Sheet2", top: 1, left: 1, data: [], merges: [] });
  });

  test("installGlobals exposes Office and Excel.run like the task pane sees them", async () => {
    const fake = createFakeExcel(book());
    const target: Record<string, unknown> = {};
    const undo = fake.installGlobals(target);
    const excel = target.Excel as { run: typeof fake.run };
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet2").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(
      (target.Office as typeof fake.office).context.requirements.isSetSupported("ExcelApi", "1.18")
    ).toBe(true);
    undo();
    expect(target.Excel).toBeUndefined();
  });
});
