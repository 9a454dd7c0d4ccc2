// Browser-test helpers: Debian's chromium through playwright-core, the preview page, the simulated
// grid, screenshots and the .docx text.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core";

export const ROOT = path.resolve(__dirname, "..", "..");
export const SCREENSHOTS = path.join(ROOT, "screenshots");
export const SAMPLE_XLSX = path.join(ROOT, "samples", "bao-cao-quy-1-2024-phu-son.xlsx");
export const CHROMIUM = process.env.E2E_CHROMIUM || "/usr/bin/chromium";

/** Mark fills of the Office host (src/host/excel/marks.ts). */
export const RED = "#FFC7CE";
export const AMBER = "#FFEB9C";

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url)
    throw new Error(
      "E2E_BASE_URL is not set: run through `npm run test:e2e` (test/e2e/setup.js serves dist/)"
    );
  return url;
}

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: apt-get install chromium (or set E2E_CHROMIUM)`);
  // chromium.launch() gives every browser a fresh temporary profile (user-data dir).
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

export interface Preview {
  context: BrowserContext;
  page: Page;
  /** The task pane (#pane): drive it by roles and names. */
  pane: Locator;
  grid: Grid;
  /** Uncaught errors of the page. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** ?pane= width (320…360). */
  pane?: number;
  viewport?: { width: number; height: number };
}

export async function openPreview(browser: Browser, opts: OpenOptions = {}): Promise<Preview> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1360, height: 860 },
    acceptDownloads: true,
    locale: "vi-VN",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  const query = opts.pane ? `?pane=${opts.pane}` : "";
  await page.goto(`${baseUrl()}preview.html${query}`);
  const pane = page.locator("#pane");
  await pane.getByRole("tablist", { name: "Chức năng" }).waitFor();
  await page.locator("table.grid").first().waitFor();
  return {
    context,
    page,
    pane,
    grid: new Grid(page),
    errors,
    requests,
    close: () => context.close(),
  };
}

/** The simulated workbook of the preview page. */
export class Grid {
  constructor(readonly page: Page) {}

  /** The active sheet's name. */
  async activeSheet(): Promise<string> {
    return (await this.page.locator("table.grid").getAttribute("data-sheet")) ?? "";
  }

  async showSheet(name: string): Promise<void> {
    await this.page.locator(".wb-tabs").getByRole("tab", { name, exact: true }).click();
    await this.page.locator(`table.grid[data-sheet="${name}"]`).waitFor();
  }

  /** A cell of the displayed sheet. */
  cell(address: string): Locator {
    return this.page.locator(`table.grid td[data-address="${address}"]`);
  }

  async text(address: string): Promise<string> {
    return (await this.cell(address).innerText()).trim();
  }

  async attr(address: string, name: string): Promise<string | null> {
    return this.cell(address).getAttribute(name);
  }

  nameBox(): Locator {
    return this.page.getByRole("textbox", { name: "Ô đang chọn" });
  }

  formulaBar(): Locator {
    return this.page.getByRole("textbox", { name: "Nội dung ô (nhấn Enter để ghi)" });
  }

  /** Select a cell and type into the formula bar, as a clerk would. */
  async type(address: string, text: string): Promise<void> {
    await this.cell(address).click();
    const bar = this.formulaBar();
    await bar.fill(text);
    await bar.press("Enter");
  }

  /** Fills of every sheet, straight from the fake workbook: { "Sheet!A1": "#RRGGBB" }. */
  async allFills(): Promise<Record<string, string>> {
    return this.page.evaluate(() => {
      const w = (
        window as unknown as {
          tthcPreview: {
            host: {
              fake: {
                workbook: {
                  state(): {
                    sheets: { name: string; cells: Record<string, { fill: string | null }> }[];
                  };
                };
              };
            };
          };
        }
      ).tthcPreview;
      const out: Record<string, string> = {};
      for (const s of w.host.fake.workbook.state().sheets)
        for (const [a, c] of Object.entries(s.cells)) if (c.fill) out[`${s.name}!${a}`] = c.fill;
      return out;
    });
  }
}

/** A tab of the pane by its name (exact). */
export function paneTab(pane: Locator, name: string): Locator {
  return pane.getByRole("tab", { name, exact: true });
}

/** A visible button of the pane by its name (exact); hidden tab panels are not in the tree. */
export function paneButton(pane: Locator, name: string): Locator {
  return pane.getByRole("button", { name, exact: true });
}

/** The pane's list items that show a finding ("Sheet!A1" and a message). */
export function findingItems(pane: Locator): Locator {
  return pane.getByRole("listitem").filter({ hasText: /![A-Z]{1,3}\d+/ });
}

/** Poll `probe` until it returns true (or throw with `what` after `timeout` ms). */
export async function until(
  what: string,
  probe: () => Promise<boolean>,
  timeout = 20000
): Promise<void> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      if (await probe()) return;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(
        `timed out after ${timeout} ms waiting until ${what}${last ? ` (last error: ${String(last)})` : ""}`
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Save a screenshot under screenshots/ and return its path. */
export async function shot(target: Page | Locator, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await target.screenshot({ path: file });
  return file;
}

/** The paragraphs of a .docx's word/document.xml as plain text. */
export async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) throw new Error("word/document.xml not found in the download");
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      decode(
        (p.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? [])
          .map((t) => t.replace(/<[^>]+>/g, ""))
          .join("")
      )
    );
}

export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
