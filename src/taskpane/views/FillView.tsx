import * as React from "react";
import { Body1 } from "@fluentui/react-components";

/** The "Điền số liệu" (fill) view. Placeholder: to be filled in by the view's own work. */
export function FillView(): React.JSX.Element {
  return <Body1>Điền số liệu: xem trước các công thức và tỷ lệ sẽ điền vào Biểu 06a (đang xây dựng).</Body1>;
}
