// The host under real Excel's limits (issue 14): reads planned by size survive a response
// refused as ResponsePayloadSizeLimitExceeded or as a GeneralException in the host's language,
// values that come back null above the cell limit, and a 30,000-row Biểu 06a on the web's limits
// where Kiểm tra, Điền số liệu and Hoàn tác all succeed.
import { bench06aBook, BENCH_FORM } from "../../bench/office-book";
import { createFakeExcel, FakeExcelOptions } from "../../src/fake-excel";
import { MARK_FILL, readWorkbook } from "../../src/host/excel";
import { PaneController } from "../../src/taskpane/controller";
import { bigSheet, comparable, FORM } from "./helpers";

const WEB = 5_000_000;

async function readBoth(
  rows: number,
  web: FakeExcelOptions,
  opts: { fills?: boolean; blockBytes?: number } = {}
) {
  const desktop = createFakeExcel({ sheets: [bigSheet(FORM, rows, 13)] });
  desktop.workbook.setFill(FORM, "C10:E12", "#FFFF00");
  const expected = await desktop.run((context) =>
    readWorkbook(context, { active: true, office: desktop.office, ...opts })
  );
  const fake = createFakeExcel({ sheets: [bigSheet(FORM, rows, 13)] }, web);
  fake.workbook.setFill(FORM, "C10:E12", "#FFFF00");
  const got = await fake.run((context) =>
    readWorkbook(context, { active: true, office: fake.office, ...opts })
  );
  return { expected, got, fake };
}

describe("reads planned by size", () => {
  test("blocks refused with ResponsePayloadSizeLimitExceeded are read again in halves: same snapshot", async () => {
    // A 1 MB limit: the planned 2 MB blocks are refused as responses.
    const { expected, got } = await readBoth(5000, { payloadLimitBytes: 1_000_000 });
    expect(got.sheets).toEqual(expected.sheets);
    expect(got.host.info[FORM].fills).toEqual(expected.host.info[FORM].fills);
  });

  test("a GeneralException (text in Vietnamese) for an oversized block is treated like a payload refusal", async () => {
    const { expected, got, fake } = await readBoth(3000, {
      payloadLimitBytes: 700_000,
      payloadError: "general",
      language: "vi-VN",
    });
    expect(got.sheets).toEqual(expected.sheets);
    expect(fake.maxPayload.response).toBeLessThanOrEqual(700_000);
  });

  test("values that come back null above the cell limit are read in smaller blocks, not crashed on", async () => {
    const { expected, got } = await readBoth(3000, { maxGetCells: 4_000 }, { fills: false });
    expect(got.sheets).toEqual(expected.sheets);
  });

  test("a 1-row block that is still refused gives the clerk's message, bounded", async () => {
    const fake = createFakeExcel({ sheets: [bigSheet(FORM, 50, 13)] }, { payloadLimitBytes: 300 });
    const err = await fake
      .run((context) => readWorkbook(context, { active: true, office: fake.office }))
      .catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe("payload-too-large");
    expect(fake.syncCount).toBeLessThan(30);
  });
});

describe("a 30,000-row Biểu 06a with Excel on the web's limits", () => {
  jest.setTimeout(300_000);
  test("Kiểm tra, Điền số liệu and Hoàn tác succeed; no sync is refused", async () => {
    const { book, wrongRows, blankRows } = bench06aBook(30_000);
    const fake = createFakeExcel(book, { payloadLimitBytes: WEB });
    const pane = new PaneController({ run: (b) => fake.run(b), office: fake.office });
    await pane.refresh();
    const r = await pane.check();
    for (const row of wrongRows.slice(0, 5))
      expect(fake.workbook.fillAt(BENCH_FORM, `C${row}`)).toBe(MARK_FILL.error);
    expect(r.errors).toBeGreaterThanOrEqual(wrongRows.length);
    expect(fake.maxPayload.response).toBeLessThan(2_500_000);
    expect(fake.maxPayload.request).toBeLessThan(WEB);

    // Undo gives back every cell's content and format; marks are those of the latest Kiểm tra (the
    // fill re-marks, and undo does not bring back a mark the fill lifted — as at any size).
    // A cell that only held a mark is an empty default cell once the mark is gone: left out.
    const EMPTY = JSON.stringify([null, undefined, "General", false, false, false, "General"]);
    const contents = () =>
      new Map(
        comparable(fake.workbook.state()).sheets.flatMap((sh) =>
          Object.entries(sh.cells)
            .map(
              ([a, c]) =>
                [
                  `${sh.name}!${a}`,
                  JSON.stringify([
                    c.value,
                    c.formula,
                    c.numberFormat,
                    c.bold,
                    c.wrap,
                    c.border,
                    c.horizontalAlignment,
                  ]),
                ] as const
            )
            .filter(([, v]) => v !== EMPTY)
        )
      );
    const differences = (a: Map<string, string>, b: Map<string, string>) =>
      [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    const before = contents();
    const filled = await pane.applyFill();
    expect(filled.written).toBeGreaterThanOrEqual(blankRows.length);
    expect(fake.workbook.cell(BENCH_FORM, `C${blankRows[1]}`).formula).toBe(
      `SUM(D${blankRows[1]}:F${blankRows[1]})`
    );
    await pane.undo();
    expect(differences(before, contents())).toEqual([]);
    expect(fake.maxPayload.request).toBeLessThan(WEB);
  });
});

describe("a used range grown by stray formatting", () => {
  test("a fill far away (XFD1000000) does not make the read huge: it is bounded by getUsedRange(true)", async () => {
    const fake = createFakeExcel({ sheets: [bigSheet(FORM, 100, 13)] }, { payloadLimitBytes: WEB });
    fake.workbook.setFill(FORM, "XFD1000000", "#FFFF00");
    const desktop = createFakeExcel({ sheets: [bigSheet(FORM, 100, 13)] });
    const expected = await desktop.run((context) =>
      readWorkbook(context, { active: true, office: desktop.office })
    );
    const got = await fake.run((context) =>
      readWorkbook(context, { active: true, office: fake.office })
    );
    expect(got.sheets).toEqual(expected.sheets);
    expect(got.host.syncs).toBeLessThanOrEqual(3);
    expect(got.host.info[FORM].usedAddress).toMatch(/1000000$/); // the used range as Excel reports it
  });
});
