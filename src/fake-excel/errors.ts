// Errors shaped like OfficeExtension.Error (name "RichApi.Error", code, debugInfo).

export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "AccessDenied"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "NotImplemented"
  | "GeneralException";

export class FakeRichApiError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };
  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** The error Office.js raises when a proxy property is read before load() + sync(). */
export function propertyNotLoaded(property: string, location: string): FakeRichApiError {
  return new FakeRichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, ` +
      `call the load method on the containing object and call "context.sync()" on the associated request context.`,
    location
  );
}

export function valueNotLoaded(): FakeRichApiError {
  return new FakeRichApiError(
    "ValueNotLoaded",
    `The value of this result is not available yet: call "context.sync()" on the associated request context before reading it.`,
    "ClientResult.value"
  );
}
