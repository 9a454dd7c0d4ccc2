// The load/sync machinery of the fake: proxies queue actions; context.sync() runs them in queue
// order against the model, then delivers loaded values. Reading a property that was neither
// loaded-and-synced nor set locally throws like Office.js. Browser-safe.

import { FakeRichApiError, propertyNotLoaded, valueNotLoaded } from "./errors";
import type { FakeWorkbookModel } from "./model";
import { utf8Length } from "../core/text/utf8";

export interface FakeSessionOptions {
  /** Highest ExcelApi requirement set the fake host implements, e.g. "1.18", "1.10", "1.1". */
  maxExcelApi: string;
  /**
   * Request and response size limit per sync, in UTF-8 bytes of JSON (Excel on the web: 5 MB for
   * requests and for responses, "Payload size limit best practices",
   * learn.microsoft.com/office/dev/add-ins/excel/performance). Infinity = desktop.
   */
  payloadLimitBytes: number;
  /**
   * How an oversized payload is refused: "exact" answers RequestPayloadSizeLimitExceeded or
   * ResponsePayloadSizeLimitExceeded (the codes Excel uses, see microsoftgraph/microsoft-graph-docs#15709);
   * "general" answers GeneralException ("An internal error has occurred", as reported in
   * OfficeDev/office-js-docs-reference#354 for a large Range.values write on the web).
   */
  payloadError?: "exact" | "general";
  /**
   * Cells a single get (values, formulas, numberFormat, valueTypes, getCellProperties) may cover;
   * above it Excel may hand back `null` instead of an error (OfficeDev/office-js-docs-pr#5821:
   * "Range.values returns null instead"). Default 5,000,000 on every platform.
   */
  maxGetCells?: number;
  /** UI language of the host: error messages come in it (a GeneralException's text is not English everywhere). */
  language?: string;
  /** Methods that fail with NotImplemented on this build, e.g. "CommentCollection.add". */
  notImplemented?: string[];
}

/** State shared by every Excel.run() of one fake: the workbook and the sync counter. */
export interface FakeSession {
  model: FakeWorkbookModel;
  options: FakeSessionOptions;
  syncCount: number;
  /** Payload of the last sync (request, response), as estimated by the fake. */
  lastPayload: { request: number; response: number };
  /** Largest request and response of any sync so far (the bench prints them). */
  maxPayload: { request: number; response: number };
}

/** Compare dotted versions: -1, 0, 1. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((x) => parseInt(x, 10) || 0);
  const pb = b.split(".").map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** What an executed action hands back: its response size and how to deliver it once the whole batch succeeded. */
export interface Commit {
  bytes: number;
  apply(): void;
}

interface Action {
  requestBytes: number;
  run(): Commit | void;
}

/** Size of a value as JSON in UTF-8 bytes. */
export function jsonSize(v: unknown): number {
  if (v === undefined) return 0;
  try {
    const text = JSON.stringify(v);
    return text === undefined ? 0 : utf8Length(text);
  } catch {
    return 16;
  }
}

/** Text of a GeneralException in the host's UI language (only the code is stable across languages). */
export function generalExceptionText(language: string | undefined): string {
  if (language && language.toLowerCase().startsWith("vi")) return "Đã xảy ra lỗi nội bộ.";
  return "An internal error has occurred.";
}

function payloadRefusal(
  session: FakeSession,
  which: "Request" | "Response",
  size: number,
  limit: number
): FakeRichApiError {
  if (session.options.payloadError === "general")
    return new FakeRichApiError(
      "GeneralException",
      generalExceptionText(session.options.language),
      "context.sync"
    );
  return new FakeRichApiError(
    `${which}PayloadSizeLimitExceeded`,
    `The ${which.toLowerCase()} payload (${size} bytes) exceeds the host's limit of ${limit} bytes.`,
    "context.sync"
  );
}

function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(deepCopy) as unknown as T;
  if (v && typeof v === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) o[k] = deepCopy(x);
    return o as T;
  }
  return v;
}

const ACTION_OVERHEAD = 48;

export class FakeRequestContext {
  /** @internal */
  readonly _session: FakeSession;
  private _queue: Action[] = [];
  /** Syncs made through this context. */
  syncCount = 0;
  /** Office.js keeps objects alive across syncs inside Excel.run; nothing to do in the fake. */
  readonly trackedObjects = { add(): void {}, remove(): void {} };

