import * as React from "react";
import { Body1 } from "@fluentui/react-components";

/** The "Tạo biểu mẫu" (forms) view. Placeholder: to be filled in by the view's own work. */
export function FormsView(): React.JSX.Element {
  return <Body1>Tạo biểu mẫu: thêm các trang tính mẫu trống cho quý mới (đang xây dựng).</Body1>;
}
