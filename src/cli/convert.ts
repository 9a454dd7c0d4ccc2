// tthc convert FILE -o OUT.xlsx | --in-place [--from tcvn3|vni]: text cells in TCVN3 (ABC) or
// VNI converted to Unicode, .VnTime*/VNI-* fonts replaced by Times New Roman; numbers, formulas
// and sheet names untouched. Written atomically, as `fill` does.
import { addr } from "../core/grid";
import { LEGACY_ENCODINGS, LEGACY_NAME, LegacyEncoding } from "../core/text/legacy";
import { writeWorkbookAtomic } from "../host/xlsx";
import { replaceLegacyFonts, writeConverted } from "../host/xlsx/legacy";
import { CLI_MSG } from "./messages";
import { CannotCheck, Io, load } from "./common";
import { outputTarget } from "./fill";

/** Conversions listed in the text output before "… và N ô khác". */
const SHOWN = 8;

export async function runConvert(file: string, opts: { output?: string; inPlace?: boolean; from?: string }, io: Io): Promise<number> {
  let from: LegacyEncoding | undefined;
  if (opts.from !== undefined) {
    const f = opts.from.trim().toLowerCase();
    if (!(LEGACY_ENCODINGS as readonly string[]).includes(f)) throw new CannotCheck(CLI_MSG.convertBadFrom(opts.from));
    from = f as LegacyEncoding;
  }
  const target = outputTarget(file, opts);
  const loaded = await load(file, { from });
  if (loaded.kind === "html" && opts.inPlace) throw new CannotCheck(CLI_MSG.htmlInPlace(file));
  if (loaded.kind === "html" && !/\.xlsx$/i.test(target)) throw new CannotCheck(CLI_MSG.htmlTargetNotXlsx(target));
  if (!loaded.legacy) {
    io.out(CLI_MSG.convertNothing(file));
    return 0;
  }
  const { encoding, converted } = loaded.legacy;
  writeConverted(loaded.workbook, converted, encoding);
  const fonts = replaceLegacyFonts(loaded.workbook);
  try {
    await writeWorkbookAtomic(loaded.workbook, target);
  } catch (e) {
    // The write is atomic (temp file + rename): on failure the target is as it was.
    throw new CannotCheck(CLI_MSG.cannotWrite(target, (e as NodeJS.ErrnoException).code, !!opts.inPlace));
  }
  io.out(CLI_MSG.convertDone(converted.length, LEGACY_NAME[encoding], fonts, target));
  for (const c of converted.slice(0, SHOWN)) io.out(`  ${c.sheet}!${addr(c.row, c.col)}\t${oneLine(c.before)} → ${oneLine(c.after)}`);
  if (converted.length > SHOWN) io.out(CLI_MSG.andMore(converted.length - SHOWN));
  return 0;
}

const oneLine = (s: string) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 60 ? t.slice(0, 59) + "…" : t;
};
