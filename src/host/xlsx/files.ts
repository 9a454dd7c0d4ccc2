// Files as the CLI meets them: inputs that must be regular files (a FIFO or /dev/zero would hang
// or fill memory), outputs that must not be an input under another name (real paths, then device
// and inode), and writes that cannot lie — every byte written is counted, the temp file is
// fsynced, read back and checked (a zip that opens and holds the parts we wrote) before it
// replaces the target by a rename. A symlinked target is written through (the link stays), the
// target's mode and owner are kept, a read-only target is refused.
import * as fs from "fs";
import * as path from "path";
import { FILE_MSG, SpecialKind } from "../../core/messages/files";
import { verifyZip } from "./zip";

/** A write or a read refused before anything was changed; the message is one Vietnamese line. */
export class FileRefusedError extends Error {}

/** Largest input read (a workbook, an HTML export): its bytes are held in memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export function specialKind(st: fs.Stats): SpecialKind | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return "directory";
  if (st.isFIFO()) return "fifo";
  if (st.isCharacterDevice()) return "char-device";
  if (st.isBlockDevice()) return "block-device";
  if (st.isSocket()) return "socket";
  return "other";
}

/**
 * The bytes of a regular file, at most `limit` of them. Checked with stat before opening (a FIFO
 * would block the open) and again with fstat on the open descriptor (the path may have changed
 * in between). Errors: FileRefusedError (not a regular file, too big) or the fs error.
 */
export function readRegularFile(
  file: string,
  limit: number,
  msg: {
    notRegular: (f: string, k: SpecialKind) => string;
    tooBig: (f: string, size: number, limit: number) => string;
  } = {
    notRegular: FILE_MSG.inputNotRegular,
    tooBig: FILE_MSG.inputTooBig,
  }
): Buffer {
  const st = fs.statSync(file);
  const kind = specialKind(st);
  if (kind) throw new FileRefusedError(msg.notRegular(file, kind));
  if (st.size > limit) throw new FileRefusedError(msg.tooBig(file, st.size, limit));
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const fst = fs.fstatSync(fd);
    const k2 = specialKind(fst);
    if (k2) throw new FileRefusedError(msg.notRegular(file, k2));
    if (fst.size > limit) throw new FileRefusedError(msg.tooBig(file, fst.size, limit));
    const buf = Buffer.allocUnsafe(fst.size);
    let off = 0;
    while (off < buf.length) {
      const n = fs.readSync(fd, buf, off, buf.length - off, off);
      if (n <= 0) break; // the file shrank while read
      off += n;
    }
    return off === buf.length ? buf : buf.subarray(0, off);
  } finally {
    fs.closeSync(fd);
  }
}

/** Where a write to `target` really goes: through symlinks (a dangling one is refused). */
export function realTarget(target: string): string {
  let lst: fs.Stats;
  try {
    lst = fs.lstatSync(target);
  } catch {
    // A new file: its folder may itself be reached by a symlink.
    try {
      return path.join(fs.realpathSync(path.dirname(path.resolve(target))), path.basename(target));
    } catch {
      return path.resolve(target);
    }
  }
  if (!lst.isSymbolicLink())
    return path.join(fs.realpathSync(path.dirname(path.resolve(target))), path.basename(target));
  try {
    return fs.realpathSync(target);
  } catch {
    throw new FileRefusedError(FILE_MSG.outputDanglingLink(target));
  }
}

/**
 * Refuses an output that is a device, a FIFO, a folder or a read-only file, or that is one of
 * `inputs` under another name (a symlinked folder, another case on a case-insensitive file
 * system, a hard link: same device and inode). `inPlace`: the target is meant to be input.
 * Returns the path to write (the symlink's target) and the existing file's stats, if any.
 */
