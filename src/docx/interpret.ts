// A Handlebars interpreter: runs the AST that Handlebars' parser builds, without compiling it
// to JavaScript. Why: Handlebars.compile makes code with `new Function`, which the task pane's
// Content-Security-Policy (no 'unsafe-eval') forbids; walking the AST needs no eval at all.
// It also keeps the report environment's guarantees in one place:
// - every mustache ({{x}}, {{{x}}}, {{&x}}) goes through the given escape unless a helper
//   returned a SafeString;
// - a path reads own properties only: no prototype, no constructor, no __proto__; functions
//   found in the data are never called;
// - partials and helpers come from prototype-free maps.
// Supported: content, comments, mustaches, blocks with else, sub-expressions, hash
// arguments, literals, paths with ../, this, @root/@index/@key/@first/@last, block params
// (as |x i|), the built-in helpers if/unless/each/with/lookup/log, partials (named, dynamic,
// with a context or hash, partial blocks, {{#*inline}}); whitespace control as the parser
// applies it. Anything else (other decorators) is an error.
import Handlebars from "handlebars";

/** Bounds of one render: nesting, steps, output (a template must not run without limit). */
export const INTERPRET_LIMITS = {
  /** Blocks and partials inside each other (a partial that includes itself stops here). */
  depth: 64,
  /** Statements and expressions evaluated. */
  steps: 1_000_000,
  /** Characters of output. */
  output: 20_000_000,
};

/** An error of a render, with the template line of its cause when known. */
export class InterpretError extends Error {
  constructor(
    message: string,
    public line: number | null = null,
    readonly limit: "depth" | "steps" | "output" | null = null
  ) {
    super(message);
    this.name = "InterpretError";
  }
}

export class SafeString {
  constructor(private readonly s: string) {}
  toString(): string {
    return this.s;
  }
}

export interface HelperOptions {
  fn: (context: unknown, opts?: { data?: DataFrame; blockParams?: unknown[] }) => string;
  inverse: (context: unknown, opts?: { data?: DataFrame; blockParams?: unknown[] }) => string;
  hash: Record<string, unknown>;
  data: DataFrame;
  name: string;
}

export type Helper = (...args: unknown[]) => unknown;

export interface InterpretEnv {
  helpers: Record<string, Helper>;
  partials: Record<string, string>;
  /** Applied to every mustache's text (not to SafeString results). */
  escape: (s: string) => string;
}

/** @-variables of a frame; `_parent` chains to the enclosing frame. */
export type DataFrame = Record<string, unknown> & { _parent?: DataFrame };

// ---- AST (the subset of Handlebars' hbs.AST we walk) ------------------------------------

interface Node {
  type: string;
  loc?: { start: { line: number; column: number } };
}
interface Program extends Node {
  body: Node[];
  blockParams?: string[];
}
interface PathExpr extends Node {
  type: "PathExpression";
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
}
interface Literal extends Node {
  value: unknown;
}
interface Hash extends Node {
  pairs: { key: string; value: Node }[];
}
interface CallNode extends Node {
  path: Node;
  params: Node[];
  hash?: Hash;
}
interface Block extends CallNode {
  program: Program | null;
  inverse: Program | null;
}
interface Partial extends Node {
  name: Node;
  params: Node[];
  hash?: Hash;
  indent?: string;
  program?: Program;
}

// ---- Evaluation state --------------------------------------------------------------------

interface Scope {
  /** Contexts, innermost first; a block that keeps the context pushes nothing (as Handlebars' depths). */
  contexts: unknown[];
  data: DataFrame;
  /** Block parameter maps, innermost first. */
  blockParams: Record<string, unknown>[];
  /** Inline partials, innermost first. */
  inline: Record<string, Program>[];
}

const own = (o: unknown, k: string): boolean =>
  o !== null && o !== undefined && Object.prototype.hasOwnProperty.call(Object(o), k);

