// parseLocal: the kinds of local A1 reference and the ones that are none.
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS, parseLocal } from "../src/core/address";

const rect = (top: number, left: number, bottom: number, right: number) => ({
  top,
  left,
  bottom,
  right,
});

describe("parseLocal", () => {
  test.each([
    ["B3", rect(3, 2, 3, 2)],
    ["$B$3", rect(3, 2, 3, 2)],
    ["A1:C9", rect(1, 1, 9, 3)],
    ["C9:A1", rect(1, 1, 9, 3)],
    ["C:E", rect(1, 3, EXCEL_MAX_ROWS, 5)],
    ["E:C", rect(1, 3, EXCEL_MAX_ROWS, 5)],
    ["3:7", rect(3, 1, 7, EXCEL_MAX_COLS)],
    ["XFD1048576", rect(EXCEL_MAX_ROWS, EXCEL_MAX_COLS, EXCEL_MAX_ROWS, EXCEL_MAX_COLS)],
  ])("%s", (text, want) => expect(parseLocal(text)).toEqual(want));

  test.each(["C", "3", "A1:C", "C:3", "3:C9", "A1:B2:C3", "A0", "XFE1", "A1048577", "1A", ""])(
    "%s is no reference",
    (text) => expect(parseLocal(text)).toBeNull()
  );
});
