// `tthc ARGS…` on the current sources (test/nothing-lost/ts-register.js compiles them on the fly),
// for tests that need the CLI in a process of its own. Exit code as the bin sets it.
"use strict";
require("./ts-register");
require("../../src/cli/main.ts")
  .main(["node", "tthc", ...process.argv.slice(2)])
  .then((code) => {
    process.exitCode = code;
  });
