// shared/core: Electron-free. Field-level normalisation shared by the JSON and TXT readers: keys, dates, ids, counts, empty values.

/**
 * Canonical form of a key or TXT label: lower case, letters and digits only.
 * `DeviceModel`, `Device Model` and `device_model` all become `devicemodel`; `HashTag Link::` becomes `hashtaglink`.
 */
export function canonicalKey(raw: string): string {
  return raw.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** Strings TikTok writes where a value is missing. */
const EMPTY_VALUES = new Set(['', 'n/a', 'none', 'null', 'undefined', 'n.v.t.', 'nvt'])

/** A trimmed string, or null for TikTok's many spellings of "no value". */
export function cleanText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return EMPTY_VALUES.has(trimmed.toLowerCase()) ? null : trimmed
}

/** A count written as a number or a string (`"58"`, `"1,234"`), or null. Negative counts are kept. */
export function parseCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  const text = cleanText(value)
  if (text === null) return null
  const compact = text.replace(/[,\s\u00a0]/g, '')
  if (!/^[-+]?\d+(\.\d+)?$/.test(compact)) return null
  return Number(compact)
}

const DIGIT0 = 48

function digits(s: string, from: number, count: number): number {
  let n = 0
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - DIGIT0
    if (d < 0 || d > 9) return NaN
    n = n * 10 + d
  }
  return n
}

/**
 * Parses TikTok's `YYYY-MM-DD HH:MM:SS` (optionally with `T`, ` UTC`, ` GMT` or `Z`) as UTC.
 * Returns ms since epoch, or NaN when the text is not such a date.
 */
export function parseTikTokDate(value: unknown): number {
  if (typeof value !== 'string') return NaN
  const s = value.length > 19 ? value.trim() : value
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN
  const year = digits(s, 0, 4)
  const month = digits(s, 5, 2)
  const day = digits(s, 8, 2)
  let hour = 0
  let minute = 0
  let second = 0
  if (s.length > 10) {
    const sep = s.charCodeAt(10)
    if (sep !== 32 && sep !== 84) return NaN
    hour = digits(s, 11, 2)
    minute = digits(s, 14, 2)
    second = s.length >= 19 && s.charCodeAt(16) === 58 ? digits(s, 17, 2) : 0
    if (s.charCodeAt(13) !== 58) return NaN
    const rest = s.slice(s.charCodeAt(16) === 58 ? 19 : 16).trim().toUpperCase()
    if (rest !== '' && rest !== 'UTC' && rest !== 'GMT' && rest !== 'Z' && !/^\.\d+Z?$/.test(rest)) return NaN
  }
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60)) return NaN
  const ms = Date.UTC(year, month - 1, day, hour, minute, second)
  return new Date(ms).getUTCDate() === day ? ms : NaN
}

/** Dates at or before the Unix epoch are TikTok's "no date" sentinel (`1969-12-31 23:59:59`). */
export function isSentinelDate(ms: number): boolean {
  return ms <= 0
}

const VIDEO_ID = /\/(?:video|v)\/(\d{5,25})(?:[/?#.]|$)/

/** The decimal video id in a TikTok link (`…/share/video/<id>/`, `…/@user/video/<id>`), or null. */
export function videoIdFromLink(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const m = VIDEO_ID.exec(value)
  return m ? (m[1] ?? null) : null
}

/**
 * A TikTok video id carries its upload time: the top 32 bits are seconds since the epoch.
 * Ids exceed 2^53, so this goes through BigInt. Returns ms, or null for an id that is not a number.
 */
export function uploadTimeFromVideoId(videoId: string): number | null {
  if (!/^\d{1,25}$/.test(videoId)) return null
  const seconds = Number(BigInt(videoId) >> 32n)
  return seconds > 0 ? seconds * 1000 : null
}

/** ISO-8601 UTC with `Z`, or null. */
export function isoOrNull(ms: number | null | undefined): string | null {
  return ms == null || !Number.isFinite(ms) ? null : new Date(ms).toISOString()
}

const SIGNED_URL_STAMP = /[?&]l=(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/
const SIGNED_URL_EXPIRY = /[?&]x-expires=(\d{10})(?!\d)/
/** Signed links expire about two days after they are minted (real gen-B sample: minted 2024-12-13 07:20, expires 12-15 07:00). */
const SIGNED_URL_LIFETIME_MS = 2 * 86_400_000

/**
 * When a signed TikTok CDN URL was minted, or null. Signed URLs are minted when the export is made, so they date
 * it (export-format.md §1.1): the log id `l=YYYYMMDDhhmmss…` is exact; without one, `x-expires` minus the usual lifetime.
 */
export function signedUrlTime(text: string): number | null {
  const m = SIGNED_URL_STAMP.exec(text)
  if (m) {
    const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number]
    const ms = Date.UTC(y, mo - 1, d, h, mi, s)
    if (Number.isFinite(ms) && ms > Date.UTC(2016, 0, 1) && mo >= 1 && mo <= 12) return ms
  }
  const x = SIGNED_URL_EXPIRY.exec(text)
  if (x) {
    const ms = Number(x[1]) * 1000 - SIGNED_URL_LIFETIME_MS
    if (ms > Date.UTC(2016, 0, 1)) return ms
  }
  return null
}
