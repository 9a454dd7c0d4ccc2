// tthc convert FILE -o OUT.xlsx | --in-place [--from tcvn3|vni]: text cells in TCVN3 (ABC) or
// VNI converted to Unicode, .VnTime*/VNI-* fonts replaced by Times New Roman; numbers, formulas
// and sheet names untouched. Written atomically, as `fill` does.
import { addr, WorkbookSnapshot } from "../core/grid";
import { snapshotOf } from "../host/xlsx/snapshot";
import {
  editsForConverted,
  LEGACY_ENCODINGS,
  LEGACY_NAME,
  LegacyEncoding,
} from "../core/text/legacy";
import { applyEdits, writeWorkbookAtomic } from "../host/xlsx";
import { fontOf, keepsRuns, replaceLegacyFonts, writeConverted } from "../host/xlsx/legacy";
import { CLI_MSG } from "./messages";
import { FILE_MSG } from "../core/messages/files";
import { CannotCheck, Io, load, writeFailure } from "./common";
import { outputTarget } from "./fill";

const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** The first text cell (as "Sheet!A1") in letters only Unicode has, in the workbook as read; or null. */
function unicodeCell(wb: WorkbookSnapshot): string | null {
  for (const sh of wb.sheets)
    for (let r = 0; r < sh.data.length; r++) {
      const row = sh.data[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c]?.value;
        if (typeof v === "string" && UNICODE_VIETNAMESE.test(v))
          return `${sh.name}!${addr(sh.top + r, sh.left + c)}`;
      }
    }
  return null;
}

/** Conversions listed in the text output before "… và N ô khác". */
const SHOWN = 8;

export async function runConvert(
  file: string,
  opts: { output?: string; inPlace?: boolean; from?: string },
  io: Io
): Promise<number> {
  let from: LegacyEncoding | undefined;
  if (opts.from !== undefined) {
    const f = opts.from.trim().toLowerCase();
    if (!(LEGACY_ENCODINGS as readonly string[]).includes(f))
      throw new CannotCheck(CLI_MSG.convertBadFrom(opts.from));
    from = f as LegacyEncoding;
  }
  const target = outputTarget(file, opts);
  const loaded = await load(file, { from });
  if (loaded.kind === "html" && opts.inPlace) throw new CannotCheck(CLI_MSG.htmlInPlace(file));
  // VBA macros (xl/vbaProject.bin) cannot be written back: the file is not replaced without them.
  if (loaded.macros && opts.inPlace) throw new CannotCheck(FILE_MSG.macroWorkbook(file));
  if (loaded.kind === "html" && !/\.xlsx$/i.test(target))
    throw new CannotCheck(CLI_MSG.htmlTargetNotXlsx(target));
  if (!loaded.legacy) {
    io.out(CLI_MSG.convertNothing(file));
    return 0;
  }
  const { encoding, converted } = loaded.legacy;
  // Letters only Unicode has (ă â đ ơ ư and the precomposed ạ…ỹ): such text is not TCVN3 or VNI,
  // and converting it again would garble it ("Hòa" → "Hịa"). Forced with --from, refused.
  if (from && loaded.kind === "xlsx") {
    const unicode = unicodeCell(snapshotOf(loaded.workbook));
    if (unicode)
      throw new CannotCheck(CLI_MSG.convertAlreadyUnicode(file, LEGACY_NAME[encoding], unicode));
  }
  const workbook = loaded.workbook;
  // The core's edits, as the add-in's "Chuyển mã sang Unicode" writes them: each cell's Unicode
  // text and Times New Roman in place of its legacy font. Rich text and hyperlinks keep their
  // runs and link: their text is written run by run, the edit gives them only the font.
  const edits = editsForConverted(converted, fontOf(workbook));
  const key = (c: { sheet: string; row: number; col: number }) =>
    `${c.sheet}\u0000${c.row}:${c.col}`;
  const runs = new Set(converted.filter((c) => keepsRuns(workbook, c)).map(key));
  writeConverted(
    workbook,
    converted.filter((c) => runs.has(key(c))),
    encoding
  );
  applyEdits(workbook, {
    cells: edits.cells.map((e) =>
      runs.has(key(e))
        ? { sheet: e.sheet, row: e.row, col: e.col, ...(e.style ? { style: e.style } : {}) }
        : e
    ),
  });
  // Then every other cell still in a legacy font (numbers, empty bordered cells, rich text runs).
  const fonts = edits.cells.filter((e) => e.style?.font).length + replaceLegacyFonts(workbook);
  try {
    await writeWorkbookAtomic(workbook, target, { inputs: [file], inPlace: !!opts.inPlace });
  } catch (e) {
    // The write is atomic (temp file + rename) and verified: on failure the target is as it was.
    throw writeFailure(target, e, !!opts.inPlace);
  }
  io.out(CLI_MSG.convertDone(converted.length, LEGACY_NAME[encoding], fonts, target));
  for (const c of converted.slice(0, SHOWN))
    io.out(`  ${c.sheet}!${addr(c.row, c.col)}\t${oneLine(c.before)} → ${oneLine(c.after)}`);
  if (converted.length > SHOWN) io.out(CLI_MSG.andMore(converted.length - SHOWN));
  return 0;
}

const oneLine = (s: string) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 60 ? t.slice(0, 59) + "…" : t;
};
