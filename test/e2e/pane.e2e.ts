// Browser tests of issue 16 ("the task pane for someone who uses it once a quarter"): each of its
// ten points, on the preview page (the real pane on the fake Excel) and on the built taskpane.html.
// Every test here fails on the pane as it was before issue 16 (see the comment over each).
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";
import {
  ROOT,
  baseUrl,
  findingItems,
  launch,
  openPreview,
  paneButton,
  paneTab,
  shot,
  tmpDir,
  until,
  type OpenOptions,
  type Preview,
} from "./helpers";
import { unitXlsx } from "../taskpane/units";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measure } = require(path.join(ROOT, "bench", "startup-size.js")) as {
  measure(dir: string): { initialGzKb: number; goalKb: number };
};

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
    const { errors } = preview;
    await preview.close();
    preview = null;
    expect(errors).toEqual([]);
  }
});

async function open(opts?: OpenOptions): Promise<Preview> {
  preview = await openPreview(browser, opts);
  return preview;
}

const panel = (p: Preview, name: string): Locator => p.pane.getByRole("tabpanel", { name });

/** Open a workbook file in the preview (its "Mở tệp .xlsx…" input). */
async function openFile(p: Preview, file: string): Promise<void> {
  await p.page.getByLabel("Mở tệp .xlsx…").setInputFiles(file);
  await p.page.locator(".wb-file", { hasText: path.basename(file) }).waitFor({ timeout: 30000 });
  await p.page.locator("table.grid").waitFor();
}

/** A workbook with no Biểu 06a: a staff list. */
async function noFormXlsx(): Promise<string> {
  const file = path.join(tmpDir("tthc-e2e-noform-"), "danh-sach-can-bo.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["STT", "Họ và tên", "Chức vụ"]);
  ws.addRow([1, "Nguyễn Văn An", "Công chức Tư pháp – Hộ tịch"]);
  ws.addRow([2, "Lê Thị Bình", "Công chức Văn phòng – Thống kê"]);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The text of the element that has the focus, and its role. */
async function focused(
  page: Page
): Promise<{ tag: string; role: string | null; text: string; inPane: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      role: el?.getAttribute("role") ?? null,
      text: (el?.innerText ?? "").trim(),
      inPane: !!el && !!document.getElementById("pane")?.contains(el),
    };
  });
}

/** Press Tab (or Shift+Tab) until the focus is on `match`; keyboard only. */
async function tabTo(
  page: Page,
  what: string,
  match: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  back = false
): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}
const button = (name: string) => (f: Awaited<ReturnType<typeof focused>>) =>
  f.tag === "button" && f.role !== "tab" && f.text === name;

/** Keyboard only: back to the tab bar, arrows to `name`, Enter. */
async function keyTab(page: Page, name: string): Promise<void> {
  await tabTo(page, "the tab bar", (f) => f.role === "tab", true);
  for (let i = 0; i < 8 && (await focused(page)).text !== name; i++)
    await page.keyboard.press("ArrowRight");
  expect((await focused(page)).text).toBe(name);
  await page.keyboard.press("Enter");
}

// ---------------------------------------------------------------------------------------------

// Point 1. Before: Kiểm tra showed grey "0 lỗi" / "0 cảnh báo", and Xem trước said in bold "Không
// có ô nào cần điền: biểu đã đủ công thức và số liệu" on a workbook without a Biểu 06a.
test("(16.1) a workbook without a Biểu 06a: no counts, no 'đủ', a pointer to Tạo biểu mẫu in Bắt đầu, Kiểm tra, Điền số liệu", async () => {
  const p = await open({ pane: 320, viewport: { width: 1100, height: 900 } });
  await openFile(p, await noFormXlsx());

  const start = panel(p, "Bắt đầu");
  await paneButton(p.pane, "Cập nhật trạng thái").click();
  await start.getByText(/Sổ làm việc này chưa có Biểu 06a/).waitFor({ timeout: 30000 });
  expect(await start.locator('li[data-state="done"]').count()).toBe(0);

  await paneTab(p.pane, "Kiểm tra").click();
  await paneButton(p.pane, "Kiểm tra").click();
  const check = panel(p, "Kiểm tra");
  await check.getByText(/Sổ làm việc này chưa có Biểu 06a/).waitFor({ timeout: 30000 });
  expect(await check.getByText(/^\d+ lỗi$|^\d+ cảnh báo$|Không có lỗi/).count()).toBe(0);
  await shot(p.pane, "e2e-16-1-noform-check");

  await paneTab(p.pane, "Điền số liệu").click();
  await paneButton(p.pane, "Xem trước").click();
  const fill = panel(p, "Điền số liệu");
  await fill.getByText(/Sổ làm việc này chưa có Biểu 06a/).waitFor({ timeout: 30000 });
  expect(await fill.getByText(/Không có ô nào cần điền|đủ công thức/).count()).toBe(0);

  // The pointer leads to Tạo biểu mẫu, focus on its panel.
  await fill.getByRole("button", { name: "Mở thẻ Tạo biểu mẫu" }).click();
  expect(await paneTab(p.pane, "Tạo biểu mẫu").getAttribute("aria-selected")).toBe("true");
  await until(
    "the Tạo biểu mẫu panel has the focus",
    async () => (await p.page.evaluate(() => document.activeElement?.id)) === "panel-forms"
  );
});

