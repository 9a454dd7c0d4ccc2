// Runs before the task pane code (see ./index.ts): picks the workbook, builds the fake Excel,
// installs it as the page's Office/Excel globals, marks the URL ?host=fake (the pane shows its
// preview notice and does not wait for Office.js), sizes the pane and draws the simulated grid.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createPreviewHost, type PreviewHost } from "./host";
import { initialWorkbook } from "./source";
import { WorkbookView } from "./WorkbookView";

/**
 * The pane's width in px: ?pane=320…800, default 340 (Excel's default task pane is about 350; a
 * clerk may drag it wider, and the browser tests try 800).
 */
export function paneWidth(search: string): number {
  const asked = Number(new URLSearchParams(search).get("pane"));
  if (!Number.isFinite(asked) || asked === 0) return 340;
  return Math.min(800, Math.max(320, Math.round(asked)));
}

function markFakeHost(): void {
  const url = new URL(window.location.href);
  if (url.searchParams.get("host") === "fake") return;
  url.searchParams.set("host", "fake");
  window.history.replaceState(window.history.state, "", url.toString());
}

/** What tests and the curious can reach from the console. */
export interface PreviewGlobal {
  host: PreviewHost;
}

function boot(): void {
  markFakeHost();
  document.documentElement.style.setProperty(
    "--pane-width",
    `${paneWidth(window.location.search)}px`
  );
  const source = initialWorkbook();
  const snapshot = source.workbook?.snapshot ?? { sheets: [] };
  const host = createPreviewHost(
    snapshot,
    source.workbook?.layout ?? [],
    window as unknown as Record<string, unknown>
  );
  (window as unknown as { tthcPreview: PreviewGlobal }).tthcPreview = { host };

  const container = document.getElementById("workbook");
  if (!container) return;
  createRoot(container).render(
    <React.StrictMode>
      <WorkbookView
        host={host}
        fileName={source.workbook?.name ?? "—"}
        picked={source.picked}
        problem={source.problem}
      />
    </React.StrictMode>
  );
}

boot();
