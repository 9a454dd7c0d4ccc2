// check:docx resolves a run's size as Word does: the run, its paragraph's style chain, then the
// document defaults of w:rPrDefault (not those of w:pPrDefault). Shown on the "BÁO CÁO" title of a
// real report whose run-level size is taken away, so the size can only come from the defaults.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { checkDocx } from "../../src/cli/checkDocx";
import { tthc } from "../helpers/xlsx";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "bao-cao-quy-3-2026-hac-thanh.xlsx");
let report: Uint8Array;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tthc-docdefaults-"));
  const out = path.join(dir, "r.docx");
  const r = await tthc("report", SAMPLE, "-o", out);
  if (r.code !== 0) throw new Error(r.err);
  report = new Uint8Array(fs.readFileSync(out));
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** The report with the title run's own size removed and the default run size set to `halfPoints`. */
async function titleSizedByDefaults(halfPoints: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(report);
  const doc = await zip.file("word/document.xml")!.async("string");
  const title =
    /<w:r><w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t xml:space="preserve">BÁO CÁO<\/w:t>/;
  const m = title.exec(doc);
  if (!m) throw new Error("no BÁO CÁO run in the report");
  const props = m[1].replace(/<w:sz w:val="\d+"\/>|<w:szCs w:val="\d+"\/>/g, "");
  zip.file("word/document.xml", doc.replace(m[1], props));
  const styles = await zip.file("word/styles.xml")!.async("string");
  const defaults = /(<w:rPrDefault><w:rPr>(?:(?!<\/w:rPr>).)*<w:sz w:val=")(\d+)("\/>)/;
  if (!defaults.test(styles)) throw new Error("no default run size in styles.xml");
  zip.file("word/styles.xml", styles.replace(defaults, `$1${halfPoints}$3`));
  return zip.generateAsync({ type: "uint8array" });
}

const titleItem = async (bytes: Uint8Array) =>
  (await checkDocx(bytes)).find((i) => i.id === "title")!;

test("a title with no size of its own takes the default run size: 14 pt passes", async () => {
  const item = await titleItem(await titleSizedByDefaults(28));
  expect(item.measured).toMatch(/cỡ 14, đậm/);
  expect(item.pass).toBe(true);
});

test("the same title with a default run size of 10 pt fails, and says so", async () => {
  const item = await titleItem(await titleSizedByDefaults(20));
  expect(item.measured).toMatch(/cỡ 10, đậm/);
  expect(item.pass).toBe(false);
});