// Point 2. Before: one ward sent three times was a green "Đã thêm các trang" with "Không đơn vị
// nào có lỗi số liệu"; the duplicate was only in a small line under "Lưu ý khác".
test("(16.2) a roll-up that counts one ward three times is a warning: amber headline naming the duplicate", async () => {
  const dir = tmpDir("tthc-e2e-dup-");
  const files: string[] = [];
  for (const name of ["phu-son.xlsx", "phu-son-ban-sua.xlsx", "phu-son-lan-3.xlsx"]) {
    const f = path.join(dir, name);
    fs.writeFileSync(f, await unitXlsx({ unit: "UBND phường Phú Sơn", seed: 1 }));
    files.push(f);
  }
  const p = await open({ pane: 320, viewport: { width: 1100, height: 900 } });
  await paneTab(p.pane, "Tổng hợp").click();
  await p.pane
    .getByLabel("Tệp báo cáo của các đơn vị (.xlsx, hoặc .xls xuất từ phần mềm một cửa)", {
      exact: true,
    })
    .setInputFiles(files);
  await paneButton(p.pane, "Tổng hợp").click();
  const rollup = panel(p, "Tổng hợp");
  const headline = rollup.getByText(
    /^Đã tổng hợp, nhưng cần xem lại: 1 đơn vị có nhiều tệp \(bị cộng nhiều lần\)\./
  );
  await headline.waitFor({ timeout: 60000 });
  expect(await rollup.getByText(/^Đã thêm các trang:/).count()).toBe(0);
  // The headline's bar is a warning (Fluent's warning icon colour), not a success.
  const bar = rollup.locator(".fui-MessageBar", { hasText: /^Đã tổng hợp, nhưng cần xem lại/ });
  const icon = await bar
    .locator(".fui-MessageBar__icon")
    .evaluate((el) => getComputedStyle(el).color);
  const success = await p.page.evaluate(() =>
    getComputedStyle(document.querySelector(".fui-FluentProvider")!)
      .getPropertyValue("--colorStatusSuccessForeground1")
      .trim()
  );
  const warning = await p.page.evaluate(() =>
    getComputedStyle(document.querySelector(".fui-FluentProvider")!)
      .getPropertyValue("--colorStatusWarningForeground3")
      .trim()
  );
  const rgb = (hex: string) =>
    `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
  expect(icon).not.toBe(rgb(success));
  expect(icon).toBe(rgb(warning));
  await rollup.getByText(/UBND phường Phú Sơn có 3 tệp/).waitFor();
  await shot(p.pane, "e2e-16-2-duplicate-rollup");
});

// Point 3. Before: Enter on Kiểm tra (or Tạo báo cáo, …) disabled the button while it ran and the
// focus fell to <body>; the next Tab started over from the top of the page.
describe.each([320, 350, 800])(
  "(16.3) at %i px the focus stays on each button after Enter",
  (width) => {
    test("Kiểm tra, Xóa đánh dấu, Xem trước, Điền số liệu, Hoàn tác, Chấm điểm, Điền bảng đánh giá, Tạo báo cáo", async () => {
      const p = await open({ pane: width, viewport: { width: width + 700, height: 900 } });
      const steps: { tab: string; button: string; done: () => Promise<unknown> }[] = [
        {
          tab: "Kiểm tra",
          button: "Kiểm tra",
          done: () =>
            until("findings", async () => (await findingItems(p.pane).count()) === 2, 30000),
        },
        {
          tab: "Kiểm tra",
          button: "Xóa đánh dấu",
          done: () => p.pane.getByText(/^Đã xóa đánh dấu/).waitFor({ timeout: 30000 }),
        },
        {
          tab: "Điền số liệu",
          button: "Xem trước",
          done: () => p.pane.getByText(/^Sẽ điền/).waitFor({ timeout: 30000 }),
        },
        {
          tab: "Điền số liệu",
          button: "Điền số liệu",
          done: () => p.pane.getByText(/^Đã điền \d+ ô/).waitFor({ timeout: 30000 }),
        },
        {
          tab: "Điền số liệu",
          button: "Hoàn tác",
          done: () => p.pane.getByText(/^Đã hoàn tác/).waitFor({ timeout: 30000 }),
        },
        {
          tab: "Chấm điểm",
          button: "Chấm điểm",
          done: () =>
            panel(p, "Chấm điểm").getByText("Xuất sắc").first().waitFor({ timeout: 30000 }),
        },
        {
          tab: "Chấm điểm",
          button: "Điền bảng đánh giá",
          done: () =>
            panel(p, "Chấm điểm")
              .getByText(/bảng đánh giá/)
              .first()
              .waitFor({ timeout: 30000 }),
        },
        {
          tab: "Tạo báo cáo",
          button: "Tạo báo cáo",
          done: () => p.page.waitForEvent("download", { timeout: 60000 }),
        },
      ];
      for (const s of steps) {
        await paneTab(p.pane, s.tab).click();
        const b = paneButton(p.pane, s.button);
        await b.focus();
        const done = s.done();
        await p.page.keyboard.press("Enter");
        await done;
        await p.page.waitForTimeout(100);
        const f = await focused(p.page);
        expect([width, s.button, f.tag, f.text]).toEqual([width, s.button, "button", s.button]);
      }
    });
  }
);

// Point 4. Before: the six tabs wrapped to two rows and scrolled away with the view; Chấm điểm was
// about 1,200 px tall at 320 px, so changing step meant scrolling back up.
test("(16.4) at 320 px the tab bar stays visible at the bottom of the longest view, and no view is taller than 1,000 px", async () => {
  const p = await open({ pane: 320, viewport: { width: 1100, height: 700 } });
  const heights: Record<string, number> = {};
  const actions: Record<string, () => Promise<void>> = {
    "Kiểm tra": async () => {
      await paneButton(p.pane, "Kiểm tra").click();
      await until("findings", async () => (await findingItems(p.pane).count()) === 2, 30000);
    },
    "Điền số liệu": async () => {
      await paneButton(p.pane, "Xem trước").click();
      await p.pane.getByText(/^Sẽ điền/).waitFor({ timeout: 30000 });
    },
    "Chấm điểm": async () => {
      await paneButton(p.pane, "Chấm điểm").click();
      await panel(p, "Chấm điểm").getByText("Xuất sắc").first().waitFor({ timeout: 30000 });
    },
  };
  const tabs = await p.pane.getByRole("tab").allInnerTexts();
  for (const t of tabs) {
    await paneTab(p.pane, t).click();
    await actions[t]?.();
    heights[t] = await panel(p, t).evaluate((el) => el.getBoundingClientRect().height);
  }
  const longest = Object.entries(heights).sort((a, b) => b[1] - a[1])[0];
  expect(longest[1]).toBeLessThanOrEqual(1000);
  await paneTab(p.pane, longest[0]).click();
  await p.pane.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await p.page.waitForTimeout(200);
  expect(await p.pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  const bar = p.pane.getByRole("tablist", { name: "Chức năng" });
  const paneBox = (await p.pane.boundingBox())!;
  const barBox = (await bar.boundingBox())!;
  expect(barBox.y).toBeGreaterThanOrEqual(paneBox.y - 0.5);
  expect(barBox.y + barBox.height).toBeLessThanOrEqual(paneBox.y + paneBox.height);
  // Not only laid out there: on top, clickable.
  const hit = await p.page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="tablist"]') !== null,
    { x: barBox.x + 20, y: barBox.y + 8 }
  );
  expect(hit).toBe(true);
  await shot(p.pane, "e2e-16-4-scrolled-320");
  await paneTab(p.pane, "Bắt đầu").click();
  expect(await paneTab(p.pane, "Bắt đầu").getAttribute("aria-selected")).toBe("true");
});

// Point 5. Before: "Mẫu của tôi (tệp .hbs)", "Biểu 06a!C10 | =SUM(D10:F10) → 0", "ghi chú (Note)".
test("(16.5) no developer words: the fill preview says 'C10 = (4) + (5) + (6)', marks say where to read them, no '.hbs'", async () => {
  const p = await open({ pane: 320, viewport: { width: 1100, height: 900 } });
  await paneTab(p.pane, "Điền số liệu").click();
  await paneButton(p.pane, "Xem trước").click();
  const fill = panel(p, "Điền số liệu");
  await fill.getByRole("cell", { name: "C10", exact: true }).waitFor({ timeout: 30000 });
  await fill.getByRole("cell", { name: "= (4) + (5) + (6), hiện bằng 0" }).first().waitFor();
  const fillText = await fill.innerText();
  expect(fillText).not.toMatch(/SUM\(|→|Biểu 06a!|\|/);

  await paneTab(p.pane, "Kiểm tra").click();
  await paneButton(p.pane, "Kiểm tra").click();
  await p.pane.getByText(/^Đã tô màu 2 ô/).waitFor({ timeout: 30000 });
  expect(await panel(p, "Kiểm tra").innerText()).not.toMatch(/\(Note\)|\(Comment\)/);

  await paneTab(p.pane, "Tạo báo cáo").click();
  expect(await panel(p, "Tạo báo cáo").innerText()).not.toMatch(/\.hbs|của tôi/);
});

// Point 6. Before: no first-run view; the pane opened on Kiểm tra.
test("(16.6) Bắt đầu opens first: the four steps in order with this workbook's state, a way to each, the user guide", async () => {
  const p = await open({ pane: 320, viewport: { width: 1100, height: 900 } });
  expect(await paneTab(p.pane, "Bắt đầu").getAttribute("aria-selected")).toBe("true");
  const start = panel(p, "Bắt đầu");
  const steps = start
    .getByRole("list", { name: "Các bước của một kỳ báo cáo" })
    .getByRole("listitem");
  await until(
    "the states are read",
    async () => (await steps.first().getAttribute("data-state")) !== "unknown",
    30000
  );
  const states = async () =>
    Promise.all(
      (await steps.all()).map(async (s) => [
        (await s.innerText()).split("\n")[0],
        await s.getAttribute("data-state"),
      ])
    );
  expect(await states()).toEqual([
    ["1", "done"],
    ["2", "todo"],
    ["3", "done"],
    ["4", "todo"],
  ]);
  expect(await steps.nth(0).innerText()).toContain("Không có lỗi; 2 cảnh báo nên xem.");
  expect(await steps.nth(1).innerText()).toMatch(/Còn \d+ ô cần điền\./);
  expect(await steps.nth(2).innerText()).toContain("Xếp loại: Xuất sắc.");
  const guide = start.getByRole("link", { name: /Hướng dẫn sử dụng/ });
  expect(await guide.getAttribute("href")).toBe("huong-dan.html");
  expect(await guide.getAttribute("target")).toBe("_blank");
  await shot(p.pane, "e2e-16-6-start");

  // Step 2 from its button; then back: the state follows the workbook.
  await start.getByRole("button", { name: "Mở Điền số liệu" }).click();
  await paneButton(p.pane, "Điền số liệu").click();
  await p.pane.getByText(/^Đã điền \d+ ô/).waitFor({ timeout: 30000 });
  await paneTab(p.pane, "Bắt đầu").click();
  await until(
    "Điền số liệu is done",
    async () => (await steps.nth(1).getAttribute("data-state")) === "done",
    30000
  );
});

// Point 7. Before: "Đã tô màu 2 ô…" stayed after Xóa đánh dấu; Hoàn tác in Tổng hợp offered to
// undo Tạo biểu mẫu.
test("(16.7) messages belong to the last action; each view's Hoàn tác undoes only its own step and says which", async () => {
  const p = await open({ pane: 320, viewport: { width: 1100, height: 900 } });
  await paneTab(p.pane, "Kiểm tra").click();
  await paneButton(p.pane, "Kiểm tra").click();
  await p.pane.getByText(/^Đã tô màu 2 ô/).waitFor({ timeout: 30000 });
  await paneButton(p.pane, "Xóa đánh dấu").click();
  await p.pane.getByText(/^Đã xóa đánh dấu/).waitFor({ timeout: 30000 });
  expect(await p.pane.getByText(/^Đã tô màu/).count()).toBe(0);

  await paneTab(p.pane, "Tạo biểu mẫu").click();
  await paneButton(p.pane, "Tạo biểu mẫu").click();
  const forms = panel(p, "Tạo biểu mẫu");
  await forms.getByText(/^Đã thêm các trang:/).waitFor({ timeout: 30000 });
  await forms.getByText("Sẽ hoàn tác: “Tạo biểu mẫu”.").waitFor();
  await paneTab(p.pane, "Tổng hợp").click();
  const rollup = panel(p, "Tổng hợp");
  expect(await rollup.getByRole("button", { name: "Hoàn tác" }).count()).toBe(0);
  await rollup.getByText(/Thay đổi gần nhất là “Tạo biểu mẫu”/).waitFor();
  await paneTab(p.pane, "Điền số liệu").click();
  expect(await panel(p, "Điền số liệu").getByRole("button", { name: "Hoàn tác" }).count()).toBe(0);
});

// Point 8. Before: figures left-aligned; "Ước tính chỉ số 1 … 1,7" unexplained beside 1,8; straight
// quotes in the Chấm điểm message; "Tải lại tệp"; the report's name twice; Tạo biểu mẫu warned
// about the existing form only after adding sheets; a missing unit name shown at the bottom.
test("(16.8) figures right, index 1 explained, curly quotes, the report named once, Tạo biểu mẫu warns first and inline", async () => {
  const p = await open({ pane: 350, viewport: { width: 1100, height: 900 } });
  await paneTab(p.pane, "Chấm điểm").click();
  await paneButton(p.pane, "Chấm điểm").click();
  const score = panel(p, "Chấm điểm");
  await score.getByText("Xuất sắc").first().waitFor({ timeout: 30000 });
  await score.getByText("Điểm từng chỉ số").click();
  const aligns = await score
    .locator("td[data-num]")
    .evaluateAll((tds) => [...new Set(tds.map((td) => getComputedStyle(td).textAlign))]);
  expect(aligns).toEqual(["right"]);
  expect(await score.innerText()).toMatch(
    /Đối chiếu: tính từ tỷ lệ hồ sơ đúng hạn của Biểu 06a, chỉ số 1 được khoảng [\d,]+ điểm/
  );

  await paneTab(p.pane, "Tạo báo cáo").click();
  const download = p.page.waitForEvent("download", { timeout: 60000 });
  await paneButton(p.pane, "Tạo báo cáo").click();
  const file = (await download).suggestedFilename();
  const report = panel(p, "Tạo báo cáo");
  await report.getByRole("link", { name: "Tải tệp xuống lần nữa" }).waitFor();
  expect((await report.innerText()).split(file).length - 1).toBe(1);

  await paneTab(p.pane, "Tạo biểu mẫu").click();
  const forms = panel(p, "Tạo biểu mẫu");
  await forms
    .getByText(/^Sổ làm việc này đã có Biểu 06a ở trang “Biểu 06a”/)
    .waitFor({ timeout: 30000 });
  const sheets = await p.page.locator(".wb-tabs").getByRole("tab").count();
  const unit = forms.getByRole("textbox", { name: "Tên đơn vị" });
  await unit.fill("");
  await paneButton(p.pane, "Tạo biểu mẫu").click();
  await until(
    "the unit field says what is missing",
    async () => (await unit.getAttribute("aria-invalid")) === "true"
  );
  const field = forms.locator(".fui-Field", { hasText: "Tên đơn vị" });
  expect(await field.innerText()).toContain("Hãy nhập tên đơn vị");
  expect(await p.page.locator(".wb-tabs").getByRole("tab").count()).toBe(sheets);

  // No straight double quotes in what the pane says.
  for (const t of ["Bắt đầu", "Kiểm tra", "Chấm điểm", "Tạo báo cáo", "Tạo biểu mẫu"]) {
    await paneTab(p.pane, t).click();
    expect([t, (await panel(p, t).innerText()).match(/"/g)]).toEqual([t, null]);
  }
});

// Point 9. Before: 189.8 KB gz up front (one taskpane.js with every view, the core and docx glue).
test("(16.9) start-up JavaScript of taskpane.html ≤ 150 KB gz (bench/startup-size.js), the views loaded on first use", async () => {
  const m = measure(path.join(ROOT, "dist"));
  expect(m.goalKb).toBe(150);
  expect(m.initialGzKb).toBeLessThanOrEqual(150);
  const p = await open({ pane: 320 });
  const loaded = () => p.requests.filter((u) => /view-score/.test(u)).length;
  expect(loaded()).toBe(0);
  await paneTab(p.pane, "Chấm điểm").click();
  await paneButton(p.pane, "Chấm điểm").waitFor();
  expect(loaded()).toBe(1);
});

// Point 10. Before: the host notice sat outside every landmark (axe "region").
const KNOWN_FALSE_POSITIVE =
  // Fluent UI's Tabster focus guards: <i tabindex="0" aria-hidden="true" data-tabster-dummy> at the
  // edges of focus groups. They pass focus on at once and are never read; axe's rule
  // aria-hidden-focus flags them (microsoft/tabster, microsoft/fluentui#27227).
  (v: { id: string; nodes: { html: string }[] }) =>
    v.id === "aria-hidden-focus" && v.nodes.every((n) => n.html.includes("data-tabster-dummy"));

async function axeProblems(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const r = await builder.analyze();
  const known = r.violations.filter(KNOWN_FALSE_POSITIVE);
  if (known.length)
    console.log(
      `[axe] known false positive, not counted: ${known.map((v) => `${v.id} on ${v.nodes.length} Tabster focus guard(s)`).join(", ")}`
    );
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "region")
    .filter((v) => !KNOWN_FALSE_POSITIVE(v))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.html.slice(0, 80)).join(" | ")}`);
}

