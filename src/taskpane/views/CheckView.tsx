import * as React from "react";
import { Body1 } from "@fluentui/react-components";

/** The "Kiểm tra" (check) view. Placeholder: to be filled in by the view's own work. */
export function CheckView(): React.JSX.Element {
  return <Body1>Kiểm tra Biểu 06a: danh sách lỗi và cảnh báo sẽ hiển thị ở đây (đang xây dựng).</Body1>;
}
