// Closing line of npm run test:e2e: "N passed, N failed, N skipped". Every browser test runs;
// a skipped one (only ever by -t filtering) is counted, never hidden.
"use strict";

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failedSuites = results.testResults.filter(
      (f) => f.testExecError || f.failureMessage
    ).length;
    const lines = [""];
    if (failedSuites > 0 && results.numFailedTests === 0)
      lines.push(`[e2e] ${failedSuites} test file(s) failed to run (see above).`);
    const failed = results.numFailedTests + (results.numFailedTests === 0 ? failedSuites : 0);
    const skipped = results.numPendingTests + results.numTodoTests;
    lines.push(
      `${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "")
    );
    console.log(lines.join("\n"));
  }
}

module.exports = SummaryReporter;
