// Prints one plain closing line after everything jest prints, e.g.
// "tests: 42 passed, 0 failed, 1 skipped", so that a run's outcome can be
// read from its last line without knowing jest's format. Jest adds its own
// summary after every custom reporter, hence the write at process exit.
// A suite that failed to load counts as one failed test: it ran nothing and
// must not look green.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `\ntests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}
