// scripts: CLI entry. `npm run --silent analyze -- <path> [--json]`; all logic lives in shared/node/analyze-cli.ts.
import { runAnalyze } from '../shared/node/analyze-cli'

runAnalyze(process.argv.slice(2), {
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
