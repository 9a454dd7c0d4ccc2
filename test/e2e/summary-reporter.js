// Closing lines of npm run test:e2e: the tests kept out of the run because a task pane view they
// drive is not there yet (never silently), then "N passed, N failed".
"use strict";

class SummaryReporter {
  onRunComplete(_contexts, results) {
    // Tests kept out by test/e2e/waiting.ts carry "[WAITING for" in their name; other skips are
    // tests filtered out with -t.
    const waiting = [];
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        if ((t.status === "pending" || t.status === "skipped") && t.fullName.includes("[WAITING for")) waiting.push(t.fullName);
      }
    }
    const failedSuites = results.testResults.filter((f) => f.testExecError || f.failureMessage).length;
    const lines = [""];
    if (waiting.length > 0) {
      lines.push(`[e2e] ${waiting.length} test(s) NOT RUN, waiting for task pane views that are not there yet:`);
      for (const name of waiting) lines.push(`  - ${name}`);
    }
    if (failedSuites > 0 && results.numFailedTests === 0) lines.push(`[e2e] ${failedSuites} test file(s) failed to run (see above).`);
    const failed = results.numFailedTests + (results.numFailedTests === 0 ? failedSuites : 0);
    lines.push(`${results.numPassedTests} passed, ${failed} failed`);
    console.log(lines.join("\n"));
  }
}

module.exports = SummaryReporter;
