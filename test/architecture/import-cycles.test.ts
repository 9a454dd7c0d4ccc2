// No runtime import cycle among the modules of src/ (issue 17, item 5): the fake Excel's proxy
// classes are one Office type per file and build one another, so a cycle would be easy to make
// there. An `import type` (or `export type … from`) is erased by the compiler and does not count;
// any other relative import does, even one TypeScript would elide, so the check errs on the safe side.
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory()
      ? files(p)
      : /\.tsx?$/.test(e.name) && !/\.d\.ts$/.test(e.name)
        ? [p]
        : [];
  });
}

/** Relative specifiers a module loads at run time (type-only imports and re-exports left out). */
export function runtimeImports(source: string): string[] {
  const out: string[] = [];
  const re = new RegExp(
    [
      String.raw`(?:^|[;\n])\s*(import|export)(\s+type\b)?[^;"']*?\bfrom\s*["'](\.{1,2}\/[^"']+)["']`,
      String.raw`(?:^|[;\n])\s*import\s*["'](\.{1,2}\/[^"']+)["']`,
      String.raw`\b(?:require|import)\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)`,
    ].join("|"),
    "g"
  );
  for (const m of source.matchAll(re)) {
    if (m[3] !== undefined) {
      if (!m[2]) out.push(m[3]);
    } else out.push(m[4] ?? m[5]);
  }
  return out;
}

function resolveModule(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const p of [
    base,
    base + ".ts",
    base + ".tsx",
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ])
    if (fs.existsSync(p) && fs.statSync(p).isFile()) return p;
  return null;
}

/** Every cycle's modules (strongly connected components of two or more, or a self-import). */
export function cycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's algorithm.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

test("no module of src/ is part of a runtime import cycle", () => {
  const graph = new Map<string, string[]>();
  for (const f of files(SRC)) {
    const deps = runtimeImports(fs.readFileSync(f, "utf8"))
      .map((spec) => resolveModule(f, spec))
      .filter((p): p is string => p !== null && p.startsWith(SRC + path.sep));
    graph.set(f, deps);
  }
  expect(graph.size).toBeGreaterThan(100);
  expect(cycles(graph).map((c) => c.map((f) => path.relative(SRC, f)))).toEqual([]);
});

test("the scanner keeps runtime imports and drops type-only ones", () => {
  const src = [
    `import type { A } from "./a";`,
    `import { B } from "./b";`,
    `import {\n  C,\n  D,\n} from "../c";`,
    `export type { E } from "./e";`,
    `export { F } from "./f";`,
    `import "./g";`,
    `const h = require("./h");`,
    `const i = import("./i");`,
    `import { type J, K } from "./jk";`,
  ].join("\n");
  expect(runtimeImports(src)).toEqual(["./b", "../c", "./f", "./g", "./h", "./i", "./jk"]);
});

test("a cycle is found, a tree is not", () => {
  const tree = new Map([
    ["a", ["b", "c"]],
    ["b", ["c"]],
    ["c", []],
  ]);
  expect(cycles(tree)).toEqual([]);
  const loop = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a"]],
    ["d", ["d"]],
  ]);
  expect(cycles(loop)).toEqual([["a", "b", "c"], ["d"]]);
});
