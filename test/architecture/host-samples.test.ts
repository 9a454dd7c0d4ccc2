// The hosts (src/host: Office.js and exceljs adapters) never import the bundled samples
// (issue 17: "none from src/host to src/samples"): sample data reaches a host only through the
// pane or the CLI, which pass it down, so a host cannot start a clerk's form from demo figures.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { relativeImports, sourceFiles } from "../helpers/imports";

const SRC = path.resolve(__dirname, "../../src");
const HOST = path.join(SRC, "host");
const SAMPLES = path.join(SRC, "samples");

/** Imports of the files under `from` that resolve into `into`, as "file → specifier". */
export function importsInto(from: string, into: string): string[] {
  const out: string[] = [];
  for (const f of sourceFiles(from)) {
    for (const spec of relativeImports(fs.readFileSync(f, "utf8"))) {
      const target = path.resolve(path.dirname(f), spec);
      if (target === into || target.startsWith(into + path.sep))
        out.push(`${path.relative(from, f)} → ${spec}`);
    }
  }
  return out;
}

test("no file under src/host imports from src/samples", () => {
  expect(importsInto(HOST, SAMPLES)).toEqual([]);
});

test("the check sees an import into the samples, in each form", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-arch-"));
  try {
    fs.mkdirSync(path.join(root, "host", "xlsx"), { recursive: true });
    fs.mkdirSync(path.join(root, "samples"));
    fs.writeFileSync(
      path.join(root, "host", "xlsx", "a.ts"),
      'import { sample06a } from "../../samples/sample06a";\nexport * from "../../samples";\n'
    );
    fs.writeFileSync(path.join(root, "host", "b.ts"), 'import { x } from "../core/x";\n');
    expect(importsInto(path.join(root, "host"), path.join(root, "samples"))).toHaveLength(2);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
