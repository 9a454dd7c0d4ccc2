import { displayText, viNumber } from "./format";

describe("preview: cell display", () => {
  test.each<[unknown, string | undefined, string]>([
    [null, undefined, ""],
    [17.4, "General", "17,4"],
    [0.7321, "0.0%", "73,2%"],
    [0.786, "0.0%", "78,6%"],
    [1234567.5, "#,##0", "1.234.568"],
    [1234.5, "#,##0.00", "1.234,50"],
    [85, "0", "85"],
    [-3.5, "0.0", "-3,5"],
    [45365, "dd/mm/yyyy", "14/03/2024"],
    [true, undefined, "TRUE"],
    [{ error: "#DIV/0!" }, undefined, "#DIV/0!"],
    ["Xuất sắc", "@", "Xuất sắc"],
    [new Date(Date.UTC(2024, 2, 14)), "dd/mm/yyyy", "14/03/2024"],
  ])("%p as %p", (value, nf, want) => {
    expect(displayText(value as never, nf)).toBe(want);
  });

  test("General keeps ten significant digits", () => {
    expect(viNumber(1 / 3, null, false)).toBe("0,3333333333");
  });
});
