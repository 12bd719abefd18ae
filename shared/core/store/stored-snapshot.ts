// shared/core: Electron-free. The compact, JSON-safe form of a snapshot that the import store keeps, and its strict, never-throwing reader.
import type { ExportFormat, Generation, InputFileInfo, SectionName } from '@shared/contract/model'
import { SECTION_NAMES } from '@shared/contract/model'
import type { Warning } from '@shared/contract/result'
import type { ExportSnapshot, LoginRow, PostRow, StatusInfo, StudioData, StudioDay, StudioVideo, UserRow } from '../snapshot'
import { VideoList } from '../video-list'

export const STORED_SNAPSHOT_KIND = 'liketrace.snapshot'
export const STORED_SNAPSHOT_VERSION = 1

/** Largest |ms| a JS Date accepts: past it `toISOString()` throws, so a stored time beyond it would crash the summary. */
const MAX_TIME_MS = 8.64e15
/**
 * More rows than any export can hold (the reader stops at 4 GiB of input, and the smallest row is ~30 bytes).
 * JSON.parse has already built the arrays, so this is not about memory; it bounds the work a hostile file can ask for.
 */
const MAX_ROWS = 200_000_000

/**
 * Times, oldest first in practice but any order is kept exactly. Reader times are whole seconds, so they are stored as
 * integer second deltas (a watch-history row costs 1–3 bytes); whole ms use ms deltas; anything else is kept raw.
 */
export type StoredTimesV1 = { unit: 's' | 'ms'; deltas: number[] } | { unit: 'raw'; values: number[] }

/** A count. JSON has no NaN, ±Infinity or −0, and `parseCount` can produce them from odd text ("1e999" digits, "-0"). */
export type StoredNumber = number | 'NaN' | 'Infinity' | '-Infinity' | '-0'

/** Parallel arrays: `videoId[i]` was liked at `at[i]`. */
export interface StoredVideosV1 {
  at: StoredTimesV1
  videoId: string[]
}

export interface StoredLoginsV1 {
  at: StoredTimesV1
  ip: Array<string | null>
  deviceModel: Array<string | null>
  deviceSystem: Array<string | null>
  networkType: Array<string | null>
  carrier: Array<string | null>
}

export interface StoredUsersV1 {
  at: StoredTimesV1
  username: Array<string | null>
}

export interface StoredPostsV1 {
  at: StoredTimesV1
  videoId: Array<string | null>
  likes: Array<StoredNumber | null>
  title: Array<string | null>
  whoCanView: Array<string | null>
  deletedAt: Array<number | null>
}

const STUDIO_DAY_NUMBERS = [
  'videoViews',
  'profileViews',
  'likes',
  'comments',
  'shares',
  'followers',
  'followerDiffNext',
  'totalViewers',
  'newViewers',
  'returningViewers',
] as const satisfies ReadonlyArray<keyof StudioDay>

type StudioDayNumber = (typeof STUDIO_DAY_NUMBERS)[number]

export type StoredStudioDaysV1 = { date: string[]; at: StoredTimesV1 } & Record<StudioDayNumber, Array<StoredNumber | null>>

const STUDIO_VIDEO_NUMBERS = ['likes', 'comments', 'shares', 'views'] as const satisfies ReadonlyArray<keyof StudioVideo>

type StudioVideoNumber = (typeof STUDIO_VIDEO_NUMBERS)[number]

export type StoredStudioVideosV1 = {
  videoId: Array<string | null>
  title: string[]
  link: string[]
  postedAt: Array<number | null>
} & Record<StudioVideoNumber, Array<StoredNumber | null>>

export interface StoredStudioV1 {
  days: StoredStudioDaysV1
  videos: StoredStudioVideosV1
  followerGender: Array<[string, StoredNumber]>
  followerTerritories: Array<[string, StoredNumber]>
  files: string[]
}

/**
 * What the store keeps of one export. Searches, shares and comments keep only their times: their text is private and
 * no detector reads it, but their counts and spans still show in the summary. Maps are [key, value] pairs because
 * their keys come from the export and must never become object keys.
 */
