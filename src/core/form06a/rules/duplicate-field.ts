import { Finding } from "../../grid";
import { finding } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { normaliseField } from "../../text/normalize";
import { Rule06a } from "./shared";

const rule: Rule06a = {
  meta: {
    id: "06a/duplicate-field",
    severity: "warning",
    source: "Biểu số 06a/VPCP/KSTT: mỗi lĩnh vực một dòng",
    description: "Một lĩnh vực xuất hiện hai lần trong biểu.",
  },
  check(form) {
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    for (const row of form.rows) {
      // The same field under two groups of rows (cấp huyện, cấp xã) is two fields.
      const field = normaliseField(row.name);
      if (!field) continue;
      const key = row.section === undefined ? field : `${row.section}:${field}`;
      const first = seen.get(key);
      if (first !== undefined)
        out.push(
          finding(
            rule.meta,
            form.sheet,
            row.row,
            form.nameCol,
            MSG_06A.duplicateField(row.name, first, form.rowsAreUnits === true)
          )
        );
      else seen.set(key, row.row);
    }
    return out;
  },
};
export default rule;