  constructor(session: FakeSession) {
    this._session = session;
  }

  /** @internal */
  get _model(): FakeWorkbookModel {
    return this._session.model;
  }

  /** @internal */
  _supports(version: string): boolean {
    return compareVersions(version, this._session.options.maxExcelApi) <= 0;
  }

  /** @internal */
  _enqueue(a: Action): void {
    this._queue.push(a);
  }

  /** @internal */
  get _pending(): number {
    return this._queue.length;
  }

  async sync(): Promise<void> {
    const session = this._session;
    session.syncCount += 1;
    this.syncCount += 1;
    const actions = this._queue;
    this._queue = [];
    // A round trip: yield to the event loop like the real host does.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    const limit = session.options.payloadLimitBytes;
    const request = actions.reduce((n, a) => n + a.requestBytes, 0);
    session.lastPayload = { request, response: 0 };
    if (request > limit) throw payloadRefusal(session, "Request", request, limit);
    if (session.maxPayload)
      session.maxPayload.request = Math.max(session.maxPayload.request, request);
    // Actions run in queue order; a failing action stops the batch, and what ran before it stays
    // applied (Office batches are not transactions). Loads of a failed batch are not delivered.
    const commits: Commit[] = [];
    for (const a of actions) {
      const c = a.run();
      if (c) commits.push(c);
    }
    const response = commits.reduce((n, c) => n + c.bytes, 0);
    session.lastPayload = { request, response };
    if (response > limit) throw payloadRefusal(session, "Response", response, limit);
    if (session.maxPayload)
      session.maxPayload.response = Math.max(session.maxPayload.response, response);
    for (const c of commits) c.apply();
  }
}

type LoadSpec =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

/** Split a load argument into property paths: "values, format/fill/color" → [["values"], ["format","fill","color"]]. */
export function parseLoadSpec(spec: LoadSpec): string[][] {
  if (spec === undefined || spec === null) return [];
  let parts: string[] = [];
  const add = (x: string | string[] | undefined) => {
    if (!x) return;
    const list = Array.isArray(x) ? x : x.split(",");
    for (const p of list) if (p.trim()) parts.push(p.trim());
  };
  if (typeof spec === "string" || Array.isArray(spec)) add(spec);
  else {
    add(spec.select);
    add(spec.expand);
  }
  parts = parts.map((p) => p.replace(/\./g, "/"));
  return parts.map((p) => p.split("/").filter(Boolean));
}

export interface ProxyOptions {
  orNull?: boolean;
  /** ExcelApi version the object needs; actions on it fail with ApiNotFound above the fake's max. */
  api?: string;
  /** Created by a method call: resolved at its place in the queue (like an Office "instantiate" action). */
  instantiate?: boolean;
}

const UNRESOLVED = 0;
const RESOLVED = 1;
const NULL = 2;

/**
 * A proxy. `C` is the request context its subclasses see (the Excel proxies' context also builds
 * the one child whose class would otherwise be an import cycle: see objects/context.ts).
 */
export abstract class FakeClientObject<
  T = unknown,
  C extends FakeRequestContext = FakeRequestContext,
