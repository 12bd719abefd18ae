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
const failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0)
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
