// Preloaded into a child `tthc` (node -r) by test/nothing-lost/in-place.test.ts to simulate a
// crash while the temporary file of an atomic write is being written:
//   TTHC_CRASH=kill   half of the data reaches the temp file, then the process is killed (SIGKILL:
//                     no exception handler, no cleanup runs — as a power cut or a killed terminal);
//   TTHC_CRASH=throw  half of the data is written, then the write fails with EIO.
// Only writes to file descriptors other than stdin/stdout/stderr are touched.
"use strict";
const fs = require("fs");

const mode = process.env.TTHC_CRASH;
const original = fs.writeSync;

fs.writeSync = function writeSync(fd, data, ...rest) {
  if (fd > 2 && mode && data instanceof Uint8Array && data.length > 1024) {
    original.call(fs, fd, data.subarray(0, data.length >> 1));
    if (mode === "kill") process.kill(process.pid, "SIGKILL");
    const e = new Error("EIO: i/o error, write");
    e.code = "EIO";
    throw e;
  }
  return original.call(fs, fd, data, ...rest);
};
