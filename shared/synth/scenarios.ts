// shared/synth: pure. Seeded evaluation scenarios: realistic accounts with planted cause events (or none, for controls) and the truth every detector should report.
import type { EventKind, Generation } from '@shared/contract/model'
import { EVENT_KINDS } from '@shared/contract/model'
import type { ExportSpec, SpecDeletedPost, SpecLogin, SpecVideo, WatchRow } from './export-spec'
import { makeSpec, makeVideoId, watchFromRows } from './export-spec'
import { Rng } from './random'
import { TYPICAL_EXPORT_DATE } from './render-json'
import type { TxtLanguage } from './render-txt'
import type { CoreSection, ScenarioRender, VisiblePart } from './scenario-render'
import { visibleParts } from './scenario-render'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Studio kinds need TikTok Studio CSVs: the Studio suite (studio-scenarios.ts) evaluates them. */
export const NOT_EVALUATED_KINDS: readonly EventKind[] = ['follower-drop', 'likes-received-drop', 'reach-drop']
export const EVALUATED_KINDS: readonly EventKind[] = EVENT_KINDS.filter((k) => !NOT_EVALUATED_KINDS.includes(k))

/** Like lists TikTok has been seen to cut at (export-format.md §0.4). */
export const TRUNCATION_CAPS: readonly number[] = [6_000, 8_000]
/** A list this long whose favourites reach back more than a year further was cut, not a light liker's. */
export const TRUNCATION_MIN_LIKES = 1_000
export const TRUNCATION_FAVORITES_LEAD_MS = 365 * DAY
/** Vanished likes more than this far apart are separate clusters (the definition of a vanished-likes event). */
export const VANISHED_CLUSTER_GAP_MS = 6 * HOUR
/** Watch or login history that starts within this long after the oldest like is not a retention window: a young account's first like and first watched video are days apart. */
export const RETENTION_MARGIN_MS = 7 * DAY
/** The first days of login history are the baseline against which devices and networks are "new". */
export const LOGIN_BASELINE_MS = 7 * DAY

/** One event a detector should report: ms UTC, inclusive. */
export interface Truth {
  kind: EventKind
  start: number
  end: number
  /** Why it is there, for mismatch reports. */
  note: string
}

export type Plant =
  | 'like-burst'
  | 'vanished-session'
  | 'vanished-scattered'
  | 'like-gap'
  | 'new-device'
  | 'os-change'
  | 'new-network'
  | 'truncation-cap'
  | 'truncation-favorites'
  | 'partial-export'
  | 'missing-section'

export type Profile = 'light' | 'medium' | 'heavy'

export interface ScenarioPlan {
  generation: Generation
  format: 'json' | 'txt'
  /** JSON only: inside the downloaded zip (TXT is always zipped). */
  zipped?: boolean
  language?: TxtLanguage
  profile?: Profile
  plants: readonly Plant[]
  /** Compare with an earlier export of the same account: vanished plants imply it; without them it is a control pair. */
  pair?: boolean
  /** An account younger than TikTok's ~180-day watch retention: no retention window. */
  young?: boolean
  /** `Who Can View Videos I Liked`; default `Myself`, as in every real export seen. */
  likedVisibility?: string
  /** Posts deleted in the last 30 days; default random 0–3. */
  deletedPosts?: number
  /** Leave out categories that only some full exports carry (not a partial export). */
  dropOptionalCategories?: boolean
}

export interface Scenario {
  name: string
  seed: number
  plan: ScenarioPlan
  /** No planted events: only facts every export has (retention, the privacy setting, deleted posts). */
  control: boolean
  /** The earlier export when two are compared. */
  older?: ExportSpec
  olderRenderOptions?: ScenarioRender
  /** The export analysed. */
  newer: ExportSpec
  renderOptions: ScenarioRender
  truth: Truth[]
}

// ---------------------------------------------------------------------------------------------
// Behaviour model. Likes are decisions made while watching, so days of heavy watching are days of many likes:
// the correlation every like-per-watch check relies on, and the one a generator placing likes and watch rows
// independently would break.

interface Device {
  model: string
  systems: readonly string[]
}

const DEVICES: readonly Device[] = [
  { model: 'iPhone14,4', systems: ['iOS 17.5.1', 'iOS 17.6.1', 'iOS 18.1', 'iOS 18.3.2'] },
  { model: 'iPhone15,2', systems: ['iOS 17.6.1', 'iOS 18.0.1', 'iOS 18.2', 'iOS 18.5'] },
  { model: 'iPhone12,1', systems: ['iOS 16.7.8', 'iOS 17.6.1', 'iOS 18.1.1'] },
  { model: 'SM-G973U', systems: ['Android 11', 'Android 12'] },
  { model: 'SM-A536B', systems: ['Android 13', 'Android 14'] },
  { model: 'Pixel 7', systems: ['Android 13', 'Android 14', 'Android 15'] },
  { model: 'iPhone16,1', systems: ['iOS 17.4', 'iOS 18.0', 'iOS 18.4'] },
  { model: 'SM-S911B', systems: ['Android 14', 'Android 15'] },
  { model: 'iPad13,4', systems: ['iOS 17.5', 'iOS 18.1'] },
  { model: 'Redmi Note 12', systems: ['Android 13', 'Android 14'] },
]
const CARRIERS = ['Vodafone', 'T-Mobile', 'KPN', 'Orange', 'O2', 'Telekom.de', 'EE', 'Verizon']
const ROAMING = ['Orange F', 'Movistar', 'TIM', 'Vodafone ES', 'Free', 'SFR', 'Swisscom']
/** First octets of residential and hotel address blocks. */
const FIRST_OCTETS = [31, 37, 62, 77, 81, 84, 85, 88, 92, 94, 145, 176, 188, 212, 213, 86, 89, 95]

interface Habits {
  utcOffset: number
  /** Videos on an average active day at the end of the timeline (usage rises over an account's life). */
  videosPerDay: number
  videosPerSession: number
  /** Mean seconds spent on a video: at ≥ 10 s and a like rate ≤ 0.3, an active user likes at most every ~30–40 s. */
  dwellSeconds: number
  /** Share of watched videos liked: the user's own like-per-watch rate. */
  likeRate: number
  /** Share of liked videos also favourited. */
  favoriteRate: number
  /** Share of app opens on mobile data rather than home Wi-Fi. */
  mobileShare: number
  /** Share of sessions that start with a login row. */
  loginShare: number
}

