import * as React from "react";
import { Body1 } from "@fluentui/react-components";

/** The "Chấm điểm" (score) view. Placeholder: to be filled in by the view's own work. */
export function ScoreView(): React.JSX.Element {
  return <Body1>Chấm điểm: chín chỉ số, tổng điểm, xếp loại và mức độ hài lòng (đang xây dựng).</Body1>;
}
