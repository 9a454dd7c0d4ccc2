// Who rolls up, and what "Chấm điểm" does, in the pane's and the CLI's words: the province under
// NĐ 118/2025 (no district from 01/07/2025), the district before it — from the regimes' data.
import * as React from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PaneController } from "../../src/taskpane/controller";
import { PaneProvider } from "../../src/taskpane/pane";
import { CheckView } from "../../src/taskpane/views/CheckView";
import { RollupView } from "../../src/taskpane/views/RollupView";
import { StartView, stepsOf } from "../../src/taskpane/views/StartView";
import { PANE_MSG } from "../../src/core/messages/taskpane";
import { snapshotOf } from "../../src/host/xlsx";
import { buildNd118SampleWorkbook } from "../../src/samples/sampleNd118";
import { tthc } from "../helpers/xlsx";
import { paneOn, sampleSnapshot } from "./helpers";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

function render(view: React.ReactElement, controller?: PaneController): string {
  return text(renderHtml(view, controller));
}

function renderHtml(view: React.ReactElement, controller?: PaneController): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider
        controller={
          controller ?? new PaneController({ run: () => Promise.reject(new Error("offline")) })
        }
        refreshOnMount={false}
      >
        {view}
      </PaneProvider>
    </FluentProvider>
  );
}

const PROVINCE = "cấp tỉnh (kỳ báo cáo từ ngày 01/07/2025, Nghị định 118/2025/NĐ-CP)";
const DISTRICT = "cấp huyện, thị xã (kỳ báo cáo đến ngày 30/06/2025, Nghị định 61/2018/NĐ-CP)";

describe("Tổng hợp: who rolls up", () => {
  test("no setting: both levels named by their periods, the province first", () => {
    const t = render(<RollupView />);
    expect(t).toContain(`Dành cho ${PROVINCE} hoặc ${DISTRICT}: chọn các tệp báo cáo .xlsx`);
    expect(renderHtml(<RollupView />)).toContain('placeholder="Ví dụ: UBND tỉnh Thanh Hóa"');
    expect(t).not.toMatch(/Dành cho cấp huyện:/);
  });
  test("the pane's setting names one regime: only its level", () => {
    const pane = new PaneController({ run: () => Promise.reject(new Error("offline")) });
    pane.regime = "nd118-2025";
    const t = render(<RollupView />, pane);
    expect(t).toContain(`Dành cho ${PROVINCE}: chọn`);
    expect(t).not.toMatch(/huyện/);
    pane.regime = "nd61-2018";
    expect(render(<RollupView />, pane)).toContain(`Dành cho ${DISTRICT}: chọn`);
  });
  test("tthc rollup --help: the province under NĐ 118/2025, the district before", async () => {
    const r = await tthc("rollup", "--help");
    const out = r.out.replace(/\s+/g, " ");
    expect(out).toContain(
      "thành sổ tính tổng hợp của cấp tỉnh với kỳ báo cáo từ ngày 01/07/2025 (Nghị định 118/2025/NĐ-CP), " +
        "của cấp huyện, thị xã với kỳ báo cáo đến ngày 30/06/2025 (Nghị định 61/2018/NĐ-CP)."
    );
  });
});

describe("Bắt đầu", () => {
  test("before the workbook is read: no level named, no district", () => {
    const t = render(<StartView />);
    expect(t).toContain("Tổng hợp (cơ quan cấp trên cộng báo cáo của các xã, phường)");
    expect(t).not.toMatch(/huyện/);
    expect(stepsOf(null)[2].what).toBe(PANE_MSG.start.score.whatAny);
  });

  test("a Q3/2026 workbook (NĐ 118/2025): the province rolls up its xã, phường, đặc khu; the Điều 33 table is the evaluation", async () => {
    const { pane } = paneOn(snapshotOf(buildNd118SampleWorkbook()));
    const s = await pane.status();
    expect(s.regime).toMatchObject({ id: "nd118-2025", model: "art33-contents" });
    expect(s.art33).toBe("Đánh giá Điều 33");
    expect(s.evaluation).toBe(false);
    expect(PANE_MSG.start.otherFor(s.regime.rollupLevel, s.regime.rollupMembers)).toBe(
      "Việc khác: Tạo biểu mẫu (các trang trống cho quý mới) và Tổng hợp (cấp tỉnh cộng báo cáo của các xã, phường, đặc khu)."
    );
    const step = stepsOf(s)[2];
    expect(step).toMatchObject({
      view: "score",
      what: "Tổng hợp số lượt đánh giá theo khoản 1 Điều 33 Nghị định 118/2025/NĐ-CP.",
      state: "done",
      detail: "Bảng đánh giá Điều 33 ở trang “Đánh giá Điều 33”.",
    });
  });

  test("the Q1/2024 seed (NĐ 61/2018): the district rolls up; nine indices and the grade", async () => {
    const { pane } = paneOn(sampleSnapshot());
    const s = await pane.status();
    expect(s.regime).toMatchObject({ id: "nd61-2018", model: "nine-indices" });
    expect(PANE_MSG.start.otherFor(s.regime.rollupLevel, s.regime.rollupMembers)).toContain(
      "Tổng hợp (cấp huyện, thị xã cộng báo cáo của các phường, xã, thị trấn)"
    );
    expect(stepsOf(s)[2]).toMatchObject({
      what: "Tính điểm chín chỉ số và xếp loại.",
      state: "done",
      detail: "Xếp loại: Xuất sắc.",
    });
  });
});

describe("Kiểm tra and tthc: the evaluation of both regimes", () => {
  const NINE = "chín chỉ số";
  const ART33 = "khoản 1 Điều 33 Nghị định 118/2025/NĐ-CP";
  test("the pane's Kiểm tra intro: nine indices to 30/06/2025, Điều 33.1 from 01/07/2025", () => {
    const t = render(<CheckView />);
    expect(t).toContain(
      `bảng đánh giá của người dân: ${NINE} (kỳ báo cáo đến 30/06/2025) hoặc số lượt đánh giá theo ` +
        `${ART33} (từ 01/07/2025).`
    );
  });
  test("tthc --help and tthc score --help name both", async () => {
    const program = (await tthc("--help")).out.replace(/\s+/g, " ");
    expect(program).toContain(
      `đánh giá của người dân (${NINE} với kỳ báo cáo đến ngày 30/06/2025, các nội dung tại ${ART33} ` +
        "từ ngày 01/07/2025)"
    );
    const score = (await tthc("score", "--help")).out.replace(/\s+/g, " ");
    expect(score).toContain(`kỳ báo cáo đến ngày 30/06/2025 chấm ${NINE}`);
    expect(score).toContain(
      `từ ngày 01/07/2025 tổng hợp số lượt đánh giá từng nội dung tại ${ART33}.`
    );
  });
});
