// scripts/eval: Node-free harness. Compared pairs with several planted causes of vanished likes, each cause losing a chosen number of likes, so the main cause is known.
import type { EventKind } from '@shared/contract/model'
import type { ExportSpec, SpecLogin, SpecVideo } from '@shared/synth/export-spec'
import { makeSpec, makeVideoId } from '@shared/synth/export-spec'
import { Rng } from '@shared/synth/random'
import type { PlantedPair } from './headline'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** What makes likes vanish in a plan; `scattered` and `session` are both told as `vanished-likes` (videos deleted; a session undone). */
export type PlantedCause = 'like-burst' | 'new-device' | 'new-network' | 'os-change' | 'scattered' | 'session'

export interface CausePlan {
  cause: PlantedCause
  /** Vanished likes this cause accounts for. */
  lost: number
}

const VERDICT_KIND: Readonly<Record<PlantedCause, EventKind>> = {
  'like-burst': 'like-burst',
  'new-device': 'new-device',
  'new-network': 'new-network',
  'os-change': 'os-change',
  scattered: 'vanished-likes',
  session: 'vanished-likes',
}

export const PLANTED_OLDER_EXPORT = Date.UTC(2025, 5, 20, 18, 40)
export const PLANTED_NEWER_EXPORT = PLANTED_OLDER_EXPORT + 42 * DAY

/** Likes given one every `everyMin` minutes (± a little) from `start`, on videos uploaded days before. */
function likesFrom(rng: Rng, start: number, n: number, everyMin: number): SpecVideo[] {
  return Array.from({ length: n }, (_, i) => {
    const at = start + Math.round(i * everyMin * MINUTE + rng.int(0, 20) * 1000)
    return { at, videoId: makeVideoId(at - rng.int(1, 60) * DAY, rng.uint32()) }
  })
}

/** The next point release of a system name: "iOS 17.5.1" → "iOS 17.5.2", "Android 14" → "Android 15". */
function nextSystem(system: string): string {
  const m = /^(.*?)(\d+)$/.exec(system)
  return m ? `${m[1]}${Number(m[2]) + 1}` : `${system} 2`
}

/**
 * One account exported twice, six weeks apart. Each cause is planted on its own evening (nine days apart, the first 20
 * days before the older export) and loses exactly `lost` likes by the newer export: a burst of 150+ likes in 20
 * minutes of which `lost` vanish; a new phone, a new home network or a system update followed that evening by `lost`
 * likes that all vanish; a whole session of `lost` likes with nothing near it; or `lost` single likes from the last
 * year, far from everything else.
 */
