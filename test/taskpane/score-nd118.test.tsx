// "Chấm điểm" in the task pane under Nghị định 118/2025/NĐ-CP: the Điều 33.1 contents table of the
// Q3/2026 sample (src/samples/sampleNd118.ts) scored on the fake Excel, against `tthc score --json`
// on the very same .xlsx file — same figures, same findings.
import * as React from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type ExcelJS from "exceljs";
import { findingJson } from "../../src/cli/common";
import { art33Json } from "../../src/cli/regime";
import { curlyQuotes } from "../../src/taskpane/controller";
import type { ScoreOutcome } from "../../src/taskpane/model";
import { PaneController } from "../../src/taskpane/controller";
import { PaneProvider } from "../../src/taskpane/pane";
import { Art33Results, ScoreView } from "../../src/taskpane/views/ScoreView";
import { readWorkbookFile } from "../../src/host/xlsx";
import { buildNd118SampleWorkbook } from "../../src/samples/sampleNd118";
import { SAMPLE, tempDir, tthc } from "../helpers/xlsx";
import { paneOn } from "./helpers";

const tmp = tempDir("tthc-score118-");
afterAll(() => tmp.cleanup());

/** The sample, changed by `edit`, written to an .xlsx; the CLI and the pane both read that file. */
async function sampleFile(
  name: string,
  edit: (wb: ExcelJS.Workbook) => void = () => {}
): Promise<string> {
  const wb = buildNd118SampleWorkbook();
  edit(wb);
  const file = tmp.file(name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The pane's outcome in the shape of `tthc score --json` (the pane's quotes are typographic). */
function asCliJson(s: ScoreOutcome) {
  return {
    regime: s.regime.id,
    method: s.method,
    ...art33Json(s.art33!),
    findings: s.findings.map(findingJson),
  };
}

async function both(file: string, regime?: "nd61-2018" | "nd118-2025") {
  const cli = await tthc("score", file, "--json", ...(regime ? ["--regime", regime] : []));
  const j = cli.code === 2 ? null : JSON.parse(cli.out);
  for (const f of j?.findings ?? []) f.message = curlyQuotes(f.message);
  const { snapshot } = await readWorkbookFile(file);
  const { fake, pane } = paneOn(snapshot);
  if (regime) pane.regime = regime;
  await pane.refresh();
  fake.resetSyncCount();
  const s = await pane.score();
  return { cli, j, s, syncs: fake.syncCount };
}

describe("Chấm điểm on the NĐ 118/2025 sample (phường Hạc Thành, quý III/2026)", () => {
  let r: Awaited<ReturnType<typeof both>>;
  beforeAll(async () => {
    r = await both(await sampleFile("hac-thanh.xlsx"));
  }, 60000);

  test("the Điều 33.1 contents, as the decree has them: no indices, total or grade (1 sync)", () => {
    const { s } = r;
    expect(r.syncs).toBe(1);
    expect(s.regime).toEqual({
      id: "nd118-2025",
      name: "Nghị định 118/2025/NĐ-CP",
      source: "period",
      model: "art33-contents",
    });
    expect(s.method).toBe("decree");
    expect(s.result).toBeNull();
    expect(s.sheet).toBe("Đánh giá Điều 33");
    const a = s.art33!;
    expect(a.received).toEqual({ ballots: 180, portal: 260, devices: 95, total: 535 });
    expect(a.contents.map((c) => c.key)).toEqual(["a", "b", "c", "d", "đ", "e", "g", "h", "i"]);
    expect(a.contents.map((c) => c.total)).toEqual([512, 479, 480, 479, 512, 466, 52, 260, 0]);
    expect(a.contents[0]).toMatchObject({
      name: "Thời gian trả kết quả so với quy định",
      counts: [0, 2, 10, 180, 320],
      shares: [0, 0.4, 2, 35.2, 62.5],
    });
    expect(a.criteria?.rows.map((x) => x.value)).toEqual(["17,5", "19,2", "20,1", "10,8", "17,9"]);
    expect(a.criteria?.total).toBe("85,5");
    expect(s.findings).toEqual([]);
  });

  test("the same figures and findings as `tthc score --json` on the same file", () => {
    expect(r.cli.code).toBe(0);
    expect(asCliJson(r.s)).toEqual(r.j);
  });
});

test("with mistakes in the Điều 33 table: the same findings as the CLI, at the same cells", async () => {
  const file = await sampleFile("hac-thanh-loi.xlsx", (wb) => {
    const ws = wb.getWorksheet("Đánh giá Điều 33")!;
    ws.getCell("E14").value = "hai"; // b), "Không hài lòng": not a count
    ws.getCell("C15").value = 999; // c): the total typed over the SUM, ≠ the levels
    ws.getCell("H16").value = 900; // d): more evaluations than received
    // An unreadable "Chế độ báo cáo": a regime finding, listed after the evaluation's.
    const t = wb.getWorksheet("Thuyết minh")!;
    t.eachRow((row) => {
      if (row.getCell(1).value === "Chế độ báo cáo") row.getCell(2).value = "luật mới";
    });
  });
  const r = await both(file);
  expect(r.cli.code).toBe(1);
  expect(r.s.method).toBe("decree");
  expect(r.s.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
    "eval33/count Đánh giá Điều 33!E14",
    // The SUM's cached result (479) no longer adds up once a level is edited outside Excel.
    "eval33/level-sum Đánh giá Điều 33!C14",
    "eval33/level-sum Đánh giá Điều 33!C15",
    "eval33/level-sum Đánh giá Điều 33!C16",
    "eval33/received Đánh giá Điều 33!C15",
    "regime/unknown Thuyết minh!B13",
  ]);
  expect(asCliJson(r.s)).toEqual(r.j);
}, 60000);

