/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "json", "node", "hbs"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }],
    // Report templates are imported as text (src/docx/hbs.d.ts).
    "^.+\\.hbs$": "<rootDir>/test/helpers/hbs-transform.js",
  },
  testTimeout: 60000,
};