export interface StoredSnapshotV1 {
  kind: typeof STORED_SNAPSHOT_KIND
  version: typeof STORED_SNAPSHOT_VERSION
  format: ExportFormat
  generation: Generation | null
  exportedAt: number | null
  exportedAtSource: ExportSnapshot['exportedAtSource']
  partial: boolean
  missingCategories: string[]
  files: InputFileInfo[]
  /** A count. Stores written before counts held the skipped files' names; they are read back as their number. */
  ignoredFiles: number
  sectionsPresent: SectionName[]
  likes: StoredVideosV1
  favorites: StoredVideosV1
  watchTimes: StoredTimesV1
  logins: StoredLoginsV1
  searches: StoredTimesV1
  shares: StoredTimesV1
  followers: StoredUsersV1
  following: StoredUsersV1
  blocked: StoredUsersV1
  posts: StoredPostsV1
  deletedPosts: StoredPostsV1
  comments: StoredTimesV1
  settings: Array<[string, string]>
  activitySummary: Array<[string, StoredNumber]>
  profile: {
    username: string | null
    displayName: string | null
    likesReceived: StoredNumber | null
    followerCount: StoredNumber | null
    followingCount: StoredNumber | null
  }
  status: StatusInfo
  studio: StoredStudioV1 | null
  warnings: Warning[]
}

/** Every key in its canonical order: serialisers that write or hash field by field (the import store) follow it. */
export const STORED_SNAPSHOT_KEYS = [
  'kind',
  'version',
  'format',
  'generation',
  'exportedAt',
  'exportedAtSource',
  'partial',
  'missingCategories',
  'files',
  'ignoredFiles',
  'sectionsPresent',
  'likes',
  'favorites',
  'watchTimes',
  'logins',
  'searches',
  'shares',
  'followers',
  'following',
  'blocked',
  'posts',
  'deletedPosts',
  'comments',
  'settings',
  'activitySummary',
  'profile',
  'status',
  'studio',
  'warnings',
] as const satisfies ReadonlyArray<keyof StoredSnapshotV1>

// Fails to compile if a field of StoredSnapshotV1 is missing from the key list.
const _allKeysListed: [Exclude<keyof StoredSnapshotV1, (typeof STORED_SNAPSHOT_KEYS)[number]>] extends [never] ? true : false = true
void _allKeysListed

// ---------------------------------------------------------------------------------------------------------------
// Encoding

function encodeNumber(n: number): StoredNumber {
  if (Number.isNaN(n)) return 'NaN'
  if (n === Infinity) return 'Infinity'
  if (n === -Infinity) return '-Infinity'
  if (Object.is(n, -0)) return '-0'
  return n
}

const encodeNullableNumber = (n: number | null): StoredNumber | null => (n === null ? null : encodeNumber(n))

function isTime(t: number): boolean {
  return Math.abs(t) <= MAX_TIME_MS
}

function checkTime(t: number): number {
  // A time no Date can show is a bug upstream; storing it would only move the crash to the next launch.
  if (!isTime(t)) throw new RangeError(`Cannot store ${t} as a time.`)
  return t
}

function encodeTimes(times: ArrayLike<number>): StoredTimesV1 {
  const n = times.length
  let integral = true
  let seconds = true
  for (let i = 0; i < n; i++) {
    const t = checkTime(times[i] as number)
    if (!Number.isInteger(t) || Object.is(t, -0)) integral = false
    else if (t % 1000 !== 0) seconds = false
  }
  if (integral) {
    const unit = seconds ? 1000 : 1
    const deltas = new Array<number>(n)
    let prev = 0
    let exact = true
    for (let i = 0; i < n; i++) {
      const v = (times[i] as number) / unit
      const d = v - prev
      // Out-of-order extremes can make a difference exceed 2^53; such columns are kept raw rather than rounded.
      if (!Number.isSafeInteger(d)) {
        exact = false
        break
      }
      deltas[i] = d
      prev = v
    }
    if (exact) return { unit: seconds ? 's' : 'ms', deltas }
  }
  return { unit: 'raw', values: Array.from(times) }
}

function encodeVideos(list: VideoList): StoredVideosV1 {
  // Made here and let go: `ids()` would keep every id on the snapshot for as long as it lives.
  const videoId = new Array<string>(list.length)
  for (let i = 0; i < list.length; i++) videoId[i] = list.idAt(i)
  return { at: encodeTimes(list.times), videoId }
}

function encodeUsers(rows: readonly UserRow[]): StoredUsersV1 {
  return { at: encodeTimes(rows.map((r) => r.at)), username: rows.map((r) => r.username) }
}

