#!/usr/bin/env node
"use strict";
// Entry point of the `tthc` command; the CLI is compiled to lib/ by `npm run prepare`.
require("../lib/cli/main.js").main(process.argv).then((code) => { process.exitCode = code; });
