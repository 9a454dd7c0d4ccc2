// Test helper for the architecture tests: the source files under a folder and the relative module
// specifiers each one imports.
import * as fs from "fs";
import * as path from "path";

/** Every .ts/.tsx file under `dir`. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
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
