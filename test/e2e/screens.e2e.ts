// Screenshots of every view of the pane at 320 px, each with what it shows after its
// non-destructive action, into screenshots/<E2E_SHOTS or "after">/ (git-ignored). The closing
// note of issue 16 compares screenshots/before (the pane as it was) with screenshots/after.
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import {
  SCREENSHOTS,
  findingItems,
  launch,
  openPreview,
  paneButton,
  paneTab,
  until,
  type Preview,
} from "./helpers";

let browser: Browser;
let preview: Preview | null = null;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await preview?.close();
  await browser?.close();
});

const ACTIONS: Record<string, (p: Preview) => Promise<void>> = {
  "Kiểm tra": async (p) => {
    await paneButton(p.pane, "Kiểm tra").click();
    await until(
      "the findings are listed",
      async () => (await findingItems(p.pane).count()) === 2,
      30000
    );
  },
  "Điền số liệu": async (p) => {
    await paneButton(p.pane, "Xem trước").click();
    await p.pane.getByRole("table").first().waitFor({ timeout: 30000 });
  },
  "Chấm điểm": async (p) => {
    await paneButton(p.pane, "Chấm điểm").click();
    await p.pane
      .getByRole("tabpanel", { name: "Chấm điểm" })
      .getByText("Xuất sắc")
      .first()
      .waitFor({ timeout: 30000 });
  },
};

test("screenshots of every view at 320 px", async () => {
  const dir = path.join(SCREENSHOTS, process.env.E2E_SHOTS || "after");
  fs.mkdirSync(dir, { recursive: true });
  // Tall enough that each view is shown whole.
  preview = await openPreview(browser, { pane: 320, viewport: { width: 1000, height: 2600 } });
  const p = preview;
  const tabs = await p.pane.getByRole("tab").allInnerTexts();
  expect(tabs.length).toBeGreaterThanOrEqual(6);
  let k = 0;
  for (const name of tabs) {
    k++;
    await paneTab(p.pane, name).click();
    const act = ACTIONS[name];
    if (act) await act(p);
    await p.page.waitForTimeout(300);
    const file = path.join(dir, `${k}-${name.replace(/\s+/g, "-")}.png`);
    // The pane's content, whole (the #pane box is as tall as the viewport).
    const height = await p.pane.evaluate((el) => {
      const panel =
        el.querySelector('[role="tabpanel"]:not([hidden])') ??
        el.querySelector("#root > *:last-child");
      return (
        Math.ceil((panel ?? el).getBoundingClientRect().bottom - el.getBoundingClientRect().top) + 8
      );
    });
    await p.page.screenshot({
      path: file,
      clip: { ...(await p.pane.boundingBox())!, height: Math.min(height, 2600) },
    });
  }
});
