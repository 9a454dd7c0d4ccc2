// Browser tests of the task pane on the preview page (dist/preview.html): the real pane against the
// fake Excel loaded with the sample workbook, driven by roles and names in Debian's chromium.
// Screenshots go to screenshots/ (git-ignored); E2E_DOCS_SCREENSHOT=1 also refreshes
// docs/screenshot-taskpane.png for the README.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import {
  AMBER,
  RED,
  ROOT,
  SAMPLE_XLSX,
  docxParagraphs,
  findingItems,
  launch,
  openPreview,
  paneButton,
  paneTab,
  shot,
  tmpDir,
  until,
  type Preview,
} from "./helpers";
import { buildSampleWorkbook } from "../../src/samples/build";
import { unicodeToLegacy } from "../../src/core/text/legacy";
import { COUNT_KEYS } from "../../src/core/form06a";
import { Q4_2023, UnitOptions, unitTotals, unitXlsx } from "../taskpane/units";

let browser: Browser;
let preview: Preview | null = null;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  if (preview) {
    const { errors, requests } = preview;
    await preview.close();
    preview = null;
    // Loopback only: the preview must not reach for Office.js or anything else on the network.
    expect(requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/.test(u))).toEqual(
      []
    );
    expect(errors).toEqual([]);
  }
});

async function open(opts?: Parameters<typeof openPreview>[1]): Promise<Preview> {
  preview = await openPreview(browser, opts);
  return preview;
}

/** Run Kiểm tra from its view and wait for the findings list. */
async function runCheck(p: Preview, expectedItems: number): Promise<void> {
  await paneTab(p.pane, "Kiểm tra").click();
  await paneButton(p.pane, "Kiểm tra").click();
  await until(
    `${expectedItems} findings are listed`,
    async () => (await findingItems(p.pane).count()) === expectedItems,
    30000
  );
}

// ---------------------------------------------------------------------------------------------

test("the preview boots: fake Office installed before the pane, onReady resolves, the sample in the grid", async () => {
  const p = await open();
  const ready = await p.page.evaluate(async () => {
    const office = (window as unknown as { Office: { onReady(): Promise<{ host: string }> } })
      .Office;
    const info = await office.onReady();
    return {
      host: info.host,
      hasRun: typeof (window as unknown as { Excel?: { run?: unknown } }).Excel?.run === "function",
    };
  });
  expect(ready).toEqual({ host: "Excel", hasRun: true });
  expect(new URL(p.page.url()).searchParams.get("host")).toBe("fake");
  await p.pane.getByText("Chế độ xem thử").waitFor();
  expect(await p.grid.activeSheet()).toBe("Biểu 06a");
  const tabs = await p.page.locator(".wb-tabs").getByRole("tab").allInnerTexts();
  expect(tabs).toEqual(["Biểu 06a", "Đánh giá", "Phiếu đánh giá", "Thuyết minh"]);
  expect(await p.grid.text("C19")).toBe("31");
  expect(await p.grid.text("C62")).toBe("85");
  expect(await p.grid.text("B34")).toBe("Lĩnh vực Lâm nghiệp");
  // Formula cells show their (recalculated) value, the formula in the tooltip and the bar.
  await p.grid.showSheet("Đánh giá");
  const formulas = await p.page.locator("table.grid td[data-formula]").count();
  if (formulas > 0) {
    const first = p.page.locator("table.grid td[data-formula]").first();
    expect(await first.getAttribute("title")).toContain("Công thức: =");
    await first.click();
    // The bar follows the selection after React's next render: wait for it, then read it.
    const bar = await p.grid.formulaBar().elementHandle();
    await p.page
      .waitForFunction((el) => (el as HTMLInputElement).value.startsWith("="), bar, {
        timeout: 5000,
      })
      .catch(() => undefined);
    expect(await p.grid.formulaBar().inputValue()).toMatch(/^=/);
  }
  await shot(p.page, "e2e-0-boot");
});

