// A RuleTester in the manner of ESLint's: a table of valid grids (no finding of the rule) and
// invalid ones (exactly the expected findings of the rule: severity, cell, message parts).
import { RULES_06A } from "../../src/core/form06a";
import { Built06a, checkBuilt, seen } from "./form06a";

export interface ExpectedFinding {
  /** "C10" */
  cell: string;
  /** Substrings (or patterns) the Vietnamese message must contain. */
  message?: (string | RegExp)[];
  /** The finding's messageId (what it says, for programs). */
  messageId?: string;
  /** Figures the finding's data must hold (a partial match). */
  data?: Record<string, unknown>;
}

export interface RuleCase {
  name: string;
  grid: () => Built06a;
  previous?: () => Built06a;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[] | ((b: Built06a) => ExpectedFinding[]);
}

/**
 * Runs the rule's cases twice over: through `check06a` (the registry, what `tthc check` runs)
 * and through the rule module alone, and expects the same findings of that rule from both.
 */
export function ruleTester(
  ruleId: string,
  severity: "error" | "warning",
  cases: { valid: RuleCase[]; invalid: InvalidCase[] }
): void {
  describe(ruleId, () => {
    test("is registered once with the severity of SPEC", () => {
      const rules = RULES_06A.filter((r) => r.meta.id === ruleId);
      expect(rules).toHaveLength(1);
      expect(rules[0].meta.severity).toBe(severity);
      expect(rules[0].meta.description).toMatch(
        /[àáảãạăâđêôơưếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵúùủũụóòỏõọéèẻẽẹ]/i
      );
    });

    describe("valid", () => {
      test.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        const b = c.grid();
        const { findings } = checkBuilt(b, c.previous?.());
        expect(seen(findings.filter((f) => f.rule === ruleId))).toEqual([]);
      });
    });

    describe("invalid", () => {
      test.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        const b = c.grid();
        const prev = c.previous?.();
        const { form, findings } = checkBuilt(b, prev);
        const mine = seen(findings.filter((f) => f.rule === ruleId));
        const expected = typeof c.findings === "function" ? c.findings(b) : c.findings;
        expect(mine.map((f) => `${f.severity} ${f.cell}`)).toEqual(
          expected.map((e) => `${severity} ${e.cell}`)
        );
        mine.forEach((f, i) => {
          expect(f.message).not.toBe("");
          for (const part of expected[i].message ?? []) {
            if (typeof part === "string") expect(f.message).toContain(part);
            else expect(f.message).toMatch(part);
          }
        });
        // Beside the sentence, every finding says what it is for programs: a messageId and its data.
        findings
          .filter((f) => f.rule === ruleId)
          .forEach((f, i) => {
            expect(f.messageId).toMatch(/^[A-Za-z][\w.]*$/);
            expect(typeof f.data).toBe("object");
            if (expected[i].messageId) expect(f.messageId).toBe(expected[i].messageId);
            if (expected[i].data) expect(f.data).toMatchObject(expected[i].data!);
          });
        // The rule module alone gives the same findings.
        const rule = RULES_06A.find((r) => r.meta.id === ruleId)!;
        const prevForm = prev ? checkBuilt(prev).form : null;
        const alone = seen(rule.check(form, { previous: prevForm })).map(
          (f) => `${f.severity} ${f.cell} ${f.message}`
        );
        expect(alone.sort()).toEqual(
          mine.map((f) => `${f.severity} ${f.cell} ${f.message}`).sort()
        );
      });
    });
  });
}
