// shared/core: Electron-free. Settles files TikTok would not have named that way (renamed copies) by name stem or content, and tells the user what each was read as.
import type { InputRole } from './classify-input'
import { isExportTopLevelKey } from './parse/json-export'
import { shownName } from './parse/read-error'
import { decodeHead, firstJsonKey, sniffTxt, withoutCopySuffix } from './parse/sniff'
import type { TxtFileKind } from './parse/txt'
import { txtFileRole } from './parse/txt'
import type { WarningLog } from './parse/warnings'

/** What the user calls each section in a sentence such as `read "x.txt" as your Like list`. */
const READ_AS: Readonly<Record<TxtFileKind, string>> = {
  likes: 'Like list',
  favorites: 'Favourites',
  watchHistory: 'Watch history',
  logins: 'Login history',
  searches: 'Searches',
  shares: 'Share history',
  followers: 'Followers',
  following: 'Following',
  blocked: 'Block list',
  posts: 'Posts',
  deletedPosts: 'Recently deleted posts',
  comments: 'Comments',
  status: 'Status',
  settings: 'Settings',
  profile: 'Profile',
  'activity-summary': 'Activity summary',
}

/** Notes shown in full; the rest are counted. */
const MAX_NOTES = 3

interface Named {
  path: string
  inner: string
}

function baseName(path: string): string {
  return path.split('/').pop() ?? path
}

function stemOf(path: string): string {
  return baseName(path).replace(/\.[a-z0-9]{1,5}$/i, '')
}

/**
 * Turns every `sniff` role into a `json` or `txt` role (or drops it into `ignored`) by the file's first kilobyte
 * (a JSON only when no file is named as the export), drops a copy (`Like List (1).txt`) that sits beside its original, and adds one RENAMED_FILE_READ warning
 * naming what each renamed file was read as. `head` gives a file's first bytes (or fewer, or throws).
 */
export async function settleRenamedFiles<C extends Named>(roles: Map<C, InputRole>, head: (c: C) => Promise<Uint8Array>, ignored: string[], warnings: WarningLog): Promise<void> {
  const notes: string[] = []
  // Content only stands in for a name: beside a file named as the export, another JSON is never taken for it.
  const namedJson = [...roles.values()].some((r) => r.kind === 'json')
  const originals = new Set<string>()
  for (const [c, role] of roles) {
    if (role.kind === 'txt' && withoutCopySuffix(stemOf(c.inner)).suffix === '') originals.add(copyKey(c.inner))
  }
  for (const [c, role] of [...roles]) {
    const shown = `"${shownName(baseName(c.inner))}"`
    if (role.kind === 'txt') {
      const { suffix } = withoutCopySuffix(stemOf(c.inner))
      if (suffix === '') continue
      if (originals.has(copyKey(c.inner))) {
        roles.delete(c)
        ignored.push(c.path)
        warnings.add('COPY_BESIDE_ORIGINAL', 'A copy of a file (such as "Like List (1).txt") sits beside the original; only the original was read.')
        continue
      }
      const kind = txtFileRole(baseName(c.inner))
      if (kind !== null) notes.push(`${shown} was read as your ${READ_AS[kind]} (its name without "${shownName(suffix)}").`)
      continue
    }
    if (role.kind !== 'sniff') continue
    roles.delete(c)
    if (role.format === 'json' && namedJson) {
      ignored.push(c.path)
      continue
    }
    let text: string
    try {
      text = decodeHead(await head(c))
    } catch {
      ignored.push(c.path)
      continue
    }
    if (role.format === 'json') {
      const key = firstJsonKey(text)
      if (key !== null && isExportTopLevelKey(key)) {
        roles.set(c, { kind: 'json' })
        notes.push(`${shown} was read as your TikTok data export (its content is one).`)
      } else ignored.push(c.path)
      continue
    }
    const found = sniffTxt(text, withoutCopySuffix(stemOf(c.inner)).stem)
    if (found === null) {
      ignored.push(c.path)
      continue
    }
    roles.set(c, { kind: 'txt', section: found.kind })
    notes.push(
      found.guessed
        ? `${shown} was read as your ${READ_AS[found.kind]}: its records (a date and a video link) fit a Like list, favourites or watch history alike; rename it "Favorite Videos.txt" or "Watch History.txt" if it is one of those.`
        : `${shown} was read as your ${READ_AS[found.kind]} (by its content).`,
    )
  }
  if (notes.length === 0) return
  const shownNotes = notes.slice(0, MAX_NOTES).join(' ')
  const more = notes.length > MAX_NOTES ? ` ${notes.length - MAX_NOTES} more renamed files were read the same way.` : ''
  warnings.add('RENAMED_FILE_READ', `${shownNotes}${more}`, notes.length)
}

/** Folder + stem without copy suffixes, lower case: a copy and its original share it. */
function copyKey(inner: string): string {
  const dir = inner.includes('/') ? inner.slice(0, inner.lastIndexOf('/') + 1) : ''
  return `${dir}${withoutCopySuffix(stemOf(inner)).stem}`.toLowerCase()
}
