#!/usr/bin/env node
// Builds samples/*.xlsx from the compiled sample builders (npm run samples compiles first):
// the seed's Q1/2024 ward (NĐ 61/2018) and phường Hạc Thành, Q3/2026 (NĐ 118/2025).
const path = require("path");
const build = require("../lib/samples/build.js");
const dir = path.resolve(__dirname, "../samples");
build
  .main(dir)
  .then((f) => console.log("Đã tạo " + f))
  .then(() => build.mainNd118(dir))
  .then((f) => console.log("Đã tạo " + f));