function encodePosts(rows: readonly PostRow[]): StoredPostsV1 {
  return {
    at: encodeTimes(rows.map((r) => r.at)),
    videoId: rows.map((r) => r.videoId),
    likes: rows.map((r) => encodeNullableNumber(r.likes)),
    title: rows.map((r) => r.title),
    whoCanView: rows.map((r) => r.whoCanView),
    deletedAt: rows.map((r) => (r.deletedAt === null ? null : checkTime(r.deletedAt))),
  }
}

function encodeStudio(studio: StudioData): StoredStudioV1 {
  const days = { date: studio.days.map((d) => d.date), at: encodeTimes(studio.days.map((d) => d.at)) } as StoredStudioDaysV1
  for (const key of STUDIO_DAY_NUMBERS) days[key] = studio.days.map((d) => encodeNullableNumber(d[key]))
  const videos = {
    videoId: studio.videos.map((v) => v.videoId),
    title: studio.videos.map((v) => v.title),
    link: studio.videos.map((v) => v.link),
    postedAt: studio.videos.map((v) => (v.postedAt === null ? null : checkTime(v.postedAt))),
  } as StoredStudioVideosV1
  for (const key of STUDIO_VIDEO_NUMBERS) videos[key] = studio.videos.map((v) => encodeNullableNumber(v[key]))
  const shares = (list: StudioData['followerGender']): Array<[string, StoredNumber]> => list.map((s) => [s.label, encodeNumber(s.share)])
  return { days, videos, followerGender: shares(studio.followerGender), followerTerritories: shares(studio.followerTerritories), files: [...studio.files] }
}

/** The compact form of a snapshot. Throws RangeError only for a time no Date can hold (the reader never makes one). */
export function toStoredSnapshot(snapshot: ExportSnapshot): StoredSnapshotV1 {
  const p = snapshot.profile
  return {
    kind: STORED_SNAPSHOT_KIND,
    version: STORED_SNAPSHOT_VERSION,
    format: snapshot.format,
    generation: snapshot.generation,
    exportedAt: snapshot.exportedAt === null ? null : checkTime(snapshot.exportedAt),
    exportedAtSource: snapshot.exportedAtSource,
    partial: snapshot.partial,
    missingCategories: [...snapshot.missingCategories],
    files: snapshot.files.map((f) => ({ path: f.path, role: f.role, bytes: f.bytes })),
    ignoredFiles: snapshot.ignoredFileCount,
    sectionsPresent: [...snapshot.sectionsPresent],
    likes: encodeVideos(snapshot.likes),
    favorites: encodeVideos(snapshot.favorites),
    watchTimes: encodeTimes(snapshot.watchTimes),
    logins: {
      at: encodeTimes(snapshot.logins.map((r) => r.at)),
      ip: snapshot.logins.map((r) => r.ip),
      deviceModel: snapshot.logins.map((r) => r.deviceModel),
      deviceSystem: snapshot.logins.map((r) => r.deviceSystem),
      networkType: snapshot.logins.map((r) => r.networkType),
      carrier: snapshot.logins.map((r) => r.carrier),
    },
    searches: encodeTimes(snapshot.searches.map((r) => r.at)),
    shares: encodeTimes(snapshot.shares.map((r) => r.at)),
    followers: encodeUsers(snapshot.followers),
    following: encodeUsers(snapshot.following),
    blocked: encodeUsers(snapshot.blocked),
    posts: encodePosts(snapshot.posts),
    deletedPosts: encodePosts(snapshot.deletedPosts),
    comments: encodeTimes(snapshot.comments.map((r) => r.at)),
    settings: [...snapshot.settings],
    activitySummary: [...snapshot.activitySummary].map(([k, v]) => [k, encodeNumber(v)]),
    profile: {
      username: p.username,
      displayName: p.displayName,
      likesReceived: encodeNullableNumber(p.likesReceived),
      followerCount: encodeNullableNumber(p.followerCount),
      followingCount: encodeNullableNumber(p.followingCount),
    },
    status: { appVersion: snapshot.status.appVersion, resolution: snapshot.status.resolution, uid: snapshot.status.uid },
    studio: snapshot.studio === null ? null : encodeStudio(snapshot.studio),
    warnings: snapshot.warnings.map((w) => ({ code: w.code, message: w.message, count: w.count })),
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Decoding: every value is checked; the first bad one aborts with Invalid, which fromStoredSnapshot turns into null.

class Invalid extends Error {}

function invalid(): never {
  throw new Invalid()
}

/**
 * A plain object with exactly these own keys. Extra keys are refused, which also refuses a `__proto__` own key
 * (JSON.parse makes one) before anything could copy it onto a prototype.
 */
function obj<K extends string>(x: unknown, keys: readonly K[]): Record<K, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) invalid()
  const proto: unknown = Object.getPrototypeOf(x)
  if (proto !== Object.prototype && proto !== null) invalid()
  const own = Reflect.ownKeys(x)
  if (own.length !== keys.length) invalid()
  for (const k of keys) if (!Object.prototype.hasOwnProperty.call(x, k)) invalid()
  return x as Record<K, unknown>
}

