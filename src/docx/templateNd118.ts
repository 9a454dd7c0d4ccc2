// The default template under Nghị định 118/2025/NĐ-CP: templates/bao-cao-quy-nd118.hbs,
// imported as text (src/docx/hbs.d.ts), the one copy.
import templateNd118 from "../../templates/bao-cao-quy-nd118.hbs";

export const TEMPLATE_ND118: string = templateNd118;
