import { build06a, ROWS_OK } from "../../helpers/form06a";
import { ruleTester } from "../../helpers/ruleTester";

const p =
  (text: string | null, extra: Parameters<typeof build06a>[1] = {}) =>
  () =>
    build06a(ROWS_OK, { period: text, ...extra });

ruleTester("06a/period", "warning", {
  valid: [
    {
      name: "quarter I across years: 15/12/2023 – 14/03/2024",
      grid: p("(Từ ngày 15/12/2023 đến ngày 14/03/2024)"),
    },
    { name: "quarter II: 15/03 – 14/06", grid: p("(Từ ngày 15/03/2024 đến ngày 14/06/2024)") },
    { name: "quarter III: 15/06 – 14/09", grid: p("(Từ ngày 15/06/2024 đến ngày 14/09/2024)") },
    { name: "quarter IV: 15/09 – 14/12", grid: p("(Từ ngày 15/09/2024 đến ngày 14/12/2024)") },
    { name: "a month: 15/01 – 14/02", grid: p("(Từ ngày 15/01/2024 đến ngày 14/02/2024)") },
    {
      name: "a month across years: 15/12 – 14/01",
      grid: p("(Từ ngày 15/12/2023 đến ngày 14/01/2024)"),
    },
    { name: "six months: 15/12 – 14/06", grid: p("(Từ ngày 15/12/2023 đến ngày 14/06/2024)") },
    { name: "nine months: 15/12 – 14/09", grid: p("(Từ ngày 15/12/2023 đến ngày 14/09/2024)") },
    { name: "a year: 15/12 – 14/12", grid: p("(Từ ngày 15/12/2023 đến ngày 14/12/2024)") },
    { name: '"Quý I năm 2024" (cut-off days of Điều 12)', grid: p("Quý I năm 2024") },
    {
      name: '"Kỳ báo cáo: Quý I năm 2024" is a period, not an unreadable one',
      grid: p("Kỳ báo cáo: Quý I năm 2024"),
    },
    { name: '"6 tháng đầu năm 2024"', grid: p("6 tháng đầu năm 2024") },
    { name: '"Năm 2024"', grid: p("Năm 2024") },
    { name: '"Tháng 3/2024"', grid: p("Tháng 3/2024") },
    {
      name: "single-digit months, dashes, NFD, upper case",
      grid: p("(TỪ NGÀY 15-3-2024 ĐẾN NGÀY 14-6-2024)", { nfd: true }),
    },
  ],
  invalid: [
    {
      name: "the sample's 01/01 – 14/03 (at the period cell, with the nearest cut-off)",
      grid: p("(Từ ngày 01/01/2024 đến ngày 14/03/2024)"),
      findings: [
        {
          cell: "C3",
          message: [
            "01/01/2024 – 14/03/2024",
            "Nghị định 09/2019/NĐ-CP",
            "15/12/2023 – 14/03/2024",
          ],
        },
      ],
    },
    {
      name: "a calendar quarter 01/04 – 30/06",
      grid: p("(Từ ngày 01/04/2024 đến ngày 30/06/2024)"),
      findings: [{ cell: "C3", message: ["01/04/2024 – 30/06/2024"] }],
    },
    {
      name: "15 – 14 but two months (not a kind)",
      grid: p("(Từ ngày 15/01/2024 đến ngày 14/03/2024)"),
      findings: [{ cell: "C3", message: ["không theo ngày chốt"] }],
    },
    {
      name: "a quarter ending in a month that ends no quarter",
      grid: p("(Từ ngày 15/01/2024 đến ngày 14/04/2024)"),
      findings: [{ cell: "C3", message: ["không theo ngày chốt"] }],
    },
    {
      name: "missing: at the header's first cell",
      grid: p(null),
      findings: [{ cell: "A6", message: ["Không thấy kỳ báo cáo"] }],
    },
    {
      name: "missing, at an offset: F20",
      grid: p(null, { top: 20, left: 6 }),
      findings: [{ cell: "F20" }],
    },
    {
      name: "missing when there is no title block at all",
      grid: p(null, { title: false, top: 2, left: 2 }),
      findings: [{ cell: "B2" }],
    },
    {
      name: "unreadable: dots left to fill",
      grid: p("(Từ ngày …/…/… đến ngày …/…/…)"),
      findings: [{ cell: "C3", message: ["Không đọc được kỳ báo cáo", "…/…/…"] }],
    },
    {
      name: "unreadable: an impossible date 31/02",
      grid: p("(Từ ngày 15/12/2023 đến ngày 31/02/2024)"),
      findings: [{ cell: "C3", message: ["Không đọc được"] }],
    },
    {
      name: 'unreadable: "Kỳ báo cáo: Quý V năm 2024"',
      grid: p("Kỳ báo cáo: Quý V năm 2024"),
      findings: [{ cell: "C3", message: ["Không đọc được", "Quý V năm 2024"] }],
    },
    {
      name: "reversed",
      grid: p("(Từ ngày 14/03/2024 đến ngày 15/12/2023)"),
      findings: [{ cell: "C3", message: ["ngày bắt đầu sau ngày kết thúc"] }],
    },
    {
      name: "at an offset the period cell moves with the title",
      grid: p("(Từ ngày 01/01/2024 đến ngày 31/03/2024)", { top: 20, left: 6 }),
      findings: (b) => [{ cell: b.periodCell! }],
    },
  ],
});
