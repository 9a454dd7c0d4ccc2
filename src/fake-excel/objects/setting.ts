// Excel.Setting in the fake (ExcelApi 1.4): one key of the workbook's settings. Browser-safe.

import { FakeClientObject } from "../client";
import type { FakeExcelContext } from "./context";

export class FakeSetting extends FakeClientObject<{ key: string }, FakeExcelContext> {
  readonly _typeName = "Setting";
  constructor(
    ctx: FakeExcelContext,
    key: string,
    opts: { instantiate?: boolean; orNull?: boolean } = {}
  ) {
    super(ctx, null, () => (ctx._model.settings.has(key) ? { key } : null), {
      ...opts,
      api: "1.4",
    });
  }
  _scalarNames(): string[] {
    return ["key", "value"];
  }
  _scalar(t: { key: string }, name: string): unknown {
    if (name === "key") return t.key;
    const json = this.context._model.settings.get(t.key);
    return json === undefined ? null : JSON.parse(json);
  }
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v, (t, value) => {
      this.context._model.settings.set(t.key, JSON.stringify(value ?? null));
    });
  }
  delete(): void {
    this._call("delete", (t) => {
      this.context._model.settings.delete(t.key);
    });
  }
}
