// Recalculation for the preview. The fake Excel stores the formulas the add-in writes and computes
// nothing (tests give results with setCachedValue); real Excel computes them at once. So that the
// simulated grid shows what Excel would, and the pane's next read sees computed values, the preview
// recalculates every formula after each sync with this small evaluator.
//
// It covers what the add-in and the sample workbook write: references and ranges (also on other
// sheets), + - * / ^ & % and comparisons, SUM, IF, IFERROR, ROUND, COUNTIF, COUNTA, COUNT,
// AVERAGE, MIN, MAX, ABS, AND, OR, NOT. A formula it cannot evaluate keeps its cached value.
// Browser-safe: no node imports.
//
// Why our own evaluator and not a library: GPL ones (HyperFormula) are ruled out, and the MIT
// `fast-formula-parser` 1.0.19 was tried against this file's tests and disagrees with Excel exactly
// where the add-in's formulas live: COUNTIF is case-sensitive and "hài*" matched 1 of the 2 cells
// Excel counts; COUNTIF(A1:A4,">1") gave 2 for the values 1, 2, "x", blank (Excel: 1); MAX and COUNTA
// over a range holding text threw "#ERROR!" (Excel ignores the text); ROUND(1.005,2) gave 1 (Excel:
// 1.01). The satisfaction shares are ROUND(COUNTIF(...)/COUNTA(...)*100,1), so the preview would
// show wrong shares. It also costs 81 KB gzipped in the preview bundle. The subset below is small,
// tested case by case against Excel's documented behaviour, and keeps an unknown formula's cached
// value instead of guessing.

import type { FakeWorkbookModel, ModelCell, ModelSheet, ModelValue } from "../fake-excel/model";
import { cellKey } from "../fake-excel/model";
import { colNumber } from "../core/address";
import { maxOf, minOf } from "../core/arrays";

interface ErrorValue {
  error: string;
}
type Scalar = number | string | boolean | ErrorValue | null; // null = blank
interface RangeValue {
  kind: "range";
  rows: Scalar[][];
}
type Value = Scalar | RangeValue;

/** Thrown for what the evaluator does not model: the cell keeps its cached value. */
class Unsupported extends Error {}

const err = (code: string): ErrorValue => ({ error: code });
const isError = (v: unknown): v is ErrorValue =>
  typeof v === "object" && v !== null && typeof (v as ErrorValue).error === "string";
const isRange = (v: Value): v is RangeValue =>
  typeof v === "object" && v !== null && (v as RangeValue).kind === "range";

// ---- tokens ---------------------------------------------------------------

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "err"; v: string }
  | { t: "ref"; sheet: string | null; col: number; row: number }
  | { t: "name"; v: string }
  | { t: "op"; v: string }
  | { t: "("; v?: undefined }
  | { t: ")"; v?: undefined }
  | { t: ","; v?: undefined }
  | { t: ":"; v?: undefined };

const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!/;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)(?![\w(])/;

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest))) {
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      for (;;) {
        if (j >= src.length) throw new Unsupported("unterminated string");
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      out.push({ t: "str", v: s });
      i = j + 1;
      continue;
    }
    if (ch === "#") {
      const e = ERROR_LITERALS.find((x) => rest.toUpperCase().startsWith(x));
      if (!e) throw new Unsupported("unknown error literal");
      out.push({ t: "err", v: e });
      i += e.length;
      continue;
    }
    const sheetMatch = SHEET_PREFIX.exec(rest);
    if (sheetMatch) {
      const sheet = sheetMatch[1] !== undefined ? sheetMatch[1].replace(/''/g, "'") : sheetMatch[2];
      const cell = CELL.exec(rest.slice(sheetMatch[0].length));
      if (!cell) throw new Unsupported("sheet reference without a cell");
      out.push({ t: "ref", sheet, col: colNumber(cell[1]), row: Number(cell[2]) });
      i += sheetMatch[0].length + cell[0].length;
      continue;
    }
    if ((m = CELL.exec(rest))) {
      out.push({ t: "ref", sheet: null, col: colNumber(m[1]), row: Number(m[2]) });
      i += m[0].length;
      continue;
    }
    if ((m = /^[A-Za-z_][\w.]*/.exec(rest))) {
      out.push({ t: "name", v: m[0].toUpperCase() });
      i += m[0].length;
      continue;
    }
    if ((m = /^(<>|<=|>=|[-+*/^&=<>%])/.exec(rest))) {
      out.push({ t: "op", v: m[0] });
      i += m[0].length;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === "," || ch === ":") {
      out.push({ t: ch });
      i++;
      continue;
    }
    if (ch === ";") {
      // Some locales separate arguments with ";" in the UI; Office.js always uses ",".
      out.push({ t: "," });
      i++;
      continue;
    }
    throw new Unsupported(`unexpected "${ch}"`);
  }
  return out;
}

