// Writes that cannot lie (issue 12, points 1–3): a full disk, outputs that alias an input,
// devices and FIFOs, read-only files, symlinks, mode and owner kept, .xlsm refused. Each case
// runs `tthc` in a child process with its time and peak memory measured (harness.ts).
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import {
  cliArgv,
  expectBounded,
  expectRefusal,
  measure,
  printTable,
  SAMPLE,
  sha,
  tempDir,
  tthcMeasured,
} from "./harness";
import { partsOf, zipOfMap } from "./make";

const dirs: ReturnType<typeof tempDir>[] = [];
afterAll(() => {
  dirs.forEach((d) => d.cleanup());
  printTable("Hostile corpus — writes");
});

function sample(name = "bao-cao.xlsx"): {
  dir: string;
  file: string;
  d: ReturnType<typeof tempDir>;
} {
  const d = tempDir();
  dirs.push(d);
  const file = d.file(name);
  fs.copyFileSync(SAMPLE, file);
  return { dir: d.dir, file, d };
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const canUnshare = isRoot && spawnSync("unshare", ["-m", "true"]).status === 0;

(canUnshare ? describe : describe.skip)("a full disk (tmpfs in a private mount namespace)", () => {
  // A 32 KB tmpfs holds the 21 KB workbook but not a second copy: the temp file hits ENOSPC.
  const run = (name: string, cmd: string[]) => {
    const { dir } = sample("unused.xlsx");
    const mnt = path.join(dir, "mnt");
    fs.mkdirSync(mnt);
    const script = [
      `mount -t tmpfs -o size=32k tmpfs "${mnt}"`,
      `cp "${SAMPLE}" "${mnt}/bao-cao.xlsx"`,
      `sha256sum "${mnt}/bao-cao.xlsx" > "${dir}/before"`,
      `"$@"; echo $? > "${dir}/rc"`,
      `sha256sum "${mnt}/bao-cao.xlsx" > "${dir}/after"`,
      `ls -A "${mnt}" > "${dir}/ls"`,
    ].join("; ");
    const argv = [
      "unshare",
      "-m",
      "sh",
      "-c",
      script,
      "sh",
      ...cliArgv(...cmd.map((a) => a.replace("$MNT", mnt))),
    ];
    const m = measure(name, argv);
    const rd = (f: string) => fs.readFileSync(path.join(dir, f), "utf8");
    return {
      m,
      rc: Number(rd("rc")),
      before: rd("before").split(" ")[0],
      after: rd("after").split(" ")[0],
      ls: rd("ls").trim().split("\n"),
    };
  };

  test("fill --in-place on a full disk: exit 2, 'ổ đĩa đã đầy', the workbook byte-identical, no temp file left", () => {
    const r = run("full disk: fill --in-place", ["fill", "$MNT/bao-cao.xlsx", "--in-place"]);
    expectBounded(r.m);
    expect(r.rc).toBe(2);
    expect(r.m.err.trim()).toMatch(
      /^Không ghi được tệp ".*bao-cao\.xlsx": ổ đĩa đã đầy; tệp gốc không thay đổi\.$/
    );
    expect(r.m.out).not.toMatch(/Đã điền/);
    expect(r.after).toBe(r.before);
    expect(r.ls).toEqual(["bao-cao.xlsx"]);
  });

  test("report -o on a full disk: exit 2, no report announced, nothing left", () => {
    const r = run("full disk: report -o", [
      "report",
      "$MNT/bao-cao.xlsx",
      "-o",
      "$MNT/bao-cao.docx",
      "--force",
    ]);
    expectBounded(r.m);
    expect(r.rc).toBe(2);
    expect(r.m.err.trim()).toMatch(/ổ đĩa đã đầy/);
    expect(r.m.out).not.toMatch(/Đã tạo báo cáo/);
    expect(r.after).toBe(r.before);
    expect(r.ls).toEqual(["bao-cao.xlsx"]);
  });
});

if (!canUnshare)
  console.log(
    `Full-disk cases skipped: ${isRoot ? "unshare -m is not permitted here" : "not running as root (a tmpfs needs mount rights)"}.`
  );

describe("outputs that are the input under another name", () => {
  test("-o through a symlinked folder: refused, the input byte-identical", () => {
    const { dir, file } = sample();
    fs.symlinkSync(dir, path.join(dir, "..", path.basename(dir) + "-link"));
    const alias = path.join(dir + "-link", "bao-cao.xlsx");
    const before = sha(file);
    const m = tthcMeasured("alias: fill -o via symlinked folder", "fill", file, "-o", alias);
    fs.unlinkSync(dir + "-link");
    expectRefusal(m, /chính là tệp đầu vào/);
    expect(sha(file)).toBe(before);
  });

  test("report -o a hard link of the workbook: refused (same device and inode), the workbook kept", () => {
    const { dir, file } = sample();
    const other = path.join(dir, "khac.docx");
    fs.linkSync(file, other);
    const before = sha(file);
    const m = tthcMeasured("alias: report -o hard link", "report", file, "-o", other, "--force");
    expectRefusal(m, /chính là tệp đầu vào/);
    expect(sha(file)).toBe(before);
  });

  test("-o /dev/null: refused, the device stays a device", () => {
    const { file } = sample();
    const m = tthcMeasured("device: fill -o /dev/null", "fill", file, "-o", "/dev/null");
    expectRefusal(m, /là một thiết bị, không phải tệp thông thường/);
    expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  test("-o a FIFO: refused at once", () => {
    const { dir, file } = sample();
    const fifo = path.join(dir, "ong.xlsx");
    execFileSync("mkfifo", [fifo]);
    const m = tthcMeasured("FIFO: fill -o FIFO", "fill", file, "-o", fifo);
    expectRefusal(m, /ống dẫn \(FIFO\)/);
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });
});

describe("inputs that are not regular files", () => {
  test("a FIFO as input: refused at once (no hang)", () => {
    const { dir } = sample();
    const fifo = path.join(dir, "ong.xlsx");
    execFileSync("mkfifo", [fifo]);
    const m = tthcMeasured("FIFO: check FIFO", "check", fifo);
    expectRefusal(m, /ống dẫn \(FIFO\)/);
  });

  test("/dev/zero as input: refused at once (no memory eaten)", () => {
    const m = tthcMeasured("device: check /dev/zero", "check", "/dev/zero");
    expectRefusal(m, /là một thiết bị/);
  });
});

describe("--in-place keeps what the file is", () => {
  test("mode and owner kept", () => {
    const { file } = sample();
    fs.chmodSync(file, 0o640);
    if (isRoot) fs.chownSync(file, 1234, 2345);
    const before = sha(file);
    const m = tthcMeasured("in-place: mode 0640, owner 1234", "fill", file, "--in-place");
    expectBounded(m);
    expect(m.status).toBe(0);
    expect(sha(file)).not.toBe(before);
    const st = fs.statSync(file);
    expect(st.mode & 0o7777).toBe(0o640);
    if (isRoot) expect([st.uid, st.gid]).toEqual([1234, 2345]);
  });

  test("a read-only file: refused, byte-identical", () => {
    const { file } = sample();
    fs.chmodSync(file, 0o444);
    const before = sha(file);
    const m = tthcMeasured("in-place: read-only file", "fill", file, "--in-place");
    expectRefusal(m, /chỉ cho phép đọc/);
    expect(sha(file)).toBe(before);
  });

  test("a symlink: written through, the link stays a link", () => {
    const { dir, file } = sample("that.xlsx");
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(file, link);
    const before = sha(file);
    const m = tthcMeasured("in-place: through a symlink", "fill", link, "--in-place");
    expectBounded(m);
    expect(m.status).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(sha(file)).not.toBe(before);
  });

  test(".xlsm: --in-place and -o x.xlsm refused (macros cannot be kept), the file byte-identical", () => {
    const { dir, file } = sample("macro.xlsm");
    const before = sha(file);
    const a = tthcMeasured("xlsm: fill --in-place", "fill", file, "--in-place");
    expectRefusal(a, /có macro \(\.xlsm\).*-o TỆP_MỚI\.xlsx/);
    const b = tthcMeasured("xlsm: fill -o x.xlsm", "fill", file, "-o", path.join(dir, "ra.xlsm"));
    expectRefusal(b, /không ghi được tệp có macro/);
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(path.join(dir, "ra.xlsm"))).toBe(false);
  });

  test("a workbook holding VBA macros under an .xlsx name: --in-place refused, byte-identical", () => {
    const { dir } = sample("unused.xlsx");
    const parts: Map<string, Buffer | string> = partsOf(fs.readFileSync(SAMPLE));
    parts.set("xl/vbaProject.bin", Buffer.alloc(512, 1));
    const file = path.join(dir, "co-macro.xlsx");
    fs.writeFileSync(file, zipOfMap(parts));
    const before = sha(file);
    const m = tthcMeasured("macros in .xlsx: fill --in-place", "fill", file, "--in-place");
    expectRefusal(m, /có macro \(\.xlsm\)/);
    expect(sha(file)).toBe(before);
  });
});
