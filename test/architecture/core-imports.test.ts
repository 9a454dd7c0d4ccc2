// The pure core imports nothing else of src/ (DESIGN.md; issue 17.2): every relative import of
// a file under src/core resolves inside src/core. The document-input types and the markup
// escape live in core (src/core/report/document.ts, src/core/text/markup.ts) for that reason.
import * as fs from "fs";
import * as path from "path";

const CORE = path.resolve(__dirname, "../../src/core");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Relative module specifiers of a source text (import … from, export … from, import(), require()). */
export function relativeImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(
    /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g
  ))
    out.push(m[1]);
  return out;
}

test("no file under src/core imports from another src/ folder", () => {
  const outside: string[] = [];
  for (const f of files(CORE)) {
    for (const spec of relativeImports(fs.readFileSync(f, "utf8"))) {
      const target = path.resolve(path.dirname(f), spec);
      if (!target.startsWith(CORE + path.sep)) outside.push(`${path.relative(CORE, f)} → ${spec}`);
    }
  }
  expect(outside).toEqual([]);
});

test("the scanner sees each form of import", () => {
  const src = `import type { A } from "../../docx/types";\nexport { b } from "../x";\nconst c = require("./y");\nimport "../z";`;
  expect(relativeImports(src)).toEqual(["../../docx/types", "../x", "./y", "../z"]);
});
