// District roll-up (tổng hợp cấp huyện): many units' workbooks into one. Pure and browser-safe
// (no fs): the CLI reads files (in worker threads), the add-in's "Tổng hợp" view reads the
// files the clerk picks; both call these.
//   summariseUnit   WorkbookSnapshot → UnitSummary (plain JSON, cheap to post between threads)
//   rollup          UnitSummary[] → Rollup (06a by field, by unit, evaluations, notes)
//   layoutDistrict  Rollup → EditSet of the district workbook's sheets (+ its 06a findings)
//   rollupRenderInput Rollup → RenderInput of the Word summary (render with renderDocx)
//   buildCatalog / readSynonymsSheet / parseSynonymsJson: the district list and synonyms
import { WorkbookSnapshot } from "../grid";
import { buildCatalog, FieldCatalog, SynonymsTable } from "./fields";
import { DistrictLayoutOptions, DistrictWorkbook, layoutDistrict } from "./layout";
import { Rollup, rollup } from "./rollup";
import { summariseUnit, UnitFailure, UnitSummary } from "./summary";

export * from "./fields";
export * from "./summary";
export * from "./rollup";
export * from "./layout";
export * from "./report";
export * from "./province";

export interface RollupSnapshotsOptions extends DistrictLayoutOptions {
  /** Extra synonyms tables (a user's file, the open workbook's synonyms sheet). */
  synonymsTables?: SynonymsTable[];
}

/**
 * The whole roll-up from snapshots already read (the add-in's path): summaries, roll-up and
 * the district sheets. A snapshot without Biểu 06a is listed as a failure.
 */
export function rollupSnapshots(
  inputs: { file: string; snapshot: WorkbookSnapshot }[],
  opts: RollupSnapshotsOptions = {}
): { rollup: Rollup; district: DistrictWorkbook; catalog: FieldCatalog } {
  const units: UnitSummary[] = [];
  const failures: UnitFailure[] = [];
  for (const i of inputs) {
    const r = summariseUnit(i.snapshot, i.file);
    if (r.ok) units.push(r.summary);
    else failures.push(r.failure);
  }
  const catalog = buildCatalog(...(opts.synonymsTables ?? []));
  const result = rollup(units, { catalog, failures });
  return {
    rollup: result,
    district: layoutDistrict(result, { synonyms: catalog.table, ...opts }),
    catalog,
  };
}