test("the grid is a small Excel: typing a value or a formula recalculates dependants", async () => {
  const p = await open();
  await p.grid.type("C19", "=SUM(D19:F19)");
  expect(await p.grid.attr("C19", "data-formula")).toBe("=SUM(D19:F19)");
  expect(await p.grid.text("C19")).toBe("31");
  await p.grid.type("D19", "29");
  await until("C19 is recalculated", async () => (await p.grid.text("C19")) === "29");
  expect(await p.grid.nameBox().inputValue()).toBe("D20"); // Enter writes and moves down, as in Excel
});

test("(a) Kiểm tra: two warnings (B34 duplicate, C3 period), 0 errors, amber marks and notes; Xóa đánh dấu lifts them", async () => {
  const p = await open();
  await runCheck(p, 2);
  const items = findingItems(p.pane);
  const b34 = items.filter({ hasText: "Biểu 06a!B34" });
  const c3 = items.filter({ hasText: "Biểu 06a!C3" });
  expect(await b34.count()).toBe(1);
  expect(await c3.count()).toBe(1);
  expect(await b34.innerText()).toContain("Lâm nghiệp");
  expect(await c3.innerText()).toMatch(/Kỳ báo cáo 01\/01\/2024 – 14\/03\/2024/);

  // Marks in the simulated grid: amber fills and our notes, nothing red anywhere.
  await until(
    "B34 and C3 are amber",
    async () =>
      (await p.grid.attr("B34", "data-fill")) === AMBER &&
      (await p.grid.attr("C3", "data-fill")) === AMBER
  );
  expect(await p.grid.attr("B34", "data-note")).toMatch(/Lâm nghiệp/);
  expect(await p.grid.attr("C3", "data-note")).toMatch(/Kỳ báo cáo/);
  expect(await p.grid.cell("B34").locator(".mk-note").count()).toBe(1);
  expect(await p.grid.attr("B34", "title")).toMatch(/Ghi chú/);
  const fills = await p.grid.allFills();
  expect(Object.entries(fills).filter(([, c]) => c === RED)).toEqual([]);
  expect(
    Object.entries(fills)
      .filter(([, c]) => c === AMBER)
      .map(([a]) => a)
      .sort()
  ).toEqual(["Biểu 06a!B34", "Biểu 06a!C3"]);
  await shot(p.page, "e2e-a-check");
  await shot(p.pane, "e2e-a-check-pane");

  // Clicking a finding selects its cell in the grid.
  await b34.getByRole("button").click();
  await until("B34 is selected", async () => (await p.grid.nameBox().inputValue()) === "B34");
  expect(await p.grid.formulaBar().inputValue()).toBe("Lĩnh vực Lâm nghiệp");

  // The README's screenshot: pane and grid after Kiểm tra, B34 selected (kept under 200 KB).
  await p.page.setViewportSize({ width: 1200, height: 830 });
  await b34.getByRole("button").click();
  await p.page.waitForTimeout(300);
  const readme = await shot(p.page, "preview-after-check");
  if (process.env.E2E_DOCS_SCREENSHOT === "1") {
    const docs = path.join(ROOT, "docs", "screenshot-taskpane.png");
    fs.copyFileSync(readme, docs);
    expect(fs.statSync(docs).size).toBeLessThan(200 * 1024);
  }

  await paneButton(p.pane, "Xóa đánh dấu").click();
  await until(
    "the marks are lifted",
    async () =>
      (await p.grid.attr("B34", "data-fill")) === null &&
      (await p.grid.attr("C3", "data-fill")) === null
  );
  expect(await p.grid.attr("B34", "data-note")).toBeNull();
  expect(Object.values(await p.grid.allFills()).filter((c) => c === AMBER || c === RED)).toEqual(
    []
  );
  await shot(p.page, "e2e-a-cleared");
});

