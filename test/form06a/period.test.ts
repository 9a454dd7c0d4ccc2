import { cutoffKind, nearestCutoff, parsePeriod, quarterOf } from "../../src/core/form06a";
import { IsoDate } from "../../src/core/text/numbers";

const d = (s: string): IsoDate => {
  const [dd, mm, yy] = s.split("/").map(Number);
  return { y: yy, m: mm, d: dd };
};
const P = (from: string, to: string) => ({ from: d(from), to: d(to) });

describe("cut-off periods (Nghị định 09/2019/NĐ-CP, Điều 12)", () => {
  test.each([
    ["15/12/2023", "14/01/2024", "month"],
    ["15/05/2024", "14/06/2024", "month"],
    ["15/12/2023", "14/03/2024", "quarter"],
    ["15/03/2024", "14/06/2024", "quarter"],
    ["15/06/2024", "14/09/2024", "quarter"],
    ["15/09/2024", "14/12/2024", "quarter"],
    ["15/12/2023", "14/06/2024", "six-months"],
    ["15/12/2023", "14/09/2024", "nine-months"],
    ["15/12/2023", "14/12/2024", "year"],
  ])("%s – %s is a %s", (from, to, kind) => {
    expect(cutoffKind(P(from, to))).toBe(kind);
  });

  test.each([
    ["01/01/2024", "14/03/2024"], // the sample's
    ["01/01/2024", "31/03/2024"], // calendar quarter
    ["15/12/2023", "15/03/2024"],
    ["16/12/2023", "14/03/2024"],
    ["15/01/2024", "14/04/2024"], // three months ending in April
    ["15/01/2024", "14/03/2024"], // two months
    ["15/03/2024", "14/09/2024"], // six months not ending in June
    ["15/12/2022", "14/12/2024"], // two years
    ["15/03/2024", "14/12/2024"], // nine months ending in December
  ])("%s – %s is none", (from, to) => {
    expect(cutoffKind(P(from, to))).toBeNull();
  });

  test("the nearest cut-off quarter of an end date", () => {
    expect(nearestCutoff(d("14/03/2024"))).toEqual(P("15/12/2023", "14/03/2024"));
    expect(nearestCutoff(d("31/03/2024"))).toEqual(P("15/03/2024", "14/06/2024"));
    expect(nearestCutoff(d("30/06/2024"))).toEqual(P("15/06/2024", "14/09/2024"));
    expect(nearestCutoff(d("14/12/2024"))).toEqual(P("15/09/2024", "14/12/2024"));
    expect(nearestCutoff(d("20/12/2024"))).toEqual(P("15/12/2024", "14/03/2025"));
  });

  test("quarter numbers", () => {
    expect(
      ["14/03/2024", "14/06/2024", "14/09/2024", "14/12/2024", "14/02/2024", "31/03/2024"].map(
        (s) => quarterOf(d(s))
      )
    ).toEqual([1, 2, 3, 4, null, null]);
  });

  test("parsePeriod reads the title's text in its spellings", () => {
    expect(parsePeriod("(Từ ngày 15/12/2023 đến ngày 14/03/2024)")).toEqual(
      P("15/12/2023", "14/03/2024")
    );
    expect(parsePeriod("TỪ NGÀY 15.12.2023 ĐẾN NGÀY 14.3.2024".normalize("NFD"))).toEqual(
      P("15/12/2023", "14/03/2024")
    );
    expect(parsePeriod("Từ ngày 15 / 12 / 2023 đến ngày 14/03/2024")).toEqual(
      P("15/12/2023", "14/03/2024")
    );
    expect(parsePeriod("(Từ ngày …/…/… đến ngày …/…/…)")).toBeNull();
    expect(parsePeriod("Từ ngày 30/02/2024 đến ngày 14/03/2024")).toBeNull();
    expect(parsePeriod("Ngày 21 tháng 10 năm 2020")).toBeNull();
  });

  // Named periods take the cut-off days of Nghị định 09/2019/NĐ-CP, Điều 12.
  test.each([
    ["Quý I năm 2024", "15/12/2023", "14/03/2024"],
    ["QUÝ IV NĂM 2024".normalize("NFD"), "15/09/2024", "14/12/2024"],
    ["Quý 2/2024", "15/03/2024", "14/06/2024"],
    ["Kỳ báo cáo: Quý I năm 2024", "15/12/2023", "14/03/2024"],
    ["BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC QUÝ III NĂM 2024", "15/06/2024", "14/09/2024"],
    ["6 tháng đầu năm 2024", "15/12/2023", "14/06/2024"],
    ["(Sáu tháng đầu năm 2024)", "15/12/2023", "14/06/2024"],
    ["9 tháng năm 2024", "15/12/2023", "14/09/2024"],
    ["Năm 2024", "15/12/2023", "14/12/2024"],
    ["Kỳ báo cáo: năm 2024", "15/12/2023", "14/12/2024"],
    ["Tháng 3/2024", "15/02/2024", "14/03/2024"],
    ["Tháng 1 năm 2024", "15/12/2023", "14/01/2024"],
    ["Kỳ báo cáo: tháng 12/2024", "15/11/2024", "14/12/2024"],
  ])("parsePeriod(%p) is %s – %s", (text, from, to) => {
    expect(parsePeriod(text)).toEqual(P(from, to));
  });

  test.each([
    "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21 tháng 10 năm 2020",
    "Quý V năm 2024",
    "Tháng 13/2024",
    "Kỳ báo cáo: …",
    "Số liệu năm 2024 của xã",
    "(Từ ngày 30/02/2024 đến ngày 14/03/2024) Quý I năm 2024",
  ])("parsePeriod(%p) is none", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
