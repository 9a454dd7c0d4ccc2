// Report templates (templates/*.hbs) are imported as their text. Each host supplies the text:
// webpack with its `asset/source` rule (webpack.config.js), jest with test/helpers/hbs-transform.js,
// and the CLI build (npm run build:cli) with scripts/inline-templates.js, which writes the text
// into the compiled module in place of the require.
declare module "*.hbs" {
  const source: string;
  export default source;
}
