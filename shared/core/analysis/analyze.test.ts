// shared/core tests: each detector on a hand-built export, the vanished-cluster links, and the ranking of events.
import { describe, expect, it } from 'vitest'
import type { CauseEvent, EventKind } from '@shared/contract/model'
import { emptySnapshot } from '../empty-snapshot'
import type { DatedVideo, ExportSnapshot, LoginRow, StudioDay } from '../snapshot'
import { VideoList } from '../video-list'
import { analyzeExport } from './analyze'
import { diffExports } from './diff-exports'
import { deviceWords } from './detectors/login-changes'

const MIN = 60_000
const H = 60 * MIN
const D = 24 * H
const base = Date.parse('2025-01-01T00:00:00Z')
let nextId = 0n
const vid = (): string => String(7_300_000_000_000_000_000n + nextId++)

/** One like every `everyMin` minutes, `n` times, from `start`. */
const likesAt = (start: number, n: number, everyMin: number): DatedVideo[] => Array.from({ length: n }, (_, i) => ({ at: start + i * everyMin * MIN, videoId: vid() }))

/** 200 days of ordinary evenings: 12 likes an evening, one every 4 minutes. */
function ordinaryLikes(days = 200): DatedVideo[] {
  return Array.from({ length: days }, (_, d) => likesAt(base + d * D + 20 * H, 12, 4)).flat()
}

/** 60 videos an evening, one every 45 seconds, for `days` days: the watching behind `ordinaryLikes`. */
function ordinaryWatch(days = 200): Float64Array {
  return Float64Array.from(Array.from({ length: days }, (_, d) => Array.from({ length: 60 }, (_, i) => base + d * D + 20 * H + i * 45_000)).flat())
}

type Draft = Omit<Partial<ExportSnapshot>, 'likes' | 'favorites'> & { likes?: DatedVideo[]; favorites?: DatedVideo[] }

function snapshotWith({ likes = [], favorites = [], ...overrides }: Draft): ExportSnapshot {
  const s = emptySnapshot({ exportedAt: base + 200 * D, watchTimes: ordinaryWatch(), ...overrides, likes: VideoList.fromRows(likes), favorites: VideoList.fromRows(favorites) })
  s.profile.username = 'someone'
  return s
}

const kinds = (events: readonly CauseEvent[]): EventKind[] => events.map((e) => e.kind)
const ofKind = (events: readonly CauseEvent[], kind: EventKind): CauseEvent[] => events.filter((e) => e.kind === kind)

describe('detectors on an ordinary account', () => {
  it('find nothing to blame', () => {
    const events = analyzeExport({ snapshot: snapshotWith({ likes: ordinaryLikes() }) })
    expect(events).toEqual([])
  })
})

describe('like-burst', () => {
  it('finds 60 likes in 10 minutes as one burst with its rows', () => {
    const burst = likesAt(base + 50 * D + 12 * H, 60, 10 / 60)
    const events = analyzeExport({ snapshot: snapshotWith({ likes: [...ordinaryLikes(), ...burst] }) })
    const [event] = ofKind(events, 'like-burst')
    expect(event?.evidence.rowIds).toEqual(burst.map((l) => l.videoId))
    expect(event?.start).toBe(new Date(burst[0]!.at).toISOString())
    expect(event?.confidence).toBe('low')
    expect(event?.explanation).toMatch(/publishes no like limit/)
  })

  it('does not fire below the threshold (39 likes in 10 minutes)', () => {
    const events = analyzeExport({ snapshot: snapshotWith({ likes: [...ordinaryLikes(), ...likesAt(base + 50 * D + 12 * H, 39, 10 / 39)] }) })
    expect(ofKind(events, 'like-burst')).toEqual([])
  })
})

