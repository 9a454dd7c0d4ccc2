// The pure core imports nothing else of src/ (DESIGN.md; issue 17.2): every relative import of
// a file under src/core resolves inside src/core. The document-input types and the markup
// escape live in core (src/core/report/document.ts, src/core/text/markup.ts) for that reason.
import * as fs from "fs";
import * as path from "path";
import { relativeImports, sourceFiles } from "../helpers/imports";

const CORE = path.resolve(__dirname, "../../src/core");

test("no file under src/core imports from another src/ folder", () => {
  const outside: string[] = [];
  for (const f of sourceFiles(CORE)) {
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
