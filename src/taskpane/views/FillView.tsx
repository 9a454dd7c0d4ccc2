import * as React from "react";
import { Body1, Caption1 } from "@fluentui/react-components";
import { PANE_MSG, STEP_LABEL } from "../../core/messages/taskpane";
import type { ApplyOutcome, FillItem, FillPreview } from "../model";
import { ActionRow, Intro, NoFormNotice, NoticeBar, UndoBlock, useViewStyles } from "../components";
import { describeFill, firstColumn, localCell } from "../fillText";
import { usePane, useTask } from "../pane";

const M = PANE_MSG.fill;
/** Rows of the preview table; the rest is counted. */
const PREVIEW_ROWS = 15;

interface Where {
  formSheet: string | null;
  first: number | null;
}

/** Items grouped by sheet, each group a table "Ô | Nội dung điền" under the sheet's name. */
function ItemTable({
  items,
  label,
  whatHeader,
  where,
}: {
  items: FillItem[];
  label: string;
  whatHeader: string;
  where: Where;
}): React.JSX.Element {
  const styles = useViewStyles();
  const shown = items.slice(0, PREVIEW_ROWS);
  const sheets = [...new Set(shown.map((it) => it.sheet))];
  return (
    <>
      {sheets.map((sheet) => (
        <table key={sheet} className={styles.table} aria-label={`${label}: ${M.sheetOf(sheet)}`}>
          <caption className={styles.caption}>{M.sheetOf(sheet)}</caption>
          <thead>
            <tr>
              <th scope="col">{M.colCell}</th>
              <th scope="col">{whatHeader}</th>
            </tr>
          </thead>
          <tbody>
            {shown
              .filter((it) => it.sheet === sheet)
              .map((it, i) => {
                const row =
                  whatHeader === M.colWhat
                    ? describeFill(it, where.formSheet, where.first)
                    : { a1: localCell(it), what: it.what };
                return (
                  <tr key={`${it.cell}:${i}`}>
                    <td className={styles.cellRef}>{row.a1}</td>
                    <td>{row.what}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ))}
      {items.length > shown.length && (
        <Caption1 className={styles.muted}>
          {PANE_MSG.andMore(items.length - shown.length)}
        </Caption1>
      )}
    </>
  );
}

/** The "Điền số liệu" view: preview what fill writes, write it (one undo step), undo. */
export function FillView(): React.JSX.Element {
  const styles = useViewStyles();
  const pane = usePane();
  const task = useTask();
  const [preview, setPreview] = React.useState<FillPreview | null>(null);
  const [applied, setApplied] = React.useState<ApplyOutcome | null>(null);

  const onPreview = async () => {
    setApplied(null);
    const r = await task.run(() => pane.previewFill());
    if (r) setPreview(r);
  };
  const onApply = async () => {
    setPreview(null);
    const r = await task.run(() => pane.applyFill());
    if (r) setApplied(r);
  };

  const where: Where = {
    formSheet: preview?.form?.sheet ?? pane.knownFormSheet ?? null,
    first: firstColumn(preview?.form?.range),
  };
  // Nothing to fill because there is no form is not "đủ" (issue 16 point 1).
  const noForm = !!preview && !preview.form && preview.cellCount === 0;
  return (
    <div className={styles.view}>
      <Intro>{M.intro}</Intro>
      <ActionRow
        actions={[
          { label: M.preview, onClick: onPreview, appearance: "secondary" },
          { label: M.apply, onClick: onApply, appearance: "primary" },
        ]}
        task={task}
        busyLabel={PANE_MSG.working}
      />
      {preview && noForm && <NoFormNotice reason={preview.formError} />}
      {preview && !noForm && (
        <>
          {!preview.form && preview.formError && (
            <NoticeBar intent="warning">{preview.formError}</NoticeBar>
          )}
          <section className={styles.section} aria-label={M.previewTable}>
            <Body1 className={styles.strong}>
              {M.willFill(preview.cellCount, preview.filled.length)}
            </Body1>
            {preview.filled.length > 0 && (
              <ItemTable
                items={preview.filled}
                label={M.previewTable}
                whatHeader={M.colWhat}
                where={where}
              />
            )}
          </section>
          <section className={styles.section} aria-label={M.conflictList}>
            {preview.conflicts.length > 0 ? (
              <>
                <Body1 className={styles.strong}>{M.conflicts(preview.conflicts.length)}</Body1>
                <ItemTable
                  items={preview.conflicts}
                  label={M.conflictList}
                  whatHeader={PANE_MSG.severity.warning}
                  where={where}
                />
              </>
            ) : (
              <Caption1 className={styles.muted}>{M.noConflicts}</Caption1>
            )}
          </section>
        </>
      )}
      {applied && (
        <>
          <NoticeBar intent={applied.written > 0 ? "success" : "info"}>
            {applied.written > 0 ? M.done(applied.written) : M.nothing}
          </NoticeBar>
          {applied.conflicts.length > 0 && (
            <section className={styles.section} aria-label={M.conflictList}>
              <Body1 className={styles.strong}>{M.conflicts(applied.conflicts.length)}</Body1>
              <ItemTable
                items={applied.conflicts}
                label={M.conflictList}
                whatHeader={PANE_MSG.severity.warning}
                where={where}
              />
            </section>
          )}
        </>
      )}
      <UndoBlock steps={[STEP_LABEL.fill]} onDone={() => setApplied(null)} />
    </div>
  );
}
