// scripts: prints the plain closing line "N passed, N failed" from vitest's JSON report (CI reads it).
import { existsSync, readFileSync } from 'node:fs'

const file = process.argv[2] ?? '.vitest-results.json'
if (!existsSync(file)) {
  console.log('0 passed, 1 failed')
  console.error(`No test report at ${file}: the unit tests did not run.`)
  process.exit(1)
}
const report = JSON.parse(readFileSync(file, 'utf8'))
const passed = report.numPassedTests ?? 0
// A failed test counts once; a test file that failed without a failed test (it did not load, or a hook threw) counts
// once more. numFailedTestSuites would also count every describe block around a failed test.
const files = Array.isArray(report.testResults) ? report.testResults : []
const brokenFiles = files.filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((t) => t.status === 'failed')).length
const failed = (report.numFailedTests ?? 0) + brokenFiles
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