describe('login changes', () => {
  const login = (at: number, over: Partial<LoginRow> = {}): LoginRow => ({ at, ip: '84.12.3.4', deviceModel: 'iPhone14,4', deviceSystem: 'iOS 17.5', networkType: 'Wi-Fi', carrier: null, ...over })
  const logins = [
    ...Array.from({ length: 30 }, (_, i) => login(base + i * D)),
    login(base + 35 * D, { networkType: '4G', ip: '10.9.9.9', carrier: 'KPN' }),
    login(base + 40 * D, { deviceSystem: 'iOS 17.6' }),
    login(base + 60 * D, { deviceModel: 'SM-G991B', deviceSystem: 'Android 14' }),
    login(base + 80 * D, { ip: '31.200.1.1', deviceSystem: 'iOS 17.6' }),
    login(base + 81 * D, { networkType: '4G', ip: '10.1.1.1', carrier: 'Vodafone', deviceSystem: 'iOS 17.6' }),
  ]

  it('reports the OS update and the new device, and folds the new networks far from lost likes into one context line', () => {
    const events = analyzeExport({ snapshot: snapshotWith({ likes: ordinaryLikes(), logins }) })
    const [update] = ofKind(events, 'os-change')
    expect(update?.title).toBe("Your iPhone's system was updated")
    // The model code and the versions are evidence, not the first sentence.
    expect(update?.explanation.split('. ')[0]).not.toMatch(/iPhone14|17\.5|17\.6/)
    expect(update?.explanation).toMatch(/It reported iOS 17\.5 before and iOS 17\.6 now\./)
    expect(update?.evidence.rowIds).toContain('system:iPhone14,4 iOS 17.6')
    expect(ofKind(events, 'new-device').map((e) => [e.start, e.title])).toEqual([[new Date(base + 60 * D).toISOString(), 'Logged in on a new Android phone']])
    expect(ofKind(events, 'new-device')[0]?.explanation).not.toMatch(/SM-G991B/)
    expect(ofKind(events, 'new-device')[0]?.evidence.rowIds).toEqual([`login:${new Date(base + 60 * D).toISOString()}`, 'device:SM-G991B'])
    const networks = ofKind(events, 'new-network')
    expect(networks.map((e) => [e.title, e.confidence, e.start, e.end])).toEqual([
      ['2 new networks between 22 and 23 Mar 2025', 'low', new Date(base + 80 * D).toISOString(), new Date(base + 81 * D).toISOString()],
    ])
    // What was merged is still there: both networks and both login rows.
    expect(networks[0]?.evidence.rowIds).toEqual(['network:31.200.x.x', 'carrier:Vodafone', `login:${new Date(base + 80 * D).toISOString()}`, `login:${new Date(base + 81 * D).toISOString()}`])
    expect(networks[0]?.explanation).toMatch(/^Your account connected from 2 networks not seen before in your login history, over 2 logins \(each is listed in the evidence\)/)
    expect(networks[0]?.explanation).not.toMatch(/31\.200|Vodafone/)
  })

  it.each([
    ['iPhone15,2', 'iOS 18.0.1', 'iPhone'],
    ['iPad13,4', 'iPadOS 17.5', 'iPad'],
    ['SM-G991B', 'Android 14', 'Android phone'],
    ['Pixel 7', 'Android 15', 'Android phone'],
    ['M2101K6G', null, 'device'],
    ['PC', 'Windows 10', 'computer'],
  ])('words the device %s (%s) as "%s", never by its model code', (model, system, words) => {
    expect(deviceWords(model, system)).toBe(words)
  })

  it('makes no event for two rows with one time stamp, calls a downgrade a change, and never repeats a system', () => {
    const t = base + 50 * D
    const rows = [
      ...Array.from({ length: 30 }, (_, i) => login(base + i * D, { deviceSystem: 'iOS 17.6.1' })),
      // TikTok wrote one login twice with different systems: neither is a change.
      login(t, { deviceSystem: 'iOS 17.6.1' }),
      login(t, { deviceSystem: 'iOS 17.5.1' }),
      login(t + D, { deviceSystem: 'iOS 17.6.1' }),
      login(t + 2 * D, { deviceSystem: 'iOS 17.6.1' }),
      // A real restore to an older system, then back and forth: one event for the older system, none for returning.
      login(t + 20 * D, { deviceSystem: 'iOS 17.4' }),
      login(t + 21 * D, { deviceSystem: 'iOS 17.6.1' }),
      login(t + 22 * D, { deviceSystem: 'iOS 17.4' }),
      login(t + 23 * D, { deviceSystem: 'iOS 17.6.1' }),
    ]
    const changes = ofKind(analyzeExport({ snapshot: snapshotWith({ likes: ordinaryLikes(), logins: rows }) }), 'os-change')
    expect(changes.map((e) => [e.title, e.evidence.rowIds[1]])).toEqual([["Your iPhone's system changed", 'system:iPhone14,4 iOS 17.4']])
    expect(changes[0]?.explanation).toMatch(/an older system than before.*It reported iOS 17\.6\.1 before and iOS 17\.4 now\./)
  })

  it('folds 279 dynamic home addresses into one line that lists every prefix', () => {
    // A home line whose provider hands out a new address, often in a new /16, every few days.
    const rows = Array.from({ length: 420 }, (_, i) => login(base + i * D + 20 * H, { ip: `${80 + (i % 40)}.${(i * 37) % 7}.${i % 250}.${(i * 13) % 250}` }))
    const distinctIps = new Set(rows.map((r) => r.ip)).size
    expect(distinctIps).toBeGreaterThanOrEqual(279)
    const events = analyzeExport({ snapshot: snapshotWith({ likes: ordinaryLikes(420), watchTimes: ordinaryWatch(420), logins: rows, exportedAt: base + 421 * D }) })
    const networks = ofKind(events, 'new-network')
    expect(networks).toHaveLength(1)
    const prefixes = new Set(rows.slice(7).map((r) => r.ip?.split('.').slice(0, 2).join('.')))
    const [line] = networks
    expect(line?.confidence).toBe('low')
    expect(line?.title).toMatch(/^\d+ new networks between 8 Jan and \d+ [A-Z][a-z]{2} 2025$/)
    expect(line?.evidence.counts.subjects).toBeGreaterThan(200)
    expect(line?.evidence.rowIds.filter((id) => id.startsWith('network:'))).toHaveLength(line?.evidence.counts.subjects ?? -1)
    expect(line?.evidence.counts.subjects).toBeLessThanOrEqual(prefixes.size)
  })

  it('keeps a login change inside or next to a like gap as its own possible cause', () => {
    const likes = ordinaryLikes().filter((l) => !(l.at >= base + 100 * D && l.at < base + 104 * D))
    const rows = [
      ...Array.from({ length: 30 }, (_, i) => login(base + i * D)),
      login(base + 40 * D, { ip: '31.1.1.1' }),
      login(base + 60 * D, { ip: '32.1.1.1' }),
      login(base + 104 * D + 5 * H, { ip: '33.1.1.1' }),
    ]
    const events = analyzeExport({ snapshot: snapshotWith({ likes, logins: rows }) })
    const networks = ofKind(events, 'new-network')
    expect(networks.map((e) => [e.title, e.evidence.rowIds.filter((id) => id.startsWith('network:'))]).sort()).toEqual([
      ['2 new networks between 10 Feb and 2 Mar 2025', ['network:31.1.x.x', 'network:32.1.x.x']],
      ['Logged in from a new Wi-Fi network', ['network:33.1.x.x']],
    ])
  })
})

