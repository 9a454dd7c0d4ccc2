// A minimal require hook for child processes of the tests: compiles the project's TypeScript
// on the fly with typescript.transpileModule (no type check), so a spawned `node` runs the
// current src/ rather than a possibly stale lib/. Usage: node -r ./test/nothing-lost/ts-register.js …
"use strict";
const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      jsx: ts.JsxEmit.ReactJSX,
      sourceMap: false,
    },
  });
  module._compile(out.outputText, filename);
};
