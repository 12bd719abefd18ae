// shared/synth: tests. Evaluation scenarios are deterministic, cover every kind and rendering, and every planted event really meets its definition (controls meet none).
import { describe, expect, it } from 'vitest'
import type { EventKind } from '@shared/contract/model'
import type { ExportSpec, SpecVideo } from './export-spec'
import { JSON_SECTION_PATHS, omitJsonMember, visibleParts } from './scenario-render'
import { renderJsonString } from './render-json'
import { makeSpec } from './export-spec'
import type { Scenario } from './scenarios'
import { EVALUATED_KINDS, makeScenario, makeScenarioSuite } from './scenarios'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const SUITE = makeScenarioSuite(20251127, 60)

/** Planted, not derived: controls must have none of these. */
const PLANTED_KINDS: ReadonlySet<EventKind> = new Set(['possible-truncation', 'partial-export', 'missing-section', 'vanished-likes', 'like-burst', 'new-device', 'os-change', 'new-network', 'like-gap'])

/** Most items of sorted `times` inside any span of `windowMs`; written independently of the generator's helper. */
function densest(times: readonly number[], windowMs: number): number {
  let best = 0
  for (let i = 0, j = 0; j < times.length; j++) {
    while ((times[j] as number) - (times[i] as number) > windowMs) i++
    if (j - i + 1 > best) best = j - i + 1
  }
  return best
}

/** Every like a detector can know of: the analysed export's plus those only the older export still has. */
function knownLikes(s: Scenario): SpecVideo[] {
  const ids = new Set(s.newer.likes.map((l) => l.videoId))
  const vanished = s.older?.likes.filter((l) => !ids.has(l.videoId)) ?? []
  return [...s.newer.likes, ...vanished].sort((a, b) => a.at - b.at)
}

function vanishedLikes(s: Scenario): SpecVideo[] {
  const ids = new Set(s.newer.likes.map((l) => l.videoId))
  const from = s.newer.likes[0]?.at ?? Infinity
  return (s.older?.likes ?? []).filter((l) => !ids.has(l.videoId) && l.at >= from)
}

/** Per UTC day of the watch history: videos watched and likes given. */
function dayStats(spec: ExportSpec, likes: readonly SpecVideo[]): Map<number, { watched: number; liked: number }> {
  const days = new Map<number, { watched: number; liked: number }>()
  for (const row of spec.watch.ascending()) {
    const d = Math.floor(row.at / DAY)
    const day = days.get(d) ?? { watched: 0, liked: 0 }
    day.watched++
    days.set(d, day)
  }
  for (const l of likes) {
    const day = days.get(Math.floor(l.at / DAY))
    if (day) day.liked++
  }
  return days
}

function medianRate(days: ReadonlyMap<number, { watched: number; liked: number }>): number {
  const rates = [...days.values()].filter((d) => d.watched >= 20).map((d) => d.liked / d.watched).sort((a, b) => a - b)
  return rates[Math.floor(rates.length / 2)] ?? 0
}

const prefix16 = (ip: string): string => ip.split('.').slice(0, 2).join('.')