export function makePlantedPair(seed: string, plan: readonly CausePlan[]): PlantedPair {
  const rng = new Rng(`${seed}/plants`)
  const base = makeSpec({ seed, likes: 2400, favorites: 150, watchRows: 16_000, logins: 320, devices: 1, exportedAt: PLANTED_OLDER_EXPORT, utcOffsetHours: 1 })
  // The account's own login changes (its system updates, its home address moving) are kept two days away from every
  // planted evening, or one of them would explain that evening's likes as well as the planted cause does.
  const seen = new Set<string>()
  const ownChanges: number[] = []
  for (const l of base.logins) {
    const keys = [`d:${l.deviceModel}`, `s:${l.deviceSystem}`, ...(l.networkType === 'Wi-Fi' ? [`n:${l.ip.split('.').slice(0, 2).join('.')}`] : [])]
    if (seen.size > 0 && keys.some((k) => !seen.has(k))) ownChanges.push(l.at)
    for (const k of keys) seen.add(k)
  }
  const evening = (i: number): number => {
    let t = Math.floor((PLANTED_OLDER_EXPORT - (20 + 9 * i) * DAY) / DAY) * DAY + 20 * HOUR
    while (ownChanges.some((c) => Math.abs(c - t) < 2 * DAY)) t -= DAY
    return t
  }
  let logins: SpecLogin[] = [...base.logins]
  const added: SpecVideo[] = []
  const lost: SpecVideo[] = []
  const plantedAt: number[] = []
  plan.forEach((p, i) => {
    const t = evening(i)
    plantedAt.push(t)
    if (p.cause === 'like-burst') {
      const burst = likesFrom(rng, t, Math.max(150, p.lost + 30), 20 / Math.max(150, p.lost + 30))
      added.push(...burst)
      lost.push(...rng.shuffle([...burst]).slice(0, p.lost))
    } else if (p.cause === 'session') {
      const session = likesFrom(rng, t, p.lost, 2.5)
      added.push(...session)
      lost.push(...session)
    } else if (p.cause === 'new-device' || p.cause === 'new-network' || p.cause === 'os-change') {
      const before = [...logins].reverse().find((l) => l.at < t) ?? (logins[0] as SpecLogin)
      const login: SpecLogin =
        p.cause === 'new-device'
          ? { ...before, at: t, deviceModel: 'Pixel 8', deviceSystem: 'Android 15' }
          : p.cause === 'new-network'
            ? { ...before, at: t, networkType: 'Wi-Fi', carrier: '', ip: `203.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}` }
            : { ...before, at: t, deviceSystem: nextSystem(before.deviceSystem) }
      // From now on the account uses what changed: the new phone, the updated system (a new network is a visit).
      if (p.cause !== 'new-network') logins = logins.map((l) => (l.at > t && l.deviceModel === before.deviceModel ? { ...l, deviceModel: login.deviceModel, deviceSystem: login.deviceSystem } : l))
      logins.push(login)
      const after = likesFrom(rng, t + 15 * MINUTE, p.lost, 6)
      added.push(...after)
      lost.push(...after)
    }
  })
  logins.sort((a, b) => a.at - b.at)
  const scattered = plan.find((p) => p.cause === 'scattered')
  if (scattered !== undefined) {
    const away = (at: number): boolean => plantedAt.every((t) => Math.abs(at - t) > 3 * DAY)
    const pool = base.likes.filter((l) => l.at > PLANTED_OLDER_EXPORT - 365 * DAY && away(l.at))
    for (let k = 0; k < scattered.lost; k++) lost.push(pool[Math.floor(((k + 0.5) * pool.length) / scattered.lost)] as SpecVideo)
  }
  const olderLikes = [...base.likes, ...added].sort((a, b) => a.at - b.at)
  const older: ExportSpec = { ...base, likes: olderLikes, logins }
  const gone = new Set(lost.map((l) => l.videoId))
  const newer: ExportSpec = { ...older, exportedAt: PLANTED_NEWER_EXPORT, likes: olderLikes.filter((l) => !gone.has(l.videoId)) }

  const tally = new Map<EventKind, number>()
  for (const p of plan) tally.set(VERDICT_KIND[p.cause], (tally.get(VERDICT_KIND[p.cause]) ?? 0) + p.lost)
  const causes = [...tally].map(([kind, likes]) => ({ kind, likes })).sort((a, b) => b.likes - a.likes)
  const main = causes[0] as { kind: EventKind; likes: number }
  const render = { format: 'json', generation: 'C', zipped: true } as const
  return { name: `${seed}: ${plan.map((p) => `${p.cause} ${p.lost}`).join(' + ')}`, older, newer, olderRender: render, newerRender: render, main: main.kind, mainLikes: main.likes, causes }
}

/** The mixes of the table: the issue's case (a burst and a new phone with fewer likes), scattered likes with a new network, and each login kind leading once. */
export const PLANTED_MIXES: ReadonlyArray<readonly CausePlan[]> = [
  [
    { cause: 'like-burst', lost: 120 },
    { cause: 'new-device', lost: 10 },
    { cause: 'scattered', lost: 19 },
  ],
  [
    { cause: 'scattered', lost: 25 },
    { cause: 'new-network', lost: 8 },
  ],
  [
    { cause: 'new-device', lost: 40 },
    { cause: 'like-burst', lost: 12 },
    { cause: 'scattered', lost: 5 },
  ],
  [
    { cause: 'new-network', lost: 30 },
    { cause: 'scattered', lost: 6 },
  ],
  [
    { cause: 'os-change', lost: 25 },
    { cause: 'like-burst', lost: 14 },
  ],
  [
    { cause: 'session', lost: 40 },
    { cause: 'new-device', lost: 15 },
  ],
  [
    { cause: 'like-burst', lost: 60 },
    { cause: 'new-network', lost: 45 },
    { cause: 'scattered', lost: 10 },
  ],
  [
    { cause: 'new-device', lost: 20 },
    { cause: 'os-change', lost: 12 },
    { cause: 'scattered', lost: 8 },
  ],
]

/** Every mix under `seeds` different accounts. */
export function plantedPairs(seeds: readonly string[]): PlantedPair[] {
  return seeds.flatMap((seed) => PLANTED_MIXES.map((plan) => makePlantedPair(seed, plan)))
}
