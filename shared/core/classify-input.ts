// shared/core: Electron-free. Decides from its name what each file in an export is, and which names are noise or hostile.
import { withoutCopySuffix } from './parse/sniff'
import type { TxtFileKind } from './parse/txt'
import { txtFileRole } from './parse/txt'

export type InputRole =
  | { kind: 'json' | 'studio' | 'xlsx' }
  /** `section`: the list the content was recognised as, when the name does not say. */
  | { kind: 'txt'; section?: TxtFileKind }
  /** A `.json` or `.txt` whose name TikTok never uses: its first kilobyte decides. */
  | { kind: 'sniff'; format: 'json' | 'txt' }
  | { kind: 'ignore'; silent: boolean; warning?: { code: string; message: string } }

/**
 * `user_data_tiktok.json`, `user_data.json`, once copy suffixes (`user_data_tiktok (1).json`, `user_data - Copy.json`)
 * are removed. ASCII only, so a look-alike never matches.
 */
const EXPORT_JSON = /^user_data(?:_tiktok)?$/i

/** Files operating systems add to archives and folders. */
const NOISE = /^(?:\.ds_store|thumbs\.db|desktop\.ini)$/i

const SUSPICIOUS = { code: 'SUSPICIOUS_ENTRY_NAME', message: 'Files with unsafe names (such as "../" or absolute paths) were ignored.' }
const NESTED_ZIP = { code: 'NESTED_ZIP_IGNORED', message: 'A zip inside the archive was not opened; drop it on its own if it holds data.' }

/**
 * A zip entry's name as the reader uses it. TikTok's 2022 TXT zips store `/Activity/Likes.txt`: a leading `/`
 * names nothing outside the archive once stripped (nothing is ever extracted to disk), so it is dropped here and
 * the rest is judged by `isSuspiciousName` like any other name: `/../x`, `/C:/x` and `/a/../b` stay refused.
 */
export function zipEntryPath(name: string): string {
  let start = 0
  while (start < name.length && name.charCodeAt(start) === 0x2f) start++
  return start === 0 ? name : name.slice(start)
}

/** A name that tries to leave its folder, is absolute, or is unreasonably long: never treated as an export file. */
export function isSuspiciousName(name: string): boolean {
  return (
    name.length > 1024 ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[a-z]:/i.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.')
  )
}

/**
 * Classifies one file by its path inside the archive or dropped folder.
 * `bareFile`: the user dropped this one file, so any `.json` is taken as the export.
 */
export function classifyInput(innerPath: string, options: { bareFile: boolean; insideZip: boolean }): InputRole {
  if (isSuspiciousName(innerPath)) return { kind: 'ignore', silent: false, warning: SUSPICIOUS }
  const parts = innerPath.split('/')
  const base = parts[parts.length - 1] ?? ''
  if (parts.some((p) => p === '__MACOSX') || base.startsWith('._') || NOISE.test(base) || base === '') return { kind: 'ignore', silent: true }
  const ext = /\.([a-z0-9]{1,5})$/i.exec(base)?.[1]?.toLowerCase()
  switch (ext) {
    case 'json':
      return options.bareFile || EXPORT_JSON.test(withoutCopySuffix(base.slice(0, -'.json'.length)).stem) ? { kind: 'json' } : { kind: 'sniff', format: 'json' }
    case 'txt':
      return txtFileRole(base) !== null ? { kind: 'txt' } : { kind: 'sniff', format: 'txt' }
    case 'csv':
      return { kind: 'studio' }
    case 'xlsx':
      return { kind: 'xlsx' }
    case 'zip':
      return options.insideZip ? { kind: 'ignore', silent: false, warning: NESTED_ZIP } : { kind: 'ignore', silent: false }
    default:
      return { kind: 'ignore', silent: false }
  }
}
