// Word delivery: which path each platform takes, and the file's trip through a URL fragment.
import {
  chooseDelivery,
  deliver,
  DeliveryEnv,
  detectDeliveryCaps,
  MAX_RECEIVE_URL,
  parseReceive,
  receiveUrl,
  safeFileName,
} from "../../src/taskpane/delivery";

const anchor = { anchorDownload: true };

describe("chooseDelivery", () => {
  test.each([
    // platform, anchor, openBrowserWindow → primary, fallback
    ["OfficeOnline", true, true, "anchor", "browser-window"],
    ["OfficeOnline", true, false, "anchor", null],
    ["PC", true, true, "anchor", "browser-window"], // WebView2
    ["PC", false, true, "browser-window", null], // a webview without <a download>
    ["PC", false, false, "none", null],
    ["Mac", true, true, "browser-window", null], // WKWebView: downloads never start
    ["Mac", true, false, "none", null],
    ["iOS", true, true, "browser-window", null],
    [null, true, false, "anchor", null], // a plain browser: the preview
  ] as const)(
    "%s, <a download> %s, openBrowserWindow %s → %s then %s",
    (platform, anchorDownload, openBrowserWindow, primary, fallback) => {
      expect(chooseDelivery({ platform, anchorDownload, openBrowserWindow })).toEqual({
        primary,
        fallback,
      });
    }
  );
});

describe("detectDeliveryCaps", () => {
  const doc = (download: boolean) =>
    ({ createElement: () => (download ? { download: "" } : {}) }) as unknown as Document;
  const office = (platform: string, sets: string[], openBrowserWindow = true) => ({
    context: {
      diagnostics: { platform },
      requirements: { isSetSupported: (name: string) => sets.includes(name) },
      ui: openBrowserWindow ? { openBrowserWindow: () => undefined } : {},
    },
  });

  test("Mac with OpenBrowserWindowApi", () => {
    expect(detectDeliveryCaps(office("Mac", ["OpenBrowserWindowApi"]), doc(true))).toEqual({
      platform: "Mac",
      anchorDownload: true,
      openBrowserWindow: true,
    });
  });
  test("the API function without the requirement set does not count", () => {
    expect(detectDeliveryCaps(office("Mac", []), doc(true)).openBrowserWindow).toBe(false);
  });
  test("outside Office", () => {
    expect(detectDeliveryCaps(undefined, doc(true))).toEqual({
      platform: null,
      anchorDownload: true,
      openBrowserWindow: false,
    });
    expect(detectDeliveryCaps(undefined, doc(false)).anchorDownload).toBe(false);
  });
  test("an Office that throws while not initialised is a plain browser", () => {
    const broken = {
      get context(): never {
        throw new Error("Office.context is not ready");
      },
    };
    expect(detectDeliveryCaps(broken as never, doc(true))).toEqual({
      platform: null,
      anchorDownload: true,
      openBrowserWindow: false,
    });
  });
});

describe("the file in a URL fragment (Mac, iPad)", () => {
  const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 255, 254, 0, 1, 2, 62, 63]);

  test("round trip, name kept ASCII, query dropped", () => {
    const url = receiveUrl(
      "https://localhost:3000/taskpane.html?view=report",
      "bao-cao-phuong-phu-son-quy-i-nam-2024.docx",
      bytes
    );
    expect(url.startsWith("https://localhost:3000/taskpane.html#tthc-docx&name=")).toBe(true);
    const back = parseReceive(new URL(url).hash);
    expect(back?.fileName).toBe("bao-cao-phuong-phu-son-quy-i-nam-2024.docx");
    expect([...back!.bytes]).toEqual([...bytes]);
  });

  test("damaged or foreign fragments are refused", () => {
    expect(parseReceive("#view=report")).toBeNull();
    expect(parseReceive("#tthc-docx&name=a.docx")).toBeNull();
    expect(parseReceive("#tthc-docx&name=a.docx&data=AAAA")).toBeNull(); // not a zip
  });

  test("a received name cannot be a path or lose .docx", () => {
    expect(safeFileName("../../etc/passwd")).toBe("etc-passwd.docx");
    expect(safeFileName("báo cáo.docx")).toBe("b-o-c-o.docx");
  });
});