describe('like-gap', () => {
  it('finds days of normal watching with almost no likes', () => {
    const likes = ordinaryLikes().filter((l) => !(l.at >= base + 100 * D && l.at < base + 103 * D))
    // 60 videos an evening; at 12 likes per 60 videos, three empty days miss ~36 likes.
    const events = analyzeExport({ snapshot: snapshotWith({ likes }) })
    const gaps = ofKind(events, 'like-gap')
    expect(gaps).toHaveLength(1)
    expect(gaps[0]?.evidence.counts).toMatchObject({ days: 3, liked: 0, expected: 36 })
    expect(gaps[0]?.evidence.rowIds).toEqual(['day:2025-04-11', 'day:2025-04-12', 'day:2025-04-13'])
    expect(gaps[0]?.title).toBe('No likes from 11 to 13 Apr 2025 despite normal watching')
  })

  /** 240 days: 60–100 videos an evening and 6 likes an evening; days listed in `quiet` watch only 5 videos. */
  function tenDayGap(quiet: readonly number[] = [], keep: ReadonlyMap<number, number> = new Map()) {
    const first = Date.parse('2025-08-01T00:00:00Z')
    const gapDays = (d: number): boolean => d * D + base >= first && d * D + base < first + 10 * D
    const watched = (d: number): number => (quiet.includes(d) ? 5 : 60 + ((d * 17) % 41))
    const watch = Float64Array.from(Array.from({ length: 240 }, (_, d) => Array.from({ length: watched(d) }, (_, i) => base + d * D + 20 * H + i * 30_000)).flat())
    const likes = Array.from({ length: 240 }, (_, d) => (gapDays(d) ? likesAt(base + d * D + 20 * H, keep.get(d) ?? 0, 5) : likesAt(base + d * D + 20 * H, 6, 5))).flat()
    return snapshotWith({ likes, watchTimes: watch, exportedAt: base + 240 * D })
  }

  it('judges a ten-day stretch without likes as one run, though no single day expects ten likes', () => {
    const gaps = ofKind(analyzeExport({ snapshot: tenDayGap() }), 'like-gap')
    expect(gaps.map((g) => g.title)).toEqual(['No likes from 1 to 10 Aug 2025 despite normal watching'])
    expect(gaps[0]?.evidence.counts).toMatchObject({ days: 10, watchedDays: 10, liked: 0 })
    expect(gaps[0]?.evidence.counts.expected).toBeGreaterThan(40)
    expect(gaps[0]?.confidence).toBe('medium')
  })

  it('keeps the run whole across a day of little watching, says "Few likes" when some came, and splits at a long break', () => {
    const august1 = Math.round((Date.parse('2025-08-01T00:00:00Z') - base) / D)
    const bridged = ofKind(analyzeExport({ snapshot: tenDayGap([august1 + 4], new Map([[august1 + 6, 1]])) }), 'like-gap')
    expect(bridged.map((g) => g.title)).toEqual(['Few likes from 1 to 10 Aug 2025 despite normal watching'])
    expect(bridged[0]?.evidence.counts).toMatchObject({ days: 10, watchedDays: 9, liked: 1 })
    // Three days away from the app end the run: 1–5 August is judged alone (9–10 August alone expects too few likes).
    const away = [5, 6, 7].map((d) => august1 + d)
    expect(ofKind(analyzeExport({ snapshot: tenDayGap(away) }), 'like-gap').map((g) => g.title)).toEqual(['No likes from 1 to 5 Aug 2025 despite normal watching'])
  })

  it('says so when the watch history is empty or too short to check', () => {
    const [empty] = ofKind(analyzeExport({ snapshot: snapshotWith({ likes: ordinaryLikes(), watchTimes: new Float64Array(0) }) }), 'retention-window')
    expect(empty?.title).toBe('The watch history in this export is empty')
    const short = analyzeExport({ snapshot: snapshotWith({ likes: ordinaryLikes(), watchTimes: ordinaryWatch(5) }) })
    expect(ofKind(short, 'retention-window').map((e) => e.title)).toContain('The watch history covers too little to check for days without likes')
    // Not in the export at all: the missing section says it, not this.
    const absent = snapshotWith({ likes: ordinaryLikes(), watchTimes: new Float64Array(0), sectionsPresent: new Set(['likes']), generation: null })
    expect(analyzeExport({ snapshot: absent })).toEqual([])
  })
})

