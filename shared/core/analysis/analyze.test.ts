// shared/core tests: each detector on a hand-built export, the vanished-cluster links, and the ranking of events.
import { describe, expect, it } from 'vitest'
import type { CauseEvent, EventKind } from '@shared/contract/model'
import { emptySnapshot } from '../empty-snapshot'
import type { DatedVideo, ExportSnapshot, LoginRow, StudioDay } from '../snapshot'
import { analyzeExport } from './analyze'
import { diffExports } from './diff-exports'

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

function snapshotWith(overrides: Partial<ExportSnapshot>): ExportSnapshot {
  const s = emptySnapshot({ exportedAt: base + 200 * D, ...overrides })
  s.likes.sort((a, b) => a.at - b.at)
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

  it('reports the OS update, the new device and the new networks, not the baseline or the first carrier', () => {
    const events = analyzeExport({ snapshot: snapshotWith({ likes: ordinaryLikes(), logins }) })
    expect(ofKind(events, 'os-change').map((e) => e.title)).toEqual(['iPhone14,4 updated: iOS 17.5 → iOS 17.6'])
    expect(ofKind(events, 'new-device').map((e) => e.start)).toEqual([new Date(base + 60 * D).toISOString()])
    // Context is listed newest first.
    expect(ofKind(events, 'new-network').map((e) => e.start)).toEqual([new Date(base + 81 * D).toISOString(), new Date(base + 80 * D).toISOString()])
    expect(ofKind(events, 'new-device')[0]?.evidence.rowIds).toEqual([`login:${new Date(base + 60 * D).toISOString()}`])
  })
})

describe('like-gap', () => {
  it('finds days of normal watching with almost no likes', () => {
    const likes = ordinaryLikes().filter((l) => !(l.at >= base + 100 * D && l.at < base + 103 * D))
    // 60 videos an evening; at 12 likes per 60 videos, three empty days miss ~36 likes.
    const watch = Float64Array.from(Array.from({ length: 200 }, (_, d) => Array.from({ length: 60 }, (_, i) => base + d * D + 20 * H + i * 45_000)).flat())
    const events = analyzeExport({ snapshot: snapshotWith({ likes, watchTimes: watch }) })
    const gaps = ofKind(events, 'like-gap')
    expect(gaps).toHaveLength(1)
    expect(gaps[0]?.evidence.counts).toMatchObject({ days: 3, liked: 0, expected: 36 })
    expect(gaps[0]?.evidence.rowIds).toEqual(['day:2025-04-11', 'day:2025-04-12', 'day:2025-04-13'])
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
