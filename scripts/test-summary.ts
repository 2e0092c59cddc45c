/**
 * Adds up vitest JSON reports (written by `.ci/run`) into the one closing line CI reads:
 * `N passed, N failed, N skipped`.
 */
import { readFile } from 'node:fs/promises'

interface VitestJsonReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
}

const totals = { passed: 0, failed: 0, skipped: 0 }
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(await readFile(file, 'utf8')) as VitestJsonReport
  totals.passed += report.numPassedTests
  totals.failed += report.numFailedTests
  totals.skipped += report.numPendingTests + report.numTodoTests
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