describe('export artefacts and context', () => {
  it('flags a like list of exactly 6,000 as high and favourites far older as medium', () => {
    const capped = snapshotWith({ likes: likesAt(base + 100 * D, 6000, 1) })
    expect(ofKind(analyzeExport({ snapshot: capped }), 'possible-truncation')[0]?.confidence).toBe('high')
    const lead = snapshotWith({ likes: likesAt(base + 500 * D, 1500, 5), favorites: likesAt(base, 10, 60) })
    const [event] = ofKind(analyzeExport({ snapshot: lead }), 'possible-truncation')
    expect(event?.confidence).toBe('medium')
    expect(event?.start).toBe(new Date(base).toISOString())
  })

  it('reports a partial export and a missing section, but not sections of left-out categories', () => {
    const partial = snapshotWith({ likes: ordinaryLikes(), partial: true, missingCategories: ['Your Activity'], sectionsPresent: new Set(['likes']), generation: 'D' })
    expect(kinds(analyzeExport({ snapshot: partial }))).toEqual(['partial-export'])
    const full = snapshotWith({ likes: ordinaryLikes(), sectionsPresent: new Set(['likes', 'logins']), generation: 'C' })
    const [missing] = ofKind(analyzeExport({ snapshot: full }), 'missing-section')
    expect(missing?.title).toBe('The export has no watch history')
  })

  it('states the watch-history window when likes go back further', () => {
    const watch = Float64Array.from({ length: 100 }, (_, i) => base + 20 * D + i * D)
    const [event] = ofKind(analyzeExport({ snapshot: snapshotWith({ likes: ordinaryLikes(), watchTimes: watch }) }), 'retention-window')
    expect(event?.start).toBe(new Date(base + 20 * D).toISOString())
    expect(event?.confidence).toBe('low')
    expect(event?.title).toBe('Your watch history only goes back to 21 Jan 2025')
    expect(event?.explanation).toMatch(/while your likes go back to 1 Jan 2025/)
  })

  it('words a long login window by its dates, without the six months it does not show', () => {
    const likes = likesAt(base - 400 * D, 600, 24 * 60)
    const logins = Array.from({ length: 449 }, (_, i) => ({ at: base - 248 * D + i * D, ip: '84.12.3.4', deviceModel: 'iPhone14,4', deviceSystem: 'iOS 17.5', networkType: 'Wi-Fi', carrier: null }))
    const [event] = ofKind(analyzeExport({ snapshot: snapshotWith({ likes, logins }) }), 'retention-window').filter((e) => /login/.test(e.title))
    expect(event?.explanation).toMatch(/runs from 28 Apr 2024 to 20 Jul 2025 \(448 days\)/)
    expect(event?.explanation).not.toMatch(/six months/)
  })

  it('reports a private liked-videos setting as a snapshot at export time', () => {
    const [event] = ofKind(analyzeExport({ snapshot: snapshotWith({ likes: ordinaryLikes(), settings: new Map([['Who Can View Videos I Liked', 'Myself']]) }) }), 'liked-videos-private')
    expect(event?.explanation).toMatch(/"Myself" when the export was made/)
    expect(ofKind(analyzeExport({ snapshot: snapshotWith({ settings: new Map([['Who Can View Videos I Liked', 'Everyone']]) }) }), 'liked-videos-private')).toEqual([])
  })

  it('groups deleted posts by the day they were deleted', () => {
    const post = (deletedAt: number, likes: number) => ({ at: base, videoId: vid(), likes, title: null, whoCanView: null, deletedAt })
    const events = ofKind(analyzeExport({ snapshot: snapshotWith({ deletedPosts: [post(base + 5 * D + H, 10), post(base + 5 * D + 2 * H, 5), post(base + 9 * D, 1)] }) }), 'deleted-posts')
    expect(events.map((e) => e.evidence.counts)).toEqual([
      { posts: 1, likesOnPosts: 1 },
      { posts: 2, likesOnPosts: 15 },
    ])
  })
})