function profileHabits(rng: Rng, profile: Profile, likesPerDay?: number): Habits {
  const p = profile === 'light' ? rng.float(0.03, 0.08) : profile === 'medium' ? rng.float(0.08, 0.18) : rng.float(0.18, 0.3)
  const lpd = likesPerDay ?? (profile === 'light' ? rng.float(1.5, 4) : profile === 'medium' ? rng.float(10, 20) : rng.float(25, 42))
  return {
    utcOffset: rng.pick([-5, -4, 0, 1, 1, 2, 3]),
    videosPerDay: lpd / p,
    videosPerSession: profile === 'light' ? rng.float(18, 30) : rng.float(28, 60),
    dwellSeconds: rng.float(10, 18),
    likeRate: p,
    favoriteRate: rng.float(0.03, 0.1),
    mobileShare: rng.float(0.3, 0.45),
    loginShare: rng.float(0.7, 0.9),
  }
}

/** UTC offset (ms) of a session start in a UTC day: mostly evenings, some lunch breaks, a little at any hour (export-spec.ts). */
function sessionOffset(rng: Rng, utcOffset: number): number {
  const mode = rng.next()
  const local = mode < 0.62 ? rng.normal(21, 1.6) : mode < 0.85 ? rng.normal(13, 2) : rng.float(0, 24)
  const utc = (((local - utcOffset) % 24) + 24) % 24
  return Math.floor(utc * 3600) * SECOND
}

/** Upload time of a video seen at `at`: For You videos are mostly days old, some months or years. */
function newVideoId(rng: Rng, at: number, used: Set<string>): string {
  for (;;) {
    const mode = rng.next()
    const lag = mode < 0.6 ? rng.exponential(2 * DAY) : mode < 0.9 ? rng.exponential(30 * DAY) : rng.float(0, 700 * DAY)
    const upload = Math.max(Date.UTC(2016, 8, 1), at - 90 * SECOND - lag)
    const id = makeVideoId(upload, rng.uint32())
    if (!used.has(id)) {
      used.add(id)
      return id
    }
  }
}

const utcDay = (ms: number): number => Math.floor(ms / DAY)

interface Session {
  start: number
  end: number
  likes: SpecVideo[]
}

interface Timeline {
  likes: SpecVideo[]
  favorites: SpecVideo[]
  watch: WatchRow[]
  sessions: Session[]
  used: Set<string>
}

interface TimelineInput {
  habits: Habits
  from: number
  end: number
  /** Watch rows are kept from here (the earliest export's retention window). */
  watchFrom: number
  /** UTC days whose likes did not register: day → share of the usual likes that did. */
  gapDays: ReadonlyMap<number, number>
  /** UTC days that must see at least this many likes' worth of watching (planted gaps need normal watching). */
  busyDays: ReadonlyMap<number, number>
}

function buildTimeline(rng: Rng, input: TimelineInput): Timeline {
  const { habits, from, end, watchFrom, gapDays, busyDays } = input
  const used = new Set<string>()
  const likes: SpecVideo[] = []
  const favorites: SpecVideo[] = []
  const watch: WatchRow[] = []
  const sessions: Session[] = []
  const gapWatch = new Map<number, WatchRow[]>()
  let cursor = from
  const firstDay = utcDay(from)
  const lastDay = utcDay(end)
  for (let day = firstDay; day <= lastDay; day++) {
    const dayStart = day * DAY
    const progress = (dayStart - from) / Math.max(DAY, end - from)
    const busy = busyDays.get(day)
    // Some days without TikTok at all (the 7 % of empty days real watch histories show).
    if (busy === undefined && rng.chance(0.06)) continue
    const weekend = new Date(dayStart).getUTCDay() % 6 === 0
    let factor = Math.exp(rng.normal(0, 0.3)) * (weekend ? 1.2 : 1) * (0.4 + 0.6 * progress)
    if (busy !== undefined) factor = Math.max(factor, (busy * 1.5) / (habits.videosPerDay * habits.likeRate))
    const videos = habits.videosPerDay * factor
    const count = Math.max(1, Math.round(videos / habits.videosPerSession + rng.normal(0, 0.5)))
    // Day-to-day mood moves the like rate a little; a real gap is far outside it.
    const mood = Math.exp(rng.normal(0, 0.15))
    const starts = Array.from({ length: count }, () => dayStart + sessionOffset(rng, habits.utcOffset)).sort((a, b) => a - b)
    // A day that must see normal watching gets more sessions after its last one until it has.
    const target = busy === undefined ? 0 : (busy * 1.3) / habits.likeRate
    let watchedToday = 0
    for (let si = 0; si < starts.length; si++) {
      const s = starts[si] ?? dayStart
      // One screen, one session at a time: a session never starts before the previous one ended.
      let at = Math.max(s, cursor + 2 * MINUTE)
      if (at > end) break
      const session: Session = { start: at, end: at, likes: [] }
      const n = rng.geometric(videos / count)
      for (let k = 0; k < n && at <= end; k++) {
        // Capped so that no mood makes an ordinary session a spree.
        const liked = rng.chance(Math.min(0.3, habits.likeRate * mood))
        const gap = gapDays.has(utcDay(at))
        const inWatch = at >= watchFrom
        const favouritedAlone = !liked && rng.chance(habits.likeRate * 0.04)
        if (utcDay(at) === day) watchedToday++
        if (inWatch || (liked && !gap) || favouritedAlone) {
          const id = newVideoId(rng, at, used)
          const row = { at, videoId: id }
          if (inWatch) watch.push(row)
          if (gap && inWatch) {
            const list = gapWatch.get(utcDay(at)) ?? []
            list.push(row)
            gapWatch.set(utcDay(at), list)
          }
          if (liked && !gap) {
            const like = { at: Math.min(end, at + rng.int(2, 6) * SECOND), videoId: id }
            likes.push(like)
            session.likes.push(like)
            if (rng.chance(habits.favoriteRate)) favorites.push({ at: Math.min(end, like.at + rng.int(1, 20) * SECOND), videoId: id })
          } else if (favouritedAlone) favorites.push({ at: Math.min(end, at + rng.int(3, 15) * SECOND), videoId: id })
        }
        session.end = at
        at += (3 + Math.floor(rng.exponential(habits.dwellSeconds - 3))) * SECOND
      }
      cursor = session.end
      sessions.push(session)
      if (si === starts.length - 1 && watchedToday < target && starts.length < 40) starts.push(cursor + rng.int(20, 60) * MINUTE)
    }
  }
  // The likes of a gap day that did register: a planted share of the user's usual rate.
  for (const [day, rows] of gapWatch) {
    const share = gapDays.get(day) ?? 0
    const keep = Math.floor(share * rows.length * habits.likeRate)
    const picked = rng.shuffle([...rows]).slice(0, keep)
    for (const row of picked) likes.push({ at: Math.min(day * DAY + DAY - SECOND, row.at + 2 * SECOND), videoId: row.videoId })
  }
  likes.sort((a, b) => a.at - b.at)
  favorites.sort((a, b) => a.at - b.at)
  watch.sort((a, b) => a.at - b.at)
  return { likes, favorites, watch, sessions, used }
}

