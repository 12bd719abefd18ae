// shared/core: Electron-free. Recognises renamed TikTok files: copy suffixes in names, and TXT/JSON content told from its first kilobyte.
import type { Field } from './records'
import { fieldForKey } from './records'
import type { TxtFileKind } from './txt'

/** How much of an unknown file is looked at: a few TXT records, or the first key of a JSON export. */
export const SNIFF_BYTES = 1024

/**
 * What browsers and file managers append to a copy (`Like List (1)`, `Favorite Videos - Copie`, `x - Copy (2)`,
 * `x copy`, `x - Kopie`, `x - copia`), possibly more than once. Matched at the end of the stem only.
 */
const COPY_SUFFIX = /(?:\s*\(\d{1,3}\)|\s+-\s+(?:copy|copie|kopie|copia|cópia)(?:\s*\(\d{1,3}\))?|\s+copy(?:\s+\d{1,3})?)$/iu

/** A file's stem without copy suffixes, and the suffix text removed ('' when there was none). */
export function withoutCopySuffix(stem: string): { stem: string; suffix: string } {
  let rest = stem
  for (let i = 0; i < 4; i++) {
    const m = COPY_SUFFIX.exec(rest)
    if (!m || m.index === 0) break
    rest = rest.slice(0, m.index)
  }
  return { stem: rest, suffix: stem.slice(rest.length) }
}

/** Decodes the first bytes of a text file: UTF-16 with a BOM, else UTF-8 (a BOM dropped, a cut character replaced). */
export function decodeHead(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  return new TextDecoder('utf-8').decode(bytes)
}

/** The list a TXT file's first records look like, or null. Fields a record must have beside its date, first match wins. */
const TXT_SIGNATURES: ReadonlyArray<readonly [TxtFileKind, readonly Field[]]> = [
  ['deletedPosts', ['datedeleted']],
  ['logins', ['ip', 'devicemodel', 'devicesystem', 'networktype']],
  ['searches', ['searchterm']],
  ['shares', ['sharedcontent', 'method']],
  ['comments', ['comment']],
  ['posts', ['whocanview', 'title']],
  ['likes', ['link']],
]

export interface TxtSniff {
  kind: TxtFileKind
  /** True when the content alone cannot tell the section (likes, favourites and watch history all hold Date + Link). */
  guessed: boolean
}

/**
 * Recognises a TikTok TXT list from its first lines: `Date:` and another known label in the first record.
 * Date + Link is a like list, favourites or watch history: the name decides if it says (`fav`, `watch`, `brows`),
 * else it is read as likes and reported as a guess.
 */
export function sniffTxt(head: string, stem: string): TxtSniff | null {
  const fields = new Set<Field>()
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') {
      if (fields.size > 0) break
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const field = fieldForKey(line.slice(0, colon))
    if (field !== null) fields.add(field)
  }
  if (!fields.has('date')) return null
  for (const [kind, any] of TXT_SIGNATURES) {
    if (!any.some((f) => fields.has(f))) continue
    if (kind !== 'likes') return { kind, guessed: false }
    const name = stem.toLowerCase()
    if (/fav/.test(name)) return { kind: 'favorites', guessed: false }
    if (/watch|brows|kijk/.test(name)) return { kind: 'watchHistory', guessed: false }
    return { kind: 'likes', guessed: !/like/.test(name) }
  }
  return null
}

/** The first key of a JSON document's top-level object, from its first bytes (BOM and white space allowed), or null. */
export function firstJsonKey(head: string): string | null {
  const m = /^\ufeff?\s*\{\s*"((?:[^"\\]|\\.){1,100})"\s*:/.exec(head)
  if (!m) return null
  try {
    return JSON.parse(`"${m[1] ?? ''}"`) as string
  } catch {
    return null
  }
}
