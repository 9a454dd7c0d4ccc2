// The ribbon's "Kiểm tra": the result dialog's URL and summary, and event.completed() exactly
// once in every path (dialog closed by its button or its ×, dialog refused, timeout, errors).
import {
  dialogUrl,
  DialogUi,
  parseSummary,
  runCheckCommand,
  showDialog,
  summarize,
} from "../../src/commands/check";
import { PaneController } from "../../src/taskpane/controller";
import type { CheckOutcome } from "../../src/taskpane/model";
import { PANE_MSG } from "../../src/core/messages/taskpane";
import { paneOn } from "./helpers";

const BASE = "https://localhost:3000/commands.html";

/** A fake Office dialog API recording what the command does with it. */
function fakeUi(behaviour: "message" | "x" | "refuse" | "silent" | "throw") {
  const log: string[] = [];
  const handlers: Record<string, (arg: unknown) => void> = {};
  const ui: DialogUi = {
    displayDialogAsync(url, options, callback) {
      log.push(`open ${options.width}x${options.height} iframe=${options.displayInIframe}`);
      if (behaviour === "throw") throw new Error("no dialog API here");
      if (behaviour === "refuse") return callback({ status: "failed", value: undefined as never });
      callback({
        status: "succeeded",
        value: {
          close: () => log.push("close"),
          addEventHandler: (type, handler) => {
            handlers[type] = handler;
          },
        },
      });
      setTimeout(() => {
        if (behaviour === "message") handlers.dialogMessageReceived?.({ message: "close" });
        if (behaviour === "x") handlers.dialogEventReceived?.({ error: 12006 });
      }, 5);
      log.push(`url ${url.length}`);
    },
  };
  return { ui, log };
}

describe("runCheckCommand", () => {
  test("checks, shows the result, completes when the clerk presses Đóng (dialog closed by us)", async () => {
    const { pane, fake } = paneOn();
    const { ui, log } = fakeUi("message");
    const completed = jest.fn();
    const s = await runCheckCommand({ completed }, { controller: pane, baseUrl: BASE, ui });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(s).toMatchObject({ e: 0, w: 2, more: 0 });
    expect(s.f.map((x) => x[0])).toEqual(["Biểu 06a!C3", "Biểu 06a!B34"]);
    expect(log[0]).toBe("open 32x45 iframe=true");
    expect(log).toContain("close");
    expect(fake.workbook.notes()).toHaveLength(2);
  });

  test("completes when the clerk closes the window (×); does not close it twice", async () => {
    const { pane } = paneOn();
    const { ui, log } = fakeUi("x");
    const completed = jest.fn();
    await runCheckCommand({ completed }, { controller: pane, baseUrl: BASE, ui });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(log).not.toContain("close");
  });

  test("completes when no dialog can be shown (refused, or no dialog API)", async () => {
    for (const b of ["refuse", "throw"] as const) {
      const { pane, fake } = paneOn();
      const completed = jest.fn();
      await runCheckCommand({ completed }, { controller: pane, baseUrl: BASE, ui: fakeUi(b).ui });
      expect(completed).toHaveBeenCalledTimes(1);
      expect(fake.workbook.notes()).toHaveLength(2); // the marks are there anyway
    }
    const completed = jest.fn();
    await runCheckCommand({ completed }, { controller: paneOn().pane, baseUrl: BASE });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("completes after the timeout, closing the dialog, when nobody closes it", async () => {
    const { pane } = paneOn();
    const { ui, log } = fakeUi("silent");
    const completed = jest.fn();
    await runCheckCommand({ completed }, { controller: pane, baseUrl: BASE, ui, timeoutMs: 20 });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(log).toContain("close");
  });

  test("an Excel error still shows a Vietnamese result and completes", async () => {
    const broken = new PaneController({
      run: async () => {
        throw Object.assign(new Error("Access denied"), { code: "AccessDenied" });
      },
    });
    const { ui, log } = fakeUi("message");
    const completed = jest.fn();
    const s = await runCheckCommand({ completed }, { controller: broken, baseUrl: BASE, ui });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(s.x).toMatch(/bảo vệ/);
    expect(s.nf).toBe(false);
    expect(log[0]).toMatch(/^open/);
  });

  test("event.completed() throwing (command already ended) is swallowed", async () => {
    const completed = jest.fn(() => {
      throw new Error("already completed");
    });
    await expect(
      runCheckCommand({ completed }, { controller: paneOn().pane, baseUrl: BASE })
    ).resolves.toBeDefined();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("result summary and dialog URL", () => {
  const outcome = (n: number, formError: string | null = null): CheckOutcome => ({
    form: formError
      ? null
      : { sheet: "Biểu 06a", range: "A6:M62", rows: 52, unit: null, period: null },
    legacy: null,
    formError,
    findings: Array.from({ length: n }, (_, i) => ({
      rule: "06a/received-sum",
      severity: i % 2 ? ("warning" as const) : ("error" as const),
      sheet: "Biểu 06a",
      row: 10 + i,
      col: 3,
      message: `(3) = ${i + 1} nhưng (4)+(5)+(6) = ${i} — “Lĩnh vực Hộ tịch”`.repeat(
        i === 0 ? 10 : 1
      ),
      messageId: "sumMismatch",
      data: {},
      a1: `C${10 + i}`,
      cell: `Biểu 06a!C${10 + i}`,
    })),
    errors: Math.ceil(n / 2),
    warnings: Math.floor(n / 2),
    marked: null,
    syncs: 2,
  });

  test("first five findings, long messages cut, the rest counted; round trip through the URL fragment", () => {
    const s = summarize(outcome(12));
    expect(s.f).toHaveLength(5);
    expect(s.more).toBe(7);
    expect(s.f[0][2].length).toBeLessThanOrEqual(160);
    expect(s.f[0][2].endsWith("…")).toBe(true);
    const url = dialogUrl(BASE, s);
    expect(url.startsWith("https://localhost:3000/commands.html?dialog=check#")).toBe(true);
    expect(parseSummary(new URL(url).hash)).toEqual(s);
    expect(parseSummary("#garbage")).toBeNull();
  });

  test("no Biểu 06a: the locator's reason", () => {
    const s = summarize(outcome(0, "Không tìm thấy Biểu 06a trong tệp"));
    expect(s).toMatchObject({ x: "Không tìm thấy Biểu 06a trong tệp", nf: true });
  });

  test("a URL too long for a dialog drops listed findings, never the counts", () => {
    const s = summarize(outcome(5));
    s.f = s.f.map((f) => [f[0], f[1], "Ư".repeat(1500)]);
    const url = dialogUrl(BASE, s);
    expect(url.length).toBeLessThanOrEqual(6000);
    const back = parseSummary(new URL(url).hash)!;
    expect(back.e + back.w).toBe(5);
    expect(back.f.length + back.more).toBe(5);
  });

  test("showDialog resolves at the timeout even when Office never answers displayDialogAsync", async () => {
    const ui: DialogUi = { displayDialogAsync: () => undefined };
    const p = Promise.race([
      showDialog(ui, "x", 10).then(() => "resolved"),
      new Promise((r) => setTimeout(() => r("pending"), 200)),
    ]);
    await expect(p).resolves.toBe("resolved");
  });

  test("texts for the dialog", () => {
    expect(PANE_MSG.ribbon.counts(2, 1)).toBe("Có 2 lỗi và 1 cảnh báo.");
    expect(PANE_MSG.ribbon.counts(0, 0)).toBe("Không có lỗi, không có cảnh báo.");
  });
});