/** Every planted gap day saw at least its required likes' worth of watching at the user's usual rate. */
function gapWatchOk(watch: readonly WatchRow[], busyDays: ReadonlyMap<number, number>, likeRate: number): boolean {
  if (busyDays.size === 0) return true
  const watched = new Map<number, number>()
  for (const r of watch) {
    const d = utcDay(r.at)
    if (busyDays.has(d)) watched.set(d, (watched.get(d) ?? 0) + 1)
  }
  return [...busyDays].every(([d, min]) => (watched.get(d) ?? 0) * likeRate >= min)
}

// ---------------------------------------------------------------------------------------------
// Logins: one device with a fixed system, home Wi-Fi (one /16: DHCP leases move inside the ISP's block) and
// one mobile carrier. Plants change exactly one of those at a known time.

interface NetworkState {
  device: Device
  system: string
  homePrefix: string
  carrier: string
}

function octet(rng: Rng): number {
  return rng.int(0, 255)
}

function newPrefix(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const p = `${rng.pick(FIRST_OCTETS)}.${octet(rng)}`
    if (!taken.has(p)) {
      taken.add(p)
      return p
    }
  }
}

function wifiLogin(rng: Rng, at: number, prefix: string, device: string, system: string): SpecLogin {
  return { at, ip: `${prefix}.${octet(rng)}.${rng.int(1, 254)}`, deviceModel: device, deviceSystem: system, networkType: 'Wi-Fi', carrier: '' }
}

function mobileLogin(rng: Rng, at: number, carrier: string, device: string, system: string): SpecLogin {
  // Carrier-grade NAT addresses change every time; only Wi-Fi prefixes say where someone is.
  return { at, ip: `${rng.pick([10, 100, 172, 178, 46])}.${octet(rng)}.${octet(rng)}.${rng.int(1, 254)}`, deviceModel: device, deviceSystem: system, networkType: rng.weighted<string>([['4G', 60], ['5G', 35], ['', 5]]), carrier }
}

function buildLogins(rng: Rng, sessions: readonly Session[], from: number, end: number, habits: Habits, net: NetworkState): SpecLogin[] {
  const out: SpecLogin[] = []
  for (const s of sessions) {
    if (s.start < from || !rng.chance(habits.loginShare)) continue
    const at = Math.max(from, s.start - rng.int(5, 60) * SECOND)
    out.push(rng.chance(habits.mobileShare) ? mobileLogin(rng, at, net.carrier, net.device.model, net.system) : wifiLogin(rng, at, net.homePrefix, net.device.model, net.system))
  }
  // Opening the app to request the export: the newest row is minutes before TikTok builds the file.
  out.push(wifiLogin(rng, end - rng.int(0, 120) * SECOND, net.homePrefix, net.device.model, net.system))
  return out.sort((a, b) => a.at - b.at)
}

function nextSystem(device: Device, current: string): string {
  const i = device.systems.indexOf(current)
  const later = device.systems[i + 1]
  if (i >= 0 && later !== undefined) return later
  // Past the list: the next point release, as a real update would be.
  const m = /^(.*?)(\d+)$/.exec(current)
  return m ? `${m[1]}${Number(m[2]) + 1}` : `${current}.1`
}

interface LoginPlantOutcome {
  truths: Truth[]
}

/** Applies a login plant at `t` to every login from then on; returns the truths it creates. */
function plantLogin(rng: Rng, plant: 'new-device' | 'os-change' | 'new-network', logins: SpecLogin[], t: number, net: NetworkState, seen: { models: Set<string>; prefixes: Set<string>; carriers: Set<string> }): LoginPlantOutcome {
  const after = (): SpecLogin[] => logins.filter((l) => l.at > t)
  const insert = (l: SpecLogin): void => {
    logins.push(l)
    logins.sort((a, b) => a.at - b.at)
  }
  const freshDevice = (): Device => {
    const d = rng.pick(DEVICES.filter((x) => !seen.models.has(x.model)))
    seen.models.add(d.model)
    return d
  }
  if (plant === 'os-change') {
    // The device in use at t is updated: every later login from it reports the new system.
    const current = [...logins].reverse().find((l) => l.at < t) ?? logins[0]
    const device = DEVICES.find((d) => d.model === current?.deviceModel) ?? net.device
    const before = current?.deviceSystem ?? net.system
    const system = nextSystem(device, before)
    for (const l of after()) if (l.deviceModel === device.model) l.deviceSystem = system
    insert(wifiLogin(rng, t, net.homePrefix, device.model, system))
    if (device.model === net.device.model) net.system = system
    return { truths: [{ kind: 'os-change', start: t, end: t, note: `${device.model} updated ${before} → ${system}` }] }
  }
  if (plant === 'new-device') {
    const variant = rng.pick(['new-phone', 'new-phone', 'intruder', 'tablet'] as const)
    const device = freshDevice()
    const system = rng.pick(device.systems)
    if (variant === 'intruder') {
      // Someone else signs in: an unknown phone on a network the user never used.
      const prefix = newPrefix(rng, seen.prefixes)
      insert(wifiLogin(rng, t, prefix, device.model, system))
      for (let k = 1, n = rng.int(0, 2); k <= n; k++) insert(wifiLogin(rng, t + k * rng.int(5, 25) * MINUTE, prefix, device.model, system))
      return {
        truths: [
          { kind: 'new-device', start: t, end: t, note: `unknown ${device.model} signed in` },
          { kind: 'new-network', start: t, end: t, note: `unknown device's Wi-Fi ${prefix}.x.x` },
        ],
      }
    }
    if (variant === 'tablet') {
      // A tablet joins the household's devices and is used now and then at home.
      for (const l of after()) {
        if (l.networkType === 'Wi-Fi' && rng.chance(0.2)) {
          l.deviceModel = device.model
          l.deviceSystem = system
        }
      }
    } else {
      // A new phone: the old one is used for a few more days, then put away.
      const retire = t + rng.int(0, 5) * DAY
      for (const l of after()) {
        if (l.deviceModel === net.device.model && (l.at > retire || rng.chance(0.7))) {
          l.deviceModel = device.model
          l.deviceSystem = system
        }
      }
      net.device = device
      net.system = system
    }
    insert(wifiLogin(rng, t, net.homePrefix, device.model, system))
    return { truths: [{ kind: 'new-device', start: t, end: t, note: `${variant}: ${device.model}` }] }
  }
  const variant = rng.pick(['travel', 'travel', 'move', 'carrier-switch'] as const)
  if (variant === 'carrier-switch') {
    const carrier = rng.pick(CARRIERS.filter((c) => !seen.carriers.has(c)))
    seen.carriers.add(carrier)
    for (const l of after()) if (l.networkType !== 'Wi-Fi') l.carrier = carrier
    net.carrier = carrier
    insert(mobileLogin(rng, t, carrier, net.device.model, net.system))
    return { truths: [{ kind: 'new-network', start: t, end: t, note: `switched carrier to ${carrier}` }] }
  }
  const prefix = newPrefix(rng, seen.prefixes)
  if (variant === 'move') {
    // A new home (or ISP): every later Wi-Fi login comes from the new block.
    for (const l of after()) if (l.networkType === 'Wi-Fi') l.ip = `${prefix}.${octet(rng)}.${rng.int(1, 254)}`
    net.homePrefix = prefix
    insert(wifiLogin(rng, t, prefix, net.device.model, net.system))
    return { truths: [{ kind: 'new-network', start: t, end: t, note: `moved: home Wi-Fi now ${prefix}.x.x` }] }
  }
  // Travel: hotel Wi-Fi for a few days, sometimes a roaming partner's network on mobile data.
  const back = t + rng.int(2, 9) * DAY
  const roaming = rng.chance(0.5) ? rng.pick(ROAMING.filter((c) => !seen.carriers.has(c))) : null
  for (const l of after()) {
    if (l.at > back) continue
    if (l.networkType === 'Wi-Fi') l.ip = `${prefix}.${octet(rng)}.${rng.int(1, 254)}`
    else if (roaming !== null) l.carrier = roaming
  }
  insert(wifiLogin(rng, t, prefix, net.device.model, net.system))
  const truths: Truth[] = [{ kind: 'new-network', start: t, end: t, note: `travel: hotel Wi-Fi ${prefix}.x.x` }]
  if (roaming !== null) {
    seen.carriers.add(roaming)
    insert(mobileLogin(rng, t + rng.int(2, 20) * HOUR, roaming, net.device.model, net.system))
    const first = logins.find((l) => l.carrier === roaming)
    if (first !== undefined) truths.push({ kind: 'new-network', start: first.at, end: first.at, note: `travel: roaming on ${roaming}` })
  }
  return { truths }
}