test("(16.10) axe, 320 px: taskpane.html (notice in a landmark), each preview view; none serious but Fluent's focus guards", async () => {
  const context = await browser.newContext({
    viewport: { width: 350, height: 800 },
    locale: "vi-VN",
  });
  try {
    const page = await context.newPage();
    // Outside Office: Office.js from the CDN is blocked, the pane shows its "Đang mở ngoài Excel" notice.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${baseUrl()}taskpane.html`);
    await page.getByText("Đang mở ngoài Excel").waitFor({ timeout: 30000 });
    expect(await page.locator("header").getByText("Đang mở ngoài Excel").count()).toBe(1);
    expect(await axeProblems(page)).toEqual([]);
  } finally {
    await context.close();
  }
  const p = await open({ pane: 320, viewport: { width: 1100, height: 900 } });
  const problems: string[] = [];
  for (const t of await p.pane.getByRole("tab").allInnerTexts()) {
    await paneTab(p.pane, t).click();
    if (t === "Kiểm tra") {
      await paneButton(p.pane, "Kiểm tra").click();
      await until("findings", async () => (await findingItems(p.pane).count()) === 2, 30000);
    }
    if (t === "Chấm điểm") {
      await paneButton(p.pane, "Chấm điểm").click();
      await panel(p, t).getByText("Xuất sắc").first().waitFor({ timeout: 30000 });
    }
    await p.page.waitForTimeout(200);
    for (const x of await axeProblems(p.page, "#pane")) problems.push(`${t}: ${x}`);
  }
  expect(problems).toEqual([]);
});

