/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "json", "node", "hbs"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }],
    // htmlparser2 and its helpers ship as ES modules only: turned into CommonJS for Jest's require.
    "^.+\\.js$": [
      "ts-jest",
      {
        tsconfig: { allowJs: true, module: "commonjs", target: "ES2020", esModuleInterop: true },
        isolatedModules: true,
      },
    ],
    // Report templates are imported as text (src/docx/hbs.d.ts).
    "^.+\\.hbs$": "<rootDir>/test/helpers/hbs-transform.js",
  },
  transformIgnorePatterns: [
    "/node_modules/(?!(htmlparser2|entities|domhandler|domutils|domelementtype|dom-serializer)/)",
  ],
  testTimeout: 60000,
};
