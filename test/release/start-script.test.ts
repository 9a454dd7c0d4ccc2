// scripts/start.js: what `npm start` says when the on-demand office-addin-debugging cannot be installed.
import * as path from "path";

interface StartScript {
  advice(output: string, platform: string): string[];
  isKeytarFailure(output: string): boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require(path.resolve(__dirname, "../../scripts/start.js")) as StartScript;

// What `npx --yes --loglevel=info office-addin-debugging@7` printed on this machine (no libsecret-1-dev):
// npm hides the install script's own output, only its exit code names keytar.
const NPX_FAILURE = [
  "npm http cache keytar@https://registry.npmjs.org/keytar/-/keytar-7.9.0.tgz 0ms (cache hit)",
  "npm info run keytar@7.9.0 install node_modules/keytar prebuild-install || npm run build",
  "npm info run keytar@7.9.0 install { code: 1, signal: null }",
].join("\n");

const GYP_FAILURE = [
  "npm error path /root/.npm/_npx/abc/node_modules/keytar",
  "npm error command sh -c prebuild-install || node-gyp rebuild",
  "npm error Package libsecret-1 was not found in the pkg-config search path.",
].join("\n");

describe("npm start's advice", () => {
  it("names libsecret-1-dev on Linux when keytar fails to build, in Vietnamese and English", () => {
    const text = start.advice(GYP_FAILURE, "linux").join("\n");
    expect(text).toMatch(/sudo apt-get install -y libsecret-1-dev/);
    expect(text).toMatch(/Không cài được office-addin-debugging/);
    expect(text).toMatch(/Could not install office-addin-debugging/);
  });

  it("recognises npm's own summary of the failed keytar install", () => {
    expect(start.isKeytarFailure(NPX_FAILURE)).toBe(true);
    expect(start.advice(NPX_FAILURE, "linux").join("\n")).toMatch(/libsecret-1-dev/);
  });

  it("says nothing needs installing on Windows and macOS", () => {
    for (const platform of ["win32", "darwin"]) {
      const text = start.advice(GYP_FAILURE, platform).join("\n");
      expect(text).not.toMatch(/apt-get/);
      expect(text).toMatch(/không cần cài thêm gì/);
      expect(text).toMatch(/need nothing extra/);
    }
  });

  it("does not blame libsecret for an unrelated failure", () => {
    expect(start.isKeytarFailure("Error: Excel is not installed")).toBe(false);
    const text = start.advice("Error: Excel is not installed", "linux").join("\n");
    expect(text).not.toMatch(/libsecret/);
    expect(text).toMatch(/Sideloading/);
  });
});
