// The corpus of bad and odd workbooks (make-corpus.ts), each through both hosts:
// - `tthc` in process (via main): check --json, fill -o --json, score --json, report -o. Each run
//   gives the entry's stated findings, or exit 2 with one Vietnamese line — never a crash, a
//   stack trace or English. The fill's output keeps every non-empty input cell.
// - the add-in: the same workbook in the fake Excel, driven by the task pane's controller
//   (Kiểm tra → Xóa đánh dấu → Điền số liệu → Hoàn tác, Chấm điểm, Tạo báo cáo): the same
//   findings, no throw, a Vietnamese message when nothing can be done; marking and filling change
//   no non-empty cell, clearing and undo restore the workbook exactly.
import * as fs from "fs";
import { WorkbookSnapshot } from "../../src/core/grid";
import { readWorkbookFile } from "../../src/host/xlsx";
import { analyse } from "../../src/core/workbook";
import { decodeWorkbook } from "../../src/core/text/legacy";
import {
  allowedFillChange,
  changedCells,
  derivedCellsOf,
  describeChange,
  snapshotOfState,
} from "../nothing-lost/compare";
import { createFakeExcel } from "../../src/fake-excel";
import { PaneController } from "../../src/taskpane/controller";
import { PaneError } from "../../src/taskpane/model";
import { HostError } from "../../src/host/excel";
import { comparable } from "../host-excel/helpers";
import { tempDir, tthc, RunResult } from "../helpers/xlsx";
import { CorpusEntry, Outcome, writeCorpus } from "./make-corpus";

