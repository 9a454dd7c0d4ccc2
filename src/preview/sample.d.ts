// The sample workbook as JSON, made at build time by scripts/sample-snapshot.js and bundled under
// this name (webpack.config.js: resolve.alias). Dates are {"$date": ISO}; see ./source.ts.
declare module "tthc-preview-sample" {
  const value: unknown;
  export default value;
}
