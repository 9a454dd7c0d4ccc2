import * as React from "react";
import { Body1 } from "@fluentui/react-components";

/** The "Tạo báo cáo" (report) view. Placeholder: to be filled in by the view's own work. */
export function ReportView(): React.JSX.Element {
  return <Body1>Tạo báo cáo: lập tệp Word từ số liệu của sổ làm việc (đang xây dựng).</Body1>;
}
