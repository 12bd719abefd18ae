// scripts: CLI entry. `npm run --silent analyze -- <path> [--compare <older>] [--store DIR] [--json]`; all logic lives in shared/node/analyze-cli.ts.
import { runAnalyze } from '../shared/node/analyze-cli'
import { runCommand } from '../shared/node/cli-entry'

runCommand(runAnalyze)
