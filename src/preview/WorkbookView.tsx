// The simulated workbook beside the task pane: toolbar, name box and formula bar, the active sheet
// as an HTML table (values, formula results, fills, notes and comments), sheet tabs. Re-rendered
// after every sync the pane makes (PreviewHost.version).
import * as React from "react";
import { colLetter, rectA1 } from "../core/address";
import type { FakeCellState } from "../fake-excel";
import type { ModelSheet } from "../fake-excel/model";
import { displayText } from "./format";
import { API_LEVELS, type PreviewHost } from "./host";
import { PREVIEW_MSG as M } from "./messages";
import { forgetWorkbook, keepWorkbook, readXlsxFile } from "./source";

/** Rows drawn at most (the add-in still sees every row). */
export const MAX_DRAWN_ROWS = 600;
const MAX_DRAWN_COLS = 60;
const MIN_ROWS = 30;
const MIN_COLS = 12;
const ROW_HEADER_PX = 44;
/** Office.js widths are points; 48 pt is Excel's standard column. */
const pointsToPx = (pt: number) => Math.round((pt * 4) / 3);
const DEFAULT_COL_PT = 48;

interface Annotation {
  content: string;
  author: string;
}

interface SheetView {
  sheet: ModelSheet;
  cells: Record<string, FakeCellState>;
  notes: Map<string, Annotation>;
  comments: Map<string, Annotation>;
  rows: number;
  cols: number;
  totalRows: number;
  /** Top-left address of each merge → its span; covered cells (not top-left) listed. */
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  covered: Set<string>;
}

const a1 = (row: number, col: number) => `${colLetter(col)}${row}`;

function sheetView(host: PreviewHost, sheet: ModelSheet): SheetView {
  const wb = host.fake.workbook;
  const cells = wb.cells(sheet.name);
  const notes = new Map<string, Annotation>();
  const comments = new Map<string, Annotation>();
  for (const n of host.model.notesOf(sheet))
    notes.set(a1(n.row, n.col), { content: n.content, author: n.author });
  for (const n of host.model.commentsOf(sheet))
    comments.set(a1(n.row, n.col), { content: n.content, author: n.author });
  let bottom = 0;
  let right = 0;
  const used = host.model.usedRect(sheet, false);
  if (used) {
    bottom = used.bottom;
    right = used.right;
  }
  for (const list of [host.model.notesOf(sheet), host.model.commentsOf(sheet)])
    for (const n of list) {
      bottom = Math.max(bottom, n.row);
      right = Math.max(right, n.col);
    }
  const sel = host.model.selection?.sheet === sheet ? host.model.selection.rect : null;
  if (sel) {
    bottom = Math.max(bottom, sel.bottom);
    right = Math.max(right, sel.right);
  }
  const totalRows = bottom;
  const rows = Math.min(
    Math.max(bottom + 5, MIN_ROWS),
    Math.max(MAX_DRAWN_ROWS, (sel?.bottom ?? 0) + 20)
  );
  const cols = Math.min(Math.max(right + 2, MIN_COLS), MAX_DRAWN_COLS);
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    if (m.top > rows || m.left > cols) continue;
    const bottomDrawn = Math.min(m.bottom, rows);
    const rightDrawn = Math.min(m.right, cols);
    spans.set(a1(m.top, m.left), {
      rowSpan: bottomDrawn - m.top + 1,
      colSpan: rightDrawn - m.left + 1,
    });
    for (let r = m.top; r <= bottomDrawn; r++)
      for (let c = m.left; c <= rightDrawn; c++)
        if (r !== m.top || c !== m.left) covered.add(a1(r, c));
  }
  return { sheet, cells, notes, comments, rows, cols, totalRows, spans, covered };
}

/** What the formula bar shows for a cell: its formula, else its value as typed. */
function editText(state: FakeCellState | undefined): string {
  if (!state) return "";
  if (state.formula !== undefined) return `=${state.formula}`;
  const v = state.value;
  if (v === null) return "";
  if (v instanceof Date) return displayText(v, state.numberFormat);
  if (typeof v === "object") return v.error;
  if (typeof v === "number") return String(v).replace(".", ",");
  return String(v);
}

