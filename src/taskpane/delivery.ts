// How the .docx reaches the clerk. See DELIVERY.md for which platform takes which path and why.
//
//   "anchor"          <a download> on an object URL: Excel on the web (the add-in frame is
//                     allowed to download), Windows (WebView2), a plain browser (preview).
//   "browser-window"  Mac and iPad: their WKWebView ignores downloads (blob: or not), and an Office
//                     dialog is the same WKWebView. Office.context.ui.openBrowserWindow opens one
//                     of our pages in the system browser, with the file in the URL fragment (the
//                     fragment never leaves the machine); that page saves it (ReceivePage).
//   "none"            neither is available: the pane says what to do instead.
// The chooser is pure (tested in jest); detection and delivery are thin wrappers around it.

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type DeliveryPath = "anchor" | "browser-window" | "none";

export interface DeliveryCaps {
  /** Office's platform ("PC", "Mac", "OfficeOnline", "iOS", "Android", "Universal"); null outside Office. */
  platform: string | null;
  /** The webview honours <a download>. */
  anchorDownload: boolean;
  /** Office.context.ui.openBrowserWindow is available (OpenBrowserWindowApi 1.1). */
  openBrowserWindow: boolean;
}

export interface DeliveryPlan {
  primary: DeliveryPath;
  /** Offered as "Không thấy tệp?" after the primary path (we cannot observe a download). */
  fallback: DeliveryPath | null;
}

/** Office platforms whose webview is WKWebView, where downloads never start. */
const WEBKIT_PLATFORMS = new Set(["mac", "ios"]);

export function chooseDelivery(caps: DeliveryCaps): DeliveryPlan {
  const platform = (caps.platform ?? "").toLowerCase();
  if (WEBKIT_PLATFORMS.has(platform))
    return { primary: caps.openBrowserWindow ? "browser-window" : "none", fallback: null };
  if (caps.anchorDownload)
    return {
      primary: "anchor",
      fallback: caps.openBrowserWindow && caps.platform !== null ? "browser-window" : null,
    };
  return { primary: caps.openBrowserWindow ? "browser-window" : "none", fallback: null };
}

interface OfficeForDelivery {
  context?: {
    platform?: unknown;
    diagnostics?: { platform?: unknown };
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    ui?: { openBrowserWindow?: (url: string) => void };
  };
}

function officeGlobal(): OfficeForDelivery | undefined {
  return (globalThis as unknown as { Office?: OfficeForDelivery }).Office;
}

/** What this webview and this Office offer. */
export function detectDeliveryCaps(
  office: OfficeForDelivery | undefined = officeGlobal(),
  doc: Document | undefined = typeof document !== "undefined" ? document : undefined
): DeliveryCaps {
  let platform: string | null = null;
  let openBrowserWindow = false;
  try {
    const ctx = office?.context;
    const p = ctx?.diagnostics?.platform ?? ctx?.platform;
    platform = p ? String(p) : null;
    openBrowserWindow =
      typeof ctx?.ui?.openBrowserWindow === "function" &&
      !!ctx?.requirements?.isSetSupported("OpenBrowserWindowApi", "1.1");
  } catch {
    // Office present but not initialised: treat as a plain browser.
  }
  const anchorDownload = !!doc && "download" in doc.createElement("a");
  return { platform, anchorDownload, openBrowserWindow };
}

// ---- the file in a URL fragment (system browser path) ----------------------------------------

export const RECEIVE_PREFIX = "#tthc-docx";
/** Longest URL handed to the system browser (a report is 20–60 KB, i.e. 30–80 KB of base64). */
export const MAX_RECEIVE_URL = 2_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Our task pane page, with the file in the fragment: `taskpane.html#tthc-docx&name=…&data=…`. */
export function receiveUrl(pageUrl: string, fileName: string, bytes: Uint8Array): string {
  const url = new URL(pageUrl);
  url.search = "";
  url.hash = `${RECEIVE_PREFIX.slice(1)}&name=${encodeURIComponent(fileName)}&data=${toBase64Url(bytes)}`;
  return url.toString();
}

