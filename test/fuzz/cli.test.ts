// Fuzzing the command line: random mutations of a valid Biểu 06a (cells, rows, columns, header
// words), written as real .xlsx files, through `tthc check --json` and `tthc fill -o --json` in
// process. Exit 0, 1 or 2 only; 0/1 print one JSON object; 2 prints one Vietnamese line; never
// "Lỗi không mong đợi" (the message of an unexpected exception).
import fc from "fast-check";
import * as fs from "fs";
import { SheetSnapshot } from "../../src/core/grid";
import { build06a, counts, RowSpec } from "../helpers/form06a";
import { tempDir, tthc, workbookOf } from "../helpers/xlsx";
import { counted, mutate, mutation, Mutation, runCount } from "./fuzz";

const RUNS = 40;
const tmp = tempDir("tthc-fuzz-");
const started = Date.now();
afterAll(() => {
  tmp.cleanup();
  process.stdout.write(
    `fuzz (cli): ${runCount()} runs in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
  );
});

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const ROWS: RowSpec[] = [
  { name: "Chứng thực", counts: counts(0, 31, 0, 19, 11, 0, 1, 0) },
  { name: "Hộ tịch", counts: counts(53, 0, 1, 41, 11, 0, 2, 0) },
  { name: "Đất đai", counts: counts(0, 0, 0, 0, 0, 0, 0, 0) },
  { name: "Tư pháp", counts: counts(2, 3, 1, 2, 1, 1, 2, 0) },
];

/** Mutations a real .xlsx can hold (exceljs refuses overlapping merges). */
const fileMutation = mutation(22, 16).filter((m) => m.kind !== "merge");

test("check --json and fill -o on mutated .xlsx files: exit 0/1 with JSON, or 2 with one Vietnamese line", async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fileMutation, { minLength: 1, maxLength: 8 }),
      async (muts: Mutation[]) => {
        counted();
        const b = build06a(ROWS);
        const sheet = mutate(b.wb.sheets[0] as SheetSnapshot, muts);
        const file = tmp.file(`f${++n}.xlsx`);
        fs.writeFileSync(
          file,
          Buffer.from(await workbookOf({ sheets: [sheet] }).xlsx.writeBuffer())
        );
        for (const args of [
          ["check", file, "--json"],
          ["fill", file, "-o", tmp.file(`f${n}-out.xlsx`), "--json"],
        ]) {
          const r = await tthc(...args);
          expect([0, 1, 2]).toContain(r.code);
          if (r.code === 2) {
            expect(r.out).toBe("");
            expect(r.errLines).toHaveLength(1);
            expect(r.errLines[0]).toMatch(VIETNAMESE);
            expect(r.errLines[0]).not.toMatch(/^Lỗi không mong đợi/);
          } else {
            expect(r.err).toBe("");
            const j = JSON.parse(r.out) as { findings: { message: string }[] };
            for (const f of j.findings) expect(f.message).toMatch(VIETNAMESE);
          }
        }
      }
    ),
    { numRuns: RUNS }
  );
});