function arr(x: unknown, length?: number): readonly unknown[] {
  if (!Array.isArray(x) || x.length > MAX_ROWS) invalid()
  if (length !== undefined && x.length !== length) invalid()
  return x
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : invalid()
}

function strOrNull(x: unknown): string | null {
  return x === null ? null : str(x)
}

function bool(x: unknown): boolean {
  return typeof x === 'boolean' ? x : invalid()
}

function oneOf<T extends string>(x: unknown, values: readonly T[]): T {
  return typeof x === 'string' && (values as readonly string[]).includes(x) ? (x as T) : invalid()
}

function finite(x: unknown): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : invalid()
}

function time(x: unknown): number {
  const t = finite(x)
  return isTime(t) ? t : invalid()
}

function timeOrNull(x: unknown): number | null {
  return x === null ? null : time(x)
}

function storedNumber(x: unknown): number {
  if (typeof x === 'number') return finite(x)
  switch (x) {
    case 'NaN':
      return NaN
    case 'Infinity':
      return Infinity
    case '-Infinity':
      return -Infinity
    case '-0':
      return -0
    default:
      return invalid()
  }
}

function storedNumberOrNull(x: unknown): number | null {
  return x === null ? null : storedNumber(x)
}

function column<T>(x: unknown, length: number, item: (v: unknown) => T): T[] {
  const list = arr(x, length)
  const out = new Array<T>(length)
  for (let i = 0; i < length; i++) out[i] = item(list[i])
  return out
}

function list<T>(x: unknown, item: (v: unknown) => T): T[] {
  return column(x, arr(x).length, item)
}

/** The skipped-file count: a non-negative integer, or (stores written before counts) the list of names, of which only the length is kept. */
function ignoredCount(x: unknown): number {
  if (Array.isArray(x)) return list(x, str).length
  const n = finite(x)
  return Number.isSafeInteger(n) && n >= 0 ? n : invalid()
}

function decodeTimes(x: unknown): Float64Array {
  if (x === null || typeof x !== 'object') invalid()
  const unit: unknown = (x as { unit?: unknown }).unit
  if (unit === 'raw') {
    const values = arr(obj(x, ['unit', 'values']).values)
    const out = new Float64Array(values.length)
    for (let i = 0; i < values.length; i++) out[i] = time(values[i])
    return out
  }
  const scale = unit === 's' ? 1000 : unit === 'ms' ? 1 : invalid()
  const deltas = arr(obj(x, ['unit', 'deltas']).deltas)
  const out = new Float64Array(deltas.length)
  let sum = 0
  for (let i = 0; i < deltas.length; i++) {
    const d = deltas[i]
    if (typeof d !== 'number' || !Number.isSafeInteger(d)) invalid()
    sum += d
    // Two safe integers whose true sum is still safe add exactly, so this check catches every overflow.
    if (!Number.isSafeInteger(sum)) invalid()
    const t = sum * scale
    if (!isTime(t)) invalid()
    out[i] = t
  }
  return out
}

/** Decoded times as an array the row decoders index without undefined checks. */
function times(x: unknown): number[] {
  return Array.from(decodeTimes(x))
}

function videoId(x: unknown): string {
  // Reader ids are 5–25 digits; the cap only stops a hostile file from passing megabyte "ids" to every detector.
  return typeof x === 'string' && x.length > 0 && x.length <= 64 ? x : invalid()
}

/** A liked or favourited video's id: kept one byte a character in a VideoList, so nothing past U+00FF (the store only ever wrote digits). */
function listedVideoId(x: unknown): string {
  const id = videoId(x)
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) > 0xff) invalid()
  return id
}

function decodeVideos(x: unknown): VideoList {
  const o = obj(x, ['at', 'videoId'])
  const at = decodeTimes(o.at)
  const ids = column(o.videoId, at.length, listedVideoId)
  // A list the store wrote comes back in list order and is copied straight into columns; any other order is sorted.
  return VideoList.fromColumns(at, ids)
}