// The whole quarter with the keyboard alone, at 320 px. Before: the findings hint said Tab + Enter
// while the list moves with ↑/↓, and the focus fell to <body> after Kiểm tra and Tạo báo cáo.
test("keyboard only, 320 px: Bắt đầu → Kiểm tra (↑/↓ in findings, Enter selects) → Điền số liệu → Chấm điểm → Tạo báo cáo", async () => {
  const p = await open({ pane: 320, viewport: { width: 1100, height: 900 } });
  const page = p.page;
  await paneTab(p.pane, "Bắt đầu").focus(); // the one pointer step: put the caret in the pane
  await tabTo(page, "Mở Kiểm tra", button("Mở Kiểm tra"));
  await page.keyboard.press("Enter");
  expect(await paneTab(p.pane, "Kiểm tra").getAttribute("aria-selected")).toBe("true");
  await tabTo(page, "Kiểm tra", button("Kiểm tra"));
  await page.keyboard.press("Enter");
  await until("findings", async () => (await findingItems(p.pane).count()) === 2, 30000);
  expect((await focused(page)).text).toBe("Kiểm tra");
  expect(await panel(p, "Kiểm tra").innerText()).toContain("phím ↑/↓");
  await tabTo(page, "the first finding", (f) => /^Biểu 06a!/.test(f.text));
  const first = (await focused(page)).text;
  await page.keyboard.press("ArrowDown");
  const second = (await focused(page)).text;
  expect(second).not.toBe(first);
  expect(second).toMatch(/^Biểu 06a!/);
  await page.keyboard.press("Enter");
  const cell = second.split("\n")[0].replace("Biểu 06a!", "");
  await until(`${cell} is selected`, async () => (await p.grid.nameBox().inputValue()) === cell);

  await keyTab(page, "Điền số liệu");
  await tabTo(page, "Điền số liệu", button("Điền số liệu"));
  await page.keyboard.press("Enter");
  await p.pane.getByText(/^Đã điền \d+ ô/).waitFor({ timeout: 30000 });

  await keyTab(page, "Chấm điểm");
  await tabTo(page, "Chấm điểm", button("Chấm điểm"));
  await page.keyboard.press("Enter");
  await panel(p, "Chấm điểm").getByText("Xuất sắc").first().waitFor({ timeout: 30000 });

  await keyTab(page, "Tạo báo cáo");
  await tabTo(page, "Tạo báo cáo", button("Tạo báo cáo"));
  const download = page.waitForEvent("download", { timeout: 60000 });
  await page.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  expect((await focused(page)).text).toBe("Tạo báo cáo");

  await keyTab(page, "Bắt đầu");
  const steps = panel(p, "Bắt đầu").getByRole("listitem");
  await until(
    "all four steps are done",
    async () =>
      (await steps.evaluateAll((li) => li.map((x) => x.getAttribute("data-state")).join(","))) ===
      "done,done,done,done",
    30000
  );
});

