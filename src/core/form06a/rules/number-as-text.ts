import { Finding } from "../../grid";
import { finding } from "../../rules";
import { MSG_06A } from "../../messages/form06a";
import { allRows, COUNT_KEYS } from "../model";
import { Rule06a } from "./shared";

const rule: Rule06a = {
  meta: {
    id: "06a/number-as-text",
    severity: "warning",
    source: "Thực tế tệp Excel: số được nhập dạng văn bản",
    description:
      'Số hồ sơ được lưu dạng văn bản (kể cả có dấu phân cách hàng nghìn như "1.234"); vẫn được tính nhưng nên nhập lại dạng số.',
  },
  check(form) {
    const out: Finding[] = [];
    for (const row of allRows(form))
      for (const k of COUNT_KEYS) {
        const c = row.counts[k];
        if (c.state.kind === "count" && c.state.asText) {
          // The text as typed ("1.234", "1 234"), so the clerk recognises it; spaces as plain spaces.
          const raw = c.raw?.value;
          const shown =
            typeof raw === "string"
              ? raw
                  .normalize("NFC")
                  .replace(/[\u00a0\u202f\u2009\u2007]/g, " ")
                  .trim()
              : String(c.state.value);
          out.push(
            finding(rule.meta, form.sheet, c.row, c.col, MSG_06A.numberAsText(shown, c.state.value))
          );
        }
      }
    return out;
  },
};
export default rule;