// ---- syntax tree ----------------------------------------------------------

type Node =
  | { k: "lit"; v: Scalar }
  | {
      k: "ref";
      sheet: string | null;
      top: number;
      left: number;
      bottom: number;
      right: number;
      range: boolean;
    }
  | { k: "call"; name: string; args: Node[] }
  | { k: "un"; op: string; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "missing" };

const BINARY_LEVELS: string[][] = [
  ["=", "<>", "<", ">", "<=", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

export function parse(formula: string): Node {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const opAt = (): string | undefined => {
    const tok = tokens[pos];
    return tok && tok.t === "op" ? tok.v : undefined;
  };
  const isOp = (v: string) => opAt() === v;

  function binary(level: number): Node {
    if (level >= BINARY_LEVELS.length) return unary();
    let a = binary(level + 1);
    for (let op = opAt(); op !== undefined && BINARY_LEVELS[level].includes(op); op = opAt()) {
      next();
      const b = binary(level + 1);
      a = { k: "bin", op, a, b };
    }
    return a;
  }
  function unary(): Node {
    const sign = opAt();
    if (sign === "-" || sign === "+") {
      next();
      return { k: "un", op: sign, a: unary() };
    }
    let a = primary();
    while (isOp("%")) {
      next();
      a = { k: "un", op: "%", a };
    }
    return a;
  }
  function primary(): Node {
    const tok = next();
    if (!tok) throw new Unsupported("unexpected end");
    switch (tok.t) {
      case "num":
        return { k: "lit", v: tok.v };
      case "str":
        return { k: "lit", v: tok.v };
      case "err":
        return { k: "lit", v: err(tok.v) };
      case "ref": {
        if (peek()?.t === ":") {
          next();
          const end = next();
          if (!end || end.t !== "ref" || (end.sheet !== null && end.sheet !== tok.sheet))
            throw new Unsupported("bad range");
          return {
            k: "ref",
            sheet: tok.sheet,
            top: Math.min(tok.row, end.row),
            left: Math.min(tok.col, end.col),
            bottom: Math.max(tok.row, end.row),
            right: Math.max(tok.col, end.col),
            range: true,
          };
        }
        return {
          k: "ref",
          sheet: tok.sheet,
          top: tok.row,
          left: tok.col,
          bottom: tok.row,
          right: tok.col,
          range: false,
        };
      }
      case "name": {
        if (peek()?.t === "(") {
          next();
          const args: Node[] = [];
          if (peek()?.t === ")") {
            next();
            return { k: "call", name: tok.v, args };
          }
          for (;;) {
            if (peek()?.t === "," || peek()?.t === ")") args.push({ k: "missing" });
            else args.push(binary(0));
            const sep = next();
            if (!sep) throw new Unsupported("unclosed call");
            if (sep.t === ")") break;
            if (sep.t !== ",") throw new Unsupported("bad argument list");
          }
          return { k: "call", name: tok.v, args };
        }
        if (tok.v === "TRUE") return { k: "lit", v: true };
        if (tok.v === "FALSE") return { k: "lit", v: false };
        throw new Unsupported(`name ${tok.v}`);
      }
      case "(": {
        const inner = binary(0);
        if (next()?.t !== ")") throw new Unsupported("unbalanced parenthesis");
        return inner;
      }
      default:
        throw new Unsupported("unexpected token");
    }
  }

  const tree = binary(0);
  if (pos !== tokens.length) throw new Unsupported("trailing tokens");
  return tree;
}

// ---- evaluation -----------------------------------------------------------

/** Reads a cell's current value (formulas evaluated on demand) by sheet name, 1-based row/col. */
export type CellReader = (sheet: string | null, row: number, col: number) => Scalar;

function toNumber(v: Scalar): number | ErrorValue {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) return v;
  const t = v.trim();
  if (t !== "" && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/.test(t))
    return t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
  return err("#VALUE!");
}

function toText(v: Scalar): string | ErrorValue {
  if (v === null) return "";
  if (isError(v)) return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  return v;
}

function toBool(v: Scalar): boolean | ErrorValue {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (isError(v)) return v;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  return err("#VALUE!");
}

/** Excel's ROUND: half away from zero, on the decimal digits as shown. */
export function roundExcel(x: number, digits: number): number {
  const d = Math.trunc(digits);
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  if (d >= 0) return sign * Number(Math.round(Number(`${a}e${d}`)) + `e-${d}`);
  const p = Math.pow(10, -d);
  return sign * Math.round(a / p) * p;
}

/** Excel's ordering across types: numbers < text < booleans; blanks take the other side's type. */
function compare(a: Scalar, b: Scalar): number | ErrorValue {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === null && b === null) return 0;
  if (a === null) a = typeof b === "number" ? 0 : typeof b === "string" ? "" : false;
  if (b === null) b = typeof a === "number" ? 0 : typeof a === "string" ? "" : false;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLocaleLowerCase("vi");
    const y = b.toLocaleLowerCase("vi");
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A COUNTIF criterion as a predicate. */
function criterion(c: Scalar): (v: Scalar) => boolean {
  if (typeof c === "number" || typeof c === "boolean")
    return (v) => v !== null && compare(v, c) === 0;
  const text = c === null ? "" : isError(c) ? c.error : c;
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text) as RegExpExecArray;
  const op = m[1] ?? "=";
  const operand = m[2];
  const num = operand.trim() !== "" && !Number.isNaN(Number(operand)) ? Number(operand) : null;
  if (num !== null) {
    return (v) => {
      const n =
        typeof v === "number"
          ? v
          : typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))
            ? Number(v)
            : null;
      if (n === null) return op === "<>";
      switch (op) {
        case "<":
          return n < num;
        case ">":
          return n > num;
        case "<=":
          return n <= num;
        case ">=":
          return n >= num;
        case "<>":
          return n !== num;
        default:
          return n === num;
      }
    };
  }
  if (op === "=" || op === "<>") {
    const pattern = new RegExp(
      "^" +
        operand.replace(
          /~([*?~])|([*?])|([.+^${}()|[\]\\/-])/g,
          (_all, escaped: string, wild: string, special: string) =>
            escaped ? "\\" + escaped : wild ? (wild === "*" ? ".*" : ".") : "\\" + special
        ) +
        "$",
      "is"
    );
    const test = (v: Scalar) =>
      operand === "" ? v === null || v === "" : typeof v === "string" && pattern.test(v);
    return op === "=" ? test : (v) => !test(v);
  }
  return (v) => {
    if (typeof v !== "string") return false;
    const r = compare(v, operand) as number;
    return op === "<" ? r < 0 : op === ">" ? r > 0 : op === "<=" ? r <= 0 : r >= 0;
  };
}