describe("deliver", () => {
  function env() {
    const clicks: { href: string; download: string }[] = [];
    const opened: string[] = [];
    const body = { appendChild: () => undefined };
    const document = {
      body,
      createElement: () => {
        const a = {
          href: "",
          download: "",
          rel: "",
          style: {} as Record<string, string>,
          click: () => clicks.push({ href: a.href, download: a.download }),
          remove: () => undefined,
        };
        return a;
      },
    } as unknown as Document;
    const e: DeliveryEnv = {
      document,
      createObjectURL: () => "blob:https://localhost:3000/1",
      openBrowserWindow: (u) => opened.push(u),
      pageUrl: "https://localhost:3000/taskpane.html",
    };
    return { e, clicks, opened };
  }
  const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);

  test("anchor: one click on an object URL with the file name; the URL is kept for Tải lại", () => {
    const { e, clicks, opened } = env();
    const r = deliver(bytes, "bao-cao.docx", "anchor", e);
    expect(r).toEqual({ path: "anchor", url: "blob:https://localhost:3000/1" });
    expect(clicks).toEqual([{ href: "blob:https://localhost:3000/1", download: "bao-cao.docx" }]);
    expect(opened).toEqual([]);
  });

  test("browser-window: our page with the file in the fragment", () => {
    const { e, clicks, opened } = env();
    expect(deliver(bytes, "bao-cao.docx", "browser-window", e)).toEqual({ path: "browser-window" });
    expect(clicks).toEqual([]);
    expect(opened).toHaveLength(1);
    expect(parseReceive(new URL(opened[0]).hash)?.fileName).toBe("bao-cao.docx");
  });

  test("browser-window refuses a file too large for a URL; none says unavailable", () => {
    const { e, opened } = env();
    const big = new Uint8Array(Math.ceil((MAX_RECEIVE_URL * 3) / 4) + 10);
    big[0] = 0x50;
    big[1] = 0x4b;
    expect(deliver(big, "x.docx", "browser-window", e)).toEqual({
      path: "none",
      reason: "too-large",
    });
    expect(opened).toEqual([]);
    expect(deliver(bytes, "x.docx", "none", e)).toEqual({ path: "none", reason: "unavailable" });
  });

  test("anchor caps alone", () => {
    expect(chooseDelivery({ platform: null, openBrowserWindow: false, ...anchor }).primary).toBe(
      "anchor"
    );
  });
});

describe("forgetReceiveUrl: the report leaves the address bar and the history entry", () => {
  /** A window whose history behaves like a browser's, with office.js's nulled instance methods. */
  function fakeWindow(hash: string, prototypeWorks: boolean) {
    const entries = [`/taskpane.html${hash}`];
    const location = {
      pathname: "/taskpane.html",
      search: "",
      hash,
      replace(url: string) {
        entries[entries.length - 1] = url;
        location.hash = url.slice(url.indexOf("#"));
      },
    };
    const history = { replaceState: null, pushState: null } as unknown as History; // as office.js leaves them
    const proto = {
      replaceState(this: History, _state: unknown, _title: string, url: string) {
        if (this !== history) throw new Error("wrong receiver");
        entries[entries.length - 1] = url;
        location.hash = url.includes("#") ? url.slice(url.indexOf("#")) : "";
      },
    } as unknown as History;
    return {
      win: { history, location, History: { prototype: prototypeWorks ? proto : ({} as History) } },
      entries,
    };
  }

  test("with office.js's history.replaceState = null, the prototype's replaceState still clears it", async () => {
    const { receiveUrl: make, forgetReceiveUrl } = await import("../../src/taskpane/delivery");
    const url = make(
      "https://localhost:3000/taskpane.html",
      "bao-cao.docx",
      new Uint8Array([0x50, 0x4b, 3, 4])
    );
    const { win, entries } = fakeWindow(new URL(url).hash, true);
    expect(win.history.replaceState).toBeNull();
    expect(forgetReceiveUrl(win)).toBe("replaceState");
    expect(entries).toEqual(["/taskpane.html"]);
    expect(win.location.hash).toBe("");
  });

  test("without any replaceState, location.replace swaps the entry for one with an empty fragment", async () => {
    const { forgetReceiveUrl } = await import("../../src/taskpane/delivery");
    const { win, entries } = fakeWindow("#tthc-docx&name=a.docx&data=UEsDBA", false);
    expect(forgetReceiveUrl(win)).toBe("location");
    expect(entries).toEqual(["/taskpane.html#"]);
    expect(entries.join("")).not.toContain("data=");
  });
});
