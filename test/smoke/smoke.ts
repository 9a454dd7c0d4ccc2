// Smoke test inside real Excel (npm run smoke, scripts/smoke.js): this page is sideloaded as the
// task pane of a test copy of the add-in. In a blank workbook it writes the sample Biểu 06a, then
// runs Kiểm tra, Điền số liệu, Hoàn tác, Chấm điểm and the Word report through the same
// PaneController the task pane uses, and sends one pass/fail per step to Microsoft's
// office-addin-test-server (port 4201) with office-addin-test-helpers.
import { pingTestServer, sendTestResults } from "office-addin-test-helpers";
import { layout06a } from "../../src/core/form06a/layout";
import { applyEdits, readWorkbook } from "../../src/host/excel";
import { PaneController } from "../../src/taskpane/controller";
import { sample06aLayout } from "../../src/samples/sample06a";

const PORT = 4201;

interface StepResult {
  step: string;
  pass: boolean;
  detail: string;
}

async function step(
  results: StepResult[],
  name: string,
  body: () => Promise<string>
): Promise<void> {
  try {
    results.push({ step: name, pass: true, detail: await body() });
  } catch (e) {
    results.push({
      step: name,
      pass: false,
      detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    });
  }
}

async function run(): Promise<void> {
  await pingTestServer(PORT);
  const results: StepResult[] = [];
  const pane = new PaneController();
  await step(results, "sample", async () => {
    const r = await Excel.run(async (context) => {
      const snap = await readWorkbook(context, {});
      return applyEdits(context, layout06a(sample06aLayout("Biểu 06a")), snap.host.journal, snap, {
        label: "smoke",
      });
    });
    return `${r.cellsWritten} cells, ${r.syncs} syncs`;
  });
  await step(results, "check", async () => {
    const r = await pane.check();
    if (!r.form) throw new Error("no Biểu 06a found");
    return `${r.errors} errors, ${r.findings.length} findings, ${r.syncs} syncs`;
  });
  await step(results, "fill", async () => {
    const r = await pane.applyFill();
    return `${r.written} cells, ${r.syncs} syncs`;
  });
  await step(results, "undo", async () => {
    const r = await pane.undo();
    if (!r.done) throw new Error(r.message ?? "nothing undone");
    return `${r.restored} cells, ${r.syncs} syncs`;
  });
  await step(results, "score", async () => {
    const r = await pane.score();
    return `${r.syncs} syncs`;
  });
  await step(results, "report", async () => {
    const r = await pane.report({ force: true });
    if (r.kind !== "done") throw new Error(`blocked by ${r.errors.length} errors`);
    if (r.bytes.length < 1000) throw new Error(`report of ${r.bytes.length} bytes`);
    return `${r.fileName}, ${r.bytes.length} bytes`;
  });
  await sendTestResults(results, PORT);
  document.body.textContent = results
    .map((r) => `${r.pass ? "PASS" : "FAIL"} ${r.step}: ${r.detail}`)
    .join("\n");
}

Office.onReady(() => {
  run().catch((e: unknown) => {
    document.body.textContent = `smoke: ${String(e)}`;
  });
});
