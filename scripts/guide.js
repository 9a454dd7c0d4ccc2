// The clerks' guide, docs/huong-dan-su-dung.md, as one HTML page: dist/huong-dan.html (built by
// webpack.config.js, linked from the task pane as "Hướng dẫn" and from the manifest's SupportUrl)
// and the source of the printable PDF (scripts/guide-pdf.js).
//
// Markdown → HTML with `marked` (a devDependency; loaded with import(), it is an ES module).
// Images stay relative ("huong-dan/01-….png"), so the page works beside its huong-dan/ folder
// both in dist/ and in docs/. The page has no script at all: its CSP says script-src 'none'.
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const GUIDE_MD = path.join(ROOT, "docs", "huong-dan-su-dung.md");
/** Screenshots of the guide (scripts/guide-screenshots.js), referenced as huong-dan/NAME.png. */
const GUIDE_IMAGES = path.join(ROOT, "docs", "huong-dan");

const CSP = [
  "default-src 'none'",
  "img-src 'self'",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const STYLE = `
  body { font-family: "Segoe UI", "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 15px;
         line-height: 1.55; color: #1b1b1b; max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
  h1 { font-size: 1.7rem; margin: 0.4rem 0 1rem; }
  h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #d0d0d0; padding-bottom: 0.2rem; }
  h3 { font-size: 1.1rem; margin-top: 1.4rem; }
  img { max-width: 100%; height: auto; border: 1px solid #c8c8c8; border-radius: 4px; }
  table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 0.93rem; }
  th, td { border: 1px solid #c8c8c8; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
  th { background: #f0f0f0; }
  code { font-family: Consolas, "Liberation Mono", monospace; font-size: 0.9em; background: #f3f3f3;
         padding: 0 0.2em; border-radius: 3px; }
  blockquote { margin: 0.8rem 0; padding: 0.4rem 0.9rem; border-left: 4px solid #0f6cbd; background: #f4f8fc; }
  a { color: #0f6cbd; }
  @media print {
    body { max-width: none; padding: 0; font-size: 11pt; }
    h2, h3 { break-after: avoid; page-break-after: avoid; }
    p { orphans: 3; widows: 3; }
    img, table, blockquote { break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
  }
`;

function escapeHtml(text) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * The guide as a complete HTML page. Raw HTML in the markdown is not passed through (it is
 * escaped): the page's content is text, tables, links and the screenshots, nothing else.
 */
async function renderGuideHtml(markdown) {
  const { Marked } = await import("marked");
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      html(token) {
        return escapeHtml(token.text);
      },
    },
  });
  const body = marked.parse(markdown);
  const title = (markdown.match(/^#\s+(.+)$/m) || [
    null,
    "Hướng dẫn sử dụng Báo cáo TTHC",
  ])[1].trim();
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="${CSP}" />
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The image files the guide refers to (relative paths, in order of appearance). */
function guideImages(markdown) {
  return [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]);
}

async function buildGuideHtml() {
  const markdown = fs.readFileSync(GUIDE_MD, "utf8");
  return renderGuideHtml(markdown);
}

module.exports = { GUIDE_MD, GUIDE_IMAGES, renderGuideHtml, guideImages, buildGuideHtml, CSP };