function get(o: unknown, k: string): unknown {
  if (!own(o, k)) return undefined;
  const v = (o as Record<string, unknown>)[k];
  return typeof v === "function" ? undefined : v;
}

function isEmpty(v: unknown): boolean {
  if (!v && v !== 0) return true;
  return Array.isArray(v) && v.length === 0;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v);
}

export class Interpreter {
  private readonly helpers: Record<string, Helper> = Object.create(null);
  private readonly partials: Record<string, Program> = Object.create(null);
  private readonly escape: (s: string) => string;

  constructor(env: InterpretEnv) {
    this.escape = env.escape;
    for (const [k, h] of Object.entries(env.helpers)) this.helpers[k] = h;
    for (const [k, src] of Object.entries(env.partials)) this.partials[k] = Interpreter.parse(src);
  }

  /** Parse a template (Handlebars' own parser, whitespace control applied); throws on syntax errors. */
  static parse(source: string): Program {
    return Handlebars.parse(source) as unknown as Program;
  }

  private depth = 0;
  private steps = 0;
  private emitted = 0;

  render(program: Program, context: unknown): string {
    const data: DataFrame = { root: context };
    this.depth = 0;
    this.steps = 0;
    this.emitted = 0;
    return this.program(program, { contexts: [context], data, blockParams: [], inline: [] });
  }

  private emit(t: string): string {
    this.emitted += t.length;
    if (this.emitted > INTERPRET_LIMITS.output) throw new InterpretError("output", null, "output");
    return t;
  }

  // ---- Statements ----

  private program(p: Program | null, s: Scope): string {
    if (!p) return "";
    // Inline partials declared in this program are visible to all of it (as Handlebars hoists them).
    const inline: Record<string, Program> = Object.create(null);
    for (const n of p.body) {
      if (n.type === "DecoratorBlock") {
        const d = n as Block;
        const name = (d.path as PathExpr).original;
        if (name !== "inline") throw new Error(`Decorator không được hỗ trợ: ${name}`);
        const pn = this.expr(d.params[0], s);
        if (typeof pn !== "string") throw new Error("{{#*inline}} cần tên partial");
        if (d.program) inline[pn] = d.program;
      } else if (n.type === "Decorator") {
        throw new Error(
          `Decorator không được hỗ trợ: ${((n as CallNode).path as PathExpr).original}`
        );
      }
    }
    const scope = Object.keys(inline).length ? { ...s, inline: [inline, ...s.inline] } : s;
    if (++this.depth > INTERPRET_LIMITS.depth) throw new InterpretError("depth", null, "depth");
    try {
      let out = "";
      for (const n of p.body) out += this.statement(n, scope);
      return out;
    } finally {
      this.depth--;
    }
  }

  /** One statement; an error without a line gets this statement's (the innermost cause). */
  private statement(n: Node, s: Scope): string {
    if (++this.steps > INTERPRET_LIMITS.steps)
      throw new InterpretError("steps", n.loc?.start.line ?? null, "steps");
    try {
      return this.statementOf(n, s);
    } catch (e) {
      if (e instanceof InterpretError) {
        if (e.line === null && n.loc) e.line = n.loc.start.line;
        throw e;
      }
      if (e instanceof RangeError)
        throw new InterpretError("depth", n.loc?.start.line ?? null, "depth"); // call stack
      throw new InterpretError(
        e instanceof Error ? e.message : String(e),
        n.loc?.start.line ?? null
      );
    }
  }

  private statementOf(n: Node, s: Scope): string {
    switch (n.type) {
      case "ContentStatement":
        return this.emit((n as unknown as { value: string }).value);
      case "CommentStatement":
      case "DecoratorBlock":
      case "Decorator":
        return "";
      case "MustacheStatement":
        return this.mustache(n as CallNode, s);
      case "BlockStatement":
        return this.block(n as Block, s);
      case "PartialStatement":
        return this.partial(n as Partial, s, null);
      case "PartialBlockStatement":
        return this.partial(n as Partial, s, (n as Partial).program ?? null);
      default:
        throw new Error(`Cú pháp không được hỗ trợ: ${n.type}`);
    }
  }