function decodeLogins(x: unknown): LoginRow[] {
  const o = obj(x, ['at', 'ip', 'deviceModel', 'deviceSystem', 'networkType', 'carrier'])
  const at = times(o.at)
  const n = at.length
  const ip = column(o.ip, n, strOrNull)
  const deviceModel = column(o.deviceModel, n, strOrNull)
  const deviceSystem = column(o.deviceSystem, n, strOrNull)
  const networkType = column(o.networkType, n, strOrNull)
  const carrier = column(o.carrier, n, strOrNull)
  return at.map((t, i) => ({
    at: t,
    ip: ip[i] ?? null,
    deviceModel: deviceModel[i] ?? null,
    deviceSystem: deviceSystem[i] ?? null,
    networkType: networkType[i] ?? null,
    carrier: carrier[i] ?? null,
  }))
}

function decodeUsers(x: unknown): UserRow[] {
  const o = obj(x, ['at', 'username'])
  const at = times(o.at)
  const username = column(o.username, at.length, strOrNull)
  return at.map((t, i) => ({ at: t, username: username[i] ?? null }))
}

function decodePosts(x: unknown): PostRow[] {
  const o = obj(x, ['at', 'videoId', 'likes', 'title', 'whoCanView', 'deletedAt'])
  const at = times(o.at)
  const n = at.length
  const ids = column(o.videoId, n, (v) => (v === null ? null : videoId(v)))
  const likes = column(o.likes, n, storedNumberOrNull)
  const title = column(o.title, n, strOrNull)
  const whoCanView = column(o.whoCanView, n, strOrNull)
  const deletedAt = column(o.deletedAt, n, timeOrNull)
  return at.map((t, i) => ({
    at: t,
    videoId: ids[i] ?? null,
    likes: likes[i] ?? null,
    title: title[i] ?? null,
    whoCanView: whoCanView[i] ?? null,
    deletedAt: deletedAt[i] ?? null,
  }))
}

function pair<V>(x: unknown, value: (v: unknown) => V): [string, V] {
  const p = arr(x, 2)
  return [str(p[0]), value(p[1])]
}

/** [key, value] pairs into a Map, refusing repeated keys (the writer never makes them; a Map would hide them). */
function decodeMap<V>(x: unknown, value: (v: unknown) => V): Map<string, V> {
  const map = new Map<string, V>()
  for (const [k, v] of list(x, (p) => pair(p, value))) {
    if (map.has(k)) invalid()
    map.set(k, v)
  }
  return map
}

function decodeStudio(x: unknown): StudioData {
  const o = obj(x, ['days', 'videos', 'followerGender', 'followerTerritories', 'files'])
  const d = obj(o.days, ['date', 'at', ...STUDIO_DAY_NUMBERS])
  const dayAt = times(d.at)
  const n = dayAt.length
  const date = column(d.date, n, str)
  const dayNumbers = new Map(STUDIO_DAY_NUMBERS.map((k) => [k, column(d[k], n, storedNumberOrNull)] as const))
  const dn = (k: StudioDayNumber, i: number): number | null => dayNumbers.get(k)?.[i] ?? null
  const days: StudioDay[] = dayAt.map((at, i) => ({
    date: date[i] as string,
    at,
    videoViews: dn('videoViews', i),
    profileViews: dn('profileViews', i),
    likes: dn('likes', i),
    comments: dn('comments', i),
    shares: dn('shares', i),
    followers: dn('followers', i),
    followerDiffNext: dn('followerDiffNext', i),
    totalViewers: dn('totalViewers', i),
    newViewers: dn('newViewers', i),
    returningViewers: dn('returningViewers', i),
  }))

  const v = obj(o.videos, ['videoId', 'title', 'link', 'postedAt', ...STUDIO_VIDEO_NUMBERS])
  const ids = column(v.videoId, arr(v.videoId).length, (id) => (id === null ? null : videoId(id)))
  const m = ids.length
  const title = column(v.title, m, str)
  const link = column(v.link, m, str)
  const postedAt = column(v.postedAt, m, timeOrNull)
  const videoNumbers = new Map(STUDIO_VIDEO_NUMBERS.map((k) => [k, column(v[k], m, storedNumberOrNull)] as const))
  const vn = (k: StudioVideoNumber, i: number): number | null => videoNumbers.get(k)?.[i] ?? null
  const videos: StudioVideo[] = ids.map((id, i) => ({
    videoId: id,
    title: title[i] as string,
    link: link[i] as string,
    postedAt: postedAt[i] ?? null,
    likes: vn('likes', i),
    comments: vn('comments', i),
    shares: vn('shares', i),
    views: vn('views', i),
  }))

  const shares = (s: unknown): StudioData['followerGender'] => list(s, (p) => pair(p, storedNumber)).map(([label, share]) => ({ label, share }))
  return {
    days,
    videos,
    followerGender: shares(o.followerGender),
    followerTerritories: shares(o.followerTerritories),
    files: list(o.files, str),
  }
}

