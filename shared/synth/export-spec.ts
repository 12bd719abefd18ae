// shared/synth: pure. Format-independent description of one synthetic TikTok account, and a seeded builder of realistic ones.
import { Rng } from './random'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** TikTok's first video ids (musical.ly merger, 2016): no realistic upload time is older. */
const EARLIEST_UPLOAD_S = Date.UTC(2016, 8, 1) / SECOND

/** A video seen at a time: likes, favourites, watch rows. `at` is ms since epoch (UTC); the id is a 19-digit decimal string. */
export interface SpecVideo {
  at: number
  videoId: string
}

export type WatchRow = SpecVideo

export interface SpecLogin {
  at: number
  ip: string
  deviceModel: string
  deviceSystem: string
  /** `Wi-Fi`, `4G`, `5G`, … or `""` as TikTok writes it. */
  networkType: string
  carrier: string
}

export interface SpecSearch {
  at: number
  term: string
}

export interface SpecShare {
  /** `-1000` renders as TikTok's `1969-12-31 23:59:59` sentinel. */
  at: number
  /** Null renders the sentinel link `https://www.tiktok.com/`. */
  videoId: string | null
  content: string
  method: string
}

export interface SpecUser {
  at: number
  /** Null renders as `"N/A"` (a deleted account). */
  username: string | null
}

export interface SpecPost {
  at: number
  /**
   * The post's video id. Real exports do not reveal it: the post `Link` is a signed CDN URL,
   * so a reader sees null here. Kept for scenarios that relate posts to other data.
   */
  videoId: string
  likes: number
  title: string
  whoCanView: string
  sound: string
  location: string
}

export interface SpecDeletedPost extends SpecPost {
  deletedAt: number
}

export interface SpecComment {
  at: number
  text: string
}

/** One row of the `Status` list: device identifiers, no date. */
export interface SpecStatus {
  resolution: string
  appVersion: string
  idfv: string
  gaid: string
  androidId: string
  did: string
}

export interface SpecProfile {
  displayName: string
  bio: string
  /** `dd-Mon-yyyy`, as TikTok writes it. */
  birthDate: string
  email: string
  likesReceived: number
  followerCount: number
  followingCount: number
}

/**
 * Watch history, produced lazily: a 700 MB export holds millions of rows, so nothing materialises them.
 * Every call to `ascending()`/`descending()` starts over and yields exactly the same `count` rows,
 * holding at most one day of rows in memory.
 */
export interface WatchSource {
  readonly count: number
  /** Oldest and newest row time (ms), or null when empty. Exact, computed without generating rows. */
  readonly span: { first: number; last: number } | null
  ascending(): Iterable<WatchRow>
  descending(): Iterable<WatchRow>
}

/**
 * Everything a synthetic export says, independent of file format and generation.
 * Every dated list is sorted oldest first (as the reader's snapshot is); renderers reorder as TikTok does.
 */
export interface ExportSpec {
  seed: number
  account: {
    username: string
    /** 19-digit decimal user id (exceeds 2^53, so never a JS number). */
    uid: string
    createdAt: number
  }
  /** When TikTok built the export, ms UTC. Every row is at or before it. */
  exportedAt: number
  likes: SpecVideo[]
  favorites: SpecVideo[]
  watch: WatchSource
  logins: SpecLogin[]
  searches: SpecSearch[]
  shares: SpecShare[]
  followers: SpecUser[]
  following: SpecUser[]
  blocked: SpecUser[]
  posts: SpecPost[]
  deletedPosts: SpecDeletedPost[]
  comments: SpecComment[]
  /** Flat `SettingsMap` values keyed by TikTok's own setting names (incl. `Who Can View Videos I Liked`). */
  settings: Map<string, string>
  /** `ActivitySummaryMap` counters. */
  activitySummary: Map<string, number>
  profile: SpecProfile
  /** Oldest first; a new row each time the app version changed. */
  status: SpecStatus[]
}

/**
 * A home line whose provider hands out a new address `leases` times over the login window, each from one of
 * `prefixes` /16 blocks: one real 14-month login history held 279 addresses in about 52 blocks. `duplicateRows` logins
 * are written twice at one time stamp, the copy with the device's previous system, as real histories show.
 */
export interface DynamicHome {
  leases: number
  prefixes: number
  duplicateRows: number
}