/** The corpus tests of `entries`: the CLI's four commands and the add-in's path for each. */
export function corpusSuite(entries: CorpusEntry[]): void {
  const tmp = tempDir("tthc-corpus-");
  let files = new Map<string, string>();
  const started = Date.now();

  beforeAll(async () => {
    files = await writeCorpus(tmp.dir, entries);
  }, 120_000);
  afterAll(() => {
    tmp.cleanup();
    // The corpus size and its run time, for the closing note of the work.
    process.stdout.write(
      `corpus: ${entries.length} workbooks × (4 commands + the add-in) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
    );
  });

  /** A Vietnamese letter with a diacritic (every message has some). */
  const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
  /** What a crash or an untranslated message looks like. */
  const CRASH =
    /\n\s+at |\bat [\w.<>]+ \(|TypeError|RangeError|ReferenceError|SyntaxError|Error:|\[object |\bundefined\b|\bNaN\b/;
  const ENGLISH =
    /\b(the|cannot|can't|invalid|error|unexpected|not found|failed|no such|permission|denied|expected)\b/i;

  function expectNoCrash(r: RunResult, e: CorpusEntry): void {
    expect(r.out + "\n" + r.err).not.toMatch(CRASH);
    for (const line of r.errLines) {
      expect(line).toMatch(VIETNAMESE);
      // (The file's own name, e.g. "23-formula-ref-error.xlsx", is not the message.)
      expect(line.split(e.id).join("")).not.toMatch(ENGLISH);
      expect(line).not.toMatch(/^Lỗi không mong đợi/);
    }
  }

  /** Exit 2: nothing on stdout, one Vietnamese line on stderr naming the reason. */
  function expectCannot(r: RunResult, reason: RegExp): void {
    expect({ code: r.code, out: r.out }).toEqual({ code: 2, out: "" });
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(reason);
  }

  interface JsonFinding {
    rule: string;
    cell: string;
    severity: string;
    message: string;
  }

  function expectFindings(list: JsonFinding[], expected: string[]): void {
    expect(list.map((f) => `${f.rule} ${f.cell}`)).toEqual(expected);
    for (const f of list) {
      expect(f.message).toMatch(VIETNAMESE);
      expect(f.message).not.toMatch(ENGLISH);
      expect(f.message).not.toMatch(CRASH);
    }
  }

  function expectOutcome(
    r: RunResult,
    e: CorpusEntry,
    o: Outcome,
    findingsOf: (json: Record<string, unknown>) => JsonFinding[]
  ): Record<string, unknown> | null {
    expectNoCrash(r, e);
    if (o.exit === 2) {
      expectCannot(r, o.reason);
      return null;
    }
    expect({ code: r.code, err: r.err }).toEqual({ code: o.exit, err: "" });
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expectFindings(findingsOf(json), o.findings);
    return json;
  }

  const file = (e: CorpusEntry) => files.get(e.id) as string;

  /** Each input read once, as the CLI reads it (cells as stored: legacy text still encoded). */
  const inputs = new Map<string, Promise<WorkbookSnapshot>>();
  function input(e: CorpusEntry): Promise<WorkbookSnapshot> {
    let p = inputs.get(e.id);
    if (!p) inputs.set(e.id, (p = readWorkbookFile(file(e)).then((x) => x.snapshot)));
    return p;
  }
  /** The analysis the commands make: of the text read as Unicode when the file is TCVN3/VNI. */
  const analysed = async (e: CorpusEntry) => analyse(decodeWorkbook(await input(e)).wb);
  const out = (e: CorpusEntry, ext: string) => tmp.file(`${e.id}.out.${ext}`);

  describe.each(entries.map((e) => [e.id, e] as const))("%s", (_id, e) => {
    test(`check --json — ${e.about}`, async () => {
      const r = await tthc("check", file(e), "--json");
      const json = expectOutcome(r, e, e.expect.check, (j) => j.findings as JsonFinding[]);
      // ("encoding" is there only for a legacy-encoded file.)
      if (json)
        expect(
          Object.keys(json)
            .filter((k) => k !== "encoding")
            .sort()
        ).toEqual(["file", "findings", "form"]);
      if (e.expect.probe) e.expect.probe(await analysed(e));
    });

    test("fill -o --json: the stated findings after the fill; no non-empty input cell changed", async () => {
      const target = out(e, "xlsx");
      const r = await tthc("fill", file(e), "-o", target, "--json");
      const o = e.expect.fill;
      const json = expectOutcome(r, e, o, (j) => j.findings as JsonFinding[]);
      if (!json) {
        expect(fs.existsSync(target)).toBe(false);
        return;
      }
      if (o.conflicts)
        expect((json.conflicts as { cell: string }[]).map((c) => c.cell)).toEqual(o.conflicts);
      // (The 10,000-row output is left to the core and pane tests: reading it back costs more than the whole rest.)
      if (e.large) return;
      const before = await input(e);
      const after = (await readWorkbookFile(target)).snapshot;
      const derived = derivedCellsOf((await analysed(e)).form);
      const lost = changedCells(before, after).filter((c) => !allowedFillChange(c, derived));
      expect(lost.map(describeChange)).toEqual([]);
    });

    test("score --json", async () => {
      const r = await tthc("score", file(e), "--json");
      const json = expectOutcome(r, e, e.expect.score, (j) => j.findings as JsonFinding[]);
      if (json)
        expect(Object.keys(json)).toEqual(
          expect.arrayContaining([
            "indices",
            "total",
            "grade",
            "ballots",
            "satisfaction",
            "findings",
          ])
        );
    });

    test("report -o", async () => {
      const target = out(e, "docx");
      const r = await tthc("report", file(e), "-o", target);
      expectNoCrash(r, e);
      const o = e.expect.report;
      if (o.exit === 2) {
        expectCannot(r, o.reason);
        expect(fs.existsSync(target)).toBe(false);
        return;
      }
      expect(r.code).toBe(o.exit);
      expect(fs.existsSync(target)).toBe(o.exit === 0);
      if (o.exit === 0) expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe("PK");
      for (const phrase of o.says ?? []) expect(r.out + "\n" + r.err).toMatch(phrase);
    });
  });

  // ---- The add-in ----------------------------------------------------------------------------

  /** The rejection of a promise, or null when it was fulfilled. */
  async function rejection(p: Promise<unknown>): Promise<Error | null> {
    try {
      await p;
      return null;
    } catch (e) {
      return e as Error;
    }
  }

  /** A refusal for the clerk: a PaneError or HostError in Vietnamese, no English, no stack. */
  function expectVietnameseRefusal(err: Error | null, reason: RegExp): void {
    expect(err).not.toBeNull();
    expect(err instanceof PaneError || err instanceof HostError).toBe(true);
    expect((err as Error).message).toMatch(VIETNAMESE);
    expect((err as Error).message).toMatch(reason);
    expect((err as Error).message).not.toMatch(CRASH);
  }

  describe.each(entries.map((e) => [e.id, e] as const))("%s in the add-in", (_id, e) => {
    const skip = e.expect.pane?.skip;
    const title =
      "Kiểm tra, Xóa đánh dấu, Điền số liệu, Hoàn tác, Chấm điểm, Tạo báo cáo on the fake Excel";
    // A known limit of the add-in (README, Limits) is shown as such in the run, with its reason.
    (skip ? test.skip : test)(
      skip ? `${title} [not run — known limit: ${skip}]` : title,
      async () => {
        const snap = await input(e);
        const fake = createFakeExcel(snap);
        const pane = new PaneController({ run: fake.run, office: fake.office });
        const initial = comparable(fake.workbook.state());
        const cells = () => snapshotOfState(fake.workbook.state());
        // (On the large entries the cell-by-cell comparisons are left to the exact state comparisons.)
        const initialCells = e.large ? null : cells();
        const x = e.expect;

        // Kiểm tra: the CLI's findings, marked in place; marking changes no cell's content.
        const checking = pane.check();
        if (x.pane?.check) {
          expectVietnameseRefusal(await rejection(checking), x.pane.check);
          expect(comparable(fake.workbook.state())).toEqual(initial);
        } else {
          const c = await checking;
          if (x.check.exit === 2) {
            expect(c.form).toBeNull();
            expect(c.formError).toMatch(x.check.reason);
            expect(c.formError).toMatch(VIETNAMESE);
          } else {
            expect(c.form).not.toBeNull();
            expect(c.findings.map((f) => `${f.rule} ${f.a1}`)).toEqual(x.check.findings);
          }
          if (initialCells)
            expect(changedCells(initialCells, cells()).map(describeChange)).toEqual([]);
          // Xóa đánh dấu: exactly the workbook as it was (fills, notes, comments).
          await pane.clearMarks();
          expect(comparable(fake.workbook.state())).toEqual(initial);
        }

        // Điền số liệu: a refusal, or a fill that keeps every input and that Hoàn tác takes back exactly.
        const filling = pane.applyFill();
        const noTable = x.check.exit === 2 && x.score.exit === 2;
        if (x.pane?.fill || noTable) {
          expectVietnameseRefusal(
            await rejection(filling),
            x.pane?.fill ?? (x.check.exit === 2 ? x.check.reason : /./)
          );
          expect(comparable(fake.workbook.state())).toEqual(initial);
        } else {
          const f = await filling;
          if (initialCells) {
            const derived = derivedCellsOf((await analysed(e)).form);
            const lost = changedCells(initialCells, cells()).filter(
              (ch) => !allowedFillChange(ch, derived, true)
            );
            expect(lost.map(describeChange)).toEqual([]);
          }
          if (f.written > 0) {
            const u = await pane.undo();
            expect(u.done).toBe(true);
            expect(comparable(fake.workbook.state())).toEqual(initial);
          }
        }

        // Chấm điểm: a result exactly when the CLI scores.
        const s = await pane.score();
        expect(s.result === null).toBe(x.score.exit === 2);

        // Tạo báo cáo: refused without Biểu 06a, blocked by errors, else a .docx.
        if (e.large) return;
        const reporting = pane.report();
        if (x.report.exit === 2)
          expectVietnameseRefusal(await rejection(reporting), x.report.reason);
        else {
          const r = await reporting;
          expect(r.kind).toBe(x.report.exit === 0 ? "done" : "blocked");
          if (r.kind === "done") expect(Buffer.from(r.bytes.subarray(0, 2)).toString()).toBe("PK");
        }
      }
    );
  });
}