function defaultAlign(state: FakeCellState): React.CSSProperties["textAlign"] {
  switch (state.horizontalAlignment) {
    case "Left":
      return "left";
    case "Center":
    case "CenterAcrossSelection":
      return "center";
    case "Right":
      return "right";
    case "Justify":
      return "justify";
  }
  const v = state.value;
  if (typeof v === "number" || v instanceof Date) return "right";
  if (typeof v === "boolean" || (v !== null && typeof v === "object")) return "center";
  return "left";
}

function tooltip(
  address: string,
  state: FakeCellState | undefined,
  note?: Annotation,
  comment?: Annotation
): string {
  const lines = [address];
  if (state?.formula !== undefined) lines.push(`${M.formula}: =${state.formula}`);
  if (note) lines.push(`${M.note} (${note.author}): ${note.content}`);
  if (comment) lines.push(`${M.comment} (${comment.author}): ${comment.content}`);
  return lines.join("\n");
}

interface CellProps {
  address: string;
  state: FakeCellState | undefined;
  note?: Annotation;
  comment?: Annotation;
  span?: { rowSpan: number; colSpan: number };
  selected: boolean;
  onSelect: () => void;
  onEdit: () => void;
}

/** After a cell's own font family, the grid's default fonts. */
const FALLBACK_FONTS = "Calibri, Carlito, Arial, sans-serif";

const Cell = React.memo(function Cell({
  address,
  state,
  note,
  comment,
  span,
  selected,
  onSelect,
  onEdit,
}: CellProps) {
  const style: React.CSSProperties = {};
  if (state) {
    if (state.fill) style.background = state.fill;
    if (state.bold) style.fontWeight = 700;
    if (state.italic) style.fontStyle = "italic";
    // The cell's own font: a .VnTime or VNI-Times font is not in the browser, so legacy text shows
    // as a clerk without those fonts would see it (the fallback font draws the raw characters).
    if (state.font) style.fontFamily = `"${state.font.replace(/"/g, "")}", ${FALLBACK_FONTS}`;
    if (state.wrap) style.whiteSpace = "pre-wrap";
    style.textAlign = defaultAlign(state);
  }
  const text = state ? displayText(state.value, state.numberFormat) : "";
  return (
    <td
      data-address={address}
      data-formula={state?.formula !== undefined ? `=${state.formula}` : undefined}
      data-fill={state?.fill ?? undefined}
      data-font={state?.font}
      data-format={state && state.numberFormat !== "General" ? state.numberFormat : undefined}
      data-note={note?.content}
      data-comment={comment?.content}
      data-selected={selected ? "true" : undefined}
      className={
        [selected ? "sel" : "", state?.border ? "bd" : "", state?.formula !== undefined ? "fx" : ""]
          .join(" ")
          .trim() || undefined
      }
      style={style}
      rowSpan={span && span.rowSpan > 1 ? span.rowSpan : undefined}
      colSpan={span && span.colSpan > 1 ? span.colSpan : undefined}
      title={state || note || comment ? tooltip(address, state, note, comment) : undefined}
      onMouseDown={onSelect}
      onDoubleClick={onEdit}
    >
      {text}
      {note && <span className="mk mk-note" aria-hidden="true" />}
      {comment && <span className="mk mk-comment" aria-hidden="true" />}
    </td>
  );
});

function useHostVersion(host: PreviewHost): number {
  return React.useSyncExternalStore(
    (l) => host.subscribe(l),
    () => host.version
  );
}

export interface WorkbookViewProps {
  host: PreviewHost;
  fileName: string;
  picked: boolean;
  /** A problem to show at start (the sample missing, a stored workbook dropped). */
  problem?: string;
}

