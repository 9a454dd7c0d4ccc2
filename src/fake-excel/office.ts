// A fake of the small part of the Office namespace the add-in touches: requirement-set checks and
// the document settings property bag (Common API). Browser-safe.

import { compareVersions, FakeSession } from "./client";

export interface FakeAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { name: string; message: string; code: number };
}

/**
 * Office.context.document.settings: an in-memory copy of the document's settings taken when the
 * runtime starts, persisted with saveAsync (which writes the whole bag: keys removed from the copy
 * are removed from the document) and re-read with refreshAsync. "The Settings object is
 * automatically loaded as part of the Document object" and get/set/remove "operate only on the
 * in-memory copy" (learn.microsoft.com/javascript/api/office/office.settings;
 * persisting-add-in-state-and-settings). A ribbon command running in its own runtime therefore
 * holds its own copy: what the task pane saved meanwhile is invisible to it until refreshAsync.
 */
export class FakeDocumentSettings {
  private bag: Record<string, string>;
  constructor(private readonly session: FakeSession) {
    this.bag = { ...session.model.documentSettings };
  }
  get(name: string): unknown {
    const json = this.bag[name];
    return json === undefined ? null : JSON.parse(json);
  }
  set(name: string, value: unknown): void {
    this.bag[name] = JSON.stringify(value ?? null);
  }
  remove(name: string): void {
    delete this.bag[name];
  }
  saveAsync(optionsOrCallback?: unknown, callback?: (r: FakeAsyncResult<void>) => void): void {
    const cb = (typeof optionsOrCallback === "function" ? optionsOrCallback : callback) as
      ((r: FakeAsyncResult<void>) => void) | undefined;
    setTimeout(() => {
      this.session.model.documentSettings = { ...this.bag };
      cb?.({ status: "succeeded", value: undefined });
    }, 0);
  }
  refreshAsync(callback?: (r: FakeAsyncResult<FakeDocumentSettings>) => void): void {
    setTimeout(() => {
      this.bag = { ...this.session.model.documentSettings };
      callback?.({ status: "succeeded", value: this });
    }, 0);
  }
}

export interface FakeOffice {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: { settings: FakeDocumentSettings };
  };
  HostType: { Excel: "Excel" };
  onReady(
    callback?: (info: { host: string; platform: string }) => void
  ): Promise<{ host: string; platform: string }>;
}

export function createFakeOffice(session: FakeSession): FakeOffice {
  const settings = new FakeDocumentSettings(session);
  return {
    context: {
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (name.toLowerCase() !== "excelapi") return false;
          // The number overload is deprecated in Office.js because 1.10 reads as 1.1; same here.
          const v = minVersion === undefined ? "1.1" : String(minVersion);
          return compareVersions(v, session.options.maxExcelApi) <= 0;
        },
      },
      document: { settings },
    },
    HostType: { Excel: "Excel" },
    onReady(callback) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
  };
}
