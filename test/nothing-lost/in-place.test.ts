// `tthc fill --in-place` is atomic: the new workbook goes to a temporary file beside the original
// and replaces it by a rename. Proved with a real crash: the CLI runs in a child process whose
// fs.writeSync is patched (crash-hook.js) to stop half-way through the temporary file — by
// SIGKILL (nothing of the program runs any more) or by an I/O error.
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { listDir, SAMPLE, tempDir, tthc } from "../helpers/xlsx";

const HOOK = path.join(__dirname, "crash-hook.js");
const CLI = path.join(__dirname, "run-cli.js");

const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** `tthc ARGS…` in a child process with the crash hook preloaded. */
function crashing(mode: "kill" | "throw", ...args: string[]) {
  const r = spawnSync(process.execPath, ["-r", HOOK, CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, TTHC_CRASH: mode, TTHC_DEBUG: "" },
    timeout: 120_000,
  });
  return { status: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

const dirs: ReturnType<typeof tempDir>[] = [];
afterAll(() => dirs.forEach((d) => d.cleanup()));

function copyOfSample(): { dir: string; file: string } {
  const d = tempDir("tthc-inplace-crash-");
  dirs.push(d);
  const file = d.file("bao-cao-quy-1.xlsx");
  fs.copyFileSync(SAMPLE, file);
  return { dir: d.dir, file };
}

test("killed (SIGKILL) while writing the temporary file: the original is byte-identical; the next write removes the leftover", async () => {
  const { dir, file } = copyOfSample();
  const before = sha(file);
  const r = crashing("kill", "fill", file, "--in-place");
  expect(r.signal).toBe("SIGKILL");
  expect(sha(file)).toBe(before);
  // A killed process cleans up nothing: its half-written temporary file is still there …
  const left = listDir(dir).filter((n) => n !== "bao-cao-quy-1.xlsx");
  expect(left).toEqual([expect.stringMatching(/^\.bao-cao-quy-1\.xlsx\.\d+\.\d+\.tmp$/)]);
  expect(fs.statSync(path.join(dir, left[0])).size).toBeLessThan(fs.statSync(file).size);
  // … and the next write to the same file removes it (its process is gone).
  const again = await tthc("fill", file, "--in-place");
  expect(again.code).toBe(0);
  expect(listDir(dir)).toEqual(["bao-cao-quy-1.xlsx"]);
  expect(sha(file)).not.toBe(before);
}, 120_000);

test("an I/O error half-way: exit 2 with one Vietnamese line, the original byte-identical, no temporary file left", () => {
  const { dir, file } = copyOfSample();
  const before = sha(file);
  const r = crashing("throw", "fill", file, "--in-place");
  expect(r.status).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.trim().split("\n")).toEqual([
    `Không ghi được tệp "${file}": lỗi hệ thống EIO; tệp gốc không thay đổi.`,
  ]);
  expect(sha(file)).toBe(before);
  expect(listDir(dir)).toEqual(["bao-cao-quy-1.xlsx"]);
}, 120_000);

test("a temporary file of a write still in progress (its process alive) is not removed", async () => {
  const { dir, file } = copyOfSample();
  const busy = path.join(dir, `.bao-cao-quy-1.xlsx.${process.ppid}.1700000000000.tmp`);
  fs.writeFileSync(busy, "đang ghi");
  expect((await tthc("fill", file, "-o", path.join(dir, "khac.xlsx"))).code).toBe(0);
  expect((await tthc("fill", file, "--in-place")).code).toBe(0);
  expect(fs.readFileSync(busy, "utf8")).toBe("đang ghi");
});