function decode(data: unknown): ExportSnapshot {
  const o = obj(data, STORED_SNAPSHOT_KEYS)
  if (o.kind !== STORED_SNAPSHOT_KIND || o.version !== STORED_SNAPSHOT_VERSION) invalid()
  const sectionsPresent = new Set<SectionName>()
  for (const name of list(o.sectionsPresent, (s) => oneOf(s, SECTION_NAMES))) {
    if (sectionsPresent.has(name)) invalid()
    sectionsPresent.add(name)
  }
  const p = obj(o.profile, ['username', 'displayName', 'likesReceived', 'followerCount', 'followingCount'])
  const s = obj(o.status, ['appVersion', 'resolution', 'uid'])
  const atOnly = (x: unknown): number[] => times(x)
  return {
    format: oneOf(o.format, ['json', 'txt', 'studio-csv'] as const),
    generation: o.generation === null ? null : oneOf(o.generation, ['A', 'B', 'C', 'D'] as const),
    exportedAt: timeOrNull(o.exportedAt),
    exportedAtSource: o.exportedAtSource === null ? null : oneOf(o.exportedAtSource, ['signed-url', 'newest-entry', 'file-name'] as const),
    partial: bool(o.partial),
    missingCategories: list(o.missingCategories, str),
    files: list(o.files, (f) => {
      const file = obj(f, ['path', 'role', 'bytes'])
      const bytes = finite(file.bytes)
      if (bytes < 0) invalid()
      return { path: str(file.path), role: str(file.role), bytes }
    }),
    ignoredFileCount: ignoredCount(o.ignoredFiles),
    sectionsPresent,
    likes: decodeVideos(o.likes),
    favorites: decodeVideos(o.favorites),
    watchTimes: decodeTimes(o.watchTimes),
    logins: decodeLogins(o.logins),
    // Dropped text comes back empty, the way the reader fills a missing value of each field.
    searches: atOnly(o.searches).map((at) => ({ at, term: '' })),
    shares: atOnly(o.shares).map((at) => ({ at, content: null, method: null, videoId: null })),
    followers: decodeUsers(o.followers),
    following: decodeUsers(o.following),
    blocked: decodeUsers(o.blocked),
    posts: decodePosts(o.posts),
    deletedPosts: decodePosts(o.deletedPosts),
    comments: atOnly(o.comments).map((at) => ({ at, text: '' })),
    settings: decodeMap(o.settings, str),
    activitySummary: decodeMap(o.activitySummary, storedNumber),
    profile: {
      username: strOrNull(p.username),
      displayName: strOrNull(p.displayName),
      likesReceived: storedNumberOrNull(p.likesReceived),
      followerCount: storedNumberOrNull(p.followerCount),
      followingCount: storedNumberOrNull(p.followingCount),
    },
    status: { appVersion: strOrNull(s.appVersion), resolution: strOrNull(s.resolution), uid: strOrNull(s.uid) },
    studio: o.studio === null ? null : decodeStudio(o.studio),
    warnings: list(o.warnings, (w) => {
      const warning = obj(w, ['code', 'message', 'count'])
      return { code: str(warning.code), message: str(warning.message), count: finite(warning.count) }
    }),
  }
}

/**
 * The snapshot a stored value describes, or null when anything in it is missing, mistyped, out of range or
 * inconsistent (parallel arrays of different lengths, repeated map keys, unknown keys). Never throws: the value
 * may come from a damaged or planted file.
 */
export function fromStoredSnapshot(data: unknown): ExportSnapshot | null {
  try {
    return decode(data)
  } catch {
    // Invalid, or anything a hostile value provokes (a throwing getter, a revoked Proxy): all mean "not a snapshot".
    return null
  }
}
