// Function commands of the ribbon (manifest: FunctionFile → commands.html).
// "Kiểm tra" runs `checkWorkbook` without opening the task pane.

/** The ribbon's function name, as written in manifest.xml (<FunctionName>). */
export const CHECK_WORKBOOK = "checkWorkbook";

/**
 * Handler of the "Kiểm tra" button.
 *
 * TODO(integrate-runCheckCommand): when src/host/excel/commands.ts exists,
 * import `runCheckCommand` from "../host/excel/commands" and call it here:
 *   try { await runCheckCommand(); } finally { event.completed(); }
 * It reads the workbook, checks Biểu 06a, marks the cells and tells the
 * result. Until then the button does nothing visible and completes at once.
 */
export function checkWorkbook(event?: Office.AddinCommands.Event): void {
  // Office waits for completed(); forgetting it leaves the button busy.
  event?.completed();
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

register();
