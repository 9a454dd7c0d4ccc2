// Excel.RangeBorderCollection in the fake. Browser-safe.

import { FakeRangeBorder } from "./rangeBorder";
import { FakeRangePart } from "./shared";

/** Borders are modelled as one flag per cell: any edge set to a line style turns it on, "None" off. */
export class FakeRangeBorderCollection extends FakeRangePart {
  readonly _typeName = "RangeBorderCollection";
  _scalarNames(): string[] {
    return [];
  }
  _scalar(): unknown {
    return undefined;
  }
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, this, index);
  }
}