  private mustache(m: CallNode, s: Scope): string {
    const v = this.call(m, s);
    if (v instanceof SafeString) return this.emit(v.toString());
    return this.emit(this.escape(text(v)));
  }

  /** A mustache or sub-expression: a helper call, or a value. */
  private call(m: CallNode, s: Scope): unknown {
    const helper = this.helperOf(m.path);
    const hasArgs = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0;
    if (helper) {
      const args = m.params.map((p) => this.expr(p, s));
      return helper.call(s.contexts[0], ...args, this.options(m, s, null, null));
    }
    if (hasArgs) throw new Error(`Không có hàm "${(m.path as PathExpr).original ?? "?"}"`);
    return this.expr(m.path, s);
  }

  private block(b: Block, s: Scope): string {
    const name = b.path.type === "PathExpression" ? (b.path as PathExpr).original : "";
    const args = () => b.params.map((p) => this.expr(p, s));
    const simple =
      b.path.type === "PathExpression" &&
      (b.path as PathExpr).parts.length === 1 &&
      !(b.path as PathExpr).data &&
      (b.path as PathExpr).depth === 0;
    if (simple && !own(this.helpers, name)) {
      switch (name) {
        case "if":
        case "unless": {
          const [cond] = args();
          const includeZero = this.hash(b.hash, s).includeZero === true;
          const falsy = (!includeZero && !cond) || isEmpty(cond);
          return falsy !== (name === "unless")
            ? this.program(b.inverse, s)
            : this.program(b.program, s);
        }
        case "with": {
          const [ctx] = args();
          if (isEmpty(ctx)) return this.program(b.inverse, s);
          return this.program(b.program, this.enter(s, ctx, undefined, b.program, [ctx]));
        }
        case "each":
          return this.each(args()[0], b, s);
      }
    }
    const helper = this.helperOf(b.path);
    if (helper)
      return text(helper.call(s.contexts[0], ...args(), this.options(b, s, b.program, b.inverse)));
    if (b.params.length || b.hash?.pairs.length) throw new Error(`Không có hàm "${name}"`);
    // A block over a value (Handlebars' blockHelperMissing).
    const v = this.expr(b.path, s);
    if (v === true) return this.program(b.program, s);
    if (isEmpty(v)) return this.program(b.inverse, s);
    if (Array.isArray(v)) return this.each(v, b, s);
    return this.program(b.program, this.enter(s, v, undefined, b.program, [v]));
  }

  private each(v: unknown, b: Block, s: Scope): string {
    const items: [string | number, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [i, x] as [number, unknown])
      : v && typeof v === "object"
        ? Object.keys(v).map((k) => [k, (v as Record<string, unknown>)[k]] as [string, unknown])
        : [];
    if (items.length === 0) return this.program(b.inverse, s);
    let out = "";
    items.forEach(([key, item], i) => {
      const data: DataFrame = {
        _parent: s.data,
        root: s.data.root,
        key,
        index: i,
        first: i === 0,
        last: i === items.length - 1,
      };
      out += this.program(b.program, this.enter(s, item, data, b.program, [item, key]));
    });
    return out;
  }

  private partial(p: Partial, s: Scope, block: Program | null): string {
    const name =
      p.name.type === "PathExpression" ? (p.name as PathExpr).original : text(this.expr(p.name, s));
    let tpl: Program | null = null;
    if (name === "@partial-block") tpl = (s.data["partial-block"] as Program | undefined) ?? null;
    else
      tpl =
        s.inline.find((m) => own(m, name))?.[name] ??
        (own(this.partials, name) ? this.partials[name] : null);
    if (!tpl) {
      if (block) tpl = block;
      else throw new Error(`Không tìm thấy partial "${name}"`);
    }
    let ctx = p.params.length ? this.expr(p.params[0], s) : s.contexts[0];
    const hash = this.hash(p.hash, s);
    if (Object.keys(hash).length)
      ctx = { ...(ctx && typeof ctx === "object" ? (ctx as object) : {}), ...hash };
    const data: DataFrame = block ? { ...s.data, _parent: s.data, "partial-block": block } : s.data;
    const inner = { ...this.enter(s, ctx, data, null, []), blockParams: [] };
    let out = this.program(tpl, inner);
    if (p.indent) out = out.replace(/^(?=.)/gm, p.indent);
    return out;
  }

