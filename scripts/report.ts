// scripts: CLI entry. `npm run report -- <path> [--compare <older>] --out report.pdf [--csv DIR] [--browser …]`; all logic lives in shared/node/report-cli.ts.
import { runCommand } from '../shared/node/cli-entry'
import { runReport } from '../shared/node/report-cli'

runCommand(runReport)
