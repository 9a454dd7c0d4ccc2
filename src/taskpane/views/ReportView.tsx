import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Link,
  Radio,
  RadioGroup,
  mergeClasses,
} from "@fluentui/react-components";
import { PANE_MSG } from "../../core/messages/taskpane";
import type { PaneFinding, ReportOutcome } from "../model";
import { ActionRow, FindingList, Intro, NoticeBar, useViewStyles } from "../components";
import {
  chooseDelivery,
  deliver,
  DeliveryPlan,
  DeliveryResult,
  detectDeliveryCaps,
} from "../delivery";
import { usePane, useTask } from "../pane";

const M = PANE_MSG.report;
const D = PANE_MSG.delivery;

type Done = Extract<ReportOutcome, { kind: "done" }>;

interface Delivered {
  outcome: Done;
  plan: DeliveryPlan;
  result: DeliveryResult;
  /** The fallback was used too (Không thấy tệp?). */
  fallbackUsed: boolean;
}

/** The "Tạo báo cáo" view: options, the guard on errors, the .docx and its delivery. */
export function ReportView(): React.JSX.Element {
  const styles = useViewStyles();
  const pane = usePane();
  const task = useTask();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [templateKind, setTemplateKind] = React.useState<"default" | "custom">("default");
  const [template, setTemplate] = React.useState<{
    name: string;
    size: number;
    text: string;
  } | null>(null);
  const [allRows, setAllRows] = React.useState(false);
  const [force, setForce] = React.useState(false);
  const [blocked, setBlocked] = React.useState<PaneFinding[] | null>(null);
  const [delivered, setDelivered] = React.useState<Delivered | null>(null);

  // Object URLs of earlier reports are released when a new one replaces them.
  React.useEffect(() => {
    const r = delivered?.result;
    return () => {
      if (r && r.path === "anchor") URL.revokeObjectURL(r.url);
    };
  }, [delivered]);

  const onPickTemplate = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    try {
      setTemplate({ name: file.name, size: file.size, text: await file.text() });
      task.setError(null);
    } catch {
      setTemplate(null);
      task.setError(M.templateUnreadable(file.name));
    }
  };

  const onCreate = async () => {
    setBlocked(null);
    if (templateKind === "custom" && !template) {
      task.setError(M.templateMissing);
      return;
    }
    const r = await task.run(() =>
      pane.report({
        force,
        allRows,
        template: templateKind === "custom" ? template?.text : undefined,
      })
    );
    if (!r) return;
    if (r.kind === "blocked") {
      setDelivered(null);
      setBlocked(r.errors);
      return;
    }
    const plan = chooseDelivery(detectDeliveryCaps());
    let result: DeliveryResult;
    try {
      result = deliver(r.bytes, r.fileName, plan.primary);
    } catch {
      result = { path: "none", reason: "unavailable" };
    }
    setDelivered({ outcome: r, plan, result, fallbackUsed: false });
  };

  const onFallback = () => {
    if (!delivered?.plan.fallback) return;
    try {
      const result = deliver(
        delivered.outcome.bytes,
        delivered.outcome.fileName,
        delivered.plan.fallback
      );
      if (result.path === "none")
        task.setError(result.reason === "too-large" ? D.tooLarge : D.unavailable);
      else setDelivered({ ...delivered, fallbackUsed: true });
    } catch {
      task.setError(D.unavailable);
    }
  };

  const out = delivered?.outcome;
  const res = delivered?.result;
  return (
    <div className={styles.view}>
      <Intro>{M.intro}</Intro>
      <Field label={M.template}>
        <RadioGroup
          value={templateKind}
          onChange={(_e, d) => setTemplateKind(d.value === "custom" ? "custom" : "default")}
        >
          <Radio value="default" label={M.templateDefault} />
          <Radio value="custom" label={M.templateCustom} />
        </RadioGroup>
      </Field>
      {templateKind === "custom" && (
        <div className={styles.actions}>
          <Button appearance="secondary" size="small" onClick={() => fileInput.current?.click()}>
            {M.templatePick}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".hbs,.handlebars,.txt,text/plain"
            hidden
            aria-label={M.templatePick}
            onChange={onPickTemplate}
          />
          <Caption1 className={styles.muted}>
            {template ? M.templateChosen(template.name, template.size) : M.templateMissing}
          </Caption1>
        </div>
      )}
      <div className={styles.section}>
        <Checkbox
          checked={allRows}
          onChange={(_e, d) => setAllRows(!!d.checked)}
          label={M.allRows}
        />
        <Caption1 className={mergeClasses(styles.muted, styles.checkboxHint)}>
          {M.allRowsHint}
        </Caption1>
        <Checkbox checked={force} onChange={(_e, d) => setForce(!!d.checked)} label={M.force} />
      </div>
      <ActionRow
        actions={[{ label: M.button, onClick: onCreate, appearance: "primary" }]}
        task={task}
        busyLabel={M.busy}
      />
      {blocked && (
        <>
          <NoticeBar intent="error">{M.blocked(blocked.length)}</NoticeBar>
          <section className={styles.section} aria-labelledby="report-errors">
            <h2 id="report-errors" className={styles.heading}>
              {M.errorsList}
            </h2>
            <FindingList
              findings={blocked}
              label={M.errorsList}
              onError={(m) => task.setError(m)}
            />
          </section>
        </>
      )}
      {out && res && (
        <>
          <NoticeBar intent={out.forcedErrors.length ? "warning" : "success"}>
            {/* The delivery line below names the file; say it once. */}
            {res.path === "none" ? M.done(out.fileName, out.bytes.length) : M.doneShort}
            {out.forcedErrors.length > 0 && ` ${M.forced(out.forcedErrors.length)}`}
          </NoticeBar>
          <div className={styles.section} role="status">
            {res.path === "anchor" && (
              <>
                <Body1>{D.downloaded(out.fileName)}</Body1>
                <div className={styles.actions}>
                  <Link href={res.url} download={out.fileName}>
                    {D.downloadAgain}
                  </Link>
                </div>
              </>
            )}
            {(res.path === "browser-window" || delivered.fallbackUsed) && (
              <Body1>{D.openedBrowser(out.fileName)}</Body1>
            )}
            {res.path === "none" && (
              <NoticeBar intent="warning">
                {res.reason === "too-large" ? D.tooLarge : D.unavailable}
              </NoticeBar>
            )}
            {delivered.plan.fallback && res.path === "anchor" && (
              <div className={styles.actions}>
                <Caption1 className={styles.muted}>{D.notSeen}</Caption1>
                <Button appearance="secondary" size="small" onClick={onFallback}>
                  {D.openBrowser}
                </Button>
              </div>
            )}
          </div>
          {(out.warnings.length > 0 || out.dataWarnings.length > 0) && (
            <section className={styles.section} aria-labelledby="report-warnings">
              <h2 id="report-warnings" className={styles.heading}>
                {M.warnings}
              </h2>
              {out.dataWarnings.map((w, i) => (
                <Caption1 key={i}>{w}</Caption1>
              ))}
              {out.warnings.length > 0 && (
                <FindingList
                  findings={out.warnings}
                  label={M.warnings}
                  onError={(m) => task.setError(m)}
                />
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
