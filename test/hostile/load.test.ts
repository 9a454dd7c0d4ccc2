// load.ts gives exceljs the parts the budgets inflated instead of letting JSZip inflate them again:
// the workbook must be the one exceljs's own load makes of the prepared zip, part for part — for
// plain files, for parts the budgets rewrote or left out, and (by falling back to that load) for
// zips whose directory JSZip reads otherwise.
import { isDeepStrictEqual } from "util";
import ExcelJS from "exceljs";
import { prepareXlsx } from "../../src/host/xlsx/budget";
import { loadPrepared } from "../../src/host/xlsx/load";
import { form06aXlsx, part, partsOf, withMerges, zipOf, zipOfMap } from "./make";

/** Both loads of `buf`, whether the zip for exceljs's own load was needed, and whether they agree. */
async function bothLoads(buf: Buffer) {
  const prepared = await prepareXlsx(buf, "t.xlsx");
  let zipBuilt = false;
  const fast = await loadPrepared(prepared.parts, () => {
    zipBuilt = true;
    return prepared.zip();
  }).then(
    (wb) => ({ model: wb.model as unknown }),
    (e: Error) => ({ error: e.message })
  );
  const own = new ExcelJS.Workbook();
  const reference = await own.xlsx.load((await prepared.zip()) as unknown as ExcelJS.Buffer).then(
    (wb) => ({ model: wb.model as unknown }),
    (e: Error) => ({ error: e.message })
  );
  return { zipBuilt, same: isDeepStrictEqual(fast, reference), fast, prepared };
}

const sheet = "xl/worksheets/sheet1.xml";

test("a plain workbook: exceljs's model, without building a zip", async () => {
  const r = await bothLoads(await form06aXlsx());
  expect(r.zipBuilt).toBe(false);
  expect("model" in r.fast).toBe(true);
  expect(r.same).toBe(true);
});

test("a sheet whose merges the budgets cleaned: the cleaned sheet is read, as from the rebuilt zip", async () => {
  const p: Map<string, Buffer | string> = partsOf(await form06aXlsx());
  p.set(sheet, withMerges(p.get(sheet)!.toString(), ["A1:XFD1048576"]));
  const r = await bothLoads(zipOfMap(p));
  expect(r.prepared.parts.replaced.has(sheet)).toBe(true);
  expect(r.zipBuilt).toBe(false);
  expect(r.same).toBe(true);
});

test("x:-prefixed parts rewritten, a large unread part left out: as from the rebuilt zip", async () => {
  const p: Map<string, Buffer | string> = partsOf(await form06aXlsx());
  const xml = p.get(sheet)!.toString();
  p.set(
    sheet,
    xml
      .replace(/<(\/?)(?![\w.-]+:)([A-Za-z_][\w.-]*)/g, "<$1x:$2")
      .replace(
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
      )
  );
  p.set("xl/printerSettings/printerSettings1.bin", Buffer.alloc(2 * 1024 * 1024, 7));
  const r = await bothLoads(zipOfMap(p));
  expect(r.prepared.parts.replaced.has(sheet)).toBe(true);
  expect(r.prepared.parts.removed.has("xl/printerSettings/printerSettings1.bin")).toBe(true);
  expect(r.zipBuilt).toBe(false);
  expect(r.same).toBe(true);
});

test("a part stored twice under one name: JSZip's reading, through exceljs's own load", async () => {
  const p = partsOf(await form06aXlsx());
  const parts = [...p].map(([n, b]) => part(n, b));
  const shared = parts.find((x) => x.name === "xl/sharedStrings.xml")!;
  const r = await bothLoads(zipOf([...parts, { ...shared }]));
  expect(r.zipBuilt).toBe(true);
  expect(r.same).toBe(true);
});

test("a part whose data is shorter than its directory says: refused as exceljs's own load refuses it", async () => {
  const p = partsOf(await form06aXlsx());
  const parts = [...p].map(([n, b]) => part(n, b));
  const i = parts.findIndex((x) => x.name === "docProps/app.xml");
  parts[i] = { ...parts[i], size: parts[i].size + 10 };
  const r = await bothLoads(zipOf(parts));
  expect(r.zipBuilt).toBe(true);
  expect("error" in r.fast).toBe(true);
  expect(r.same).toBe(true);
});
