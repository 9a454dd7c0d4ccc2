// A read's live note/comment proxies travel on its snapshot (a non-enumerable property, issue 17
// item 7: no module-level registry): found by the write path of the same batch, invisible to
// JSON and comparisons, and refused to another request context.
import { createFakeExcel } from "../../src/fake-excel";
import { readWorkbook } from "../../src/host/excel";
import { liveHandles } from "../../src/host/excel/read";
import { FORM, sampleBook } from "./helpers";

test("the live proxies of a read: its own context only, never in JSON or copies", async () => {
  const fake = createFakeExcel(sampleBook());
  fake.workbook.addNote(FORM, "C5", "[Báo cáo TTHC]\nLỗi: …");
  const { snap, same, count } = await fake.run(async (context) => {
    const s = await readWorkbook(context, { sheets: [FORM], office: fake.office });
    const h = liveHandles(s.host, context);
    return { snap: s, same: h !== null && h.context === context, count: h?.notes.length ?? -1 };
  });
  expect(same).toBe(true);
  expect(count).toBe(1);
  expect(Object.keys(snap.host)).not.toContain("live");
  expect(JSON.stringify(snap.host)).not.toContain("context");
  expect(liveHandles({ ...snap.host }, {} as Excel.RequestContext)).toBeNull();
  await fake.run(async (other) => {
    expect(liveHandles(snap.host, other)).toBeNull();
  });
});
