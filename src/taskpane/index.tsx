// Entry of the task pane. Renders the shell once Office is ready, and also when
// Office.js is absent (the in-browser preview, ?host=fake, or a CDN that could
// not be reached), so the pane never stays blank.
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { App, viewFromSearch, type HostStatus } from "./App";
import { RECEIVE_PREFIX } from "./delivery";
import { ReceivePage } from "./ReceivePage";

/** After this long without Office.onReady, show the shell with a "waiting" notice. */
const OFFICE_READY_TIMEOUT_MS = 10_000;

interface ReadyInfo {
  host: Office.HostType | null;
  platform: Office.PlatformType | null;
}

function officeAvailable(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

function hostStatus(info: ReadyInfo | null, search: string): HostStatus {
  if (new URLSearchParams(search).get("host") === "fake") return { kind: "fake" };
  if (!info || !info.host) return { kind: "browser" };
  // Compared as text: Office.HostType.Excel === "Excel".
  if (String(info.host) === "Excel")
    return { kind: "excel", platform: info.platform ? String(info.platform) : null };
  return { kind: "other", host: String(info.host) };
}

let root: Root | null = null;

function render(host: HostStatus): void {
  const container = document.getElementById("root");
  if (!container) return;
  if (!root) {
    container.textContent = ""; // drop the static "Đang tải…" placeholder
    root = createRoot(container);
  }
  const initialView = viewFromSearch(window.location.search);
  root.render(
    <React.StrictMode>
      <App initialView={initialView} host={host} />
    </React.StrictMode>
  );
}

function start(): void {
  // Mac/iPad delivery: this page opened in the system browser with the report in its fragment.
  if (window.location.hash.startsWith(RECEIVE_PREFIX)) {
    const container = document.getElementById("root");
    if (container) {
      container.textContent = "";
      createRoot(container).render(<ReceivePage hash={window.location.hash} />);
    }
    return;
  }
  const search = window.location.search;
  if (!officeAvailable() || new URLSearchParams(search).get("host") === "fake") {
    render(hostStatus(null, search));
    return;
  }
  let answered = false;
  const timer = window.setTimeout(() => {
    if (!answered) render({ kind: "waiting" });
  }, OFFICE_READY_TIMEOUT_MS);
  Office.onReady().then(
    (info) => {
      answered = true;
      window.clearTimeout(timer);
      render(hostStatus(info, search));
    },
    () => {
      answered = true;
      window.clearTimeout(timer);
      render({ kind: "browser" });
    }
  );
}

start();
