// The corpus of bad and odd workbooks (make-corpus.ts) through `tthc` and through the add-in
// (run.ts says what is checked). The large entries (10,000 rows; a stray cell at XFD1048576)
// run in large.test.ts, so the two halves can run side by side.
import { CORPUS } from "./make-corpus";
import { corpusSuite } from "./run";

test("the corpus holds at least 40 bad or odd workbooks, each with a distinct id", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CORPUS.map((e) => e.id)).size).toBe(CORPUS.length);
});

corpusSuite(CORPUS.filter((e) => !e.large));
