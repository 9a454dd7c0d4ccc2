// Browser tests (npm run test:e2e), kept apart from `npm test` (the default config ignores
// /test/e2e/). globalSetup builds dist/ (unless E2E_SKIP_BUILD=1) and serves it on a free
// 127.0.0.1 port; the tests drive /usr/bin/chromium with playwright-core; the summary reporter
// prints the tests that wait on unfinished views and the closing "N passed, N failed" line.
// Transforms as `npm test` has them (TypeScript, the ES-module-only HTML parser, .hbs as text).
const base = require("../../jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  moduleFileExtensions: base.moduleFileExtensions,
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  globalSetup: "<rootDir>/test/e2e/setup.js",
  globalTeardown: "<rootDir>/test/e2e/teardown.js",
  reporters: ["default", "<rootDir>/test/e2e/summary-reporter.js"],
  testTimeout: 120000,
  maxWorkers: 1,
};
