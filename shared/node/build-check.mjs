// shared/node: Node adapters, in plain JavaScript so a launcher can use it before anything is built. Says whether a build is older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Test files never reach a build, so editing one does not make it stale. */
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/

/** Newest modification time (ms) of a file, or of any file below a folder; 0 when it does not exist. */
export function newestMtime(path) {
  let info
  try {
    info = statSync(path)
  } catch {
    return 0
  }
  if (!info.isDirectory()) return TEST_FILE.test(path) ? 0 : info.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory() || entry.isFile()) newest = Math.max(newest, newestMtime(join(path, entry.name)))
  }
  return newest
}

/**
 * True when `output` exists and nothing in `sources` (files or folders) is newer. Sources that do not exist are
 * skipped, so an installed copy without them just uses its build.
 */
export function isBuildFresh(output, sources) {
  if (!existsSync(output)) return false
  const built = statSync(output).mtimeMs
  return sources.filter((s) => existsSync(s)).every((s) => newestMtime(s) <= built)
}