> {
  readonly context: C;
  /** @internal */
  abstract readonly _typeName: string;
  private readonly _parent: FakeClientObject | null;
  private readonly _resolver: (parentTarget: unknown) => T | null | undefined;
  private readonly _orNull: boolean;
  private readonly _api: string | undefined;
  private _state = UNRESOLVED;
  private _target: T | null = null;
  private _isNull: boolean | undefined;
  private readonly _loaded = new Map<string, unknown>();
  private readonly _local = new Map<string, unknown>();
  private readonly _navCache = new Map<string, FakeClientObject>();

  constructor(
    ctx: C,
    parent: FakeClientObject | null,
    resolver: (parentTarget: unknown) => T | null | undefined,
    opts: ProxyOptions = {}
  ) {
    this.context = ctx;
    this._parent = parent;
    this._resolver = resolver;
    this._orNull = !!opts.orNull;
    this._api = opts.api;
    if (opts.instantiate) {
      ctx._enqueue({
        requestBytes: ACTION_OVERHEAD,
        run: () => {
          this._resolve();
          return { bytes: 8, apply: () => (this._isNull = this._state === NULL) };
        },
      });
    }
  }

  /** True when a *OrNullObject call found nothing. Like Office.js, readable only after a sync. */
  get isNullObject(): boolean {
    if (this._isNull === undefined)
      throw propertyNotLoaded("isNullObject", this._typeName + ".isNullObject");
    return this._isNull;
  }

  /** @internal Resolve this proxy to its model target at the current point of the batch. */
  _resolve(): T | null {
    if (this._state === RESOLVED) return this._target;
    if (this._state === NULL) return null;
    if (this._api && !this.context._supports(this._api)) {
      throw new FakeRichApiError(
        "ApiNotFound",
        `${this._typeName} needs ExcelApi ${this._api}; this host implements up to ${this.context._session.options.maxExcelApi}.`,
        this._typeName
      );
    }
    let pt: unknown = undefined;
    if (this._parent) {
      pt = this._parent._resolve();
      if (pt === null) {
        // How Office treats calls made on a null object is not documented; the fake refuses them
        // so that host code never depends on it.
        throw new FakeRichApiError(
          "InvalidObjectPath",
          `${this._typeName} was reached through a null object; check isNullObject after a sync first.`,
          this._typeName
        );
      }
    }
    const t = this._resolver(pt);
    if (t === null || t === undefined) {
      if (this._orNull) {
        this._state = NULL;
        return null;
      }
      throw new FakeRichApiError(
        "ItemNotFound",
        `${this._typeName}: the requested item does not exist.`,
        this._typeName
      );
    }
    this._state = RESOLVED;
    this._target = t;
    return t;
  }

  /** @internal Resolve or fail on a null object (for sets and method calls). */
  _resolveStrict(location: string): T {
    const t = this._resolve();
    if (t === null)
      throw new FakeRichApiError(
        "InvalidObjectPath",
        `${location} was called on a null object.`,
        location
      );
    return t;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context._enqueue({
      requestBytes: ACTION_OVERHEAD + jsonSize(paths),
      run: () => this._runLoad(paths),
    });
    return this;
  }

  /** @internal */
  _runLoad(paths: string[][]): Commit {
    const t = this._resolve();
    if (t === null) return { bytes: 8, apply: () => (this._isNull = true) };
    return this._readProps(t, paths);
  }

  /** @internal Scalar property names loaded by a bare load(). */
  abstract _scalarNames(): string[];
  /** @internal Value of a scalar property from the model. */
  abstract _scalar(t: T, name: string): unknown;
  /** @internal Navigation property (format, fill, protection…), or undefined. */
  _nav(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  /** @internal */
  _readProps(t: T, paths: string[][]): Commit {
    const wanted = paths.length === 0 ? this._scalarNames().map((n) => [n]) : paths;
    const values = new Map<string, unknown>();
    const groups = new Map<string, string[][]>();
    for (const p of wanted) {
      const [head, ...rest] = p;
      if (rest.length === 0 && this._scalarNames().includes(head)) {
        if (!values.has(head)) values.set(head, deepCopy(this._scalar(t, head)));
      } else {
        const g = groups.get(head) ?? [];
        if (rest.length) g.push(rest);
        groups.set(head, g);
      }
    }
    const subs: Commit[] = [];
    for (const [head, rest] of groups) {
      const nav = this._nav(head);
      if (!nav)
        throw new FakeRichApiError(
          "InvalidArgument",
          `${this._typeName} has no property "${head}" to load.`,
          this._typeName + ".load"
        );
      subs.push(nav._runLoad(rest));
    }
    let bytes = 0;
    for (const v of values.values()) bytes += jsonSize(v) + 8;
    for (const s of subs) bytes += s.bytes;
    return {
      bytes,
      apply: () => {
        for (const [k, v] of values) {
          this._loaded.set(k, v);
          this._local.delete(k);
        }
        this._isNull = false;
        for (const s of subs) s.apply();
      },
    };
  }

  /** @internal Cached navigation child. */
  protected _child<C extends FakeClientObject>(name: string, make: () => C): C {
    let c = this._navCache.get(name);
    if (!c) {
      c = make();
      this._navCache.set(name, c);
    }
    return c as C;
  }

  /** @internal Read a scalar: a locally set value, else the loaded one, else throw like Office.js. */
  protected _get<V>(name: string): V {
    if (this._local.has(name)) return this._local.get(name) as V;
    if (this._loaded.has(name)) return this._loaded.get(name) as V;
    if (this._isNull === true) return undefined as V;
    throw propertyNotLoaded(name, `${this._typeName}.${name}`);
  }

  /** @internal Queue a property write; apply(t, value) runs during the sync. */
  protected _set(name: string, value: unknown, apply: (t: T, value: unknown) => void): void {
    this._local.set(name, value);
    const copy = deepCopy(value);
    this.context._enqueue({
      requestBytes: ACTION_OVERHEAD + jsonSize(copy),
      run: () => {
        apply(this._resolveStrict(`${this._typeName}.${name}`), copy);
      },
    });
  }

  /** @internal Queue a method call with no result. */
  protected _call(name: string, fn: (t: T) => void, requestBytes = ACTION_OVERHEAD): void {
    this.context._enqueue({
      requestBytes,
      run: () => {
        fn(this._resolveStrict(`${this._typeName}.${name}`));
      },
    });
  }

  /** @internal Queue a method call whose result is delivered at sync. */
  protected _callResult<R>(
    name: string,
    fn: (t: T) => R,
    requestBytes = ACTION_OVERHEAD
  ): FakeClientResult<R> {
    const result = new FakeClientResult<R>();
    this.context._enqueue({
      requestBytes,
      run: () => {
        const v = deepCopy(fn(this._resolveStrict(`${this._typeName}.${name}`)));
        return { bytes: jsonSize(v) + 8, apply: () => result._deliver(v) };
      },
    });
    return result;
  }

  /** @internal Require an API version for a call made on this object (fails at sync, like Office). */
  protected _requireApi(version: string, what: string): void {
    if (this.context._supports(version)) return;
    this.context._enqueue({
      requestBytes: ACTION_OVERHEAD,
      run: () => {
        throw new FakeRichApiError(
          "ApiNotFound",
          `${what} needs ExcelApi ${version}; this host implements up to ${this.context._session.options.maxExcelApi}.`,
          what
        );
      },
    });
  }

  toJSON(): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) o[k] = v;
    return o;
  }
}

