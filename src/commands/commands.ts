// Function commands of the ribbon (manifest: FunctionFile → commands.html).
// "Kiểm tra" runs `checkWorkbook`: it checks and marks the workbook without opening the task
// pane, then shows the result in a small dialog (this same page, opened with ?dialog=check).
import { DIALOG_QUERY, runCheckCommand } from "./check";
import { PaneController } from "../taskpane/controller";
import { startResultDialog } from "./resultDialog";

/** The ribbon's function name, as written in manifest.xml (<FunctionName>). */
export const CHECK_WORKBOOK = "checkWorkbook";

/** One controller for the runtime's life: it remembers the workbook's sheet names between clicks. */
let controller: PaneController | null = null;

/** Handler of the "Kiểm tra" button. Office waits for event.completed(): runCheckCommand always calls it. */
export function checkWorkbook(event?: Office.AddinCommands.Event): void {
  controller = controller ?? new PaneController();
  const ui = typeof Office !== "undefined" ? Office.context?.ui : undefined;
  const types =
    typeof Office !== "undefined" && Office.EventType
      ? {
          message: String(Office.EventType.DialogMessageReceived),
          event: String(Office.EventType.DialogEventReceived),
        }
      : undefined;
  void runCheckCommand(event, {
    controller,
    baseUrl: window.location.href,
    ui: ui as never,
    eventTypes: types,
  });
}

/** Register the handlers with Office, with every mechanism the host offers. */
function register(): void {
  // Legacy path: older clients look the function up on the global object.
  (globalThis as Record<string, unknown>)[CHECK_WORKBOOK] = checkWorkbook;

  if (typeof Office === "undefined") return; // commands.html opened outside Office
  Office.onReady(() => {
    // Office.actions.associate is not in every client (feature-detect).
    const actions = (Office as { actions?: Partial<typeof Office.actions> }).actions;
    if (actions && typeof actions.associate === "function") {
      actions.associate(CHECK_WORKBOOK, checkWorkbook);
    }
  });
}

if (typeof window !== "undefined" && window.location.search.includes(DIALOG_QUERY))
  startResultDialog();
else register();