// ---------------------------------------------------------------------------------------------
// Like bursts: a liking spree at a pace no normal session reaches.

interface BurstShape {
  likes: number
  /** Mean seconds between likes. */
  gapSeconds: number
  label: string
}

function burstShape(rng: Rng): BurstShape {
  const v = rng.int(0, 4)
  // Just over the short rule: 41–46 likes, 40 of them within 8½–9¾ minutes.
  if (v === 0) return { likes: rng.int(41, 46), gapSeconds: rng.float(13, 14.8), label: 'near 40/10 min' }
  if (v === 1) return { likes: rng.int(50, 120), gapSeconds: rng.float(5, 12), label: 'quick spree' }
  if (v === 2) return { likes: rng.int(60, 250), gapSeconds: rng.float(2.5, 5), label: 'frantic double-tapping' }
  // Sustained for most of an hour at a pace under the short rule: 152–175 likes in 52–59 minutes.
  if (v === 3) {
    const likes = rng.int(152, 175)
    return { likes, gapSeconds: (rng.float(52, 58.5) * 60) / (likes - 1), label: 'near 150/hour' }
  }
  return { likes: rng.int(160, 260), gapSeconds: rng.float(12, 20), label: 'long binge' }
}

/** Most likes inside any window of `windowMs` (two pointers over sorted times). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  let best = 0
  let j = 0
  for (let i = 0; i < times.length; i++) {
    while ((times[i] ?? 0) - (times[j] ?? 0) > windowMs) j++
    best = Math.max(best, i - j + 1)
  }
  return best
}

export function isBurst(times: readonly number[]): boolean {
  return maxInWindow(times, 10 * MINUTE) >= 40 || maxInWindow(times, 60 * MINUTE) >= 150
}

function plantBurst(rng: Rng, tl: Timeline, start: number, end: number): { truth: Truth; session: Session } {
  const shape = burstShape(rng)
  let scale = 1
  let times: number[] = []
  // Jittered gaps; if the jitter pushed a near-threshold spree under the rule, tighten it until it is a burst.
  const base = Array.from({ length: shape.likes - 1 }, () => rng.float(0.75, 1.25))
  for (;;) {
    times = [start]
    for (const g of base) times.push((times[times.length - 1] ?? start) + Math.max(1, Math.round(g * shape.gapSeconds * scale)) * SECOND)
    if (isBurst(times)) break
    scale *= 0.97
  }
  const session: Session = { start, end: times[times.length - 1] ?? start, likes: [] }
  for (const at of times) {
    if (at > end) break
    const id = newVideoId(rng, at, tl.used)
    // Watched for a second or two, then liked.
    tl.watch.push({ at: at - rng.int(1, 2) * SECOND, videoId: id })
    const like = { at, videoId: id }
    tl.likes.push(like)
    session.likes.push(like)
  }
  tl.sessions.push(session)
  tl.likes.sort((a, b) => a.at - b.at)
  tl.watch.sort((a, b) => a.at - b.at)
  tl.sessions.sort((a, b) => a.start - b.start)
  const first = session.likes[0]?.at ?? start
  const last = session.likes[session.likes.length - 1]?.at ?? start
  return { truth: { kind: 'like-burst', start: first, end: last, note: `${shape.label}: ${session.likes.length} likes in ${Math.round((last - first) / MINUTE)} min` }, session }
}

// ---------------------------------------------------------------------------------------------
// Categories.

/** Categories every full export of the generation carries (export-format.md §1.1); leaving one out makes it partial. */
const CORE_CATEGORIES: Readonly<Record<Generation, readonly string[]>> = {
  A: ['Activity', 'App Settings', 'Comment', 'Direct Messages', 'Profile', 'Video'],
  B: ['Activity', 'App Settings', 'Comment', 'Direct Messages', 'Profile', 'Video'],
  C: ['Your Activity', 'App Settings', 'Comment', 'Direct Message', 'Profile', 'Post'],
  D: ['Your Activity', 'Likes and Favorites', 'Profile And Settings', 'Comment', 'Direct Message', 'Post'],
}

/** Categories that come and go with region, account type and date: an export without them is still complete. */
const OPTIONAL_CATEGORIES: Readonly<Record<Generation, readonly string[]>> = {
  A: ['Tiktok Shopping', 'Tiktok Live', 'Ads and data'],
  B: ['Income Plus Wallet Transactions', 'Poi Review', 'Tiktok Shopping'],
  C: ['Income Plus Wallet Transactions', 'Location Review', 'TikTok Shop'],
  D: ['Income+ Wallet', 'Location Review', 'TikTok Shop', 'TikTok Live'],
}

