// Test helper: .docx → .pdf with LibreOffice, the way the render tests look at the Word report.
// A private profile under `outDir` keeps a running instance or a parallel test from interfering;
// all files go through one LibreOffice run (it starts slowly).
import { execFileSync } from "child_process";
import * as path from "path";

/** Converts `docxFiles` to PDF in `outDir`; returns the PDFs' paths, in the same order. */
export function docxToPdf(docxFiles: string[], outDir: string, timeoutMs = 180_000): string[] {
  const profile = "file://" + path.join(outDir, "lo-profile");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...docxFiles,
    ],
    { stdio: "ignore", timeout: timeoutMs }
  );
  return docxFiles.map((f) => path.join(outDir, path.basename(f).replace(/\.docx$/, ".pdf")));
}
