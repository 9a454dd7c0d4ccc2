#!/usr/bin/env node
// A small static server for dist/: the in-browser preview (npm run preview) and the browser tests.
// Loopback only (127.0.0.1), GET/HEAD only, no directory listings, nothing outside the root.
//
//   node scripts/serve-dist.js [--port 3001] [--dir dist]     prints the preview URL; Ctrl+C stops
//   require("./scripts/serve-dist").serve({ dir, port: 0 }) → Promise<{ server, port, url, close() }>
//     (port 0 = any free port)
"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");

const HOST = "127.0.0.1";
const DEFAULT_PORT = 3001;
const DEFAULT_DIR = path.resolve(__dirname, "..", "dist");
/** The page "/" leads to. */
const HOME = "/preview.html";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    ...headers,
  });
  res.end(body);
}

/** The request handler for a root directory. */
function handler(root) {
  const base = path.resolve(root);
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    } catch {
      return send(res, 400, "Bad request\n");
    }
    if (pathname === "/") return send(res, 302, "", { Location: HOME });
    const file = path.resolve(base, "." + pathname);
    if (pathname.includes("\0") || (file !== base && !file.startsWith(base + path.sep)))
      return send(res, 403, "Forbidden\n");
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) return send(res, 404, `Not found: ${pathname}\n`);
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
    });
  };
}

/** Serve `dir` on 127.0.0.1:`port` (0 = a free port). */
function serve({ dir = DEFAULT_DIR, port = DEFAULT_PORT } = {}) {
  return new Promise((resolve, reject) => {
    const server = http.createServer(handler(dir));
    server.once("error", reject);
    server.listen(port, HOST, () => {
      const actual = server.address().port;
      resolve({
        server,
        port: actual,
        url: `http://${HOST}:${actual}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function parseArgs(argv) {
  const out = { port: DEFAULT_PORT, dir: DEFAULT_DIR };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--port" || a === "-p") out.port = Number(argv[++i]);
    else if (a === "--dir" || a === "-d") out.dir = path.resolve(argv[++i]);
    else throw new Error(`Tham số không hợp lệ: ${a} (dùng --port SỐ, --dir THƯ-MỤC)`);
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535)
    throw new Error("Cổng (--port) phải là số nguyên từ 0 đến 65535.");
  return out;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(opts.dir, "preview.html"))) {
    console.error(
      `Chưa có ${path.relative(process.cwd(), path.join(opts.dir, "preview.html"))}: hãy chạy "npm run preview" (hoặc "npm run build") trước.`
    );
    process.exit(2);
  }
  let served;
  try {
    served = await serve(opts);
  } catch (e) {
    const why =
      e.code === "EADDRINUSE" ? `cổng ${opts.port} đang được dùng (thử --port 0)` : e.message;
    console.error(`Không mở được máy chủ xem thử: ${why}.`);
    process.exit(2);
  }
  const url = `http://localhost:${served.port}${HOME}`;
  console.log(`Bản xem thử Báo cáo TTHC: ${url}`);
  console.log(
    `(phục vụ ${path.relative(process.cwd(), opts.dir) || "."} trên ${HOST}; Ctrl+C để dừng)`
  );
  const stop = () => served.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) main();

module.exports = { serve, HOST, DEFAULT_PORT, HOME };