// Chấm điểm under NĐ 118/2025 (the Q3/2026 sample, phường Hạc Thành), at 320 px. Before: the pane
// found no nine-index sheet and said "Không tìm thấy bảng đánh giá", while `tthc score` listed the
// Điều 33.1 contents.
test("Chấm điểm, NĐ 118/2025 sample, 320 px: Điều 33.1 contents and levels, Điều 32.1 figures; no points or grade; axe clean", async () => {
  const p = await open({ pane: 320, viewport: { width: 1100, height: 900 } });
  await openFile(p, path.join(ROOT, "samples", "bao-cao-quy-3-2026-hac-thanh.xlsx"));
  await paneTab(p.pane, "Chấm điểm").click();
  await paneButton(p.pane, "Chấm điểm").click();
  const score = panel(p, "Chấm điểm");
  await score.getByRole("heading", { name: /khoản 1 Điều 33/ }).waitFor({ timeout: 30000 });
  const text = await score.innerText();
  expect(text).toContain("Chế độ báo cáo: Nghị định 118/2025/NĐ-CP (theo ngày cuối kỳ).");
  expect(text).toContain("(tổng 535)");
  expect(text).toContain("Tổng\n85,5");
  expect(text).not.toMatch(/Xếp loại|Không tìm thấy bảng đánh giá/);
  const rows = score
    .getByRole("table", { name: "Số lượt đánh giá từng nội dung" })
    .locator("tbody tr");
  expect(await rows.count()).toBe(9);
  expect((await rows.first().innerText()).replace(/\s+/g, " ")).toBe(
    "a) Thời gian trả kết quả so với quy định 512"
  );
  // Nothing to fill: the Điều 33 sheet adds its levels with its own formulas.
  expect(await paneButton(p.pane, "Điền bảng đánh giá").getAttribute("aria-disabled")).toBe("true");
  const height = await score.evaluate((el) => el.getBoundingClientRect().height);
  console.log(`[nd118 score] view height at 320 px, levels closed: ${Math.round(height)} px`);
  await shot(p.pane, "e2e-score-nd118-320");
  await score.getByText("Số lượt và tỷ lệ ở từng mức").click();
  const a = score.getByRole("definition").filter({ hasText: "(0,4%)" }).first();
  expect(await a.innerText()).toBe("2 (0,4%)");
  // Nothing wider than the pane.
  const overflow = await score.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The whole view in one picture: a viewport as tall as the view.
  const full = await score.evaluate((el) => el.scrollHeight);
  await p.page.setViewportSize({ width: 1100, height: Math.ceil(full) + 300 });
  await shot(p.pane, "e2e-score-nd118-320-levels");
  expect(await axeProblems(p.page, "#pane")).toEqual([]);
});
