// scripts: `npm run analyze`. Starts the compiled command line, building it first when it is missing or older than its sources.
import { pathToFileURL } from 'node:url'
import { isBuildFresh } from '../shared/node/build-check.mjs'
import { buildCli, builtCli, CLI_ENTRIES, CLI_SOURCES } from './build-cli.mjs'

const name = process.argv[2] ?? ''
if (!Object.hasOwn(CLI_ENTRIES, name)) {
  console.error(`Usage: node scripts/cli.mjs <${Object.keys(CLI_ENTRIES).join(' | ')}> [arguments]`)
  process.exit(2)
}
// The compiled entry reads its arguments from process.argv.slice(2), as under tsx: drop the command name.
process.argv.splice(2, 1)
const entry = builtCli(name)
if (!isBuildFresh(entry, CLI_SOURCES)) {
  // stderr only: with --json, stdout carries nothing but the JSON document.
  process.stderr.write('Building the command line (its sources changed or it was never built)…\n')
  await buildCli()
}
await import(pathToFileURL(entry).href)
