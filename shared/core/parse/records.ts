// shared/core: Electron-free. Maps one list item (a JSON object or a TXT record) to canonical fields, whatever its key casing, spelling or language.
import { canonicalKey } from './fields'

/** The fields the reader understands. Values are what TikTok wrote, untouched. */
export type Field =
  | 'date'
  | 'link'
  | 'username'
  | 'ip'
  | 'devicemodel'
  | 'devicesystem'
  | 'networktype'
  | 'carrier'
  | 'searchterm'
  | 'sharedcontent'
  | 'method'
  | 'likes'
  | 'title'
  | 'whocanview'
  | 'datedeleted'
  | 'comment'
  | 'appversion'
  | 'resolution'
  | 'uid'

/** A record keyed by our own field names only (never by user-controlled keys). */
export type CanonicalRecord = Partial<Record<Field, unknown>>

/**
 * Key and label spellings seen in real exports (canonicalised: lower case, letters and digits only),
 * plus the Dutch TXT labels. Another language is a new row here, not new code.
 */
const FIELD_ALIASES: ReadonlyArray<readonly [Field, readonly string[]]> = [
  ['date', ['date', 'datum', 'time']],
  ['link', ['link', 'videolink', 'koppeling']],
  ['username', ['username', 'gebruikersnaam']],
  ['ip', ['ip', 'ipadres', 'ipaddress']],
  ['devicemodel', ['devicemodel', 'apparaatmodel']],
  ['devicesystem', ['devicesystem', 'apparaatsysteem']],
  ['networktype', ['networktype', 'netwerktype']],
  ['carrier', ['carrier', 'provider', 'mobieleprovider']],
  ['searchterm', ['searchterm', 'zoekterm']],
  ['sharedcontent', ['sharedcontent', 'gedeeldeinhoud']],
  ['method', ['method', 'methode']],
  ['likes', ['likes', 'vindikleuks']],
  ['title', ['title', 'titel']],
  ['whocanview', ['whocanview']],
  ['datedeleted', ['datedeleted']],
  ['comment', ['comment', 'reactie', 'opmerking']],
  ['appversion', ['appversion']],
  ['resolution', ['resolution', 'screenresolution']],
  ['uid', ['uid']],
]

const FIELD_BY_ALIAS: ReadonlyMap<string, Field> = new Map(FIELD_ALIASES.flatMap(([field, aliases]) => aliases.map((a) => [a, field] as const)))

/** Raw key → field (or null), cached: real exports repeat a handful of keys millions of times. */
const rawKeyCache = new Map<string, Field | null>()
const RAW_KEY_CACHE_LIMIT = 4096

export function fieldForKey(raw: string): Field | null {
  const hit = rawKeyCache.get(raw)
  if (hit !== undefined) return hit
  const field = FIELD_BY_ALIAS.get(canonicalKey(raw)) ?? null
  if (rawKeyCache.size < RAW_KEY_CACHE_LIMIT) rawKeyCache.set(raw, field)
  return field
}

/** Canonical record of a parsed JSON list item. Non-objects give null. The first spelling of a field wins. */
export function recordFromObject(item: unknown): CanonicalRecord | null {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return null
  const rec: CanonicalRecord = Object.create(null) as CanonicalRecord
  const source = item as Record<string, unknown>
  for (const key of Object.keys(source)) {
    const field = fieldForKey(key)
    if (field !== null && rec[field] === undefined) rec[field] = source[key]
  }
  return rec
}