describe('scenario generator', () => {
  it('builds the same scenario from the same seed and plan, and another from another seed', () => {
    const plan = { generation: 'C', format: 'json', plants: ['like-burst', 'new-device', 'like-gap'] } as const
    const a = makeScenario(42, plan)
    const b = makeScenario(42, plan)
    const c = makeScenario(43, plan)
    expect(b.truth).toEqual(a.truth)
    expect(b.newer.likes).toEqual(a.newer.likes)
    expect(b.newer.logins).toEqual(a.newer.logins)
    expect([...b.newer.watch.ascending()]).toEqual([...a.newer.watch.ascending()])
    expect(c.newer.likes).not.toEqual(a.newer.likes)
    expect(makeScenarioSuite(7, 12).map((s) => s.name)).toEqual(makeScenarioSuite(7, 12).map((s) => s.name))
  })

  it('mixes every evaluated kind, generation and container, with at least ten controls', () => {
    const kinds = new Map<EventKind, number>()
    for (const s of SUITE) for (const t of s.truth) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1)
    for (const kind of EVALUATED_KINDS) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(10)
    expect(new Set(SUITE.map((s) => s.renderOptions.generation))).toEqual(new Set(['A', 'B', 'C', 'D']))
    expect(SUITE.filter((s) => s.renderOptions.format === 'txt').length).toBeGreaterThanOrEqual(5)
    expect(SUITE.some((s) => s.renderOptions.format === 'json' && s.renderOptions.zipped)).toBe(true)
    expect(SUITE.some((s) => s.renderOptions.format === 'json' && !s.renderOptions.zipped)).toBe(true)
    expect(SUITE.filter((s) => s.control).length).toBeGreaterThanOrEqual(10)
    // Several kinds per planted scenario.
    const planted = SUITE.filter((s) => !s.control)
    expect(planted.filter((s) => new Set(s.truth.filter((t) => PLANTED_KINDS.has(t.kind)).map((t) => t.kind)).size >= 2).length).toBeGreaterThan(planted.length * 0.7)
  })

  it('plants bursts that meet the rule (≥ 40 likes in 10 minutes or ≥ 150 in an hour), in several sizes', () => {
    const sizes = new Set<string>()
    for (const s of SUITE) {
      const times = knownLikes(s).map((l) => l.at)
      for (const t of s.truth.filter((x) => x.kind === 'like-burst')) {
        const inside = times.filter((at) => at >= t.start && at <= t.end)
        expect(densest(inside, 10 * MINUTE) >= 40 || densest(inside, 60 * MINUTE) >= 150, `${s.name} ${t.note}`).toBe(true)
        sizes.add(inside.length < 50 ? 'near 40' : inside.length < 150 ? 'mid' : 'large')
      }
    }
    expect(sizes).toEqual(new Set(['near 40', 'mid', 'large']))
  })

  it('keeps every control at a normal pace: no burst anywhere, not even a like every 15 seconds for ten minutes', () => {
    for (const s of SUITE.filter((x) => x.control)) {
      const times = knownLikes(s).map((l) => l.at)
      expect(densest(times, 10 * MINUTE), s.name).toBeLessThan(40)
      expect(densest(times, 60 * MINUTE), s.name).toBeLessThan(150)
      expect(s.truth.filter((t) => PLANTED_KINDS.has(t.kind)), s.name).toEqual([])
    }
    // Heavy but normal users are among the controls.
    expect(SUITE.some((s) => s.control && s.newer.likes.length > 3000)).toBe(true)
  })

  it('keeps each control on one device, one system, one home /16 and one carrier for its whole login history', () => {
    for (const s of SUITE.filter((x) => x.control)) {
      const logins = s.newer.logins
      expect(new Set(logins.map((l) => l.deviceModel)).size, s.name).toBe(1)
      expect(new Set(logins.map((l) => l.deviceSystem)).size, s.name).toBe(1)
      expect(new Set(logins.filter((l) => l.networkType === 'Wi-Fi').map((l) => prefix16(l.ip))).size, s.name).toBe(1)
      expect(new Set(logins.filter((l) => l.carrier !== '').map((l) => l.carrier)).size, s.name).toBeLessThanOrEqual(1)
    }
  })

  it('plants login changes after the baseline week, each introducing something never seen before', () => {
    let checked = 0
    for (const s of SUITE) {
      const logins = s.newer.logins
      const first = logins[0]?.at ?? 0
      for (const t of s.truth.filter((x) => x.kind === 'new-device' || x.kind === 'os-change' || x.kind === 'new-network')) {
        expect(t.start - first, `${s.name} ${t.note}`).toBeGreaterThan(7 * DAY)
        const at = logins.filter((l) => l.at === t.start)
        const before = logins.filter((l) => l.at < t.start)
        expect(at.length, `${s.name} ${t.note}`).toBeGreaterThan(0)
        const fresh = at.some((l) => {
          if (t.kind === 'new-device') return before.every((b) => b.deviceModel !== l.deviceModel)
          if (t.kind === 'os-change') {
            const last = before.filter((b) => b.deviceModel === l.deviceModel).at(-1)
            return last !== undefined && last.deviceSystem !== l.deviceSystem
          }
          const newWifi = l.networkType === 'Wi-Fi' && before.every((b) => b.networkType !== 'Wi-Fi' || prefix16(b.ip) !== prefix16(l.ip))
          const newCarrier = l.carrier !== '' && before.every((b) => b.carrier !== l.carrier)
          return newWifi || newCarrier
        })
        expect(fresh, `${s.name} ${t.kind} ${t.note}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(30)
  })

  it('plants like gaps of normal watching with at most a fifth of the usual likes', () => {
    let checked = 0
    for (const s of SUITE) {
      const days = dayStats(s.newer, knownLikes(s))
      const rate = medianRate(days)
      for (const t of s.truth.filter((x) => x.kind === 'like-gap')) {
        const run: Array<{ watched: number; liked: number }> = []
        for (let d = Math.floor(t.start / DAY); d <= Math.floor(t.end / DAY); d++) run.push(days.get(d) ?? { watched: 0, liked: 0 })
        for (const day of run) {
          expect(day.watched, s.name).toBeGreaterThanOrEqual(20)
          expect(day.watched * rate, s.name).toBeGreaterThanOrEqual(10)
          expect(day.liked, s.name).toBeLessThanOrEqual(0.2 * day.watched * rate)
        }
        const single = run[0]
        if (run.length === 1 && single !== undefined) {
          expect(single.liked).toBe(0)
          expect(single.watched * rate).toBeGreaterThanOrEqual(30)
        }
        checked++
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10)
  })

  it('makes one vanished truth per cluster of likes gone between the exports, clusters over 6 hours apart', () => {
    let whole = 0
    for (const s of SUITE.filter((x) => x.older !== undefined)) {
      const gone = vanishedLikes(s)
      const truths = s.truth.filter((t) => t.kind === 'vanished-likes')
      const covered = gone.filter((l) => truths.some((t) => l.at >= t.start && l.at <= t.end))
      expect(covered.length, s.name).toBe(gone.length)
      truths.slice(1).forEach((t, i) => expect(t.start - (truths[i]?.end ?? 0), s.name).toBeGreaterThan(6 * HOUR))
      // A session-wide plant: a cluster with no like kept in its span.
      for (const t of truths) {
        const kept = s.newer.likes.filter((l) => l.at >= t.start && l.at <= t.end).length
        if (kept === 0 && gone.filter((l) => l.at >= t.start && l.at <= t.end).length >= 3) whole++
      }
    }
    expect(whole).toBeGreaterThanOrEqual(5)
    expect(SUITE.filter((s) => s.older !== undefined && s.control).every((s) => vanishedLikes(s).length === 0)).toBe(true)
  })

  it('derives truncation, retention and privacy truths from the exported data', () => {
    for (const s of SUITE) {
      const visible = visibleParts(s.renderOptions)
      const likes = s.newer.likes
      const oldest = likes[0]?.at ?? Infinity
      const fav = s.newer.favorites[0]?.at ?? Infinity
      const cut = [6_000, 8_000].includes(likes.length) || (likes.length >= 1_000 && oldest - fav > 365 * DAY)
      expect(s.truth.some((t) => t.kind === 'possible-truncation'), s.name).toBe(visible.has('likes') && cut)
      const watchFirst = s.newer.watch.span?.first ?? -Infinity
      expect(s.truth.some((t) => t.kind === 'retention-window' && t.start === watchFirst), s.name).toBe(visible.has('likes') && visible.has('watch') && watchFirst - oldest > 7 * DAY)
      const setting = s.newer.settings.get('Who Can View Videos I Liked')
      expect(s.truth.some((t) => t.kind === 'liked-videos-private'), s.name).toBe(visible.has('settings') && setting !== 'Everyone')
      const deletedDays = new Set(s.newer.deletedPosts.map((p) => Math.floor(p.deletedAt / DAY)))
      expect(s.truth.filter((t) => t.kind === 'deleted-posts').length, s.name).toBe(visible.has('deletedPosts') ? deletedDays.size : 0)
    }
    // Both sides of each derived fact occur.
    expect(SUITE.some((s) => !s.truth.some((t) => t.kind === 'retention-window'))).toBe(true)
    expect(SUITE.some((s) => !s.truth.some((t) => t.kind === 'liked-videos-private'))).toBe(true)
  })
})

describe('scenario rendering', () => {
  it('leaves one section out of a category and keeps the rest of the document intact', () => {
    const spec = makeSpec({ seed: 'omit', likes: 40, watchRows: 60, logins: 10 })
    for (const gen of ['A', 'D'] as const) {
      const full = renderJsonString(spec, { generation: gen })
      const [category, section] = JSON_SECTION_PATHS[gen].watch
      const cut = JSON.parse(omitJsonMember(full, [category, section])) as Record<string, Record<string, unknown>>
      const original = JSON.parse(full) as Record<string, Record<string, unknown>>
      expect(Object.keys(cut[category] ?? {})).toEqual(Object.keys(original[category] ?? {}).filter((k) => k !== section))
      expect(cut[category]?.['Login History']).toEqual(original[category]?.['Login History'])
      expect(Object.keys(cut)).toEqual(Object.keys(original))
    }
    // The last member of an object goes with the comma before it.
    expect(JSON.parse(omitJsonMember('{"a": {"x": 1, "y": [1, "}"]}}', ['a', 'y']))).toEqual({ a: { x: 1 } })
    expect(omitJsonMember('{"a": 1}', ['b'])).toBe('{"a": 1}')
  })
})
