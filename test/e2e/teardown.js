// globalTeardown of the browser tests: stop the static server started by setup.js.
"use strict";

module.exports = async function teardown() {
  const served = globalThis.__E2E_SERVER__;
  if (served) await served.close();
};
