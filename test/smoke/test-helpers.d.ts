// Types of Microsoft's office-addin-test-helpers (installed by scripts/smoke.js at run time).
declare module "office-addin-test-helpers" {
  export function pingTestServer(port?: number): Promise<object>;
  export function sendTestResults(data: object, port?: number): Promise<boolean>;
}
