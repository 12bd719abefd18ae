// shared/synth: pure. The sample shipped with the app: one account exported twice, five weeks apart, with a like burst that vanished, a new phone, and a few scattered lost likes.
import type { ExportSpec, SpecLogin, SpecVideo, WatchRow } from './export-spec'
import { makeSpec, makeVideoId, watchFromRows } from './export-spec'
import { Rng } from './random'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export interface SamplePair {
  older: ExportSpec
  newer: ExportSpec
  /** What was planted, for tests and for the sample's description. */
  facts: {
    burst: SpecVideo[]
    newDeviceLogin: SpecLogin
    scatteredLost: SpecVideo[]
    added: SpecVideo[]
  }
}

export const SAMPLE_OLDER_EXPORT = Date.UTC(2025, 9, 6, 18, 12, 40)
export const SAMPLE_NEWER_EXPORT = SAMPLE_OLDER_EXPORT + 35 * DAY

export function makeSamplePair(seed = 'liketrace-sample'): SamplePair {
  const rng = new Rng(`${seed}/plants`)
  const base = makeSpec({ seed, likes: 2400, favorites: 180, watchRows: 16_000, logins: 320, devices: 1, exportedAt: SAMPLE_OLDER_EXPORT, utcOffsetHours: 1 })

  // 72 likes in about nine minutes, twenty days before the first export, on an evening the phone was new.
  const burstStart = Math.floor((SAMPLE_OLDER_EXPORT - 20 * DAY) / DAY) * DAY + 20 * HOUR + 14 * MINUTE
  const burst: SpecVideo[] = Array.from({ length: 72 }, (_, i) => {
    const at = burstStart + i * 7_500 + rng.int(0, 2) * 1000
    return { at, videoId: makeVideoId(at - rng.int(1, 90) * DAY, rng.uint32()) }
  })
  const template = base.logins[base.logins.length - 1] as SpecLogin
  const newDeviceLogin: SpecLogin = { ...template, at: burstStart - 2 * HOUR, deviceModel: 'iPhone15,2', deviceSystem: 'iOS 18.0.1' }
  const laterOnNewPhone: SpecLogin[] = Array.from({ length: 12 }, (_, i) => ({ ...newDeviceLogin, at: newDeviceLogin.at + (i + 1) * 1.5 * DAY }))
  const logins = [...base.logins.filter((l) => l.at < newDeviceLogin.at), newDeviceLogin, ...laterOnNewPhone].sort((a, b) => a.at - b.at)
  const olderLikes = [...base.likes, ...burst].sort((a, b) => a.at - b.at)
  const older: ExportSpec = { ...base, likes: olderLikes, logins }

  // The later export: the burst is gone, and so are twelve likes spread over the last year.
  const lastYear = base.likes.filter((l) => l.at > SAMPLE_OLDER_EXPORT - 365 * DAY)
  const scatteredLost = Array.from({ length: 12 }, (_, i) => lastYear[Math.floor(((i + 0.5) * lastYear.length) / 12)] as SpecVideo)
  const lost = new Set([...burst, ...scatteredLost].map((l) => l.videoId))
  const between = makeSpec({ seed: `${seed}/between`, likes: 160, watchRows: 2_600, logins: 60, devices: 1, accountAgeDays: 34, exportedAt: SAMPLE_NEWER_EXPORT, utcOffsetHours: 1 })
  const added = between.likes
  const watchRows: WatchRow[] = [...base.watch.ascending(), ...between.watch.ascending()].filter((r) => r.at > SAMPLE_NEWER_EXPORT - 180 * DAY)
  const newerLogins = [
    ...logins.filter((l) => l.at > SAMPLE_NEWER_EXPORT - 180 * DAY),
    ...between.logins.map((l) => ({ ...l, deviceModel: 'iPhone15,2', deviceSystem: 'iOS 18.0.1', ip: newDeviceLogin.ip })),
  ].sort((a, b) => a.at - b.at)
  const newer: ExportSpec = {
    ...older,
    exportedAt: SAMPLE_NEWER_EXPORT,
    likes: [...olderLikes.filter((l) => !lost.has(l.videoId)), ...added].sort((a, b) => a.at - b.at),
    watch: watchFromRows(watchRows),
    logins: newerLogins,
    searches: [...older.searches, ...between.searches].filter((s) => s.at > SAMPLE_NEWER_EXPORT - 120 * DAY),
  }
  return { older, newer, facts: { burst, newDeviceLogin, scatteredLost, added } }
}
