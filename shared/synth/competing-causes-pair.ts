// shared/synth: pure. A compared pair with several causes of vanished likes of different sizes: a burst that lost most of its likes, a new phone with a few, and scattered single likes.
import type { ExportSpec, SpecLogin, SpecVideo, WatchRow } from './export-spec'
import { makeSpec, makeVideoId, watchFromRows } from './export-spec'
import { Rng } from './random'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export interface CompetingCausesPair {
  older: ExportSpec
  newer: ExportSpec
  /** What was planted: `burstLost` of the burst's likes and all of `phoneLost` and `scatteredLost` are gone from `newer`. */
  facts: {
    burst: SpecVideo[]
    burstLost: SpecVideo[]
    newPhoneLogin: SpecLogin
    phoneLost: SpecVideo[]
    scatteredLost: SpecVideo[]
  }
}

export interface CompetingCausesPlan {
  /** Likes in the burst, all within `burstMinutes`. Default 150 in 20 minutes. */
  burstLikes?: number
  burstMinutes?: number
  /** Of the burst's likes, how many vanish. Default 120. */
  burstLost?: number
  /** Likes given in the hours after a new phone logged in, all vanished. Default 10. */
  phoneLost?: number
  /** Single likes spread over the last year that vanish (videos deleted). Default 19. */
  scatteredLost?: number
}

export const COMPETING_OLDER_EXPORT = Date.UTC(2025, 6, 2, 9, 30)
export const COMPETING_NEWER_EXPORT = Date.UTC(2025, 7, 30, 17, 45)

/**
 * The case by default: 149 likes vanish between 2 July and 30 August 2025 — 120 of a 150-likes-in-20-minutes
 * burst, 10 given the evening a new phone logged in (a week after the burst), and 19 single likes here and there.
 */
export function makeCompetingCausesPair(seed: string | number = 'competing-causes', plan: CompetingCausesPlan = {}): CompetingCausesPair {
  const burstLikes = plan.burstLikes ?? 150
  const burstMinutes = plan.burstMinutes ?? 20
  const rng = new Rng(`${seed}/plants`)
  const base = makeSpec({ seed, likes: 2400, favorites: 180, watchRows: 16_000, logins: 320, devices: 1, exportedAt: COMPETING_OLDER_EXPORT, utcOffsetHours: 1 })

  const burstStart = Math.floor((COMPETING_OLDER_EXPORT - 25 * DAY) / DAY) * DAY + 21 * HOUR
  const step = Math.floor((burstMinutes * MINUTE) / burstLikes)
  const burst: SpecVideo[] = Array.from({ length: burstLikes }, (_, i) => {
    const at = burstStart + i * step
    return { at, videoId: makeVideoId(at - rng.int(1, 90) * DAY, rng.uint32()) }
  })
  const burstLost = rng.shuffle([...burst]).slice(0, plan.burstLost ?? 120)

  // The new phone logs in a week after the burst; the likes given on it that evening never reach TikTok.
  const template = base.logins[base.logins.length - 1] as SpecLogin
  const newPhoneLogin: SpecLogin = { ...template, at: burstStart + 7 * DAY - 2 * HOUR, deviceModel: 'Pixel 8', deviceSystem: 'Android 15' }
  const phoneLost: SpecVideo[] = Array.from({ length: plan.phoneLost ?? 10 }, (_, i) => {
    const at = newPhoneLogin.at + 20 * MINUTE + i * 9 * MINUTE + rng.int(0, 60) * 1000
    return { at, videoId: makeVideoId(at - rng.int(1, 30) * DAY, rng.uint32()) }
  })
  const laterOnNewPhone: SpecLogin[] = Array.from({ length: 10 }, (_, i) => ({ ...newPhoneLogin, at: newPhoneLogin.at + (i + 1) * 1.7 * DAY }))
  const logins = [...base.logins.filter((l) => l.at < newPhoneLogin.at), newPhoneLogin, ...laterOnNewPhone].sort((a, b) => a.at - b.at)

  // Single likes from the last year, well away from the burst and the phone and from each other.
  const away = (t: number): boolean => Math.abs(t - burstStart) > 3 * DAY && Math.abs(t - newPhoneLogin.at) > 3 * DAY
  const lastYear = base.likes.filter((l) => l.at > COMPETING_OLDER_EXPORT - 365 * DAY && away(l.at))
  const scatteredCount = plan.scatteredLost ?? 19
  const scatteredLost = Array.from({ length: scatteredCount }, (_, i) => lastYear[Math.floor(((i + 0.5) * lastYear.length) / scatteredCount)] as SpecVideo)

  const olderLikes = [...base.likes, ...burst, ...phoneLost].sort((a, b) => a.at - b.at)
  const older: ExportSpec = { ...base, likes: olderLikes, logins }

  const lost = new Set([...burstLost, ...phoneLost, ...scatteredLost].map((l) => l.videoId))
  const between = makeSpec({ seed: `${seed}/between`, likes: 260, watchRows: 4_000, logins: 90, devices: 1, accountAgeDays: 57, exportedAt: COMPETING_NEWER_EXPORT, utcOffsetHours: 1 })
  const watchRows: WatchRow[] = [...base.watch.ascending(), ...between.watch.ascending()].filter((r) => r.at > COMPETING_NEWER_EXPORT - 180 * DAY)
  const newerLogins = [
    ...logins.filter((l) => l.at > COMPETING_NEWER_EXPORT - 180 * DAY),
    ...between.logins.map((l) => ({ ...l, deviceModel: newPhoneLogin.deviceModel, deviceSystem: newPhoneLogin.deviceSystem, ip: newPhoneLogin.ip })),
  ].sort((a, b) => a.at - b.at)
  const newer: ExportSpec = {
    ...older,
    exportedAt: COMPETING_NEWER_EXPORT,
    likes: [...olderLikes.filter((l) => !lost.has(l.videoId)), ...between.likes].sort((a, b) => a.at - b.at),
    watch: watchFromRows(watchRows),
    logins: newerLogins,
  }
  return { older, newer, facts: { burst, burstLost, newPhoneLogin, phoneLost, scatteredLost } }
}