describe('studio drops', () => {
  const day = (i: number, followers: number, likes: number): StudioDay => ({
    date: new Date(base + i * D).toISOString().slice(0, 10),
    at: base + i * D,
    videoViews: 5000,
    profileViews: 100,
    likes,
    comments: 10,
    shares: 5,
    followers,
    followerDiffNext: null,
    totalViewers: null,
    newViewers: null,
    returningViewers: null,
  })

  it('finds a one-day follower fall and a net-negative likes day, worded as consistent with a purge', () => {
    const days = Array.from({ length: 60 }, (_, i) => day(i, 10_000 + i * 20 - (i >= 30 ? 400 : 0), i === 45 ? -80 : 300))
    const studio = { days, videos: [], followerGender: [], followerTerritories: [], files: [] }
    const events = analyzeExport({ snapshot: snapshotWith({ studio }) })
    const [drop] = ofKind(events, 'follower-drop')
    expect(drop?.evidence.counts).toMatchObject({ lost: 380 })
    expect(drop?.explanation).toMatch(/consistent with .* cannot prove/)
    expect(ofKind(events, 'likes-received-drop').map((e) => e.evidence.counts.likes)).toEqual([-80])
  })
})

describe('vanished likes and what happened near them', () => {
  it('words a lone vanished like as a video that may be gone, not as an undone session', () => {
    const ordinary = ordinaryLikes()
    const lone = likesAt(base + 120 * D + 3 * H, 1, 1)
    const older = snapshotWith({ likes: [...ordinary, ...lone], exportedAt: base + 160 * D })
    const newer = snapshotWith({ likes: ordinary, exportedAt: base + 200 * D })
    const out = diffExports(older, newer)
    if (!out.ok) throw new Error(out.message)
    const [vanished] = ofKind(analyzeExport({ snapshot: newer, diff: out.diff }), 'vanished-likes')
    expect(vanished?.title).toBe('A like from 1 May 2025 vanished')
    expect(vanished?.explanation).toMatch(/deleted or made private by its creator/)
    expect(vanished?.explanation).not.toMatch(/whole session/)
    expect(vanished?.actions).toEqual(['check-removed-videos', 'report-problem'])
  })

  it('links a new network to a vanished session, not to a lone vanished like', () => {
    const ordinary = ordinaryLikes()
    const lone = likesAt(base + 120 * D + 3 * H, 1, 1)
    const session = likesAt(base + 140 * D + 21 * H, 20, 1)
    const home = (i: number): LoginRow => ({ at: base + i * D, ip: '84.12.3.4', deviceModel: 'iPhone14,4', deviceSystem: 'iOS 17.5', networkType: 'Wi-Fi', carrier: null })
    const logins = [...Array.from({ length: 30 }, (_, i) => home(i)), { ...home(120), at: base + 120 * D, ip: '31.1.1.1' }, { ...home(140), at: base + 140 * D + 20 * H, ip: '32.1.1.1' }, { ...home(170), ip: '33.1.1.1' }]
    const older = snapshotWith({ likes: [...ordinary, ...lone, ...session], logins, exportedAt: base + 160 * D })
    const newer = snapshotWith({ likes: ordinary, logins, exportedAt: base + 200 * D })
    const out = diffExports(older, newer)
    if (!out.ok) throw new Error(out.message)
    const networks = ofKind(analyzeExport({ snapshot: newer, diff: out.diff }), 'new-network')
    expect(networks.map((e) => [e.title, e.evidence.rowIds.filter((id) => id.startsWith('network:')), e.confidence, e.nearVanished?.clusters ?? 0])).toEqual([
      ['Logged in from a new Wi-Fi network', ['network:32.1.x.x'], 'medium', 1],
      ['2 new networks between 1 May and 20 Jun 2025', ['network:31.1.x.x', 'network:33.1.x.x'], 'low', 0],
    ])
  })

  it('ranks artefacts, then clusters, then the burst next to them, then context', () => {
    const ordinary = ordinaryLikes()
    const burst = likesAt(base + 150 * D + 12 * H, 80, 0.1)
    const older = snapshotWith({ likes: [...ordinary, ...burst], exportedAt: base + 160 * D, settings: new Map([['Who Can View Videos I Liked', 'Myself']]) })
    const newerLikes = [...ordinary, ...likesAt(base + 170 * D, 5, 3)]
    const newer = snapshotWith({ likes: newerLikes, exportedAt: base + 200 * D, partial: true, missingCategories: ['Direct Message'], settings: new Map([['Who Can View Videos I Liked', 'Myself']]) })
    const out = diffExports(older, newer)
    if (!out.ok) throw new Error(out.message)
    const events = analyzeExport({ snapshot: newer, diff: out.diff })
    expect(kinds(events)).toEqual(['partial-export', 'vanished-likes', 'like-burst', 'liked-videos-private'])
    const [, vanished, burstEvent] = events
    expect(vanished?.evidence.counts).toMatchObject({ vanished: 80, keptInSpan: 0 })
    expect(vanished?.explanation).toMatch(/whole session/)
    expect(burstEvent?.nearVanished).toEqual({ clusters: 1, ofClusters: 1 })
    expect(burstEvent?.confidence).toBe('medium')
    expect(burstEvent?.explanation).toMatch(/80 likes from this burst are gone/)
  })
})
