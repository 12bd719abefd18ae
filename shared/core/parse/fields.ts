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

const DAY_MS = 86_400_000

/** The digit value of a byte; anything but 0-9 gives a value outside 0-9 (checked by the caller). */
const digitAt = (buf: Uint8Array, at: number): number => (buf[at] as number) - DIGIT0

/**
 * Fast path of parseTikTokDate for the bytes of a JSON string body (ASCII, no quotes): exactly
 * `YYYY-MM-DD HH:MM:SS` (or `T`), year 1970 or later, second below 60. Returns the same ms as parseTikTokDate
 * for those, and NaN for everything else, which the caller must then read with parseTikTokDate (it may still
 * be a date: suffixes, leap seconds, old years). Arithmetic only: no string, no Date object.
 */
export function parseTikTokDateBytes(buf: Uint8Array, start: number, end: number): number {
  if (end - start !== 19) return NaN
  const sep = buf[start + 10]
  if (buf[start + 4] !== 45 || buf[start + 7] !== 45 || (sep !== 32 && sep !== 84) || buf[start + 13] !== 58 || buf[start + 16] !== 58) return NaN
  const d0 = digitAt(buf, start), d1 = digitAt(buf, start + 1), d2 = digitAt(buf, start + 2), d3 = digitAt(buf, start + 3)
  const d5 = digitAt(buf, start + 5), d6 = digitAt(buf, start + 6), d8 = digitAt(buf, start + 8), d9 = digitAt(buf, start + 9)
  const d11 = digitAt(buf, start + 11), d12 = digitAt(buf, start + 12), d14 = digitAt(buf, start + 14), d15 = digitAt(buf, start + 15)
  const d17 = digitAt(buf, start + 17), d18 = digitAt(buf, start + 18)
  // One unsigned test per digit: anything outside 0-9 becomes a large number.
  if ((d0 >>> 0) > 9 || (d1 >>> 0) > 9 || (d2 >>> 0) > 9 || (d3 >>> 0) > 9 || (d5 >>> 0) > 9 || (d6 >>> 0) > 9 || (d8 >>> 0) > 9 || (d9 >>> 0) > 9) return NaN
  if ((d11 >>> 0) > 9 || (d12 >>> 0) > 9 || (d14 >>> 0) > 9 || (d15 >>> 0) > 9 || (d17 >>> 0) > 9 || (d18 >>> 0) > 9) return NaN
  const hour = d11 * 10 + d12
  const minute = d14 * 10 + d15
  const second = d17 * 10 + d18
  if (hour > 23 || minute > 59 || second > 59) return NaN
  const dayKey = ((((d0 * 10 + d1) * 10 + d2) * 10 + d3) * 100 + d5 * 10 + d6) * 100 + d8 * 10 + d9
  if (dayKey !== lastDay.key) {
    const start = dayStartMs(d0 * 1000 + d1 * 100 + d2 * 10 + d3, d5 * 10 + d6, d8 * 10 + d9)
    if (Number.isNaN(start)) return NaN
    lastDay.key = dayKey
    lastDay.start = start
  }
  return lastDay.start + hour * 3_600_000 + minute * 60_000 + second * 1000
}

/**
 * The last day parseTikTokDateBytes turned into ms (key yyyymmdd): lists run in date order, so rows in a row share a
 * day and skip the calendar arithmetic. A memo of a pure function: it never changes a result.
 */
const lastDay = { key: -1, start: 0 }

/** Start of a UTC day in ms since the epoch, NaN for a day that does not exist or lies before 1970. */
function dayStartMs(year: number, month: number, day: number): number {
  if (year < 1970 || month < 1 || month > 12 || day < 1) return NaN
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const monthDays = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  if (day > monthDays) return NaN
  // Days since 1970-01-01 (civil-from-days inverse, proleptic Gregorian like Date.UTC).
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return (era * 146_097 + doe - 719_468) * DAY_MS
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
 * videoIdFromLink over the bytes of an ASCII string body buf[start, end): where the id it would return starts,
 * or -1. The id runs to the first non-digit. Mirrors VIDEO_ID exactly: the leftmost `/video/` or `/v/` followed
 * by a run of 5–25 digits that ends the text or is followed by one of `/?#.` (a longer run fails, as the greedy
 * `\d{5,25}` then meets a digit). Lets likes skip building the link string; the caller copies the id out itself,
 * so it does not keep the whole link alive as a regex capture would (about 10 MB for 200,000 likes).
 */
export function videoIdStartBytes(buf: Uint8Array, start: number, end: number): number {
  // A byte loop, not indexOf: a link holds five slashes in 60 bytes, and a native call per slash costs more than the scan.
  for (let p = start; p < end; p++) {
    if (buf[p] !== SLASH) continue
    let q = -1
    if (p + 6 < end && buf[p + 1] === 0x76 && buf[p + 2] === 0x69 && buf[p + 3] === 0x64 && buf[p + 4] === 0x65 && buf[p + 5] === 0x6f && buf[p + 6] === SLASH) q = p + 7
    else if (p + 2 < end && buf[p + 1] === 0x76 && buf[p + 2] === SLASH) q = p + 3
    if (q < 0) continue
    let r = q
    while (r < end && (buf[r] as number) >= DIGIT0 && (buf[r] as number) <= DIGIT0 + 9) r++
    const after = r < end ? (buf[r] as number) : -1
    if (r - q >= 5 && r - q <= 25 && (after === -1 || after === SLASH || after === 0x3f || after === 0x23 || after === 0x2e)) return q
  }
  return -1
}

const SLASH = 0x2f

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
