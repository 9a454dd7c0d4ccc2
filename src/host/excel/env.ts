// Where the host finds Office (the global in the task pane; a fake in tests and the preview), what
// the running Excel supports, and the sync counter every public call reports.

/** The bits of the Common API the host uses. */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
  refreshAsync?(callback?: (result: { status: string }) => void): void;
}

export interface OfficeLike {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document?: { settings?: DocumentSettingsLike };
  };
}

export interface HostOptions {
  /** Office namespace to use; default the global `Office`. */
  office?: OfficeLike;
}

export function officeOf(opts?: HostOptions): OfficeLike | undefined {
  if (opts?.office) return opts.office;
  const g = globalThis as unknown as { Office?: OfficeLike };
  return g.Office;
}

/** ExcelApi requirement sets the host cares about, detected once per call. */
export interface HostCaps {
  /** 1.2: worksheet protection, merge, column width. */
  protection: boolean;
  /** 1.4: workbook settings (where the journal lives). */
  settings: boolean;
  /** 1.9: Range.getCellProperties (per-cell fills in one read). */
  cellProperties: boolean;
  /** 1.10: comments. */
  comments: boolean;
  /** 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** 1.18: notes. */
  notes: boolean;
}

export function detectCaps(opts?: HostOptions): HostCaps {
  const office = officeOf(opts);
  const has = (v: string) => {
    try {
      return !!office?.context?.requirements?.isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  return {
    protection: has("1.2"),
    settings: has("1.4"),
    cellProperties: has("1.9"),
    comments: has("1.10"),
    mergedAreas: has("1.13"),
    notes: has("1.18"),
  };
}

/** Counts context.sync() round trips so that every command can report (and tests assert) them. */
export class SyncCounter {
  count = 0;
  constructor(readonly context: Excel.RequestContext) {}
  async sync(): Promise<void> {
    this.count += 1;
    await this.context.sync();
  }
}
