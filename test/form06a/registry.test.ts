import * as fs from "fs";
import * as path from "path";
import { RULES_06A } from "../../src/core/form06a";

// SPEC's table: the contract of `tthc check`.
const SPEC_RULES: [string, "error" | "warning"][] = [
  ["06a/received-sum", "error"],
  ["06a/resolved-sum", "error"],
  ["06a/pending-sum", "error"],
  ["06a/balance", "error"],
  ["06a/total-row", "error"],
  ["06a/not-a-count", "error"],
  ["06a/number-as-text", "warning"],
  ["06a/blank", "warning"],
  ["06a/duplicate-field", "warning"],
  ["06a/numbering", "warning"],
  ["06a/missing-total", "warning"],
  ["06a/period", "warning"],
  ["06a/carry-over", "warning"],
];

test("the registry holds exactly SPEC's rule IDs with SPEC's severities", () => {
  const got = RULES_06A.map((r) => [r.meta.id, r.meta.severity]).sort();
  expect(got).toEqual([...SPEC_RULES].sort());
});

test("every rule has a legal or structural source and a Vietnamese description", () => {
  for (const r of RULES_06A) {
    expect(r.meta.source.length).toBeGreaterThan(10);
    expect(r.meta.description).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơưăâêô]/);
  }
});

test.each(SPEC_RULES)("%s has a rule table in test/form06a/rules", (id) => {
  const file = path.join(__dirname, "rules", id.replace("06a/", "") + ".test.ts");
  expect(fs.existsSync(file)).toBe(true);
  expect(fs.readFileSync(file, "utf8")).toContain(`ruleTester("${id}"`);
});
