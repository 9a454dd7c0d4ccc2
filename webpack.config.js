// Build of the Excel add-in: the task pane (React + Fluent UI) and the ribbon's
// function-command page.
//
//   npm run build        production build into dist/
//   npm run build:dev    development build (readable, source maps)
//   npm run dev-server   https://localhost:3000 with office-addin-dev-certs
//   npm run preview      development build, then dist/preview.html on http://localhost:3001:
//                        the task pane beside a simulated workbook (src/preview, fake Excel)
//
// Environment:
//   ADDIN_BASE_URL  production origin (e.g. https://tthc.example.vn/addin/);
//                   when set, dist/manifest.xml points there instead of
//                   https://localhost:3000/.
"use strict";

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { writeSampleSnapshot } = require("./scripts/sample-snapshot");
const { GUIDE_MD, buildGuideHtml } = require("./scripts/guide");

const DEV_ORIGIN = "https://localhost:3000/";
const DEV_PORT = 3000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/**
 * Packages that must never reach a start-up chunk: they are loaded with a
 * dynamic import() on first use (DESIGN: "Bundle"). Each gets its own lazy
 * chunk, named so that bench/startup-size.js can list it.
 */
const LAZY_ONLY = ["docx", "handlebars", "exceljs"];

/**
 * Content-Security-Policy of both pages, as a <meta> tag.
 * - Scripts: our own files and Office.js from Microsoft's CDN, nothing else
 *   (no inline script, no eval: dev builds use a non-eval source map).
 * - Styles: Fluent UI (Griffel) inserts rules through the CSSOM, which
 *   style-src does not restrict, but Office.js for Excel on the web applies
 *   inline styles of its own (OfficeDev/office-js#1687), so 'unsafe-inline'
 *   stays for styles only.
 * - connect-src: our origin; the dev server also needs its websocket.
 * frame-ancestors cannot be set from a <meta>; set it as an HTTP header on the
 * production server if wanted (Excel on the web frames the pane).
 */
function contentSecurityPolicy(dev) {
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", OFFICE_CDN],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": dev ? ["'self'", "wss:", "ws:"] : ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * The preview page's policy: the task pane's, without Microsoft's CDN (the preview runs on the
 * fake Excel and never loads Office.js).
 */
function previewContentSecurityPolicy(dev) {
  return contentSecurityPolicy(dev).split(` ${OFFICE_CDN}`).join("");
}

/**
 * The preview starts from the sample workbook as JSON (scripts/sample-snapshot.js, read with the
 * CLI's own code), bundled under the module name "tthc-preview-sample". The file is written by
 * this plugin when a build starts — not when the configuration is evaluated, so reading the
 * configuration (tests do) writes nothing. If it cannot be made, the build goes on with an
 * { error } in its place and the preview says why (and still opens a file the user picks).
 */
const PREVIEW_SAMPLE = path.resolve(__dirname, "lib", "preview", "sample-snapshot.json");
class PreviewSamplePlugin {
  apply(compiler) {
    let written = false; // once per process (a dev server rebuilds on every change)
    compiler.hooks.beforeCompile.tapPromise("PreviewSamplePlugin", async () => {
      if (written) return;
      written = true;
      try {
        await writeSampleSnapshot(PREVIEW_SAMPLE);
      } catch (e) {
        const message = `Không tạo được sổ mẫu cho bản xem thử: ${e && e.message ? e.message : e}`;
        console.warn(`[preview] ${message}`);
        fs.mkdirSync(path.dirname(PREVIEW_SAMPLE), { recursive: true });
        fs.writeFileSync(PREVIEW_SAMPLE, JSON.stringify({ error: message }));
      }
    });
  }
}

/** File paths of every module in a chunk, looking inside concatenated modules. */
function* chunkResources(compilation, chunk) {
  const stack = [...compilation.chunkGraph.getChunkModulesIterable(chunk)];
  while (stack.length > 0) {
    const module = stack.pop();
    if (module.resource) yield module.resource;
    if (module.modules) stack.push(...module.modules); // ConcatenatedModule
  }
}

/**
 * Fails the build when a LAZY_ONLY package lands in a chunk that is loaded up
 * front (typically: someone wrote `import … from "docx"` instead of
 * `await import("docx")`).
 */
class LazyOnlyGuardPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LazyOnlyGuardPlugin", (compilation) => {
      compilation.hooks.afterSeal.tap("LazyOnlyGuardPlugin", () => {
        const pattern = new RegExp(`[\\\\/]node_modules[\\\\/](${LAZY_ONLY.join("|")})[\\\\/]`);
        for (const chunk of compilation.chunks) {
          if (!chunk.canBeInitial()) continue;
          for (const resource of chunkResources(compilation, chunk)) {
            const hit = resource.match(pattern);
            if (hit) {
              const { WebpackError } = compiler.webpack;
              compilation.errors.push(
                new WebpackError(
                  `"${hit[1]}" is in the start-up chunk "${chunk.name || chunk.id}" ` +
                    `(${path.relative(__dirname, resource)}). Load it with a dynamic import() on first use.`
                )
              );
              break;
            }
          }
        }
      });
    });
  }
}

/**
 * Emits the clerks' guide (docs/huong-dan-su-dung.md) as huong-dan.html beside the task pane, which
 * links to it ("Hướng dẫn"); its screenshots are copied to huong-dan/ by CopyWebpackPlugin.
 */
class GuidePagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("GuidePagePlugin", (compilation) => {
      compilation.fileDependencies.add(GUIDE_MD);
      compilation.hooks.processAssets.tapPromise(
        {
          name: "GuidePagePlugin",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        async () => {
          const html = await buildGuideHtml();
          compilation.emitAsset("huong-dan.html", new compiler.webpack.sources.RawSource(html));
        }
      );
    });
  }
}

/** In production, point the copied manifest at ADDIN_BASE_URL when given. */
function manifestTransform(content) {
  const base = process.env.ADDIN_BASE_URL;
  if (!base) return content;
  const origin = base.endsWith("/") ? base : `${base}/`;
  if (!/^https:\/\//.test(origin))
    throw new Error(`ADDIN_BASE_URL must be an https URL, got ${base}`);
  return content.toString().split(DEV_ORIGIN).join(origin);
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  const config = {
    mode: dev ? "development" : "production",
    context: __dirname,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The in-browser preview (src/preview): fake Excel + simulated grid + the real task pane.
      preview: "./src/preview/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    // Eval-based source maps would need 'unsafe-eval' in the CSP.
    devtool: dev ? "cheap-module-source-map" : false,
    target: ["web", "es2020"],
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      alias: { "tthc-preview-sample$": PREVIEW_SAMPLE },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // Only type-check what the bundles contain (not the CLI or tests).
              onlyCompileBundledFiles: true,
              // The root tsconfig emits CommonJS for node; the bundle needs ES
              // modules so that import() becomes a lazy chunk and unused
              // exports are shaken out.
              compilerOptions: {
                module: "esnext",
                moduleResolution: "node",
                sourceMap: dev,
                noEmit: false,
              },
            },
          },
        },
        {
          // Templates (templates/*.hbs) imported by the report code as text.
          test: /\.hbs$/,
          type: "asset/source",
        },
      ],
    },
    optimization: {
      splitChunks: {
        // Default: only split what is loaded on demand; the start-up chunk
        // stays one file per page.
        chunks: "async",
        cacheGroups: Object.fromEntries(
          LAZY_ONLY.map((name, i) => [
            `lazy-${name}`,
            {
              test: new RegExp(`[\\\\/]node_modules[\\\\/]${name}[\\\\/]`),
              name: `lazy-${name}`,
              chunks: "async",
              priority: 40 - i,
              enforce: true,
              reuseExistingChunk: true,
            },
          ])
        ),
      },
    },
    performance: {
      // The start-up budget (150 KB gzipped) is measured by bench/startup-size.js;
      // webpack's own hint counts uncompressed bytes and lazy chunks.
      hints: false,
    },
    plugins: [
      new PreviewSamplePlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        inject: "body",
        templateParameters: { csp: contentSecurityPolicy(dev), officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
        inject: "body",
        templateParameters: { csp: contentSecurityPolicy(dev), officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
        inject: "body",
        templateParameters: { csp: previewContentSecurityPolicy(dev) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "assets/support.html" }, // the manifest's <SupportUrl>
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: dev ? undefined : manifestTransform,
          },
          // The guide's screenshots and its printable PDF (scripts/guide-screenshots.js, guide-pdf.js).
          { from: "docs/huong-dan/*.png", to: "huong-dan/[name][ext]", noErrorOnMissing: true },
          {
            from: "docs/huong-dan-su-dung.pdf",
            to: "huong-dan-su-dung.pdf",
            noErrorOnMissing: true,
          },
        ],
      }),
      new GuidePagePlugin(),
      new LazyOnlyGuardPlugin(),
    ],
  };

  if (serving) {
    // Dev server only: the build itself never needs certificates.
    const { getHttpsServerOptions } = require("office-addin-dev-certs");
    config.devServer = {
      port: DEV_PORT,
      server: { type: "https", options: await getHttpsServerOptions() },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { errors: true, warnings: false } },
    };
  }

  return config;
};