test("seed under NĐ 61/2018: nine indices (17,4/18, Xuất sắc) as the CLI; under the NĐ 118 setting, the province's method", async () => {
  const old = await both(SAMPLE);
  expect(old.s.method).toBe("indices");
  expect(old.s.regime.model).toBe("nine-indices");
  expect(old.s.result?.total).toEqual(old.j.total);
  expect(old.s.result?.grade).toBe("Xuất sắc");
  expect(old.s.findings.map(findingJson)).toEqual(old.j.findings);

  const prov = await both(SAMPLE, "nd118-2025");
  expect(prov.j.method).toBe("province");
  expect(prov.s.method).toBe("province");
  expect(prov.s.result?.total).toEqual({ max: 18, self: 17.4, appraised: 17.4 });
  // Addressed to a district under NĐ 118: regime findings come along, as in the CLI.
  expect(prov.s.findings.map(findingJson)).toEqual(prov.j.findings);
  expect(prov.s.findings.some((f) => f.rule.startsWith("regime/"))).toBe(true);
}, 60000);

test("no Điều 33 table and no nine indices under NĐ 118: nothing scored, the regime known", async () => {
  const file = await sampleFile("khong-danh-gia.xlsx", (wb) => {
    wb.removeWorksheet(wb.getWorksheet("Đánh giá Điều 33")!.id);
  });
  const r = await both(file);
  expect(r.cli.code).toBe(2);
  expect(r.cli.err).toMatch(/khoản 1 Điều 33/);
  expect(r.s.method).toBeNull();
  expect(r.s.regime.model).toBe("art33-contents");
  expect(r.s.art33).toBeNull();
}, 60000);

describe("the view", () => {
  const render = (el: React.ReactElement) =>
    renderToString(
      <FluentProvider theme={webLightTheme}>
        <PaneProvider
          controller={new PaneController({ run: () => Promise.reject(new Error("offline")) })}
          refreshOnMount={false}
        >
          {el}
        </PaneProvider>
      </FluentProvider>
    );
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, " ")
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, " ");

  test("Điều 33.1 results in Vietnamese: contents, level evaluations with shares as the CLI, Điều 32.1 figures; no points", async () => {
    const { s } = await both(await sampleFile("hac-thanh-view.xlsx"));
    const html = render(<Art33Results art33={s.art33!} />);
    const t = text(html);
    expect(t).toContain("Đánh giá theo khoản 1 Điều 33 Nghị định 118/2025/NĐ-CP");
    expect(t).toContain("không quy định điểm, tổng điểm hay xếp loại");
    expect(t).toContain(
      "Đã nhận: 180 phiếu đánh giá, 260 lượt trên Cổng Dịch vụ công quốc gia, 95 lượt qua thiết bị điện tử tại Bộ phận Một cửa (tổng 535)."
    );
    expect(t).toContain("a) Thời gian trả kết quả so với quy định 512");
    expect(t).toContain("đ) Thái độ ứng xử của cán bộ, công chức, viên chức 512");
    expect(t).toContain("i) Nội dung khác 0");
    // Each level of a): count and share, the CLI's "Không hài lòng 2 (0,4%)".
    expect(t).toContain("Không hài lòng 2 (0,4%)");
    expect(t).toContain("Rất hài lòng 320 (62,5%)");
    expect(t).toContain("Tiêu chí khoản 1 Điều 32");
    expect(t).toContain("a) Công khai, minh bạch 17,5");
    expect(t).toContain("Tổng 85,5");
    expect(t).not.toMatch(/Xếp loại|tối đa|Tổng điểm/);
    // One row per content in the table.
    expect(html.match(/<tr/g)).toHaveLength(1 + 9);
  }, 60000);

  test("ScoreView before any click: the regime-neutral intro", () => {
    const t = text(render(<ScoreView />));
    expect(t).toContain("khoản 1 Điều 33 Nghị định 118/2025/NĐ-CP");
    expect(t).toContain("chín chỉ số");
  });
});
