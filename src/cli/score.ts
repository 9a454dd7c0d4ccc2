// tthc score FILE [--json] [-o OUT.xlsx]: the nine indices, total, grade and satisfaction.
import * as path from "path";
import { addr } from "../core/grid";
import { fillFromAnalysis } from "../core/evaluation";
import { EVAL_LEVELS, evalMsg } from "../core/messages/evaluation";
import { fmtScore } from "../core/text/numbers";
import { analyse } from "../core/workbook";
import { scoreOf } from "../core/score";
import { applyEdits, writeWorkbookAtomic } from "../host/xlsx";
import { useUnicodeFont } from "../host/xlsx/legacy";
import { CLI_MSG } from "./messages";
import {
  announceLegacy,
  CannotCheck,
  checkTarget,
  countFindings,
  writeFailure,
  findingJson,
  Io,
  legacyJson,
  load,
  printFindings,
} from "./common";
import { art33Json, printArt33, regimeOption } from "./regime";
import { REGIME_CLI_MSG } from "./messagesRegime";
import { REGIME_MSG } from "../core/messages/regime";

const score = (v: number | null) => (v === null ? "–" : fmtScore(v));
const pad = (s: string, n: number) =>
  s.length >= n ? s.slice(0, n - 2) + "… " : s + " ".repeat(n - s.length);

export async function runScore(
  file: string,
  opts: { json?: boolean; output?: string; regime?: string },
  io: Io
): Promise<number> {
  const option = regimeOption(opts.regime);
  if (opts.output && path.resolve(opts.output) === path.resolve(file))
    throw new CannotCheck(CLI_MSG.fillSameFile);
  if (opts.output) checkTarget(opts.output, [file]);
  const loaded = await load(file);
  const { workbook, snapshot } = loaded;
  const a = analyse(snapshot, { regime: option });
  const ev = a.evaluation;
  const regime = a.regime.regime;
  const nd118 = regime.evaluation.model === "art33-contents";
  // Under NĐ 118/2025 the decree's evaluation is Điều 33.1 (no points); a nine-index sheet, when
  // the workbook carries one, is the province's own method and is scored as before. The choice
  // and the findings are the task pane's too (core/score.ts).
  const scored = scoreOf(a);
  if (scored.method === "decree" && scored.art33) {
    const findings = scored.findings;
    const { errors, warnings } = countFindings(findings);
    if (opts.json) {
      io.out(
        JSON.stringify(
          {
            regime: regime.id,
            method: "decree",
            ...art33Json(scored.art33),
            findings: findings.map(findingJson),
            ...legacyJson(loaded),
          },
          null,
          2
        )
      );
      return errors > 0 ? 1 : 0;
    }
    announceLegacy(io, loaded);
    io.out(REGIME_MSG.chosen(regime.name, a.regime.source));
    printArt33(io, scored.art33);
    printFindings(io, findings);
    io.out(CLI_MSG.checkSummary(errors, warnings));
    return errors > 0 ? 1 : 0;
  }
  if (!ev && nd118) throw new CannotCheck(`${path.basename(file)}: ${REGIME_CLI_MSG.noArt33}`);
  if (!ev) throw new CannotCheck(`${path.basename(file)}: ${CLI_MSG.noEvaluation}`);
  const r = ev.result;
  if (opts.output && loaded.kind === "html" && !/\.xlsx$/i.test(opts.output))
    throw new CannotCheck(CLI_MSG.htmlTargetNotXlsx(opts.output));
  if (!opts.json) announceLegacy(io, loaded);
  if (opts.output) {
    const f = fillFromAnalysis(snapshot, ev);
    applyEdits(workbook, f.edits);
    // In a legacy-encoded file, the text written (the grade) is Unicode: give it a Unicode font.
    if (loaded.legacy)
      for (const e of f.edits.cells)
        if (typeof e.value === "string")
          useUnicodeFont(workbook.getWorksheet(e.sheet)!.getCell(e.row, e.col));
    try {
      await writeWorkbookAtomic(workbook, opts.output, { inputs: [file] });
    } catch (e) {
      throw writeFailure(opts.output, e, false);
    }
    if (!opts.json) {
      io.out(CLI_MSG.filledCount(f.filled.length, opts.output));
      for (const c of f.conflicts) io.out(`  ${c.sheet}!${addr(c.row, c.col)}\t${c.message}`);
    }
  }
  const { errors, warnings } = countFindings(r.findings);
  if (opts.json) {
    const method = nd118 ? { method: "province", methodNote: REGIME_CLI_MSG.provinceMethod } : {};
    const extra = a.art33 ? { contents: art33Json(a.art33).contents } : {};
    io.out(
      JSON.stringify(
        {
          regime: regime.id,
          ...method,
          ...r,
          ...extra,
          findings: scored.findings.map(findingJson),
          ...legacyJson(loaded),
        },
        null,
        2
      )
    );
    return errors > 0 ? 1 : 0;
  }
  io.out(REGIME_MSG.chosen(regime.name, a.regime.source));
  if (nd118) io.out(REGIME_CLI_MSG.provinceMethod);
  io.out(CLI_MSG.scoreHeader(ev.location.sheet, r.ballots));
  io.out(
    `  ${pad("Chỉ số", 8)}${pad("Tên chỉ số", 46)}${pad("Chuẩn", 7)}${pad("Tự chấm", 9)}${pad("Thẩm định", 11)}Từ phiếu`
  );
  for (const ix of r.indices)
    io.out(
      `  ${pad(String(ix.no), 8)}${pad(ix.name, 46)}${pad(score(ix.max), 7)}${pad(score(ix.self), 9)}` +
        `${pad(score(ix.appraised), 11)}${score(ix.fromBallots)}`
    );
  io.out(
    `  ${pad("", 8)}${pad("Tổng cộng", 46)}${pad(score(r.total.max), 7)}${pad(score(r.total.self), 9)}${pad(score(r.total.appraised), 11)}`
  );
  io.out(CLI_MSG.grade(r.grade, r.gradeBasis));
  const s = r.satisfaction;
  const shares = [s.veryDissatisfied, s.dissatisfied, s.neutral, s.satisfied, s.verySatisfied];
  io.out(
    CLI_MSG.satisfaction(
      EVAL_LEVELS.map(
        (l, i) => `${l} ${shares[i] === null ? "–" : fmtScore(shares[i] as number) + "%"}`
      ).join(" · ")
    )
  );
  if (r.satisfactionAbsent) io.out("  " + evalMsg.satisfactionAbsent(r.satisfactionAbsent));
  if (r.index1Estimate !== null) io.out(CLI_MSG.index1Estimate(fmtScore(r.index1Estimate)));
  printFindings(io, r.findings);
  io.out(CLI_MSG.checkSummary(errors, warnings));
  return errors > 0 ? 1 : 0;
}