test("(b) Điền số liệu: Xem trước writes nothing, then formulas, total row and percentages; Hoàn tác restores", async () => {
  const p = await open();
  await paneTab(p.pane, "Điền số liệu").click();
  await paneButton(p.pane, "Xem trước").click();
  // Said as the form says it: the cell, and its columns by number (issue 16 point 5).
  const c10 = p.pane
    .getByRole("row")
    .filter({ has: p.page.getByRole("cell", { name: "C10", exact: true }) });
  await c10.waitFor({ timeout: 30000 });
  expect(await c10.innerText()).toMatch(/^C10\s+= \(4\) \+ \(5\) \+ \(6\), hiện bằng 0$/);
  expect(await p.pane.getByText(/SUM\(|→|Biểu 06a!/).count()).toBe(0);
  expect(await p.grid.attr("C10", "data-formula")).toBeNull();
  await shot(p.pane, "e2e-b-fill-preview-pane");

  await paneButton(p.pane, "Điền số liệu").click();
  await until(
    "C10 holds =SUM(D10:F10)",
    async () => (await p.grid.attr("C10", "data-formula")) === "=SUM(D10:F10)",
    30000
  );
  expect(await p.grid.attr("G19", "data-formula")).toBe("=SUM(H19:J19)");
  // The total row.
  expect(await p.grid.attr("C62", "data-formula")).toBe("=SUM(C10:C61)");
  expect(await p.grid.text("C62")).toBe("85");
  expect(await p.grid.attr("G62", "data-formula")).toBe("=SUM(G10:G61)");
  expect(await p.grid.text("G62")).toBe("82");
  // The percentage block beside the form (column O on): 0.0% formulas with their values.
  expect(await p.grid.text("O6")).toMatch(/Tỷ lệ/);
  expect(await p.grid.attr("O62", "data-formula")).toBe('=IF(G62=0,"",H62/G62)');
  expect(await p.grid.attr("O62", "data-format")).toBe("0.0%");
  expect(await p.grid.text("O62")).toBe("73,2%");
  expect(await p.grid.text("Q19")).toBe("0,0%");
  const percentCells = await p.page.locator('table.grid td[data-format="0.0%"]').count();
  expect(percentCells).toBeGreaterThanOrEqual(6 * 53);
  // Show the total row and the percentages: the formula bar holds the formula.
  await p.grid.cell("O62").click();
  expect(await p.grid.formulaBar().inputValue()).toBe('=IF(G62=0,"",H62/G62)');
  await shot(p.page, "e2e-b-filled");

  await paneButton(p.pane, "Hoàn tác").click();
  await until(
    "C10 is a plain 0 again",
    async () => (await p.grid.attr("C10", "data-formula")) === null,
    30000
  );
  expect(await p.grid.text("C10")).toBe("0");
  expect(await p.grid.attr("C62", "data-formula")).toBeNull();
  expect(await p.grid.text("C62")).toBe("85");
  expect(await p.grid.text("O6")).toBe("");
  expect(await p.grid.attr("O62", "data-formula")).toBeNull();
  expect(await p.page.locator('table.grid td[data-format="0.0%"]').count()).toBe(0);
  await shot(p.page, "e2e-b-undone");
});

test("(c) Chấm điểm: total 17,4 and Xuất sắc", async () => {
  const p = await open();
  await paneTab(p.pane, "Chấm điểm").click();
  await paneButton(p.pane, "Chấm điểm").click();
  const panel = p.pane.getByRole("tabpanel", { name: "Chấm điểm" });
  await panel.getByText("17,4").first().waitFor({ timeout: 30000 });
  await panel.getByText("Xuất sắc").first().waitFor();
  await shot(p.pane, "e2e-c-score-pane");
  await shot(p.page, "e2e-c-score");
});

test("(d) Tạo báo cáo: the .docx downloads and holds the figures", async () => {
  const p = await open();
  await paneTab(p.pane, "Tạo báo cáo").click();
  const downloaded = p.page.waitForEvent("download", { timeout: 60000 });
  await paneButton(p.pane, "Tạo báo cáo").click();
  // Fail fast with the pane's own words when it reports a problem instead of downloading.
  const problem = p.pane
    .getByText(/Không (tạo|dựng) được|Chưa tạo|Đã xảy ra lỗi|không cho phần bổ trợ lưu tệp/)
    .first();
  const outcome = await Promise.race([
    downloaded.then((d) => ({ download: d, problem: null as string | null })),
    problem
      .waitFor({ timeout: 60000 })
      .then(async () => ({ download: null, problem: await problem.innerText() })),
  ]);
  downloaded.catch(() => undefined);
  if (outcome.problem !== null || !outcome.download) {
    await shot(p.pane, "e2e-d-report-failed-pane");
    throw new Error(`Tạo báo cáo gave no download; the pane says: ${outcome.problem}`);
  }
  const download = outcome.download;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const file = path.join(tmpDir("tthc-e2e-"), download.suggestedFilename());
  await download.saveAs(file);
  const paragraphs = await docxParagraphs(fs.readFileSync(file));
  const text = paragraphs.join("\n");
  const figure = (s: string) =>
    new RegExp(`(^|[^\\d,])${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\d,])`, "m");
  for (const f of ["85", "82", "73,2%", "17,4", "78,6%"]) expect(text).toMatch(figure(f));
  expect(text).toContain("Xuất sắc");
  expect(paragraphs.some((para) => /\b85 hồ sơ/.test(para))).toBe(true);
  expect(paragraphs.some((para) => /82 hồ sơ/.test(para) && /73,2%/.test(para))).toBe(true);
  await shot(p.pane, "e2e-d-report-pane");
});

test("(e) a workbook with a 06a error: the error is listed, marked red, and clicking it selects the cell", async () => {
  // The sample with (4) of row 19 changed: (3) = 31 but (4)+(5)+(6) = 29.
  const dir = tmpDir("tthc-e2e-");
  const file = path.join(dir, "bao-cao-co-loi.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_XLSX);
  wb.getWorksheet("Biểu 06a")!.getCell("D19").value = 29;
  await wb.xlsx.writeFile(file);

  const p = await open();
  await p.page.getByLabel("Mở tệp .xlsx…").setInputFiles(file);
  await p.page.locator(".wb-file", { hasText: "bao-cao-co-loi.xlsx" }).waitFor({ timeout: 30000 });
  await p.page.locator("table.grid").waitFor();
  expect(await p.grid.text("D19")).toBe("29");

  // Look elsewhere first, so that selecting the finding has to move.
  await p.grid.showSheet("Đánh giá");
  await paneTab(p.pane, "Kiểm tra").click();
  await paneButton(p.pane, "Kiểm tra").click();
  const item = findingItems(p.pane).filter({ hasText: "Biểu 06a!C19" });
  await item.waitFor({ timeout: 30000 });
  expect(await item.innerText()).toContain("(3) = 31 nhưng (4)+(5)+(6) = 29");
  const fills = await p.grid.allFills();
  expect(fills["Biểu 06a!C19"]).toBe(RED);

  await item.getByRole("button").click();
  await until(
    "C19 is selected on Biểu 06a",
    async () =>
      (await p.grid.activeSheet()) === "Biểu 06a" && (await p.grid.nameBox().inputValue()) === "C19"
  );
  expect(await p.grid.attr("C19", "data-selected")).toBe("true");
  expect(await p.grid.attr("C19", "data-fill")).toBe(RED);
  expect(await p.grid.attr("C19", "data-note")).toContain("(3) = 31 nhưng (4)+(5)+(6) = 29");
  await shot(p.page, "e2e-e-error-selected");
});

test("(f) at 320 px the pane has no horizontal scroll, on every view (with its results shown)", async () => {
  const p = await open({ pane: 320, viewport: { width: 1100, height: 860 } });
  // 320 px for the pane's page (its border is the preview's chrome, outside).
  expect(await p.pane.evaluate((el) => getComputedStyle(el).width)).toBe("320px");
  const tabs = await p.pane.getByRole("tab").allInnerTexts();
  expect(tabs).toEqual([
    "Bắt đầu",
    "Kiểm tra",
    "Điền số liệu",
    "Chấm điểm",
    "Tạo báo cáo",
    "Tạo biểu mẫu",
    "Tổng hợp",
  ]);
  // Each view with what it shows after its (non-destructive) action, where the view exists.
  const views: { tab: string; slug: string; action?: () => Promise<void> }[] = [
    { tab: "Bắt đầu", slug: "start" },
    { tab: "Kiểm tra", slug: "check", action: () => runCheck(p, 2) },
    {
      tab: "Điền số liệu",
      slug: "fill",
      action: async () => {
        await paneButton(p.pane, "Xem trước").click();
        await p.pane.getByText("= (4) + (5) + (6)").first().waitFor({ timeout: 30000 });
      },
    },
    {
      tab: "Chấm điểm",
      slug: "score",
      action: async () => {
        await paneButton(p.pane, "Chấm điểm").click();
        await p.pane
          .getByRole("tabpanel", { name: "Chấm điểm" })
          .getByText("Xuất sắc")
          .first()
          .waitFor({ timeout: 30000 });
      },
    },
    { tab: "Tạo báo cáo", slug: "report" },
    { tab: "Tạo biểu mẫu", slug: "forms" },
    { tab: "Tổng hợp", slug: "rollup" },
  ];
  const problems: string[] = [];
  for (const v of views) {
    await paneTab(p.pane, v.tab).click();
    if (v.action) await v.action();
    await p.page.waitForTimeout(150);
    const m = await p.pane.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const wide = [...el.querySelectorAll("*")]
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return (
            r.width > 0 && r.right > box.right + 0.5 && (e as HTMLElement).offsetParent !== null
          );
        })
        .slice(0, 5)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""} "${(e.textContent ?? "").trim().slice(0, 30)}"`
        );
      return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, wide };
    });
    if (m.scrollWidth > m.clientWidth)
      problems.push(
        `${v.tab}: scrollWidth ${m.scrollWidth} > clientWidth ${m.clientWidth}; sticking out: ${m.wide.join(", ")}`
      );
    await shot(p.pane, `e2e-f-320-${v.slug}`);
  }
  expect(problems).toEqual([]);
});

test("(g) Tạo biểu mẫu adds the four sheets; Hoàn tác removes them", async () => {
  const p = await open();
  await paneTab(p.pane, "Tạo biểu mẫu").click();
  const unit = p.pane.getByRole("textbox", { name: "Tên đơn vị" });
  if ((await unit.count()) > 0) await unit.fill("UBND phường Phú Sơn");
  const before = await p.page.locator(".wb-tabs").getByRole("tab").count();
  await paneButton(p.pane, "Tạo biểu mẫu").click();
  await until(
    "new sheets appear",
    async () => (await p.page.locator(".wb-tabs").getByRole("tab").count()) >= before + 4,
    30000
  );
  await p.grid.showSheet("Biểu 06a (2)");
  await shot(p.page, "e2e-g-forms");
  await paneButton(p.pane, "Hoàn tác").click();
  await until(
    "the new sheets are gone",
    async () => (await p.page.locator(".wb-tabs").getByRole("tab").count()) === before,
    30000
  );
});

test("(h) on ExcelApi 1.10 (no notes) the marks carry comments; on 1.9 fills only, the list keeps the messages", async () => {
  const p = await open();
  const api = p.page.getByLabel("Phiên bản ExcelApi mô phỏng");
  await api.selectOption("1.10");
  await runCheck(p, 2);
  await until("B34 is amber", async () => (await p.grid.attr("B34", "data-fill")) === AMBER);
  expect(await p.grid.attr("B34", "data-note")).toBeNull();
  expect(await p.grid.attr("B34", "data-comment")).toMatch(/Lâm nghiệp/);
  expect(await p.grid.cell("B34").locator(".mk-comment").count()).toBe(1);
  await shot(p.page, "e2e-h-api-1.10-comments");

  await paneButton(p.pane, "Xóa đánh dấu").click();
  await until(
    "the marks are lifted",
    async () =>
      (await p.grid.attr("B34", "data-comment")) === null &&
      (await p.grid.attr("B34", "data-fill")) === null
  );
  await api.selectOption("1.9");
  await paneButton(p.pane, "Kiểm tra").click();
  await until("B34 is amber again", async () => (await p.grid.attr("B34", "data-fill")) === AMBER);
  expect(await p.grid.attr("B34", "data-note")).toBeNull();
  expect(await p.grid.attr("B34", "data-comment")).toBeNull();
  expect(await findingItems(p.pane).filter({ hasText: "Biểu 06a!B34" }).innerText()).toContain(
    "Lâm nghiệp"
  );
});

/** Sticking-out elements of the pane (none at 320 px): "" when it fits. */
async function overflow(p: Preview): Promise<string> {
  return p.pane.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const wide = [...el.querySelectorAll("*")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > box.right + 0.5 && (e as HTMLElement).offsetParent !== null;
      })
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? "").trim().slice(0, 30)}"`);
    return el.scrollWidth > el.clientWidth
      ? `scrollWidth ${el.scrollWidth} > ${el.clientWidth}: ${wide.join(", ")}`
      : "";
  });
}

