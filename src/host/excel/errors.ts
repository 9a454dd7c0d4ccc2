// Errors the host raises, each with Vietnamese text for the clerk and a stable code for the UI.
import { HOST_MSG } from "./messages";

export type HostErrorCode =
  | "sheet-protected"
  | "sheet-not-found"
  | "sheet-not-read"
  | "sheet-exists"
  | "payload-too-large"
  | "journal-too-large"
  | "journal-not-saved"
  | "nothing-to-undo"
  | "nothing-to-clear"
  | "excel";

export class HostError extends Error {
  readonly code: HostErrorCode;
  /** The Office error behind it, if any. */
  readonly officeCode?: string;
  constructor(code: HostErrorCode, message: string, officeCode?: string) {
    super(message);
    this.name = "HostError";
    this.code = code;
    this.officeCode = officeCode;
  }
}

/** The `code` of an OfficeExtension.Error (or the fake's), if `e` is one. */
export function officeErrorCode(e: unknown): string | undefined {
  if (e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string")
    return (e as { code: string }).code;
  return undefined;
}

/**
 * Excel refused a payload: RequestPayloadSizeLimitExceeded or ResponsePayloadSizeLimitExceeded
 * (Excel on the web, 5 MB each way: learn.microsoft.com/office/dev/add-ins/excel/performance,
 * "Payload size limit best practices"; the response code as Excel spells it:
 * microsoftgraph/microsoft-graph-docs#15709). With `general`, a GeneralException counts too: the
 * web has answered an oversized batch with "An internal error has occurred"
 * (OfficeDev/office-js-docs-reference#354), and its text is in the UI language, so only the code
 * can be tested; callers pass `general` only where they can retry smaller and stop at one row.
 */
export function isPayloadError(e: unknown, opts: { general?: boolean } = {}): boolean {
  const code = officeErrorCode(e);
  if (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "PayloadTooLarge"
  )
    return true;
  return !!opts.general && code === "GeneralException";
}

/** Turn an Office error into a HostError with a clerk-readable message (HostErrors pass through). */
export function toHostError(e: unknown, hint: { sheetsNotFound?: string[] } = {}): HostError {
  if (e instanceof HostError) return e;
  const code = officeErrorCode(e);
  const detail = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "AccessDenied":
      return new HostError("sheet-protected", HOST_MSG.someSheetProtected, code);
    case "ItemNotFound":
      if (hint.sheetsNotFound?.length)
        return new HostError("sheet-not-found", HOST_MSG.sheetsNotFound(hint.sheetsNotFound), code);
      return new HostError("excel", HOST_MSG.excelError(detail), code);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "PayloadTooLarge":
      return new HostError("payload-too-large", HOST_MSG.payloadTooLarge, code);
    default:
      return new HostError("excel", HOST_MSG.excelError(detail), code);
  }
}
