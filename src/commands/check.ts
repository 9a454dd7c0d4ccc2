// The ribbon's "Kiểm tra" as a function command: the add-in's controller checks and marks the
// workbook, then a small dialog page of ours says the result (moved out of src/host/excel so the
// host imports nothing of the add-in's UI layers).
import type { PaneController } from "../taskpane/controller";
import type { CheckOutcome } from "../taskpane/model";
import { paneMessage } from "../taskpane/model";

// ---- The ribbon's "Kiểm tra" (function command) ---------------------------------------------
//
// It checks and marks the workbook without opening the task pane (PaneController.check: 2 syncs
// once the sheet names are known, 3 the first time in a fresh runtime), then tells the result in
// a small dialog page of ours (Office.context.ui.displayDialogAsync: a function command has no
// other surface of its own; notification messages exist only in Outlook, and showAsTaskpane needs
// a shared runtime). The summary travels in the dialog URL's fragment, so the page needs no
// messaging. A function command's runtime (and its dialog) ends when event.completed() is called,
// so completed() comes when the clerk closes the dialog (its button or the window's ×), after
// DIALOG_TIMEOUT_MS at the latest (Office ends a function command after 5 minutes anyway), or
// at once when no dialog can be shown. Every path, errors included, calls completed() exactly once.

/** What the dialog page shows. Short keys: it travels in a URL. */
export interface CheckSummary {
  /** Errors, warnings. */
  e: number;
  w: number;
  /** First findings: [cell, severity ("e" | "w"), message]. */
  f: [string, "e" | "w", string][];
  /** Findings not listed. */
  more: number;
  /** Why nothing could be checked (no Biểu 06a, an Excel error), when set. */
  x?: string;
  /** True when x is the locator's reason (no Biểu 06a), false for an error. */
  nf?: boolean;
}

export const DIALOG_QUERY = "dialog=check";
/** Before Office's own 5-minute limit on a function command. */
export const DIALOG_TIMEOUT_MS = 270_000;
const MAX_LISTED = 5;
const MAX_MESSAGE = 160;
/** Keep the dialog URL well within what every platform accepts. */
const MAX_URL_CHARS = 6_000;

export function summarize(outcome: CheckOutcome): CheckSummary {
  const listed = outcome.findings
    .slice(0, MAX_LISTED)
    .map((f): [string, "e" | "w", string] => [
      f.cell,
      f.severity === "error" ? "e" : "w",
      f.message.length > MAX_MESSAGE ? f.message.slice(0, MAX_MESSAGE - 1) + "…" : f.message,
    ]);
  const s: CheckSummary = {
    e: outcome.errors,
    w: outcome.warnings,
    f: listed,
    more: outcome.findings.length - listed.length,
  };
  if (!outcome.form && outcome.formError && outcome.findings.length === 0) {
    s.x = outcome.formError;
    s.nf = true;
  }
  return s;
}

/** The dialog page's URL: commands.html next to the function file, the summary in the fragment. */
export function dialogUrl(base: string, summary: CheckSummary): string {
  const page = new URL("commands.html", base);
  page.search = DIALOG_QUERY;
  let s = summary;
  let url = "";
  for (;;) {
    page.hash = encodeURIComponent(JSON.stringify(s));
    url = page.toString();
    if (url.length <= MAX_URL_CHARS || s.f.length === 0) return url;
    s = { ...s, f: s.f.slice(0, -1), more: s.more + 1 };
  }
}

/** Parse the dialog page's fragment; null when absent or damaged. */
export function parseSummary(hash: string): CheckSummary | null {
  try {
    const v = JSON.parse(decodeURIComponent(hash.replace(/^#/, ""))) as CheckSummary;
    if (
      typeof v === "object" &&
      v &&
      typeof v.e === "number" &&
      typeof v.w === "number" &&
      Array.isArray(v.f)
    )
      return v;
  } catch {
    // fall through
  }
  return null;
}

/** The Office dialog API as used here (Office.context.ui). */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: {
      height: number;
      width: number;
      displayInIframe?: boolean;
      promptBeforeOpen?: boolean;
    },
    callback: (result: {
      status: string;
      value: {
        close(): void;
        addEventHandler(type: string, handler: (arg: unknown) => void): void;
      };
    }) => void
  ): void;
}

/** Open the dialog and resolve when it is closed, messages us, fails to open, or times out. */
export function showDialog(
  ui: DialogUi | undefined,
  url: string,
  timeoutMs: number,
  eventTypes = { message: "dialogMessageReceived", event: "dialogEventReceived" }
): Promise<void> {
  return new Promise((resolve) => {
    if (!ui || typeof ui.displayDialogAsync !== "function") return resolve();
    // eslint-disable-next-line prefer-const -- assigned after the closures below that clear it are defined
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    let close: (() => void) | undefined;
    const settle = (close?: () => void) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      try {
        close?.();
      } catch {
        // already closed
      }
      resolve();
    };
    // The clock starts now: even an Office that never answers cannot keep the command open.
    timer = setTimeout(() => settle(close), timeoutMs);
    try {
      ui.displayDialogAsync(url, { height: 45, width: 32, displayInIframe: true }, (result) => {
        if (result.status !== "succeeded" || !result.value) return settle();
        const dialog = result.value;
        close = () => dialog.close();
        if (settled) return close(); // opened after the timeout
        dialog.addEventHandler(eventTypes.message, () => settle(close));
        dialog.addEventHandler(eventTypes.event, () => settle());
      });
    } catch {
      settle();
    }
  });
}

export interface CheckCommandEnv {
  /** Kept by the caller for the runtime's life: it remembers the sheet names between clicks. */
  controller: PaneController;
  /** Where commands.html is (the function file's own location). */
  baseUrl: string;
  ui?: DialogUi;
  eventTypes?: { message: string; event: string };
  timeoutMs?: number;
}

/** Handler body of the ribbon's "Kiểm tra". Never rejects; calls event.completed() exactly once. */
export async function runCheckCommand(
  event: { completed(): void } | undefined,
  env: CheckCommandEnv
): Promise<CheckSummary> {
  let completed = false;
  const complete = () => {
    if (completed) return;
    completed = true;
    try {
      event?.completed();
    } catch {
      // Office may already have ended the command.
    }
  };
  let summary: CheckSummary;
  try {
    try {
      summary = summarize(await env.controller.check());
    } catch (e) {
      summary = { e: 0, w: 0, f: [], more: 0, x: paneMessage(e), nf: false };
    }
    await showDialog(
      env.ui,
      dialogUrl(env.baseUrl, summary),
      env.timeoutMs ?? DIALOG_TIMEOUT_MS,
      env.eventTypes
    );
    return summary;
  } catch {
    return { e: 0, w: 0, f: [], more: 0 };
  } finally {
    complete();
  }
}