/** The file carried by a receive URL's fragment; null when the fragment is not one, or damaged. */
export function parseReceive(hash: string): { fileName: string; bytes: Uint8Array } | null {
  if (!hash.startsWith(RECEIVE_PREFIX)) return null;
  const params = new URLSearchParams(hash.slice(RECEIVE_PREFIX.length).replace(/^&/, ""));
  const name = params.get("name");
  const data = params.get("data");
  if (!name || !data) return null;
  try {
    const bytes = fromBase64Url(data);
    // A .docx is a zip: "PK".
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
    return { fileName: safeFileName(name), bytes };
  } catch {
    return null;
  }
}

/** The bits of `window` forgetReceiveUrl touches (a stand-in in tests). */
export interface HistoryWindow {
  history: History;
  location: { pathname: string; search: string; hash: string; replace(url: string): void };
  History?: { prototype: History };
}

/**
 * Take the report out of the address bar and out of the history entry. office.js nulls
 * `history.replaceState` and `pushState` on the page ("window objects unsupported in add-ins",
 * learn.microsoft.com/office/dev/add-ins/reference/window-objects-unsupported-in-add-ins),
 * and the receive page loads office.js like every page of ours; it replaces the instance's
 * methods, so the prototype's replaceState still works. If that is gone too, replacing the
 * location with an empty fragment is a same-document navigation (no reload) that also replaces
 * the history entry. Returns how it was done.
 */
export function forgetReceiveUrl(win: HistoryWindow): "replaceState" | "location" | "none" {
  const clean = win.location.pathname + win.location.search;
  const proto =
    win.History?.prototype.replaceState ??
    (typeof History !== "undefined" ? History.prototype.replaceState : undefined);
  try {
    if (typeof proto === "function") {
      proto.call(win.history, null, "", clean);
      if (!win.location.hash.startsWith(RECEIVE_PREFIX)) return "replaceState";
    }
  } catch {
    // fall through
  }
  try {
    win.location.replace(clean + "#");
    return "location";
  } catch {
    return "none";
  }
}

/** Keep a received name to ASCII letters, digits, dot, dash and underscore, ending in .docx. */
export function safeFileName(name: string): string {
  const base =
    name
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^[-.]+/, "")
      .slice(0, 120) || "bao-cao";
  return /\.docx$/i.test(base) ? base : `${base}.docx`;
}

// ---- delivering ----------------------------------------------------------------------------

export interface DeliveryEnv {
  document: Document;
  createObjectURL(blob: Blob): string;
  openBrowserWindow(url: string): void;
  pageUrl: string;
}

function defaultEnv(): DeliveryEnv {
  return {
    document,
    createObjectURL: (b) => URL.createObjectURL(b),
    openBrowserWindow: (url) => {
      const ui = officeGlobal()?.context?.ui;
      if (!ui?.openBrowserWindow) throw new Error("openBrowserWindow");
      ui.openBrowserWindow(url);
    },
    pageUrl: window.location.href,
  };
}

export type DeliveryResult =
  /** Downloaded; `url` is the object URL, kept for a "Tải lại tệp" link. */
  | { path: "anchor"; url: string }
  | { path: "browser-window" }
  | { path: "none"; reason: "unavailable" | "too-large" };

/** Start a download through `<a download>`; returns the object URL (kept alive for a second click). */
export function downloadWithAnchor(
  bytes: Uint8Array,
  fileName: string,
  env: Pick<DeliveryEnv, "document" | "createObjectURL">
): string {
  const blob = new Blob([bytes as BlobPart], { type: DOCX_MIME });
  const url = env.createObjectURL(blob);
  const a = env.document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  env.document.body.appendChild(a);
  a.click();
  a.remove();
  return url;
}

/** Deliver by the given path (from chooseDelivery). */
export function deliver(
  bytes: Uint8Array,
  fileName: string,
  path: DeliveryPath,
  env: DeliveryEnv = defaultEnv()
): DeliveryResult {
  if (path === "anchor") return { path, url: downloadWithAnchor(bytes, fileName, env) };
  if (path === "browser-window") {
    const url = receiveUrl(env.pageUrl, fileName, bytes);
    if (url.length > MAX_RECEIVE_URL) return { path: "none", reason: "too-large" };
    env.openBrowserWindow(url);
    return { path };
  }
  return { path: "none", reason: "unavailable" };
}