const ALL_CATEGORIES: Readonly<Record<Generation, readonly string[]>> = {
  A: ['Activity', 'Ads and data', 'App Settings', 'Comment', 'Direct Messages', 'Profile', 'Tiktok Live', 'Tiktok Shopping', 'Video'],
  B: ['Activity', 'Ads and data', 'App Settings', 'Comment', 'Direct Messages', 'Income Plus Wallet Transactions', 'Poi Review', 'Profile', 'Tiktok Live', 'Tiktok Shopping', 'Video'],
  C: ['Ads and data', 'App Settings', 'Comment', 'Direct Message', 'Income Plus Wallet Transactions', 'Location Review', 'Post', 'Profile', 'TikTok Shop', 'Tiktok Live', 'Your Activity'],
  D: ['Comment', 'Direct Message', 'Income+ Wallet', 'Likes and Favorites', 'Location Review', 'Post', 'Profile And Settings', 'TikTok Live', 'TikTok Shop', 'Your Activity'],
}

/** The category holding each core section, per generation. */
const SECTION_CATEGORY: Readonly<Record<Generation, Readonly<Record<CoreSection, string>>>> = {
  A: { likes: 'Activity', watch: 'Activity', logins: 'Activity' },
  B: { likes: 'Activity', watch: 'Activity', logins: 'Activity' },
  C: { likes: 'Your Activity', watch: 'Your Activity', logins: 'Your Activity' },
  D: { likes: 'Likes and Favorites', watch: 'Your Activity', logins: 'Your Activity' },
}

