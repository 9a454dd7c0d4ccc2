// The small page the ribbon's "Kiểm tra" opens as an Office dialog (commands.html?dialog=check):
// the result of the check, from the URL fragment, and a "Đóng" button that asks the function
// command to close the dialog and finish. Plain DOM: no React in the function file's bundle.
import { PANE_MSG } from "../core/messages/taskpane";
import { CheckSummary, parseSummary } from "./check";

const M = PANE_MSG.ribbon;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  style?: Partial<CSSStyleDeclaration>
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (style) Object.assign(e.style, style);
  return e;
}

const ERROR_COLOR = "#A4262C";
const WARNING_COLOR = "#8A5300";

/** Build the page into `root` (exported for tests and the preview). */
export function renderResult(
  root: HTMLElement,
  summary: CheckSummary | null,
  onClose: () => void
): void {
  root.textContent = "";
  Object.assign(root.style, {
    fontFamily: '"Segoe UI", system-ui, sans-serif',
    fontSize: "14px",
    lineHeight: "20px",
    padding: "16px",
    margin: "0",
    color: "#242424",
  });
  const title = el("h1", M.title, {
    fontSize: "18px",
    lineHeight: "24px",
    margin: "0 0 8px",
    fontWeight: "600",
  });
  root.appendChild(title);
  if (!summary) {
    root.appendChild(el("p", M.failed));
  } else if (summary.x) {
    root.appendChild(
      el("p", summary.nf ? M.noForm : M.failed, {
        fontWeight: "600",
        color: ERROR_COLOR,
        margin: "0 0 4px",
      })
    );
    root.appendChild(el("p", summary.x, { margin: "0 0 12px" }));
  } else {
    const clean = summary.e === 0 && summary.w === 0;
    root.appendChild(
      el("p", clean ? M.clean : M.counts(summary.e, summary.w), {
        fontWeight: "600",
        margin: "0 0 8px",
        color: summary.e ? ERROR_COLOR : clean ? "#0E700E" : WARNING_COLOR,
      })
    );
    if (!clean) {
      root.appendChild(el("p", M.marked, { margin: "0 0 8px" }));
      if (summary.f.length) {
        root.appendChild(el("p", M.first, { margin: "0 0 4px" }));
        const ul = el("ul", undefined, { margin: "0 0 8px", paddingLeft: "20px" });
        for (const [cell, sev, message] of summary.f) {
          const li = el("li", undefined, { margin: "0 0 4px" });
          li.appendChild(
            el("strong", `${cell}`, { color: sev === "e" ? ERROR_COLOR : WARNING_COLOR })
          );
          li.appendChild(
            document.createTextNode(
              ` (${PANE_MSG.severity[sev === "e" ? "error" : "warning"].toLowerCase()}): ${message}`
            )
          );
          ul.appendChild(li);
        }
        root.appendChild(ul);
      }
      if (summary.more > 0) root.appendChild(el("p", M.more(summary.more), { margin: "0 0 8px" }));
    }
  }
  const button = el("button", M.close, {
    font: "inherit",
    fontWeight: "600",
    padding: "5px 20px",
    minWidth: "96px",
    border: "1px solid #0F6CBD",
    borderRadius: "4px",
    background: "#0F6CBD",
    color: "#FFFFFF",
    cursor: "pointer",
    marginTop: "4px",
  });
  button.type = "button";
  button.addEventListener("click", onClose);
  root.appendChild(button);
  button.focus();
}

/** Entry when commands.html is opened as the result dialog. */
export function startResultDialog(): void {
  document.documentElement.lang = "vi";
  document.title = M.title;
  const summary = parseSummary(window.location.hash);
  // messageParent needs Office.js initialised in the dialog too.
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") void Office.onReady();
  const close = () => {
    try {
      Office.context.ui.messageParent("close");
    } catch {
      window.close();
    }
  };
  const show = () => renderResult(document.body, summary, close);
  if (document.body) show();
  else document.addEventListener("DOMContentLoaded", show);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });
}
