// Jest transform for templates/*.hbs: the module's default export is the file's text, as
// webpack's `asset/source` rule and the CLI build (scripts/inline-templates.js) give it.
"use strict";
module.exports = {
  process(source) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(source)} };` };
  },
};