  // ---- Expressions ----

  private expr(n: Node, s: Scope): unknown {
    switch (n.type) {
      case "PathExpression":
        return this.path(n as PathExpr, s);
      case "SubExpression":
        return this.call(n as CallNode, s);
      case "StringLiteral":
      case "NumberLiteral":
      case "BooleanLiteral":
        return (n as Literal).value;
      case "NullLiteral":
        return null;
      case "UndefinedLiteral":
        return undefined;
      default:
        throw new Error(`Biểu thức không được hỗ trợ: ${n.type}`);
    }
  }

  private path(p: PathExpr, s: Scope): unknown {
    let v: unknown;
    let parts = p.parts;
    if (p.data) {
      let frame: DataFrame | undefined = s.data;
      for (let d = 0; d < p.depth && frame; d++) frame = frame._parent;
      v = frame && parts[0] !== "_parent" ? get(frame, parts[0]) : undefined;
      parts = parts.slice(1);
    } else if (p.depth === 0 && parts.length > 0 && s.blockParams.some((m) => own(m, parts[0]))) {
      v = s.blockParams.find((m) => own(m, parts[0]))![parts[0]];
      parts = parts.slice(1);
    } else {
      v = s.contexts[Math.min(p.depth, s.contexts.length - 1)];
    }
    for (const part of parts) {
      if (v === null || v === undefined) return undefined;
      v = get(v, part);
    }
    return v;
  }

  private helperOf(path: Node): Helper | null {
    if (path.type !== "PathExpression") return null;
    const p = path as PathExpr;
    if (p.data || p.depth !== 0 || p.parts.length !== 1) return null;
    const name = p.parts[0];
    if (own(this.helpers, name)) return this.helpers[name];
    if (name === "lookup")
      return (o: unknown, k: unknown) =>
        typeof k === "string" || typeof k === "number" ? get(o, String(k)) : undefined;
    if (name === "log") return () => "";
    return null;
  }

  private hash(h: Hash | undefined, s: Scope): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null);
    // Handlebars' compiled code fills the hash last pair first; keep its key order.
    for (const pair of [...(h?.pairs ?? [])].reverse()) out[pair.key] = this.expr(pair.value, s);
    return out;
  }

  private options(
    n: CallNode,
    s: Scope,
    program: Program | null,
    inverse: Program | null
  ): HelperOptions {
    const run =
      (p: Program | null) =>
      (context: unknown, o?: { data?: DataFrame; blockParams?: unknown[] }) =>
        this.program(p, this.enter(s, context, o?.data, p, o?.blockParams ?? []));
    return {
      fn: run(program),
      inverse: run(inverse),
      hash: this.hash(n.hash, s),
      data: s.data,
      name: n.path.type === "PathExpression" ? (n.path as PathExpr).original : "",
    };
  }

  /** The scope inside a block: a new context (pushed only when it differs), data and block params. */
  private enter(
    s: Scope,
    context: unknown,
    data: DataFrame | undefined,
    program: Program | null,
    params: unknown[]
  ): Scope {
    const contexts = context === s.contexts[0] ? s.contexts : [context, ...s.contexts];
    const names = program?.blockParams ?? [];
    const bp: Record<string, unknown> = Object.create(null);
    names.forEach((name, i) => (bp[name] = params[i]));
    return {
      contexts,
      data: data ?? s.data,
      blockParams: names.length ? [bp, ...s.blockParams] : s.blockParams,
      inline: s.inline,
    };
  }
}