export function evaluate(node: Node, read: CellReader): Value {
  const scalar = (n: Node): Scalar => {
    const v = evaluate(n, read);
    if (isRange(v)) {
      // Implicit intersection is not modelled: a one-cell range is that cell, else #VALUE!.
      return v.rows.length === 1 && v.rows[0].length === 1 ? v.rows[0][0] : err("#VALUE!");
    }
    return v;
  };
  const cells = (v: Value): Scalar[] => (isRange(v) ? v.rows.flat() : [v]);

  switch (node.k) {
    case "lit":
      return node.v;
    case "missing":
      return null;
    case "ref": {
      if (!node.range) return read(node.sheet, node.top, node.left);
      if ((node.bottom - node.top + 1) * (node.right - node.left + 1) > 1_000_000)
        throw new Unsupported("range too large");
      const rows: Scalar[][] = [];
      for (let r = node.top; r <= node.bottom; r++) {
        const line: Scalar[] = [];
        for (let c = node.left; c <= node.right; c++) line.push(read(node.sheet, r, c));
        rows.push(line);
      }
      return { kind: "range", rows };
    }
    case "un": {
      const a = toNumber(scalar(node.a));
      if (isError(a)) return a;
      return node.op === "-" ? -a : node.op === "%" ? a / 100 : a;
    }
    case "bin": {
      const a = scalar(node.a);
      const b = scalar(node.b);
      if (node.op === "&") {
        const x = toText(a);
        const y = toText(b);
        if (isError(x)) return x;
        if (isError(y)) return y;
        return x + y;
      }
      if (["=", "<>", "<", ">", "<=", ">="].includes(node.op)) {
        const c = compare(a, b);
        if (isError(c)) return c;
        switch (node.op) {
          case "=":
            return c === 0;
          case "<>":
            return c !== 0;
          case "<":
            return c < 0;
          case ">":
            return c > 0;
          case "<=":
            return c <= 0;
          default:
            return c >= 0;
        }
      }
      const x = toNumber(a);
      const y = toNumber(b);
      if (isError(x)) return x;
      if (isError(y)) return y;
      switch (node.op) {
        case "+":
          return x + y;
        case "-":
          return x - y;
        case "*":
          return x * y;
        case "/":
          return y === 0 ? err("#DIV/0!") : x / y;
        case "^":
          return Math.pow(x, y);
      }
      throw new Unsupported(`operator ${node.op}`);
    }
    case "call":
      return call(node.name, node.args, read, scalar, cells);
  }
}

