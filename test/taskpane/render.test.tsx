// The views render (server-side, jest's node environment) with their Vietnamese names: the tab
// names and the buttons the browser tests drive by role and name.
import * as React from "react";
import { renderToString } from "react-dom/server";
import { App, DEFAULT_VIEW, VIEWS } from "../../src/taskpane/App";
import { PaneController } from "../../src/taskpane/controller";
import { PaneProvider } from "../../src/taskpane/pane";
import { CheckView } from "../../src/taskpane/views/CheckView";
import { FillView } from "../../src/taskpane/views/FillView";
import { ScoreView } from "../../src/taskpane/views/ScoreView";
import { ReportView } from "../../src/taskpane/views/ReportView";
import { FormsView } from "../../src/taskpane/views/FormsView";
import { RollupView } from "../../src/taskpane/views/RollupView";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ReceivePage } from "../../src/taskpane/ReceivePage";

const offline = () => new PaneController({ run: () => Promise.reject(new Error("offline")) });

function render(view: React.ReactElement): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider controller={offline()} refreshOnMount={false}>
        {view}
      </PaneProvider>
    </FluentProvider>
  );
}

/** Text of <button> elements, tags stripped. */
function buttons(html: string): string[] {
  return [...html.matchAll(/<button[^>]*>([\s\S]*?)<\/button>/g)].map((m) =>
    m[1].replace(/<[^>]+>/g, "").trim()
  );
}

test("the shell shows the seven tab names, Bắt đầu first and open by default", () => {
  const html = renderToString(
    <App initialView="start" host={{ kind: "fake" }} controller={offline()} />
  );
  for (const v of VIEWS) expect(html).toContain(v.label);
  expect(VIEWS.map((v) => v.label)).toEqual([
    "Bắt đầu",
    "Kiểm tra",
    "Điền số liệu",
    "Chấm điểm",
    "Tạo báo cáo",
    "Tạo biểu mẫu",
    "Tổng hợp",
  ]);
  expect(DEFAULT_VIEW).toBe("start");
  expect(html).toContain("Mở Kiểm tra");
  expect(html).toContain('href="huong-dan.html"');
  // The preview notice sits inside the banner landmark, the tabs inside a navigation landmark.
  expect(html).toMatch(/<header[^>]*>[\s\S]*Chế độ xem thử[\s\S]*<\/header>/);
  expect(html).toMatch(/<nav[^>]*aria-label="Chức năng"[^>]*>[\s\S]*role="tablist"/);
});

test.each([
  ["Kiểm tra", <CheckView key="c" />, ["Kiểm tra", "Xóa đánh dấu"]],
  ["Điền số liệu", <FillView key="f" />, ["Xem trước", "Điền số liệu"]],
  ["Chấm điểm", <ScoreView key="s" />, ["Chấm điểm", "Điền bảng đánh giá"]],
  ["Tạo báo cáo", <ReportView key="r" />, ["Tạo báo cáo"]],
  ["Tạo biểu mẫu", <FormsView key="b" />, ["Tạo biểu mẫu"]],
  ["Tổng hợp", <RollupView key="t" />, ["Chọn tệp của các đơn vị…", "Tổng hợp"]],
])("%s view: its buttons", (_name, view, names) => {
  const html = render(view);
  expect(buttons(html)).toEqual(expect.arrayContaining(names));
});

test("Tổng hợp: the file input takes several .xlsx files; Tổng hợp is disabled until files are chosen", () => {
  const html = render(<RollupView />);
  expect(html).toMatch(/<input[^>]*type="file"[^>]*multiple=""[^>]*accept=".xlsx,.xls,.htm,.html"/);
  expect(html).toMatch(/<button[^>]*disabled[^>]*>Tổng hợp<\/button>/);
  expect(html).toContain("Đơn vị tổng hợp");
});

test("Hoàn tác is not offered until the journal holds a step", () => {
  const html = render(<FillView />);
  expect(buttons(html)).not.toContain("Hoàn tác");
});

test("Tạo báo cáo: both options, default template chosen", () => {
  const html = render(<ReportView />);
  expect(html).toContain("Tất cả các dòng của Biểu 06a");
  expect(html).toContain("Vẫn tạo khi còn lỗi");
  expect(html).toContain("Mẫu mặc định");
});

test("the receiving page (system browser) names the file, or says the link is broken", () => {
  expect(renderToString(<ReceivePage hash="#tthc-docx&name=bao-cao.docx&data=UEsDBA" />)).toContain(
    "Tải bao-cao.docx"
  );
  expect(renderToString(<ReceivePage hash="#tthc-docx&name=x" />)).toContain(
    "Liên kết tải báo cáo không đầy đủ"
  );
});