/** Sections a plant needs in the analysed export to be observable. */
function neededSections(plants: readonly Plant[]): Set<CoreSection> {
  const out = new Set<CoreSection>()
  for (const p of plants) {
    if (p === 'new-device' || p === 'os-change' || p === 'new-network') out.add('logins')
    if (p === 'like-gap') {
      out.add('watch')
      out.add('likes')
    }
    if (p === 'like-burst' || p.startsWith('vanished') || p.startsWith('truncation')) out.add('likes')
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Scenario assembly.

interface Reservation {
  from: number
  to: number
}

/** A time in [lo, hi] at least `clear` away from every reserved span; reserves it. */
function reserveTime(rng: Rng, lo: number, hi: number, clear: number, reserved: Reservation[], length = 0): number {
  for (let tries = 0; tries < 200; tries++) {
    const t = Math.floor(rng.float(lo, Math.max(lo, hi - length)) / SECOND) * SECOND
    if (reserved.every((r) => t + length + clear < r.from || t - clear > r.to)) {
      reserved.push({ from: t, to: t + length })
      return t
    }
  }
  throw new RangeError('no free time left for a plant; the scenario plan is too crowded')
}

function clusterTruths(removed: readonly SpecVideo[], note: string): Truth[] {
  const sorted = [...removed].sort((a, b) => a.at - b.at)
  const out: Truth[] = []
  for (const like of sorted) {
    const last = out[out.length - 1]
    if (last !== undefined && like.at - last.end <= VANISHED_CLUSTER_GAP_MS) last.end = like.at
    else out.push({ kind: 'vanished-likes', start: like.at, end: like.at, note })
  }
  return out
}

/** The export of the account as TikTok would build it at `exportedAt`: rows up to `end`, watch and logins for ~180 days. */
function exportView(base: ExportSpec, exportedAt: number, end: number, likes: SpecVideo[], favorites: SpecVideo[], watch: readonly WatchRow[], logins: readonly SpecLogin[], deleted: readonly SpecDeletedPost[]): ExportSpec {
  const retention = end - 180 * DAY
  const upTo = <T extends { at: number }>(rows: readonly T[]): T[] => rows.filter((r) => r.at <= end)
  const watchRows = watch.filter((r) => r.at >= retention && r.at <= end)
  const deletedPosts = deleted.filter((p) => p.deletedAt <= end && p.deletedAt > end - 30 * DAY)
  // Posts deleted after this export are still live in it.
  const posts = [...upTo(base.posts), ...deleted.filter((p) => p.deletedAt > end && p.at <= end).map(({ deletedAt: _d, ...p }) => p)].sort((a, b) => a.at - b.at)
  return {
    ...base,
    exportedAt,
    likes: upTo(likes),
    favorites: upTo(favorites),
    watch: watchFromRows(watchRows),
    logins: logins.filter((l) => l.at >= retention && l.at <= end),
    searches: upTo(base.searches),
    shares: base.shares.filter((s) => s.at <= end),
    followers: upTo(base.followers),
    following: upTo(base.following),
    blocked: upTo(base.blocked),
    posts,
    deletedPosts,
    comments: upTo(base.comments),
    settings: new Map(base.settings),
    activitySummary: new Map([...base.activitySummary, ['videosWatchedToTheEndSinceAccountRegistration', Math.round(watchRows.length * 0.45)]]),
  }
}

/** Truths every export carries by its nature, derived from what the rendering shows. */
function derivedTruths(spec: ExportSpec, render: ScenarioRender, likes: readonly SpecVideo[]): Truth[] {
  const visible = visibleParts(render)
  const out: Truth[] = []
  const at = spec.exportedAt
  const oldestLike = visible.has('likes') ? likes[0]?.at : undefined
  if (oldestLike !== undefined) {
    const windows: Array<[VisiblePart, readonly number[]]> = [
      ['watch', [...spec.watch.ascending()].map((r) => r.at)],
      ['logins', spec.logins.map((l) => l.at)],
    ]
    for (const [part, times] of windows) {
      const first = times[0]
      const last = times[times.length - 1]
      if (!visible.has(part) || first === undefined || last === undefined) continue
      if (first - oldestLike > RETENTION_MARGIN_MS) out.push({ kind: 'retention-window', start: first, end: last, note: `${part} history starts ${Math.round((first - oldestLike) / DAY)} days after the oldest like` })
    }
  }
  if (visible.has('settings')) {
    const value = spec.settings.get('Who Can View Videos I Liked')
    if (value !== undefined && value !== 'Everyone') out.push({ kind: 'liked-videos-private', start: at, end: at, note: `liked videos visible to "${value}"` })
  }
  if (visible.has('deletedPosts')) {
    const days = new Map<number, number>()
    for (const p of spec.deletedPosts) days.set(utcDay(p.deletedAt), (days.get(utcDay(p.deletedAt)) ?? 0) + 1)
    for (const [day, n] of [...days].sort((a, b) => a[0] - b[0])) out.push({ kind: 'deleted-posts', start: day * DAY, end: day * DAY + DAY - SECOND, note: `${n} post(s) deleted` })
  }
  if (render.format === 'json') {
    const categories = render.categories ?? ALL_CATEGORIES[render.generation]
    const missing = CORE_CATEGORIES[render.generation].filter((c) => !categories.includes(c))
    if (missing.length > 0) out.push({ kind: 'partial-export', start: at, end: at, note: `categories left out: ${missing.join(', ')}` })
    for (const section of render.omitSections ?? []) {
      if (categories.includes(SECTION_CATEGORY[render.generation][section])) out.push({ kind: 'missing-section', start: at, end: at, note: `${section} missing from a present category` })
    }
  } else if ((render.omitFolderOf ?? []).length > 0) {
    out.push({ kind: 'partial-export', start: at, end: at, note: `TXT folders left out (with ${(render.omitFolderOf ?? []).join(', ')})` })
  }
  const oldest = likes[0]?.at
  if (visible.has('likes') && oldest !== undefined) {
    // A cut list: exactly at a known cap, or a long list whose favourites (never cut) reach back over a year further.
    const fav = visible.has('favorites') ? spec.favorites[0]?.at : undefined
    const lead = fav !== undefined && likes.length >= TRUNCATION_MIN_LIKES && oldest - fav > TRUNCATION_FAVORITES_LEAD_MS
    const atCap = TRUNCATION_CAPS.includes(likes.length)
    if (atCap || lead) {
      const note = atCap ? `like list cut at exactly ${likes.length}` : `favourites reach ${Math.round((oldest - (fav ?? oldest)) / DAY)} days before the oldest of ${likes.length} likes`
      out.push({ kind: 'possible-truncation', start: Math.min(fav ?? oldest, oldest), end: oldest, note })
    }
  }
  return out
}

function profileFor(rng: Rng, plan: ScenarioPlan): Profile {
  if (plan.profile !== undefined) return plan.profile
  if (plan.plants.includes('truncation-cap') || plan.plants.includes('truncation-favorites')) return 'medium'
  if (plan.plants.includes('like-gap')) return rng.chance(0.5) ? 'medium' : 'heavy'
  return rng.pick(['light', 'medium', 'heavy'] as const)
}

/** Builds one scenario. Same seed and plan → identical scenario. */
export function makeScenario(seed: number, plan: ScenarioPlan): Scenario {
  const rng = new Rng(seed)
  const plants = new Set(plan.plants)
  const profile = profileFor(rng.fork('profile'), plan)
  const cap = plants.has('truncation-cap') ? rng.fork('cap').pick(TRUNCATION_CAPS) : null
  const habits = profileHabits(rng.fork('habits'), profile, cap !== null || plants.has('truncation-favorites') ? rng.fork('lpd').float(12, 22) : undefined)
  const gen = plan.generation
  const exportedAt = Math.floor((TYPICAL_EXPORT_DATE[gen] + rng.fork('when').int(-60, 60) * DAY) / SECOND) * SECOND
  const end = exportedAt - rng.fork('end').int(4, 40) * MINUTE

  // Account age: long enough for the plants, and for a cut like list to reach back past the watch history.
  const ageRng = rng.fork('age')
  let ageDays =
    plan.young === true ? ageRng.int(70, 150) : profile === 'light' ? ageRng.int(500, 1800) : profile === 'medium' ? ageRng.int(300, 900) : ageRng.int(150, 300)
  if (cap !== null) ageDays = Math.ceil((cap * 1.45) / (habits.videosPerDay * habits.likeRate * 0.62))
  if (plants.has('truncation-favorites')) ageDays = Math.max(ageDays, ageRng.int(900, 1400))
  const pair = plan.pair === true || plants.has('vanished-session') || plants.has('vanished-scattered')
  // The earlier export: weeks to months before, and well after the account began (a young account's first weeks).
  const olderExportedAt = pair ? exportedAt - Math.min(rng.fork('older').int(12, 90), ageDays - 45) * DAY : null
  const olderEnd = olderExportedAt === null ? null : olderExportedAt - rng.fork('older-end').int(4, 40) * MINUTE

  const baseSpec = makeSpec({
    seed: rng.fork('base').uint32(),
    exportedAt,
    accountAgeDays: ageDays,
    likes: 0,
    favorites: 0,
    watchRows: 0,
    logins: 0,
    deletedPosts: plan.deletedPosts ?? rng.fork('deleted').int(0, 3),
    posts: rng.fork('posts').int(0, 12),
    likedVideosVisibility: plan.likedVisibility ?? 'Myself',
    utcOffsetHours: habits.utcOffset,
  })
  const from = baseSpec.account.createdAt
  const watchFrom = (olderEnd ?? end) - 180 * DAY
  const newerWatchFrom = Math.max(from, end - 180 * DAY)

  // Render options first: which sections the analysed export shows decides which plants can be seen.
  const renderRng = rng.fork('render')
  const needed = neededSections(plan.plants)
  let render: ScenarioRender
  if (plan.format === 'txt') {
    const language = plan.language ?? 'en'
    let omit: CoreSection[] = []
    if (plants.has('partial-export')) {
      // A TXT request without the activity category: the folder goes with all its files.
      const options: CoreSection[] = (['watch', 'likes', 'logins'] as const).filter((s) => {
        const probe = visibleParts({ format: 'txt', generation: gen, language, omitFolderOf: [s] })
        return [...needed].every((n) => probe.has(n))
      })
      if (options.length === 0) throw new RangeError('partial-export in TXT needs a folder no other plant uses')
      omit = [renderRng.pick(options)]
    }
    render = { format: 'txt', generation: gen, language, omitFolderOf: omit }
  } else {
    let omitSections: CoreSection[] | undefined
    if (plants.has('missing-section')) {
      const options = (['watch', 'watch', 'logins', 'likes'] as const).filter((s) => !needed.has(s))
      if (options.length === 0) throw new RangeError('missing-section needs a section no other plant uses')
      omitSections = [renderRng.pick(options)]
    }
    let categories: string[] | undefined
    if (plants.has('partial-export')) {
      // Keep what the other plants need, and the category a missing section must be missing from.
      const keep = new Set([...needed, ...(omitSections ?? [])].map((n) => SECTION_CATEGORY[gen][n]))
      const droppable = CORE_CATEGORIES[gen].filter((c) => !keep.has(c))
      const drop = new Set(renderRng.shuffle([...droppable]).slice(0, renderRng.int(1, Math.min(3, droppable.length))))
      if (renderRng.chance(0.5)) for (const c of OPTIONAL_CATEGORIES[gen]) if (renderRng.chance(0.5)) drop.add(c)
      categories = ALL_CATEGORIES[gen].filter((c) => !drop.has(c))
    } else if (plan.dropOptionalCategories === true) {
      const drop = new Set(OPTIONAL_CATEGORIES[gen].filter(() => renderRng.chance(0.6)))
      drop.add(renderRng.pick(OPTIONAL_CATEGORIES[gen]))
      categories = ALL_CATEGORIES[gen].filter((c) => !drop.has(c))
    }
    render = { format: 'json', generation: gen, zipped: plan.zipped ?? false, ...(categories !== undefined ? { categories } : {}), ...(omitSections !== undefined ? { omitSections } : {}) }
  }
  const visible = visibleParts(render)

  // Gap days: 2–5 consecutive UTC days inside the analysed watch history, or one day that lost every like.
  const reserved: Reservation[] = []
  const gapDays = new Map<number, number>()
  const busyDays = new Map<number, number>()
  const truths: Truth[] = []
  const planRng = rng.fork('plants')
  if (plants.has('like-gap')) {
    const single = profile === 'heavy' && planRng.chance(0.35)
    const length = single ? 1 : planRng.int(2, 5)
    const t = reserveTime(planRng, newerWatchFrom + 12 * DAY, end - 6 * DAY, 2 * DAY, reserved, length * DAY)
    const first = utcDay(t)
    for (let d = first; d < first + length; d++) {
      gapDays.set(d, single ? 0 : planRng.float(0, 0.12))
      // Normal watching on a gap day: at least 14 likes' worth at the usual rate (36 for a single lost day).
      busyDays.set(d, single ? 40 : 14)
    }
    truths.push({ kind: 'like-gap', start: first * DAY, end: (first + length) * DAY - SECOND, note: single ? 'one busy day without a single like' : `${length} days of likes not registering` })
  }

  // Rebuilt (new randomness) until the plants hold: a cut list needs more likes than the cap, a gap day needs normal watching.
  const holds = (t: Timeline): boolean => (cap === null || t.likes.length >= cap * 1.08) && gapWatchOk(t.watch, busyDays, habits.likeRate)
  let tl = buildTimeline(rng.fork('timeline'), { habits, from, end, watchFrom, gapDays, busyDays })
  for (let attempt = 1; !holds(tl); attempt++) {
    if (attempt > 8) throw new RangeError(`scenario ${seed}: plants do not hold after ${attempt} timelines`)
    if (cap !== null && tl.likes.length < cap * 1.08) habits.videosPerDay *= 1.25
    tl = buildTimeline(rng.fork('timeline', attempt), { habits, from, end, watchFrom, gapDays, busyDays })
  }

  // Bursts: in the last months, inside what both exports show when two are compared.
  const burstSessions: Session[] = []
  if (plants.has('like-burst')) {
    const count = planRng.chance(0.3) ? 2 : 1
    const hi = (olderEnd ?? end) - 2 * DAY
    for (let k = 0; k < count; k++) {
      const t = reserveTime(planRng, Math.max(from + 20 * DAY, hi - 150 * DAY), hi, 1 * DAY, reserved, 2 * HOUR)
      const burst = plantBurst(planRng, tl, t, end)
      truths.push(burst.truth)
      burstSessions.push(burst.session)
    }
  }

  // Logins over the whole timeline; plants land in the analysed export's history, after its baseline week.
  const netRng = rng.fork('network')
  const device = netRng.pick(DEVICES.slice(0, 6))
  const net: NetworkState = {
    device,
    system: netRng.pick(device.systems.slice(0, Math.max(1, device.systems.length - 1))),
    homePrefix: '',
    carrier: netRng.chance(0.85) ? netRng.pick(CARRIERS) : '',
  }
  const seen = { models: new Set([device.model]), prefixes: new Set<string>(), carriers: new Set<string>([net.carrier]) }
  net.homePrefix = newPrefix(netRng, seen.prefixes)
  const loginFrom = Math.max(from, (olderEnd ?? end) - 180 * DAY)
  const logins = buildLogins(netRng, tl.sessions, loginFrom, end, habits, net)
  const loginPlants = (['new-device', 'os-change', 'new-network'] as const).filter((p) => plants.has(p))
  const newerLoginFrom = Math.max(from, end - 180 * DAY)
  const firstNewerLogin = logins.find((l) => l.at >= newerLoginFrom)?.at ?? newerLoginFrom
  const loginTimes = loginPlants.map(() => reserveTime(planRng, firstNewerLogin + LOGIN_BASELINE_MS + 3 * DAY, end - 2 * DAY, 1 * DAY, reserved, 10 * DAY)).sort((a, b) => a - b)
  const order = planRng.shuffle([...loginPlants])
  order.forEach((p, i) => {
    truths.push(...plantLogin(planRng, p, logins, loginTimes[i] ?? end, net, seen).truths)
  })

  // Deleted posts: TikTok keeps them 30 days; some are deleted together.
  const delRng = rng.fork('deleted-days')
  const deleted: SpecDeletedPost[] = []
  for (const p of baseSpec.deletedPosts) {
    const prev = deleted[deleted.length - 1]
    const deletedAt = prev !== undefined && delRng.chance(0.35) ? prev.deletedAt + delRng.int(1, 20) * MINUTE : end - Math.floor(delRng.float(0.05, 29) * DAY)
    deleted.push({ ...p, at: Math.min(p.at, deletedAt - HOUR), deletedAt: Math.floor(Math.min(end, deletedAt) / SECOND) * SECOND })
  }

  // Like list as exported: cut to the newest `cap`, or to the newest months while favourites go back years.
  let exported = tl.likes
  if (cap !== null) exported = tl.likes.slice(tl.likes.length - cap)
  else if (plants.has('truncation-favorites')) {
    const cut = end - planRng.int(200, 400) * DAY
    exported = tl.likes.filter((l) => l.at >= cut)
  } else if (TRUNCATION_CAPS.includes(tl.likes.length)) {
    // A natural count exactly at a cap would be indistinguishable from a cut list; drop the oldest like.
    exported = tl.likes.slice(1)
  }

  // The compared pair: likes that vanished between the exports.
  let removed: SpecVideo[] = []
  if (pair && olderEnd !== null) {
    const olderLikes = exported.filter((l) => l.at <= olderEnd)
    const protectedFrom = olderLikes[20]?.at ?? Infinity
    if (plants.has('vanished-session')) {
      // Often the session that vanishes is a planted spree: the likes users see "bounce back".
      const burstSession = burstSessions.find((s) => s.end <= olderEnd)
      // A whole evening's session: for a light liker that may be only a few likes.
      const recent = tl.sessions.filter((s) => s.likes.length >= 2 && s.end <= olderEnd - DAY && s.start >= olderEnd - 180 * DAY && s.start > protectedFrom)
      const most = Math.max(0, ...recent.map((s) => s.likes.length))
      const candidates = recent.filter((s) => s.likes.length >= Math.min(8, most))
      const session = burstSession !== undefined && planRng.chance(0.5) ? burstSession : candidates.length > 0 ? planRng.pick(candidates) : burstSession
      if (session === undefined) throw new RangeError(`scenario ${seed}: no session with likes to vanish (${olderLikes.length} likes before the older export, ${profile}${plan.young === true ? ', young' : ''})`)
      removed.push(...session.likes)
    }
    if (plants.has('vanished-scattered')) {
      const pool = olderLikes.filter((l) => l.at > protectedFrom)
      removed.push(...planRng.shuffle([...pool]).slice(0, planRng.int(3, 30)))
    }
    const ids = new Set(removed.map((l) => l.videoId))
    removed = olderLikes.filter((l) => ids.has(l.videoId))
  }
  const removedIds = new Set(removed.map((l) => l.videoId))
  const newerLikes = exported.filter((l) => !removedIds.has(l.videoId))

  const newer = exportView(baseSpec, exportedAt, end, newerLikes, tl.favorites, tl.watch, logins, deleted)
  const older = olderExportedAt !== null && olderEnd !== null ? exportView(baseSpec, olderExportedAt, olderEnd, exported, tl.favorites, tl.watch, logins, deleted) : undefined
  const olderRenderOptions: ScenarioRender | undefined = older !== undefined ? { format: 'json', generation: gen, zipped: false } : undefined

  // Truths about likes and logins count only where the analysed rendering shows them.
  const knownLikes = older !== undefined ? [...newer.likes, ...removed].sort((a, b) => a.at - b.at) : newer.likes
  const knownIds = new Set(knownLikes.map((l) => l.videoId))
  const kept = truths.filter((t) => {
    if (t.kind === 'like-burst') return visible.has('likes') && tl.likes.filter((l) => l.at >= t.start && l.at <= t.end).every((l) => knownIds.has(l.videoId))
    if (t.kind === 'like-gap') return visible.has('likes') && visible.has('watch')
    if (t.kind === 'new-device' || t.kind === 'os-change' || t.kind === 'new-network') return visible.has('logins')
    return true
  })
  if (visible.has('likes') && removed.length > 0) kept.push(...clusterTruths(removed.filter((l) => l.at >= (newer.likes[0]?.at ?? Infinity)), plants.has('vanished-session') ? 'session undone' : 'videos removed here and there'))
  kept.push(...derivedTruths(newer, render, newer.likes))
  kept.sort((a, b) => a.start - b.start || (a.kind < b.kind ? -1 : 1))

  const control = plan.plants.length === 0
  const name = `${String(seed).padStart(10, '0').slice(-6)}-${gen}-${plan.format}${older ? '-pair' : ''}-${profile}${plan.young ? '-young' : ''}-${control ? 'control' : plan.plants.join('+')}`
  return { name, seed, plan, control, newer, renderOptions: render, truth: kept, ...(older !== undefined && olderRenderOptions !== undefined ? { older, olderRenderOptions } : {}) }
}

// ---------------------------------------------------------------------------------------------
// Suites.

/** Plants and how often each comes relative to the others: the two truncation shapes and vanished shapes share a kind. */
const PLANT_WEIGHTS: ReadonlyArray<readonly [Plant, number]> = [
  ['like-burst', 2],
  ['vanished-session', 1.2],
  ['new-device', 1.5],
  ['like-gap', 1.5],
  ['os-change', 1.5],
  ['partial-export', 1.2],
  ['new-network', 1.5],
  ['truncation-cap', 0.8],
  ['vanished-scattered', 1],
  ['missing-section', 1.2],
  ['truncation-favorites', 0.8],
]

function compatible(plants: readonly Plant[], next: Plant, format: 'json' | 'txt', generation: Generation, language: TxtLanguage): boolean {
  if (plants.includes(next)) return false
  const all = [...plants, next]
  const truncation = all.filter((p) => p.startsWith('truncation')).length
  const vanished = all.some((p) => p.startsWith('vanished'))
  // A cut like list and a compared pair answer different questions; one truncation at a time.
  if (truncation > 1 || (truncation > 0 && vanished)) return false
  if (format === 'txt' && next === 'missing-section') return false
  const needed = neededSections(all.filter((p) => p !== 'partial-export' && p !== 'missing-section'))
  if (all.includes('missing-section') && (['likes', 'watch', 'logins'] as const).every((s) => needed.has(s))) return false
  if (all.includes('partial-export') && format === 'txt') {
    const ok = (['watch', 'likes', 'logins'] as const).some((s) => {
      const probe = visibleParts({ format: 'txt', generation, language, omitFolderOf: [s] })
      return [...needed].every((n) => probe.has(n))
    })
    if (!ok) return false
  }
  return true
}

/** Control shapes: light, heavy and young users, a compared pair with nothing lost, TXT, optional categories absent, public likes. */
const CONTROLS: ReadonlyArray<Partial<ScenarioPlan>> = [
  { profile: 'heavy' },
  { profile: 'light', pair: true },
  { profile: 'medium', format: 'txt', language: 'nl' },
  { profile: 'heavy', likedVisibility: 'Everyone', zipped: true },
  { profile: 'light', young: true },
  { profile: 'medium', dropOptionalCategories: true },
  { profile: 'heavy', pair: true },
  { profile: 'light', format: 'txt', language: 'en' },
  { profile: 'medium', young: true, zipped: true },
  { profile: 'heavy', dropOptionalCategories: true, deletedPosts: 0 },
]

const GENERATIONS: readonly Generation[] = ['A', 'B', 'C', 'D']

/** `count` scenarios: every fifth a control, the rest with 2–4 planted kinds each, all generations, some TXT and zips. */
export function makeScenarioSuite(seed: number, count: number): Scenario[] {
  const out: Scenario[] = []
  let cursor = 0
  const usage = new Map<Plant, number>()
  let planted = 0
  let controls = 0
  for (let i = 0; i < count; i++) {
    const rng = new Rng(seed).fork('suite', i)
    const generation = GENERATIONS[i % 4] ?? 'C'
    const scenarioSeed = rng.uint32()
    if (i % 5 === 4) {
      const shape = CONTROLS[controls % CONTROLS.length] ?? {}
      controls++
      out.push(makeScenario(scenarioSeed, { generation, format: 'json', zipped: false, plants: [], ...shape }))
      continue
    }
    const format: 'json' | 'txt' = planted % 6 === 3 ? 'txt' : 'json'
    const language: TxtLanguage = format === 'txt' && planted % 12 === 9 ? 'nl' : 'en'
    const want = 2 + (planted % 3)
    const plants: Plant[] = []
    while (plants.length < want) {
      // The least-used compatible plant (relative to its weight) next, ties in rotation order: every kind gets planted often.
      const next = [...PLANT_WEIGHTS]
        .map(([p, w], order) => ({ p, score: (usage.get(p) ?? 0) / w, order: (order - cursor + PLANT_WEIGHTS.length) % PLANT_WEIGHTS.length }))
        .filter(({ p }) => compatible(plants, p, format, generation, language))
        .sort((a, b) => a.score - b.score || a.order - b.order)[0]
      if (next === undefined) break
      plants.push(next.p)
      usage.set(next.p, (usage.get(next.p) ?? 0) + 1)
    }
    cursor++
    out.push(
      makeScenario(scenarioSeed, {
        generation,
        format,
        language,
        zipped: planted % 3 === 1,
        plants,
        young: planted % 11 === 5 && !plants.some((p) => p.startsWith('truncation')),
        likedVisibility: planted % 7 === 2 ? 'Everyone' : 'Myself',
      }),
    )
    planted++
  }
  return out
}