export class FakeClientResult<R> {
  private _value: R | undefined;
  private _has = false;
  get value(): R {
    if (!this._has) throw valueNotLoaded();
    return this._value as R;
  }
  /** @internal */
  _deliver(v: R): void {
    this._value = v;
    this._has = true;
  }
}

/**
 * A collection proxy: `items` exists after load + sync. Item proxies are created at delivery and
 * resolve to the entity they were built from.
 */
export abstract class FakeCollection<
  T,
  I extends FakeClientObject,
  C extends FakeRequestContext = FakeRequestContext,
> extends FakeClientObject<T, C> {
  private _items: I[] | undefined;

  get items(): I[] {
    if (this._items === undefined) throw propertyNotLoaded("items", this._typeName + ".items");
    return this._items;
  }

  /** @internal Entities of the collection at this point of the batch. */
  abstract _entities(t: T): unknown[];
  /** @internal A proxy for one entity. */
  abstract _itemFor(entity: unknown): I;

  _scalarNames(): string[] {
    return [];
  }
  _scalar(): unknown {
    return undefined;
  }

  override _readProps(t: T, paths: string[][]): Commit {
    const itemPaths = paths
      .map((p) => (p[0] === "items" ? p.slice(1) : p))
      .filter((p) => p.length > 0);
    const entities = this._entities(t);
    const items = entities.map((e) => this._itemFor(e));
    const subs = items.map((it) => {
      const target = it._resolve();
      if (target === null)
        throw new FakeRichApiError(
          "ItemNotFound",
          `${this._typeName}: an item vanished while loading.`,
          this._typeName
        );
      return it._readProps(target as never, itemPaths);
    });
    return {
      bytes: subs.reduce((n, s) => n + s.bytes, 8),
      apply: () => {
        for (const s of subs) s.apply();
        this._items = items;
      },
    };
  }
}
