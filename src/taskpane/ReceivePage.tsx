// The page the system browser opens on Mac and iPad (delivery path "browser-window"): the task
// pane's own page with the report in the URL fragment. It saves the file there, where downloads
// work, and offers a button in case the browser wants a click first.
import * as React from "react";
import {
  Body1,
  Button,
  FluentProvider,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { PANE_MSG } from "../core/messages/taskpane";
import { DOCX_MIME, forgetReceiveUrl, HistoryWindow, parseReceive } from "./delivery";

const D = PANE_MSG.delivery;

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXXL,
    maxWidth: "560px",
    margin: "0 auto",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

function Receive({ hash }: { hash: string }): React.JSX.Element {
  const styles = useStyles();
  const [file] = React.useState(() => parseReceive(hash));
  const [url] = React.useState(() =>
    file ? URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: DOCX_MIME })) : null
  );
  const link = React.useRef<HTMLAnchorElement>(null);
  React.useEffect(() => {
    // The report's bytes must not stay in the address bar or the history (office.js nulls
    // history.replaceState: forgetReceiveUrl goes around it).
    forgetReceiveUrl(window as unknown as HistoryWindow);
    link.current?.click();
  }, []);
  return (
    <main className={styles.page}>
      <Text as="h1" className={styles.title}>
        {D.receiveTitle}
      </Text>
      {file && url ? (
        <>
          <Body1>{D.receiveBody(file.fileName)}</Body1>
          <div>
            <Button
              as="a"
              appearance="primary"
              href={url}
              download={file.fileName}
              ref={link as React.Ref<HTMLAnchorElement>}
            >
              {D.receiveButton(file.fileName)}
            </Button>
          </div>
        </>
      ) : (
        <Body1>{D.receiveBroken}</Body1>
      )}
    </main>
  );
}

export function ReceivePage({ hash }: { hash: string }): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <Receive hash={hash} />
    </FluentProvider>
  );
}