/** Numbers of the arguments the way SUM/AVERAGE/MIN/MAX see them (text and booleans in ranges skipped). */
function numbersOf(
  args: Node[],
  read: CellReader,
  scalar: (n: Node) => Scalar
): number[] | ErrorValue {
  const out: number[] = [];
  for (const a of args) {
    const v = evaluate(a, read);
    if (isRange(v)) {
      for (const c of v.rows.flat()) {
        if (isError(c)) return c;
        if (typeof c === "number") out.push(c);
      }
    } else {
      const n = toNumber(a.k === "missing" ? null : scalar(a));
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function call(
  name: string,
  args: Node[],
  read: CellReader,
  scalar: (n: Node) => Scalar,
  cells: (v: Value) => Scalar[]
): Value {
  const arity = (min: number, max: number) => {
    if (args.length < min || args.length > max)
      throw new Unsupported(`${name} with ${args.length} arguments`);
  };
  switch (name) {
    case "SUM": {
      const ns = numbersOf(args, read, scalar);
      return isError(ns) ? ns : ns.reduce((s, n) => s + n, 0);
    }
    case "AVERAGE": {
      const ns = numbersOf(args, read, scalar);
      if (isError(ns)) return ns;
      return ns.length === 0 ? err("#DIV/0!") : ns.reduce((s, n) => s + n, 0) / ns.length;
    }
    case "MIN":
    case "MAX": {
      const ns = numbersOf(args, read, scalar);
      if (isError(ns)) return ns;
      if (ns.length === 0) return 0;
      return name === "MIN" ? minOf(ns) : maxOf(ns);
    }
    case "COUNT":
      return args.reduce(
        (s, a) => s + cells(evaluate(a, read)).filter((c) => typeof c === "number").length,
        0
      );
    case "COUNTA":
      return args.reduce(
        (s, a) => s + cells(evaluate(a, read)).filter((c) => c !== null).length,
        0
      );
    case "COUNTIF": {
      arity(2, 2);
      const range = evaluate(args[0], read);
      const test = criterion(scalar(args[1]));
      return cells(range).filter((c) => !isError(c) && test(c)).length;
    }
    case "IF": {
      arity(1, 3);
      const c = toBool(scalar(args[0]));
      if (isError(c)) return c;
      const branch = c ? args[1] : args[2];
      if (!branch) return c ? true : false;
      if (branch.k === "missing") return 0;
      const v = scalar(branch);
      return v === null ? 0 : v;
    }
    case "IFERROR": {
      arity(2, 2);
      const v = scalar(args[0]);
      if (!isError(v)) return v === null ? 0 : v;
      const alt = scalar(args[1]);
      return alt === null ? 0 : alt;
    }
    case "ROUND": {
      arity(2, 2);
      const x = toNumber(scalar(args[0]));
      const d = toNumber(scalar(args[1]));
      if (isError(x)) return x;
      if (isError(d)) return d;
      return roundExcel(x, d);
    }
    case "ABS": {
      arity(1, 1);
      const x = toNumber(scalar(args[0]));
      return isError(x) ? x : Math.abs(x);
    }
    case "AND":
    case "OR": {
      const bs: boolean[] = [];
      for (const a of args) {
        for (const c of cells(evaluate(a, read))) {
          if (c === null || typeof c === "string") continue;
          const b = toBool(c);
          if (isError(b)) return b;
          bs.push(b);
        }
      }
      if (bs.length === 0) return err("#VALUE!");
      return name === "AND" ? bs.every(Boolean) : bs.some(Boolean);
    }
    case "NOT": {
      arity(1, 1);
      const b = toBool(scalar(args[0]));
      return isError(b) ? b : !b;
    }
  }
  throw new Unsupported(`function ${name}`);
}

/** A formula's value as a cell would hold it, or undefined when the evaluator cannot tell. */
export function evaluateFormula(formula: string, read: CellReader): Scalar | undefined {
  try {
    const v = evaluate(parse(formula), read);
    if (isRange(v))
      return v.rows.length === 1 && v.rows[0].length === 1 ? (v.rows[0][0] ?? 0) : err("#VALUE!");
    if (typeof v === "number" && !Number.isFinite(v)) return err("#NUM!");
    return v === null ? 0 : v;
  } catch (e) {
    if (e instanceof Unsupported || e instanceof RangeError) return undefined;
    throw e;
  }
}

// ---- the workbook ---------------------------------------------------------

function sameValue(a: ModelValue, b: ModelValue): boolean {
  if (isError(a) && isError(b)) return a.error === b.error;
  return a === b;
}

/**
 * Recalculate every formula of the fake workbook in place, like Excel after a write; formulas the
 * evaluator cannot handle (and cycles) keep their cached values. Returns how many values changed.
 */
export function recalculate(model: FakeWorkbookModel): number {
  const done = new Map<ModelCell, ModelValue>();
  const busy = new Set<ModelCell>();
  const stack: ModelCell[] = []; // the cells being computed, outermost first
  const cyclic = new Set<ModelCell>();
  let changed = 0;

  const valueOf = (sheet: ModelSheet, row: number, col: number): Scalar => {
    const c = sheet.cells.get(cellKey(row, col));
    if (!c) return null;
    if (c.f === undefined) return c.v;
    return compute(sheet, c);
  };

  function compute(sheet: ModelSheet, c: ModelCell): ModelValue {
    const known = done.get(c);
    if (known !== undefined) return known;
    if (busy.has(c)) {
      // A cycle: Excel would warn. Every cell on it keeps what is cached (not a value computed
      // from a half-finished round), so mark them all.
      for (let k = stack.lastIndexOf(c); k < stack.length; k++) cyclic.add(stack[k]);
      return c.v;
    }
    busy.add(c);
    stack.push(c);
    let v: ModelValue = c.v;
    try {
      const result = evaluateFormula(c.f as string, (name, row, col) => {
        const target = name === null ? sheet : model.findSheet(name);
        if (!target) return err("#REF!");
        return valueOf(target, row, col);
      });
      if (result !== undefined && !cyclic.has(c)) v = result;
    } finally {
      busy.delete(c);
      stack.pop();
    }
    done.set(c, v);
    if (!sameValue(c.v, v)) {
      c.v = v;
      changed++;
    }
    return v;
  }

  for (const sheet of model.sheets) {
    for (const c of sheet.cells.values()) if (c.f !== undefined && !done.has(c)) compute(sheet, c);
  }
  return changed;
}
