#!/usr/bin/env node
// Builds samples/*.xlsx from the compiled sample builder (npm run samples compiles first).
require("../lib/samples/build.js")
  .main(require("path").resolve(__dirname, "../samples"))
  .then((f) => console.log("Đã tạo " + f));