export function checkOutput(
  target: string,
  inputs: string[],
  inPlace = false
): { real: string; stat: fs.Stats | null } {
  const real = realTarget(target);
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(real);
  } catch {
    stat = null;
  }
  if (stat) {
    const kind = specialKind(stat);
    if (kind) throw new FileRefusedError(FILE_MSG.outputNotRegular(target, kind));
    if ((stat.mode & 0o222) === 0) throw new FileRefusedError(FILE_MSG.outputReadOnly(target));
    try {
      fs.accessSync(real, fs.constants.W_OK);
    } catch {
      throw new FileRefusedError(FILE_MSG.outputReadOnly(target));
    }
    if (!inPlace)
      for (const input of inputs) {
        let ist: fs.Stats;
        try {
          ist = fs.statSync(input);
        } catch {
          continue;
        }
        if (ist.dev === stat.dev && ist.ino === stat.ino)
          throw new FileRefusedError(FILE_MSG.outputIsInput(target, input));
      }
  }
  return { real, stat };
}

export interface WriteOptions {
  /** Files the output must not be (checked by device and inode). */
  inputs?: string[];
  /** The target is the input, replaced on purpose. */
  inPlace?: boolean;
  /** The data is a zip that must hold these parts (checked on the bytes read back). */
  zipParts?: string[];
}

/** An fs error with a code, for the callers' message by code ("ổ đĩa đã đầy" for ENOSPC). */
function fsError(code: string, message: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(message);
  e.code = code;
  return e;
}

/**
 * Write `data` to `file` atomically and verified. Throws FileRefusedError (nothing written) or
 * an fs error (ENOSPC…, the target unchanged, the temp file removed).
 */
export function writeFileVerified(file: string, data: Uint8Array, opts: WriteOptions = {}): void {
  const { real, stat } = checkOutput(file, opts.inputs ?? [], !!opts.inPlace);
  const dir = path.dirname(real);
  removeStaleTemps(dir, path.basename(real));
  const tmp = path.join(dir, `.${path.basename(real)}.${process.pid}.${Date.now()}.tmp`);
  const mode = stat ? stat.mode & 0o7777 : 0o666;
  try {
    const fd = fs.openSync(
      tmp,
      fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL,
      mode
    );
    try {
      let off = 0;
      while (off < data.length) {
        const n = fs.writeSync(fd, data, off, data.length - off);
        // A write that makes no progress is a full disk that did not say so.
        if (!(n > 0)) throw fsError("ENOSPC", "short write");
        off += n;
      }
      if (stat) {
        fs.fchmodSync(fd, mode);
        try {
          fs.fchownSync(fd, stat.uid, stat.gid);
        } catch {
          /* not ours to give away (not root): the file keeps our owner */
        }
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const back = fs.readFileSync(tmp);
    if (back.length !== data.length)
      throw new FileRefusedError(
        FILE_MSG.verifyFailed(file, `${back.length}/${data.length} byte`, !!stat)
      );
    if (!back.equals(Buffer.from(data.buffer, data.byteOffset, data.byteLength)))
      throw new FileRefusedError(FILE_MSG.verifyFailed(file, "nội dung khác", !!stat));
    if (opts.zipParts) {
      const why = verifyZip(back, opts.zipParts);
      if (why) throw new FileRefusedError(FILE_MSG.verifyFailed(file, why, !!stat));
    }
    fs.renameSync(tmp, real);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
  // The rename itself reaches the disk with the folder's fsync.
  try {
    const dfd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    /* some file systems cannot fsync a folder */
  }
}

/**
 * Temp files of earlier writes to `name` whose process is gone: a write killed mid-way (power
 * cut, killed terminal) leaves its ".NAME.PID.TIME.tmp" beside the file — the file itself is
 * intact — and the next write to the same file removes it. A temp file of a process still alive
 * (another write in progress) is left alone.
 */
function removeStaleTemps(dir: string, name: string): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return; // the write itself will say why the folder cannot be used
  }
  const prefix = `.${name}.`;
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith(".tmp")) continue;
    const m = /^(\d+)\.(\d+)\.tmp$/.exec(entry.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    try {
      fs.unlinkSync(path.join(dir, entry));
    } catch {
      /* gone already, or not ours to remove */
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // alive, owned by someone else
  }
}
