// The request context of the fake Excel (Excel.RequestContext). Browser-safe.
//
// The proxy classes live one Office type per file. A class that builds another imports it, and
// those imports form a tree; the one edge that would close a cycle (Range.worksheet: a worksheet
// builds ranges) goes through the context instead, which imports the classes and builds that
// child. The proxy modules import this module for its type only.

import { FakeRequestContext, FakeSession } from "../client";
import type { FakeRange } from "./range";
import { FakeWorkbook } from "./workbook";
import { FakeWorksheet } from "./worksheet";
import type { RangeT } from "./shared";

export class FakeExcelContext extends FakeRequestContext {
  readonly workbook: FakeWorkbook;
  constructor(session: FakeSession) {
    super(session);
    this.workbook = new FakeWorkbook(this);
  }

  /** @internal The worksheet a range lies on (Range.worksheet). */
  _worksheetOf(range: FakeRange): FakeWorksheet {
    return new FakeWorksheet(this, range, (p) => (p as RangeT).sheet);
  }
}
