// The registry of Biểu 06a rules: adding a rule = one file + one test table + one line here.
import balance from "./balance";
import blank from "./blank";
import carryOver from "./carry-over";
import duplicateField from "./duplicate-field";
import missingTotal from "./missing-total";
import notACount from "./not-a-count";
import numberAsText from "./number-as-text";
import numbering from "./numbering";
import pendingSum from "./pending-sum";
import period from "./period";
import receivedSum from "./received-sum";
import resolvedSum from "./resolved-sum";
import totalRow from "./total-row";
import { Rule06a } from "./shared";

export const RULES_06A: Rule06a[] = [
  receivedSum,
  resolvedSum,
  pendingSum,
  balance,
  totalRow,
  notACount,
  numberAsText,
  blank,
  duplicateField,
  numbering,
  missingTotal,
  period,
  carryOver,
];

export type { Context06a, Rule06a } from "./shared";