test("(i) Tổng hợp, 320 px: 3 units' files (one TCVN3), a bad one; district sheets with summed totals; Hoàn tác removes them", async () => {
  const dir = tmpDir("tthc-e2e-rollup-");
  const units: (UnitOptions & { file: string })[] = [
    { file: "phuong-ba-dinh.xlsx", unit: "UBND phường Ba Đình", seed: 1 },
    {
      file: "phuong-lam-son.xlsx",
      unit: "UBND phường Lam Sơn",
      seed: 2,
      extraField: "Lĩnh vực Thử nghiệm riêng",
      wrongFirstRow: true,
    },
    {
      file: "xa-quang-trung.xlsx",
      unit: "UBND xã Quang Trung",
      seed: 3,
      tcvn3: true,
      period: Q4_2023,
    },
  ];
  const paths: string[] = [];
  for (const u of units) {
    const f = path.join(dir, u.file);
    fs.writeFileSync(f, await unitXlsx(u));
    paths.push(f);
  }
  const bad = path.join(dir, "bao-cao-cu.xls");
  fs.writeFileSync(bad, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));

  const p = await open({ pane: 320, viewport: { width: 1100, height: 900 } });
  const before = await p.page.locator(".wb-tabs").getByRole("tab").allInnerTexts();
  await paneTab(p.pane, "Tổng hợp").click();
  await shot(p.pane, "e2e-i-rollup-320-empty");
  await p.pane.getByRole("textbox", { name: "Đơn vị tổng hợp" }).fill("UBND thị xã Bỉm Sơn");
  await p.pane
    .getByLabel("Tệp báo cáo của các đơn vị (.xlsx, hoặc .xls xuất từ phần mềm một cửa)", {
      exact: true,
    })
    .setInputFiles([...paths, bad]);
  await p.pane.getByText("Đã chọn 4 tệp:").waitFor();
  await shot(p.pane, "e2e-i-rollup-320-chosen");
  // Hold the third file's bytes back, to see the progress while it is read.
  await p.page.evaluate(() => {
    const w = window as unknown as { __release?: () => void };
    const original = File.prototype.arrayBuffer;
    const gate = new Promise<void>((resolve) => (w.__release = resolve));
    let calls = 0;
    File.prototype.arrayBuffer = async function (this: File) {
      if (++calls === 3) await gate;
      return original.call(this);
    };
  });
  await paneButton(p.pane, "Tổng hợp").click();
  await p.pane.getByText("3/4 xa-quang-trung.xlsx").waitFor({ timeout: 30000 });
  expect(await p.pane.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.5");
  await shot(p.pane, "e2e-i-rollup-320-progress");
  await p.page.evaluate(() => (window as unknown as { __release: () => void }).__release());
  // A file left out, a unit with errors and one with another period: a warning, not a success.
  await p.pane
    .getByText(
      /^Đã tổng hợp, nhưng cần xem lại: 1 đơn vị khác kỳ báo cáo; 1 tệp không đọc được; 1 đơn vị có lỗi số liệu\./
    )
    .waitFor({ timeout: 60000 });

  // The new sheets, after the workbook's own, the district Biểu 06a shown.
  const tabs = await p.page.locator(".wb-tabs").getByRole("tab").allInnerTexts();
  expect(tabs).toEqual([
    ...before,
    "Biểu 06a (2)",
    "Theo đơn vị",
    "Đánh giá theo đơn vị",
    "Tổng hợp lỗi",
    "Tên gọi khác của lĩnh vực",
  ]);
  expect(await p.grid.activeSheet()).toBe("Biểu 06a (2)");
  // The total row holds =SUM formulas whose values are the units' sums.
  const totalLabel = p.page.locator("table.grid td", { hasText: /^Tổng cộng$/ }).first();
  const row = Number((await totalLabel.getAttribute("data-address"))!.replace(/^[A-Z]+/, ""));
  const expected = Object.fromEntries(
    COUNT_KEYS.map((k) => [k, units.reduce((sum, u) => sum + unitTotals(u)[k], 0)])
  );
  expect(expected.received).toBeGreaterThan(0);
  expect(expected.received).toBeLessThan(1000); // shown as typed, no thousands separator
  const cols = ["C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"];
  for (let i = 0; i < cols.length; i++) {
    expect([cols[i], await p.grid.text(`${cols[i]}${row}`)]).toEqual([
      cols[i],
      String(expected[COUNT_KEYS[i]]),
    ]);
    expect(await p.grid.attr(`${cols[i]}${row}`, "data-formula")).toMatch(/^=SUM\(/);
  }
  expect(
    await p.page.locator("table.grid td", { hasText: "UBND thị xã Bỉm Sơn" }).count()
  ).toBeGreaterThan(0);

  // What the pane says: the summary, the bad file with its reason, the unit with errors, the period.
  const panel = p.pane.getByRole("tabpanel", { name: "Tổng hợp" });
  await panel.getByText("Đọc được 3/4 tệp.").waitFor();
  await panel
    .getByText(/bao-cao-cu\.xls/)
    .first()
    .waitFor();
  await panel.getByText(/Định dạng Excel cũ \(\.xls\)/).waitFor();
  await panel.getByText("1 đơn vị có lỗi số liệu:").waitFor();
  await panel.getByText("1 đơn vị khác kỳ báo cáo của đa số:").waitFor();
  await panel.getByText(/Lĩnh vực: 12 khớp danh mục, 1 không khớp/).waitFor();
  await panel.getByText(/Biểu 06a tổng hợp \(trang “Biểu 06a \(2\)”\): không có lỗi\./).waitFor();
  expect(await overflow(p)).toBe("");
  await p.page.setViewportSize({ width: 1100, height: 1700 });
  await shot(p.pane, "e2e-i-rollup-320-done");
  await p.page.setViewportSize({ width: 1100, height: 900 });
  await shot(p.page, "e2e-i-rollup-grid");

  await p.grid.showSheet("Theo đơn vị");
  await shot(p.page, "e2e-i-rollup-by-unit");

  await paneButton(p.pane, "Hoàn tác").click();
  await until(
    "the district sheets are gone",
    async () =>
      (await p.page.locator(".wb-tabs").getByRole("tab").allInnerTexts()).join("|") ===
      before.join("|"),
    30000
  );
});

test("(j) TCVN3 file, 320 px: Kiểm tra says so once; Chuyển mã sang Unicode: Unicode in Times New Roman; Hoàn tác restores", async () => {
  // The sample with every text cell in TCVN3 and .VnTime fonts (as test/cli/convert.test.ts builds it).
  const dir = tmpDir("tthc-e2e-");
  const file = path.join(dir, "bao-cao-tcvn3.xlsx");
  const book = buildSampleWorkbook();
  book.eachSheet((ws) =>
    ws.eachRow((r) =>
      r.eachCell((cell) => {
        if (typeof cell.value !== "string" || (cell.isMerged && cell.master !== cell)) return;
        const text = cell.value;
        const hFont =
          /^[^a-zà-ỹđ]*$/.test(text) && /[À-Ỹ]/.test(text) && /^(NGƯỜI|KT\.|PHÓ)/.test(text);
        cell.value = unicodeToLegacy(hFont ? text.toLowerCase() : text, "tcvn3");
        cell.style = {
          ...cell.style,
          font: { ...(cell.font ?? {}), name: hFont ? ".VnTimeH" : ".VnTime" },
        };
      })
    )
  );
  await book.xlsx.writeFile(file);

  const p = await open({ pane: 320, viewport: { width: 1100, height: 900 } });
  await p.page.getByLabel("Mở tệp .xlsx…").setInputFiles(file);
  await p.page.locator(".wb-file", { hasText: "bao-cao-tcvn3.xlsx" }).waitFor({ timeout: 30000 });
  await p.page.locator("table.grid").waitFor();
  const legacyC6 = unicodeToLegacy("Số hồ sơ nhận giải quyết", "tcvn3");
  expect(await p.grid.text("C6")).toBe(legacyC6);
  expect(await p.grid.attr("C6", "data-font")).toBe(".VnTime");

  await runCheck(p, 2);
  const panel = p.pane.getByRole("tabpanel", { name: "Kiểm tra" });
  expect(await panel.getByText(/bảng mã cũ TCVN3 \(ABC\), phông \.VnTime/).count()).toBe(1);
  expect(await findingItems(p.pane).filter({ hasText: "Biểu 06a!B34" }).innerText()).toContain(
    "Lâm nghiệp"
  );
  expect(await overflow(p)).toBe("");
  await shot(p.pane, "e2e-j-legacy-320-check");

  await paneButton(p.pane, "Chuyển mã sang Unicode").click();
  await panel
    .getByText(/^Đã chuyển \d+ ô chữ sang Unicode và đổi phông \d+ ô sang Times New Roman/)
    .waitFor({ timeout: 30000 });
  await until(
    "C6 reads in Unicode",
    async () => (await p.grid.text("C6")) === "Số hồ sơ nhận giải quyết"
  );
  expect(await p.grid.attr("C6", "data-font")).toBe("Times New Roman");
  expect(await p.grid.text("B34")).toBe("Lĩnh vực Lâm nghiệp");
  expect(
    await panel.getByRole("button", { name: "Chuyển mã sang Unicode", exact: true }).count()
  ).toBe(0);
  expect(await overflow(p)).toBe("");
  await shot(p.pane, "e2e-j-legacy-320-converted");
  await shot(p.page, "e2e-j-legacy-converted");

  await panel.getByRole("button", { name: "Hoàn tác", exact: true }).click();
  await until("C6 is back in TCVN3", async () => (await p.grid.text("C6")) === legacyC6, 30000);
  expect(await p.grid.attr("C6", "data-font")).toBe(".VnTime");
  await panel.getByRole("button", { name: "Chuyển mã sang Unicode", exact: true }).waitFor();
  await shot(p.pane, "e2e-j-legacy-320-undone");
});
