import * as React from "react";
import {
  Body1,
  Caption1,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PANE_MSG, STEP_LABEL } from "../../core/messages/taskpane";
import { fmtDateShort } from "../../core/text/numbers";
import type { FormsOutcome } from "../model";
import { quarterOfDate, quarterPeriod } from "../../core/quarter";
import { ActionRow, Intro, NoticeBar, UndoBlock, useViewStyles } from "../components";
import { usePane, useTask } from "../pane";

const M = PANE_MSG.forms;

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    "& > *": { flexGrow: 1, flexBasis: "120px" },
  },
});

/** The "Tạo biểu mẫu" view: blank sheets for a new quarter, never over existing ones. */
export function FormsView(): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const pane = usePane();
  const task = useTask();
  const initial = React.useMemo(() => quarterOfDate(new Date()), []);
  const [unit, setUnit] = React.useState(() => pane.knownUnit ?? "");
  const [quarter, setQuarter] = React.useState<1 | 2 | 3 | 4>(initial.quarter);
  const [year, setYear] = React.useState(String(initial.year));
  const [done, setDone] = React.useState<FormsOutcome | null>(null);
  const [unitError, setUnitError] = React.useState(false);
  // Whether the open workbook already has a Biểu 06a, known before anything is added (issue 16 point 8).
  const [existing, setExisting] = React.useState<string | null | undefined>(
    () => pane.knownFormSheet
  );
  React.useEffect(() => {
    let live = true;
    pane
      .status()
      .then((s) => {
        if (!live) return;
        setExisting(s.form ? s.form.sheet : null);
        setUnit((u) => u || pane.knownUnit || "");
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pane]);

  const yearNo = Number(year);
  const yearOk = Number.isInteger(yearNo) && yearNo >= 2000 && yearNo <= 2100;
  const period = yearOk ? quarterPeriod(quarter, yearNo) : null;

  const onCreate = async () => {
    setDone(null);
    if (!unit.trim()) {
      setUnitError(true);
      return;
    }
    if (!yearOk) {
      task.setError(M.yearInvalid);
      return;
    }
    const r = await task.run(() => pane.createForms({ unit, quarter, year: yearNo }));
    if (r) setDone(r);
  };

  return (
    <div className={styles.view}>
      <Intro>{M.intro}</Intro>
      {existing && !done && <NoticeBar intent="warning">{M.existingBefore(existing)}</NoticeBar>}
      <Field
        label={M.unit}
        required
        validationMessage={unitError && !unit.trim() ? M.unitMissing : undefined}
      >
        <Input
          value={unit}
          onChange={(_e, d) => {
            setUnit(d.value);
            if (d.value.trim()) setUnitError(false);
          }}
          placeholder={M.unitPlaceholder}
        />
      </Field>
      <div className={own.row}>
        <Field label={M.quarter}>
          <Select
            value={String(quarter)}
            onChange={(_e, d) => setQuarter(Number(d.value) as 1 | 2 | 3 | 4)}
          >
            {[1, 2, 3, 4].map((k) => (
              <option key={k} value={k}>
                {M.quarterOption(k)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={M.year} validationMessage={yearOk ? undefined : M.yearInvalid}>
          <Input
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            value={year}
            onChange={(_e, d) => setYear(d.value)}
          />
        </Field>
      </div>
      {period && (
        <Caption1 className={styles.muted}>
          {M.period(fmtDateShort(period.from), fmtDateShort(period.to))}
        </Caption1>
      )}
      <ActionRow
        actions={[{ label: M.button, onClick: onCreate, appearance: "primary" }]}
        task={task}
        busyLabel={M.busy}
      />
      {done && (
        <>
          <NoticeBar intent="success">{M.done(Object.values(done.sheets))}</NoticeBar>
          {done.copiedFields > 0 && <Body1>{M.copiedFields(done.copiedFields)}</Body1>}
          {done.existingForm && (
            <NoticeBar intent="warning">{M.existing(done.existingForm)}</NoticeBar>
          )}
        </>
      )}
      <UndoBlock steps={[STEP_LABEL.forms]} onDone={() => setDone(null)} />
    </div>
  );
}
