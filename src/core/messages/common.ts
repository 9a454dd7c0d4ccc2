// Vietnamese text shared by every area.
import { Severity } from "../grid";

export const SEVERITY_LABEL: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo" };
