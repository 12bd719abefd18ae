// shared/core/policy: Electron-free. Path containment for the app:// handler and the shape of import paths coming from the renderer.
import path from 'node:path'

/** Import paths per call: a few files or folders; a flood is not a user dropping an export. */
export const MAX_IMPORT_PATHS = 50
/** Longest path accepted (Windows long paths go to 32 767, but no export sits that deep). */
export const MAX_PATH_LENGTH = 4096

type PathFlavour = typeof path.posix

/**
 * Maps an `app://` URL pathname (still percent-encoded) to a file inside `root`, or null.
 * Threats: `..` and `%2e%2e%2f` traversal, absolute paths (`//etc/passwd`, `C:\…`), backslash separators that only
 * Windows honours, NUL bytes that truncate paths in native code, and a sibling such as `out/renderer-evil/` that a
 * string-prefix check would accept. Containment is decided by `path.relative` (Electron's protocol docs), never by
 * comparing string prefixes. The pathname is decoded exactly once, so `%252e` stays a literal `%2e`.
 */
export function resolveInside(root: string, requestPath: string, flavour: PathFlavour = path): string | null {
  if (typeof root !== 'string' || typeof requestPath !== 'string' || root === '' || requestPath.length > MAX_PATH_LENGTH) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(requestPath)
  } catch {
    return null
  }
  if (/[\0\\]/.test(decoded)) return null
  const segments = decoded.split('/')
  // A URL pathname starts with one '/': drop that empty segment; any other empty segment ('//x', 'a//b') is refused.
  if (segments[0] === '') segments.shift()
  if (segments.length === 0) return null
  for (const segment of segments) {
    // '..' anywhere, '.', empty segments and ':' (drive letters, NTFS streams such as `index.html::$DATA`) are never in our build output.
    if (segment === '' || segment === '.' || segment === '..' || /[:]/.test(segment)) return null
  }
  const base = flavour.resolve(root)
  const target = flavour.resolve(base, ...segments)
  const rel = flavour.relative(base, target)
  if (rel === '' || flavour.isAbsolute(rel) || rel.split(flavour.sep)[0] === '..') return null
  return target
}

/** True for a Windows path rooted at a drive letter (`C:\…`); refuses UNC (`\\host\share`), device (`\\?\`, `\\.\`) and drive-less (`\x`) roots. */
function isWindowsDrivePath(p: string): boolean {
  return /^[A-Za-z]:[\\/]$/.test(path.win32.parse(p).root)
}

/**
 * The renderer's import paths, or null when anything is off: an array of 1–50 strings, each absolute, without NUL,
 * at most 4096 characters. On Windows only drive paths pass: a UNC path (`\\attacker\share\x.zip`) would make the
 * main process contact another machine and hand it the user's NTLM credentials. Files are checked again when read.
 */
export function validateImportPaths(value: unknown, flavour: PathFlavour = path): string[] | null {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_IMPORT_PATHS) return null
  const out: string[] = []
  for (const item of value as unknown[]) {
    if (typeof item !== 'string' || item.length === 0 || item.length > MAX_PATH_LENGTH || /\0/.test(item)) return null
    if (!flavour.isAbsolute(item)) return null
    if (flavour.sep === '\\' && !isWindowsDrivePath(item)) return null
    out.push(item)
  }
  return out
}
