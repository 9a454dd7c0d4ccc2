// ESLint 9 flat config: Microsoft's Office Add-in lint (eslint-plugin-office-addins, as
// office-addin-lint and the Office-Addin-TaskPane-React template use it) with every Office rule
// as an error, typescript-eslint's recommended rules and React's rules of hooks.
// Prettier is configured as the templates configure it ("prettier": "office-addin-prettier-config"
// in package.json); `npm run lint:prettier` checks formatting separately until the tree has been
// reformatted once (then the lead adds it to `npm run lint`).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import prettierConfig from "eslint-config-prettier";

/** Every rule of eslint-plugin-office-addins, as an error (the plugin's own config warns on some). */
const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"])
);

export default tseslint.config(
  {
    ignores: [
      "lib/**",
      "lib-bench/**",
      "dist/**",
      "out/**",
      "coverage/**",
      "test-output/**",
      "screenshots/**",
      "node_modules/**",
      "templates/**",
      "samples/**",
      "assets/**",
      "**/*.js",
      "!bench/*.js",
      "**/*.cjs",
      "**/*.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.ts"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "no-eval": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    // Prettier wraps code at 120 columns but cannot wrap a long string or comment; ESLint's core max-len
    // (switched off by eslint-config-prettier above, so it is switched on again here, after it) holds
    // every line to 140 characters. Split a long message with `+` and rewrap a long comment; only a URL
    // may run past the limit.
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.{ts,js}"],
    rules: { "max-len": ["error", { code: 140, ignoreUrls: true }] },
  },
  {
    // bench/*.js: plain CommonJS scripts run by Node (`npm run bench`), not compiled by tsc.
    files: ["bench/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        console: "readonly",
        process: "readonly",
        Buffer: "readonly",
        __dirname: "readonly",
        __filename: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Code that talks to Office.js (or to our fake of it). The plugin's rules follow `.load()` and
    // property reads by name, so they are not applied to the exceljs host, the CLI and the core,
    // whose exceljs cells they would mistake for Office proxies.
    files: [
      "src/host/excel/**/*.ts",
      "src/commands/**/*.ts",
      "src/taskpane/**/*.{ts,tsx}",
      "src/preview/**/*.{ts,tsx}",
      "src/fake-excel/**/*.ts",
      "test/host-excel/**/*.ts",
      "test/fake-excel/**/*.ts",
      "test/taskpane/**/*.{ts,tsx}",
      "bench/office-*.ts",
    ],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    // React components and hooks (the CLI's useUnicodeFont is not a hook).
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}", "**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  }
);