export interface SpecOptions {
  seed: number | string
  /** Default 2025-11-27 13:05:00 UTC (a generation-C date). */
  exportedAt?: number
  /** Account age: likes, follows and posts spread over this many days before the export. Default 1800. */
  accountAgeDays?: number
  /** Default 1500. */
  likes?: number
  /** Default ≈ 8 % of likes. */
  favorites?: number
  /** Default 12,000 (a real 6-month history holds 10⁴–10⁵ rows). */
  watchRows?: number
  /** Days of watch history before the export. Default 180. */
  watchDays?: number
  /** When true (default), every like inside the watch window has a watch row a few seconds before it. */
  watchIncludesLikes?: boolean
  /** Default 600. */
  logins?: number
  /** Days of login history. Default 180. */
  loginDays?: number
  /** Devices seen in login history. Default: 1 or 2, by seed. */
  devices?: 1 | 2
  /** Home Wi-Fi on a provider that moves the address all the time (default: one address that changes once). */
  dynamicHome?: DynamicHome
  searches?: number
  shares?: number
  /** Share rows with TikTok's 1969-12-31 sentinel date. Default 0. */
  shareSentinels?: number
  followers?: number
  following?: number
  blocked?: number
  posts?: number
  deletedPosts?: number
  comments?: number
  /** Value of `Who Can View Videos I Liked`. Default `Myself` (seen in every real export). */
  likedVideosVisibility?: string
  /** The user's UTC offset in hours, which places the evening sessions. Default by seed. */
  utcOffsetHours?: number
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers shared by the renderers.

/** TikTok's `YYYY-MM-DD HH:MM:SS` in UTC. */
export function formatTikTokDate(ms: number): string {
  const iso = new Date(ms).toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`
}

/** The share link TikTok writes for likes, favourites, watch and share rows. */
export function shareLink(videoId: string): string {
  return `https://www.tiktokv.com/share/video/${videoId}/`
}

/** A video id whose top 32 bits are the upload second, as real TikTok ids are. */
export function makeVideoId(uploadMs: number, low32: number): string {
  const seconds = Math.floor(uploadMs / SECOND)
  return ((BigInt(seconds) << 32n) | BigInt(low32 >>> 0)).toString()
}

/** Upload time (ms) encoded in a video id. */
export function videoIdUploadMs(videoId: string): number {
  return Number(BigInt(videoId) >> 32n) * SECOND
}

// ---------------------------------------------------------------------------------------------
// Time-of-day model: most TikTok use is in the evening, some at lunch, a little at any hour.

function localHour(rng: Rng): number {
  const mode = rng.next()
  if (mode < 0.62) return rng.normal(21, 1.6)
  if (mode < 0.85) return rng.normal(13, 2)
  return rng.float(0, 24)
}

/** Offset (ms from UTC midnight) of a session start on a day, given the user's UTC offset. */
function sessionStartOffset(rng: Rng, utcOffsetHours: number): number {
  const utcHour = (((localHour(rng) - utcOffsetHours) % 24) + 24) % 24
  // Whole seconds: TikTok dates have no milliseconds, so the spec must not either.
  return Math.floor(utcHour * 3600) * SECOND
}

/** Upload time for a video seen at `at`: mostly days old (the For You feed), sometimes months or years. */
function uploadBefore(rng: Rng, at: number): number {
  const mode = rng.next()
  let lag: number
  if (mode < 0.6) lag = rng.exponential(2 * DAY)
  else if (mode < 0.9) lag = rng.exponential(30 * DAY)
  else lag = rng.float(0, 2 * 365 * DAY)
  const upload = at - 90 * SECOND - lag
  return Math.max(upload, Math.min(EARLIEST_UPLOAD_S * SECOND, at - 90 * SECOND))
}

function newVideoId(rng: Rng, at: number): string {
  return makeVideoId(uploadBefore(rng, at), rng.uint32())
}

/** Position in [0, 1) with density rising linearly (factor 1 → 1 + k): people use TikTok more as time goes on. */
function risingPosition(rng: Rng, k: number): number {
  const r = rng.next()
  return (-1 + Math.sqrt(1 + 2 * k * r * (1 + k / 2))) / k
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Synthetic on purpose: no real handles or personal data.

const NAME_PARTS = ['mila', 'noah', 'lena', 'finn', 'sara', 'leo', 'emma', 'luca', 'nora', 'omar', 'yara', 'tim', 'iris', 'sam', 'zoe', 'max', 'ava', 'jay', 'ella', 'ben']
const WORD_PARTS = ['sun', 'moon', 'pixel', 'coffee', 'river', 'cloud', 'dance', 'vibes', 'daily', 'art', 'cats', 'food', 'travel', 'beats', 'gaming', 'fit', 'cozy', 'retro']
const SEARCH_TERMS = [
  'easy pasta recipe', 'cat videos', 'nature', 'workout at home', 'study with me', 'funny dogs', 'outfit ideas', 'travel vlog', 'skincare routine',
  'football highlights', 'piano cover', 'diy room decor', 'book recommendations', 'makeup tutorial', 'f1', 'sourdough', 'learn spanish', 'asmr',
  'lofi', 'camping tips', 'nail art', 'minecraft build', 'street food', 'dance challenge', 'movie edits', 'gym motivation', 'thrift haul',
]
const COMMENT_TEXTS = ['so cute 🥺', 'beautiful', 'haha', 'need this', 'omg 😂', 'where is this?', 'love it', '🔥🔥🔥', 'same', 'this is so true', 'recipe pls', 'wow', 'underrated', '❤️', 'iconic']
const TITLES = ['#fyp #foryou', 'sunset walk 🌅', 'morning routine #routine', 'my cat again #cat', 'trying this trend', '', 'weekend vibes', 'pov: monday', 'new recipe #food #cooking', '']
const SHARE_METHODS: ReadonlyArray<readonly [string, number]> = [
  ['chat_head', 30], ['copy', 20], ['whatsapp', 15], ['chat', 10], ['more', 8], ['repost', 6], ['whatsapp_status', 4], ['share', 4], ['save', 3],
]

interface DeviceModel {
  model: string
  systems: readonly string[]
  resolution: string
  ios: boolean
}

const DEVICES: readonly DeviceModel[] = [
  { model: 'iPhone14,4', systems: ['iOS 17.5.1', 'iOS 17.6.1', 'iOS 18.1', 'iOS 18.3.2'], resolution: '1125*2436', ios: true },
  { model: 'iPhone15,2', systems: ['iOS 17.6.1', 'iOS 18.0.1', 'iOS 18.2', 'iOS 18.5'], resolution: '1179*2556', ios: true },
  { model: 'iPhone12,1', systems: ['iOS 16.7.8', 'iOS 17.6.1', 'iOS 18.1.1'], resolution: '828*1792', ios: true },
  { model: 'SM-G973U', systems: ['Android 11', 'Android 12'], resolution: '1080x2280', ios: false },
  { model: 'SM-A536B', systems: ['Android 13', 'Android 14'], resolution: '1080x2400', ios: false },
  { model: 'Pixel 7', systems: ['Android 13', 'Android 14', 'Android 15'], resolution: '1080x2400', ios: false },
  { model: 'iPad13,4', systems: ['iOS 17.5', 'iOS 18.1'], resolution: '1668*2388', ios: true },
]

const APP_VERSIONS = ['36.8.0', '37.2.0', '37.5.0', '37.9.0', '38.1.0', '38.4.0', '39.0.1', '39.3.0', '40.1.0', '40.6.0', '41.2.0']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function username(rng: Rng): string {
  const style = rng.int(0, 3)
  if (style === 0) return `user${rng.digits(rng.int(8, 12))}`
  if (style === 1) return `${rng.pick(NAME_PARTS)}.${rng.pick(WORD_PARTS)}${rng.int(1, 99)}`
  if (style === 2) return `${rng.pick(WORD_PARTS)}_${rng.pick(NAME_PARTS)}`
  return `${rng.pick(NAME_PARTS)}${rng.pick(WORD_PARTS)}${rng.int(0, 9999)}`
}

function ipv4(rng: Rng): string {
  return `${rng.pick([31, 37, 62, 77, 81, 84, 85, 88, 92, 94, 145, 176, 188, 212, 213])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`
}

function uuidUpper(rng: Rng): string {
  const h = rng.hex(32).toUpperCase()
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

// ---------------------------------------------------------------------------------------------
// Section builders.

function buildLikes(rng: Rng, count: number, start: number, end: number, utcOffset: number): SpecVideo[] {
  const likes: SpecVideo[] = []
  const usedIds = new Set<string>()
  const span = Math.max(DAY, end - start)
  while (likes.length < count) {
    const dayStart = start + Math.floor((risingPosition(rng, 3) * span) / DAY) * DAY
    let at = dayStart - (dayStart % DAY) + sessionStartOffset(rng, utcOffset)
    const sessionLikes = Math.min(count - likes.length, rng.geometric(5))
    for (let i = 0; i < sessionLikes; i++) {
      at += Math.floor(rng.exponential(35 * SECOND)) + 4 * SECOND
      const clamped = Math.min(Math.max(at, start), end)
      let id = newVideoId(rng, clamped)
      while (usedIds.has(id)) id = newVideoId(rng, clamped)
      usedIds.add(id)
      likes.push({ at: clamped - (clamped % SECOND), videoId: id })
    }
  }
  return likes.sort((a, b) => a.at - b.at)
}

/** Favourites: some are videos the user also liked (seconds apart, as in real exports), the rest are independent. */
function buildFavorites(rng: Rng, count: number, likes: readonly SpecVideo[], start: number, end: number, utcOffset: number): SpecVideo[] {
  const out: SpecVideo[] = []
  const used = new Set<string>()
  for (let tries = 0; out.length < count && tries < count * 4; tries++) {
    if (likes.length > 0 && rng.chance(0.55)) {
      const like = rng.pick(likes)
      if (used.has(like.videoId)) continue
      used.add(like.videoId)
      out.push({ at: Math.min(end, like.at + rng.int(-20, 20) * SECOND), videoId: like.videoId })
    } else {
      const day = start + Math.floor((risingPosition(rng, 2) * (end - start)) / DAY) * DAY
      const at = Math.min(end, day - (day % DAY) + sessionStartOffset(rng, utcOffset))
      const id = newVideoId(rng, at)
      if (used.has(id)) continue
      used.add(id)
      out.push({ at, videoId: id })
    }
  }
  return out.sort((a, b) => a.at - b.at)
}

/** The home address at any time: lease changes at random times, each lease in one of the provider's blocks. */
function dynamicHomeIp(rng: Rng, home: DynamicHome, start: number, end: number): (at: number) => string {
  const blocks = Array.from({ length: home.prefixes }, () => ipv4(rng).split('.').slice(0, 2).join('.'))
  const changes = Array.from({ length: Math.max(0, home.leases - 1) }, () => rng.float(start, end)).sort((a, b) => a - b)
  const leases = Array.from({ length: changes.length + 1 }, () => `${rng.pick(blocks)}.${rng.int(0, 255)}.${rng.int(1, 254)}`)
  return (at) => {
    let lo = 0
    let hi = changes.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((changes[mid] as number) <= at) lo = mid + 1
      else hi = mid
    }
    return leases[lo] ?? ''
  }
}

/** Writes `count` logins of the primary device twice, the copy reporting the system it had before its last update. */
function duplicateWithOldSystem(rng: Rng, logins: SpecLogin[], count: number): SpecLogin[] {
  const systemsOf = new Map(DEVICES.map((d) => [d.model, d.systems]))
  const candidates = logins.filter((l) => (systemsOf.get(l.deviceModel)?.indexOf(l.deviceSystem) ?? 0) > 0)
  const copies = rng
    .shuffle([...candidates])
    .slice(0, count)
    .map((l) => {
      const systems = systemsOf.get(l.deviceModel) ?? []
      return { ...l, deviceSystem: systems[systems.indexOf(l.deviceSystem) - 1] ?? l.deviceSystem }
    })
  return [...logins, ...copies].sort((a, b) => a.at - b.at)
}

function buildLogins(rng: Rng, count: number, start: number, end: number, deviceCount: 1 | 2, utcOffset: number, home?: { rng: Rng; options: DynamicHome }): SpecLogin[] {
  const primary = rng.pick(DEVICES.slice(0, 6))
  const secondary = rng.pick(DEVICES.filter((d) => d !== primary))
  const secondFrom = start + rng.float(0.2, 0.8) * (end - start)
  // The OS is upgraded once or twice inside the window.
  const firstSystem = rng.int(0, Math.max(0, primary.systems.length - 2))
  const upgrades = [start + rng.float(0.2, 0.5) * (end - start), start + rng.float(0.6, 0.95) * (end - start)]
  // One home Wi-Fi address that changes once (a new router or ISP lease); mobile data gets a new address each time.
  const homeIps = [ipv4(rng), ipv4(rng)]
  const homeIpChange = start + rng.float(0.3, 0.9) * (end - start)
  const carrier = rng.chance(0.8) ? '' : rng.pick(['Vodafone', 'T-Mobile', 'KPN', 'Orange'])
  const dynamicIp = home !== undefined ? dynamicHomeIp(home.rng, home.options, start, end) : null
  const out: SpecLogin[] = []
  for (let i = 0; i < count; i++) {
    const day = start + Math.floor(rng.next() * ((end - start) / DAY)) * DAY
    const at = Math.min(end, day - (day % DAY) + sessionStartOffset(rng, utcOffset) + rng.int(0, 59) * SECOND)
    const useSecond = deviceCount === 2 && at >= secondFrom && rng.chance(0.3)
    const device = useSecond ? secondary : primary
    const systemIndex = useSecond ? 0 : Math.min(primary.systems.length - 1, firstSystem + upgrades.filter((u) => at >= u).length)
    const networkType = rng.weighted<string>([['Wi-Fi', 62], ['4G', 24], ['5G', 9], ['', 3], ['3G', 2]])
    const ip = networkType === 'Wi-Fi' ? (dynamicIp !== null ? dynamicIp(at) : (homeIps[at >= homeIpChange ? 1 : 0] ?? '')) : ipv4(rng)
    out.push({ at, ip, deviceModel: device.model, deviceSystem: device.systems[systemIndex] ?? '', networkType, carrier: networkType === 'Wi-Fi' ? '' : carrier })
  }
  out.sort((a, b) => a.at - b.at)
  return home !== undefined ? duplicateWithOldSystem(home.rng, out, home.options.duplicateRows) : out
}

function buildSearches(rng: Rng, count: number, start: number, end: number, utcOffset: number): SpecSearch[] {
  const out: SpecSearch[] = []
  while (out.length < count) {
    const day = start + Math.floor(rng.next() * ((end - start) / DAY)) * DAY
    let at = day - (day % DAY) + sessionStartOffset(rng, utcOffset)
    const term = rng.pick(SEARCH_TERMS)
    // People retype or refine a search within seconds; real lists show the same term several times in a row.
    const repeats = Math.min(count - out.length, rng.geometric(1.8))
    for (let i = 0; i < repeats; i++) {
      at += rng.int(2, 40) * SECOND
      out.push({ at: Math.min(at, end), term: i > 0 && rng.chance(0.3) ? `${term} ${rng.pick(WORD_PARTS)}` : term })
    }
  }
  return out.sort((a, b) => a.at - b.at)
}

function buildShares(rng: Rng, count: number, sentinels: number, start: number, end: number, utcOffset: number): SpecShare[] {
  const out: SpecShare[] = []
  for (let i = 0; i < count; i++) {
    const day = start + Math.floor(rng.next() * ((end - start) / DAY)) * DAY
    const at = Math.min(end, day - (day % DAY) + sessionStartOffset(rng, utcOffset))
    out.push({ at, videoId: newVideoId(rng, at), content: rng.chance(0.85) ? 'share_video' : 'video', method: rng.weighted(SHARE_METHODS) })
  }
  for (let i = 0; i < sentinels; i++) out.push({ at: -SECOND, videoId: null, content: 'profile', method: rng.weighted(SHARE_METHODS) })
  return out.sort((a, b) => a.at - b.at)
}

function buildUsers(rng: Rng, count: number, start: number, end: number, naRate: number): SpecUser[] {
  const out: SpecUser[] = []
  for (let i = 0; i < count; i++) {
    const at = Math.floor((start + risingPosition(rng, 1.5) * (end - start)) / SECOND) * SECOND
    out.push({ at, username: rng.chance(naRate) ? null : username(rng) })
  }
  return out.sort((a, b) => a.at - b.at)
}

function buildPosts(rng: Rng, count: number, start: number, end: number): SpecPost[] {
  const out: SpecPost[] = []
  for (let i = 0; i < count; i++) {
    const at = Math.floor((start + rng.next() * (end - start)) / SECOND) * SECOND
    out.push({
      at,
      videoId: makeVideoId(at, rng.uint32()),
      likes: Math.floor(rng.exponential(60)),
      title: rng.pick(TITLES),
      whoCanView: rng.weighted<string>([['Everyone', 80], ['Friends', 12], ['Only me', 8]]),
      sound: rng.chance(0.6) ? 'original sound' : `${rng.pick(WORD_PARTS)} - ${rng.pick(NAME_PARTS)}`,
      location: rng.chance(0.8) ? '' : `${rng.pick(WORD_PARTS)} park`,
    })
  }
  return out.sort((a, b) => a.at - b.at)
}

// ---------------------------------------------------------------------------------------------
// Lazy watch history.

interface WatchPlan {
  dayStarts: Float64Array
  dayEnds: Float64Array
  /** Total rows per day, including rows that mirror likes. */
  counts: Uint32Array
  /** Likes mirrored into watch history, oldest first, with the index of their first entry per day. */
  likedRows: SpecVideo[]
  likedFrom: Uint32Array
}

function planWatch(rng: Rng, count: number, start: number, end: number, likes: readonly SpecVideo[], includeLikes: boolean): WatchPlan {
  const firstDay = start - (start % DAY)
  const days = Math.max(1, Math.ceil((end - firstDay) / DAY))
  const dayStarts = new Float64Array(days)
  const dayEnds = new Float64Array(days)
  for (let d = 0; d < days; d++) {
    dayStarts[d] = Math.max(start, firstDay + d * DAY)
    dayEnds[d] = Math.min(end, firstDay + (d + 1) * DAY)
  }
  let liked = includeLikes ? likes.filter((l) => l.at > start + MINUTE && l.at <= end) : []
  if (liked.length > count) liked = []
  const likedFrom = new Uint32Array(days + 1)
  const likedPerDay = new Uint32Array(days)
  for (const l of liked) {
    const d = Math.min(days - 1, Math.floor((l.at - firstDay) / DAY))
    likedPerDay[d] = (likedPerDay[d] ?? 0) + 1
  }
  for (let d = 0; d < days; d++) likedFrom[d + 1] = (likedFrom[d] ?? 0) + (likedPerDay[d] ?? 0)

  // The remaining rows are spread over days by weight: some days off, busier weekends, day-to-day noise.
  const weights = new Float64Array(days)
  let total = 0
  for (let d = 0; d < days; d++) {
    const weekday = new Date(dayStarts[d] ?? 0).getUTCDay()
    const dayLength = ((dayEnds[d] ?? 0) - (dayStarts[d] ?? 0)) / DAY
    const w = rng.chance(0.07) ? 0 : Math.exp(rng.normal(0, 0.45)) * (weekday === 0 || weekday === 6 ? 1.35 : 1) * dayLength
    weights[d] = w
    total += w
  }
  const rest = count - liked.length
  const counts = new Uint32Array(days)
  const fractions: Array<[number, number]> = []
  let assigned = 0
  for (let d = 0; d < days; d++) {
    const exact = total > 0 ? (rest * (weights[d] ?? 0)) / total : d === days - 1 ? rest : 0
    const whole = Math.floor(exact)
    counts[d] = whole + (likedPerDay[d] ?? 0)
    assigned += whole
    fractions.push([exact - whole, d])
  }
  fractions.sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (let i = 0; assigned < rest; i++, assigned++) {
    const entry = fractions[i % fractions.length]
    if (entry !== undefined) counts[entry[1]] = (counts[entry[1]] ?? 0) + 1
  }
  return { dayStarts, dayEnds, counts, likedRows: liked, likedFrom }
}

/** The rows of one day, oldest first. Deterministic per (seed, day), independent of other days. */
function watchDay(seed: Rng, plan: WatchPlan, d: number, utcOffset: number): WatchRow[] {
  const n = plan.counts[d] ?? 0
  if (n === 0) return []
  const rng = seed.fork('watch-day', d)
  const dayStart = plan.dayStarts[d] ?? 0
  const dayLength = Math.max(SECOND, (plan.dayEnds[d] ?? 0) - dayStart)
  const likedLo = plan.likedFrom[d] ?? 0
  const likedHi = plan.likedFrom[d + 1] ?? likedLo
  const organic = n - (likedHi - likedLo)
  const times = new Float64Array(organic)
  // Sessions of ~25 videos, seconds apart; a wrap keeps overfull days inside the day.
  const midnight = dayStart - (dayStart % DAY)
  let i = 0
  while (i < organic) {
    const len = Math.min(organic - i, rng.geometric(25))
    let offset = midnight + sessionStartOffset(rng, utcOffset) - dayStart
    for (let k = 0; k < len; k++, i++) {
      offset += Math.floor(rng.exponential(14 * SECOND)) + 2 * SECOND
      const wrapped = ((offset % dayLength) + dayLength) % dayLength
      times[i] = dayStart + wrapped - (wrapped % SECOND)
    }
  }
  times.sort()
  const rows: WatchRow[] = []
  let t = 0
  for (let li = likedLo; li <= likedHi; li++) {
    const like = li < likedHi ? plan.likedRows[li] : undefined
    // Watched a few seconds before the like; never before the previous row, so the day stays sorted.
    const lastAt = rows.at(-1)?.at ?? dayStart
    const likeWatchAt = like === undefined ? Infinity : Math.max(lastAt, like.at - rng.int(3, 45) * SECOND)
    while (t < organic && (times[t] ?? 0) <= likeWatchAt) {
      const at = times[t] ?? 0
      // Re-watches: a few percent of rows repeat a video seen earlier that day (real watch lists contain repeats).
      const repeat = rows.length > 5 && rng.chance(0.03) ? rows[rng.int(Math.max(0, rows.length - 60), rows.length - 1)] : undefined
      rows.push({ at, videoId: repeat !== undefined ? repeat.videoId : newVideoId(rng, at) })
      t++
    }
    if (like !== undefined) rows.push({ at: likeWatchAt, videoId: like.videoId })
  }
  return rows
}

function lazyWatch(rng: Rng, count: number, start: number, end: number, likes: readonly SpecVideo[], includeLikes: boolean, utcOffset: number): WatchSource {
  if (count <= 0) return watchFromRows([])
  const plan = planWatch(rng.fork('plan'), count, start, end, likes, includeLikes)
  const days = plan.counts.length
  let span: { first: number; last: number } | null | undefined
  const source: WatchSource = {
    count,
    get span() {
      if (span === undefined) {
        let first = Infinity
        let last = -Infinity
        for (let d = 0; d < days && first === Infinity; d++) first = watchDay(rng, plan, d, utcOffset)[0]?.at ?? Infinity
        for (let d = days - 1; d >= 0 && last === -Infinity; d--) last = watchDay(rng, plan, d, utcOffset).at(-1)?.at ?? -Infinity
        span = Number.isFinite(first) ? { first, last } : null
      }
      return span
    },
    *ascending() {
      for (let d = 0; d < days; d++) yield* watchDay(rng, plan, d, utcOffset)
    },
    *descending() {
      for (let d = days - 1; d >= 0; d--) {
        const rows = watchDay(rng, plan, d, utcOffset)
        for (let i = rows.length - 1; i >= 0; i--) yield rows[i] as WatchRow
      }
    },
  }
  return source
}

/** A watch source over rows already in memory (tests, scenarios). The rows are sorted oldest first. */
export function watchFromRows(rows: readonly WatchRow[]): WatchSource {
  const sorted = [...rows].sort((a, b) => a.at - b.at)
  const first = sorted[0]
  const last = sorted.at(-1)
  return {
    count: sorted.length,
    span: first !== undefined && last !== undefined ? { first: first.at, last: last.at } : null,
    *ascending() {
      yield* sorted
    },
    *descending() {
      for (let i = sorted.length - 1; i >= 0; i--) yield sorted[i] as WatchRow
    },
  }
}

// ---------------------------------------------------------------------------------------------

const DEFAULT_EXPORTED_AT = Date.UTC(2025, 10, 27, 13, 5, 0)

/** Builds a realistic account from a seed. Same options → identical spec. */
export function makeSpec(options: SpecOptions): ExportSpec {
  const root = new Rng(options.seed)
  const seed = new Rng(options.seed).uint32()
  const exportedAt = Math.floor((options.exportedAt ?? DEFAULT_EXPORTED_AT) / SECOND) * SECOND
  // The newest activity is a little before TikTok builds the file.
  const end = exportedAt - root.fork('end').int(4, 40) * MINUTE
  const createdAt = end - (options.accountAgeDays ?? 1800) * DAY
  const utcOffset = options.utcOffsetHours ?? root.fork('tz').pick([-5, 0, 1, 1, 2, 3])
  const likeCount = options.likes ?? 1500
  const idRng = root.fork('account')

  const likes = buildLikes(root.fork('likes'), likeCount, createdAt + 3 * DAY, end, utcOffset)
  const favorites = buildFavorites(root.fork('favorites'), options.favorites ?? Math.round(likeCount * 0.08), likes, createdAt + 30 * DAY, end, utcOffset)
  const watchStart = end - (options.watchDays ?? 180) * DAY
  const watch = lazyWatch(root.fork('watch'), options.watchRows ?? 12_000, Math.max(createdAt, watchStart), end, likes, options.watchIncludesLikes ?? true, utcOffset)
  const loginStart = Math.max(createdAt, end - (options.loginDays ?? 180) * DAY)
  const devices = options.devices ?? (root.fork('devices').chance(0.5) ? 2 : 1)
  const home = options.dynamicHome !== undefined ? { rng: root.fork('dynamic-home'), options: options.dynamicHome } : undefined
  const logins = buildLogins(root.fork('logins'), options.logins ?? 600, loginStart, end, devices, utcOffset, home)
  const recent = Math.max(createdAt, end - 120 * DAY)
  const searches = buildSearches(root.fork('searches'), options.searches ?? 80, recent, end, utcOffset)
  const shares = buildShares(root.fork('shares'), options.shares ?? 60, options.shareSentinels ?? 0, Math.max(createdAt, end - 170 * DAY), end, utcOffset)
  const followers = buildUsers(root.fork('followers'), options.followers ?? 60, createdAt, end, 0.03)
  const following = buildUsers(root.fork('following'), options.following ?? 120, createdAt, end, 0)
  const blocked = buildUsers(root.fork('blocked'), options.blocked ?? 2, createdAt, end, 0)
  const posts = buildPosts(root.fork('posts'), options.posts ?? 10, createdAt, end)
  const deletedRng = root.fork('deleted')
  const deletedPosts: SpecDeletedPost[] = buildPosts(deletedRng, options.deletedPosts ?? 1, createdAt, end).map((p) => ({
    ...p,
    deletedAt: Math.floor(Math.max(p.at + HOUR, end - deletedRng.float(0, 29) * DAY) / SECOND) * SECOND,
  }))
  const commentRng = root.fork('comments')
  const comments = buildUsers(commentRng, options.comments ?? 40, Math.max(createdAt, end - 1000 * DAY), end, 0).map((u) => ({ at: u.at, text: commentRng.pick(COMMENT_TEXTS) }))

  const settings = new Map<string, string>([
    ['Allow DownLoad', 'Everyone'],
    ['Allow Others to Find Me', 'Disabled'],
    ['Allow Reuse of Content', 'Everyone'],
    ['App Language', 'English'],
    ['Filter Comments', 'Enabled'],
    ['Interests', ''],
    ['Personalized Ads', 'Enabled'],
    ['Private Account', 'Disabled'],
    ['Suggest your account to Facebook friends', 'enabled'],
    ['Suggest your account to contacts', 'enabled'],
    ['Suggest your account to people who open or send links to you', 'enabled'],
    ['Web Language', 'N/A'],
    ['Who Can Duet With Me', 'Everyone'],
    ['Who Can Post Comments', 'Everyone'],
    ['Who Can Send Me Message', 'Everyone'],
    ['Who Can Stitch with your videos', 'Everyone'],
    ['Who Can View Videos I Liked', options.likedVideosVisibility ?? 'Myself'],
  ])

  const primary = logins[0]
  const statusRng = root.fork('status')
  const ios = primary === undefined || /^(iPhone|iPad)/.test(primary.deviceModel)
  const device = DEVICES.find((d) => d.model === primary?.deviceModel) ?? DEVICES[0]
  const did = `7${statusRng.digits(18)}`
  const idfv = ios ? uuidUpper(statusRng) : ''
  const gaid = ios ? '' : uuidUpper(statusRng).toLowerCase()
  const versionFrom = statusRng.int(0, APP_VERSIONS.length - 4)
  const status: SpecStatus[] = []
  const versions = statusRng.int(1, 3)
  for (let v = 0; v < versions; v++) {
    const rows = statusRng.int(1, 3)
    for (let r = 0; r < rows; r++) {
      status.push({ resolution: device?.resolution ?? '1125*2436', appVersion: APP_VERSIONS[versionFrom + v] ?? '37.2.0', idfv, gaid, androidId: ios ? '' : statusRng.hex(16), did })
    }
  }

  const birthYear = idRng.int(1985, 2006)
  const user = username(idRng)
  const likesReceived = posts.reduce((sum, p) => sum + p.likes, 0) + deletedPosts.reduce((sum, p) => sum + p.likes, 0)
  return {
    seed,
    // uid: TikTok user ids are 19-digit, time-prefixed like video ids.
    account: { username: user, uid: makeVideoId(createdAt, idRng.uint32()), createdAt },
    exportedAt,
    likes,
    favorites,
    watch,
    logins,
    searches,
    shares,
    followers,
    following,
    blocked,
    posts,
    deletedPosts,
    comments,
    settings,
    activitySummary: new Map([
      ['videosCommentedOnSinceAccountRegistration', comments.length + idRng.int(0, 20)],
      ['videosSharedSinceAccountRegistration', shares.length + idRng.int(0, 40)],
      ['videosWatchedToTheEndSinceAccountRegistration', Math.round(watch.count * idRng.float(0.3, 0.6)) + idRng.int(0, 500)],
    ]),
    profile: {
      displayName: `${idRng.pick(NAME_PARTS)} ${idRng.pick(WORD_PARTS)}`,
      bio: idRng.chance(0.5) ? '' : `${idRng.pick(WORD_PARTS)} & ${idRng.pick(WORD_PARTS)} ✨`,
      birthDate: `${String(idRng.int(1, 28)).padStart(2, '0')}-${idRng.pick(MONTHS)}-${birthYear}`,
      email: `${user.replace(/[^a-z0-9]/g, '')}@example.com`,
      likesReceived,
      followerCount: followers.length,
      followingCount: following.length,
    },
    status,
  }
}