export function WorkbookView({
  host,
  fileName,
  picked,
  problem,
}: WorkbookViewProps): React.JSX.Element {
  useHostVersion(host);
  const model = host.model;
  const active = model.activeSheet ?? model.sheets[0];
  const view = active ? sheetView(host, active) : null;
  const sel = model.selection && model.selection.sheet === active ? model.selection.rect : null;
  const selAddress = sel ? rectA1(sel) : "";
  const selState = sel && view ? view.cells[a1(sel.top, sel.left)] : undefined;

  const [message, setMessage] = React.useState<string | null>(problem ?? null);
  const [busy, setBusy] = React.useState(false);
  const [draft, setDraft] = React.useState<string>(editText(selState));
  const [editing, setEditingState] = React.useState(false);
  // Read synchronously by blur after Enter/Escape (state would still be stale there).
  const editingRef = React.useRef(false);
  const setEditing = React.useCallback((on: boolean) => {
    editingRef.current = on;
    setEditingState(on);
  }, []);
  const formulaInput = React.useRef<HTMLInputElement>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const scroller = React.useRef<HTMLDivElement>(null);

  const shown = editText(selState);
  React.useEffect(() => {
    if (!editing) setDraft(shown);
  }, [shown, editing, selAddress, active?.name]);

  // Bring the selection into view when it moves (e.g. the pane selected a finding's cell).
  React.useEffect(() => {
    if (!sel || !active) return;
    const td = scroller.current?.querySelector<HTMLElement>(
      `td[data-address="${a1(sel.top, sel.left)}"]`
    );
    td?.scrollIntoView({ block: "nearest", inline: "nearest" });
    // Scroll only when the selected address or the sheet changes, not on every new selection object.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose (above)
  }, [selAddress, active?.name]);

  const select = React.useCallback(
    (row: number, col: number) => {
      if (!active) return;
      setEditing(false);
      host.selectCell(active.name, row, col);
    },
    [host, active, setEditing]
  );

  const commit = () => {
    if (!editingRef.current || !active || !sel) return;
    try {
      host.typeInto(active.name, sel.top, sel.left, draft);
      setMessage(null);
    } catch (e) {
      setMessage(
        active.protected ? M.protectedSheet(active.name) : String((e as Error).message ?? e)
      );
    }
    setEditing(false);
  };

  const onGridKey = (e: React.KeyboardEvent) => {
    if (!sel) return;
    // Arrows move the selection; Tab is left to the page, so keyboard users can leave the grid.
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const mv = moves[e.key];
    if (mv) {
      e.preventDefault();
      select(Math.max(1, sel.top + mv[0]), Math.max(1, sel.left + mv[1]));
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      formulaInput.current?.focus();
    }
  };

  const onPick = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setBusy(true);
    try {
      keepWorkbook(await readXlsxFile(file));
      window.location.reload();
    } catch (err) {
      setMessage(String((err as Error).message ?? err));
      setBusy(false);
    }
  };

  const rows: React.ReactNode[] = [];
  if (view) {
    for (let r = 1; r <= view.rows; r++) {
      const tds: React.ReactNode[] = [];
      for (let c = 1; c <= view.cols; c++) {
        const address = a1(r, c);
        if (view.covered.has(address)) continue;
        const span = view.spans.get(address);
        const inSel = !!sel && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;
        tds.push(
          <Cell
            key={c}
            address={address}
            state={view.cells[address]}
            note={view.notes.get(address)}
            comment={view.comments.get(address)}
            span={span}
            selected={inSel}
            onSelect={() => select(r, c)}
            onEdit={() => {
              select(r, c);
              window.setTimeout(() => formulaInput.current?.focus(), 0);
            }}
          />
        );
      }
      rows.push(
        <tr key={r}>
          <th scope="row" className={sel && r >= sel.top && r <= sel.bottom ? "hd-sel" : undefined}>
            {r}
          </th>
          {tds}
        </tr>
      );
    }
  }

  const cols: number[] = view ? Array.from({ length: view.cols }, (_, i) => i + 1) : [];
  const visibleSheets = model.sheets.filter((s) => s.visibility === "Visible");

  return (
    <div className="wb">
      <div className="wb-bar">
        <div className="wb-title">
          <strong>{M.workbookLabel}</strong>
          <span className="wb-file" title={fileName}>
            {fileName} <span className="wb-tag">({picked ? M.pickedTag : M.sampleTag})</span>
          </span>
        </div>
        <div className="wb-actions">
          <input
            ref={fileInput}
            type="file"
            className="visually-hidden"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.xls,.htm,.html"
            aria-label={M.openFile}
            tabIndex={-1}
            onChange={onPick}
          />
          <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
            {busy ? M.opening : M.openFile}
          </button>
          {picked && (
            <button
              type="button"
              onClick={() => {
                forgetWorkbook();
                window.location.reload();
              }}
            >
              {M.useSample}
            </button>
          )}
          <label className="wb-api" title={M.apiLevel}>
            <span className="visually-hidden">{M.apiLevel}</span>
            <select
              aria-label={M.apiLevel}
              value={host.maxExcelApi}
              onChange={(e) => host.setMaxExcelApi(e.target.value)}
            >
              {API_LEVELS.map((v) => (
                <option key={v} value={v}>
                  {M.apiHint(v)}
                </option>
              ))}
            </select>
          </label>
          <output className="wb-syncs" title={M.syncsHint} data-syncs={host.fake.syncCount}>
            {M.syncs(host.fake.syncCount)}
          </output>
        </div>
      </div>
      {message && (
        <div className="wb-message" role="alert">
          {message}
        </div>
      )}
      <div className="wb-formula">
        <input className="wb-namebox" aria-label={M.nameBox} value={selAddress} readOnly />
        <span className="wb-fx" aria-hidden="true">
          fx
        </span>
        <input
          ref={formulaInput}
          className="wb-input"
          aria-label={M.formulaBar}
          value={draft}
          disabled={!sel}
          onChange={(e) => {
            setEditing(true);
            setDraft(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              // As in Excel: Enter writes the cell and moves down one row.
              e.preventDefault();
              commit();
              if (sel) select(sel.top + 1, sel.left);
              scroller.current?.focus();
            } else if (e.key === "Escape") {
              setEditing(false);
              setDraft(shown);
              scroller.current?.focus();
            }
          }}
          onBlur={() => commit()}
        />
      </div>
      <div
        className="wb-grid"
        ref={scroller}
        tabIndex={0}
        onKeyDown={onGridKey}
        aria-label={active ? M.sheetTable(active.name) : M.emptyWorkbook}
      >
        {view && (
          <table
            className="grid"
            data-sheet={view.sheet.name}
            aria-label={M.sheetTable(view.sheet.name)}
          >
            <colgroup>
              <col style={{ width: ROW_HEADER_PX }} />
              {cols.map((c) => (
                <col
                  key={c}
                  style={{ width: pointsToPx(view.sheet.colWidths.get(c) ?? DEFAULT_COL_PT) }}
                />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th className="corner" aria-hidden="true" />
                {cols.map((c) => (
                  <th
                    key={c}
                    scope="col"
                    className={sel && c >= sel.left && c <= sel.right ? "hd-sel" : undefined}
                  >
                    {colLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
        )}
        {view && view.totalRows > view.rows && (
          <p className="wb-cut">{M.rowsCut(view.rows, view.totalRows)}</p>
        )}
      </div>
      <div className="wb-foot">
        <div className="wb-tabs" role="tablist" aria-label={M.sheetTabs}>
          {visibleSheets.map((s) => (
            <button
              key={s.id}
              type="button"
              role="tab"
              aria-selected={s === active}
              className={s === active ? "on" : undefined}
              onClick={() => host.activateSheet(s.name)}
            >
              {s.name}
            </button>
          ))}
        </div>
        <div className="wb-legend" aria-hidden="true">
          <span>
            <i className="sw sw-err" /> {M.legendError}
          </span>
          <span>
            <i className="sw sw-warn" /> {M.legendWarning}
          </span>
          <span>
            <i className="sw sw-note" /> {M.note}
          </span>
        </div>
      </div>
    </div>
  );
}
