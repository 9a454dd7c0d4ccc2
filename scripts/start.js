#!/usr/bin/env node
// `npm start` / `npm stop`: sideload manifest.xml into desktop Excel and run the dev server, with
// Microsoft's office-addin-debugging fetched on demand (npx --yes office-addin-debugging@7).
//
// It is not a devDependency: it pulls keytar (a native module that needs libsecret-1-dev to build
// on Linux) and ~300 MB of Azure/Teams SDK packages that nothing else needs, so `npm ci` stays
// free of native builds. When the on-demand install fails on keytar/libsecret, this script says,
// in Vietnamese and English, what to install.
//
//   node scripts/start.js start [manifest.xml]
//   node scripts/start.js stop  [manifest.xml]
"use strict";

const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PACKAGE = "office-addin-debugging@7";
/** Bytes of output kept to diagnose a failure (the tail matters: npm prints the gyp error last). */
const KEEP = 64 * 1024;

/** True when the output of a failed run shows that keytar (or its libsecret dependency) did not build. */
function isKeytarFailure(output) {
  return /keytar|libsecret|secret-1|gnome-keyring/i.test(output);
}

/**
 * What to tell the user after a failed run, one line per element (Vietnamese first, then English).
 * `platform` is process.platform.
 */
function advice(output, platform) {
  if (isKeytarFailure(output)) {
    if (platform === "linux") {
      return [
        "Không cài được office-addin-debugging: mô-đun keytar cần thư viện libsecret để biên dịch.",
        "  Debian/Ubuntu: sudo apt-get install -y libsecret-1-dev build-essential python3",
        "  Fedora/RHEL:   sudo dnf install -y libsecret-devel gcc-c++ make python3",
        "  rồi chạy lại npm start.",
        "Could not install office-addin-debugging: its keytar module needs libsecret to build.",
        "  Debian/Ubuntu: sudo apt-get install -y libsecret-1-dev build-essential python3",
        "  Fedora/RHEL:   sudo dnf install -y libsecret-devel gcc-c++ make python3",
        "  then run npm start again.",
      ];
    }
    return [
      "Không cài được keytar (office-addin-debugging). Trên Windows và macOS không cần cài thêm gì:",
      "  npm tải bản dựng sẵn, nên hãy kiểm tra kết nối tới npm registry (proxy, tường lửa) rồi chạy lại.",
      "Could not install keytar (office-addin-debugging). Windows and macOS need nothing extra:",
      "  npm downloads a prebuilt binary, so check access to the npm registry (proxy, firewall) and retry.",
    ];
  }
  return [
    `${PACKAGE} kết thúc với lỗi (xem thông báo ở trên). Có thể nạp thử add-in bằng tay: xem README, mục "Sideloading".`,
    `${PACKAGE} failed (see the output above). The add-in can also be sideloaded by hand: README, "Sideloading".`,
  ];
}

function spawnNpx(args, stdio) {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  return spawn(npx, args, { cwd: ROOT, stdio, shell: process.platform === "win32" });
}

function cannotRunNpx(e) {
  console.error(`Không chạy được npx (${e.message}). Cần Node.js 20 trở lên kèm npm.`);
  console.error(`Could not run npx (${e.message}). Node.js 20 or later with npm is needed.`);
  process.exit(1);
}

/**
 * First run: npx installs the package into its cache. npm hides a failing install script's output
 * and prints nothing at its default log level, so the install is probed alone with
 * --loglevel=info (kept, not shown), which names the failing package ("npm info run keytar@…").
 */
function probeInstall(then) {
  const args = ["--yes", "--loglevel=info", PACKAGE, "--version"];
  console.log(
    `> npx --yes ${PACKAGE} (cài lần đầu có thể mất vài phút / the first install may take minutes)`
  );
  let tail = "";
  const keep = (chunk) => {
    tail = (tail + chunk.toString("utf8")).slice(-KEEP);
  };
  const child = spawnNpx(args, ["ignore", "pipe", "pipe"]);
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  child.on("error", cannotRunNpx);
  child.on("close", (code) => {
    if (code === 0) return then();
    process.stderr.write(
      tail
        .split("\n")
        .filter((l) => /^npm (ERR|error)|keytar|gyp|libsecret/i.test(l))
        .slice(-20)
        .join("\n") + "\n\n"
    );
    for (const line of advice(tail, process.platform)) console.error(line);
    process.exit(code ?? 1);
  });
}

function run(command, manifest) {
  const args = ["--yes", PACKAGE, command, manifest];
  console.log(`> npx ${args.join(" ")}`);
  let tail = "";
  const keep = (chunk, stream) => {
    stream.write(chunk);
    tail = (tail + chunk.toString("utf8")).slice(-KEEP);
  };
  const child = spawnNpx(args, ["inherit", "pipe", "pipe"]);
  child.stdout.on("data", (c) => keep(c, process.stdout));
  child.stderr.on("data", (c) => keep(c, process.stderr));
  child.on("error", cannotRunNpx);
  child.on("close", (code) => {
    if (code === 0) return;
    console.error("");
    for (const line of advice(tail, process.platform)) console.error(line);
    process.exit(code ?? 1);
  });
}

function main(argv) {
  const [command, manifest = "manifest.xml"] = argv;
  if (command !== "start" && command !== "stop") {
    console.error("Cách dùng / usage: node scripts/start.js start|stop [manifest.xml]");
    process.exit(2);
  }
  probeInstall(() => run(command, manifest));
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { advice, isKeytarFailure };
