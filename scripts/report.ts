// scripts: CLI entry. `npm run report -- <path> [--compare <older>] --out report.pdf [--csv DIR] [--browser …]`; all logic lives in shared/node/report-cli.ts.
import { runReport } from '../shared/node/report-cli'

runReport(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`LikeTrace stopped unexpectedly: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 2
  },
)
