// shared/core tests: the creator view built from the real TikTok Studio export (366 days, nulls, follower change) and with archive posts.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import contentCsv from '../../../tests/fixtures/real/studio-analytics/Content.csv?raw'
import followerGenderCsv from '../../../tests/fixtures/real/studio-analytics/FollowerGender.csv?raw'
import followerHistoryCsv from '../../../tests/fixtures/real/studio-analytics/FollowerHistory.csv?raw'
import followerTerritoriesCsv from '../../../tests/fixtures/real/studio-analytics/FollowerTopTerritories.csv?raw'
import overviewCsv from '../../../tests/fixtures/real/studio-analytics/Overview.csv?raw'
import viewersCsv from '../../../tests/fixtures/real/studio-analytics/Viewers.csv?raw'
import { emptySnapshot } from '../empty-snapshot'
import { readStudioFiles } from '../parse/studio-csv'
import type { StudioDay } from '../snapshot'
import { studioDays, studioView } from './studio-view'

const REFERENCE = Date.parse('2026-05-16T00:00:00Z')
const FILES = [
  { name: 'Overview.csv', text: overviewCsv },
  { name: 'FollowerHistory.csv', text: followerHistoryCsv },
  { name: 'Viewers.csv', text: viewersCsv },
  { name: 'Content.csv', text: contentCsv },
  { name: 'FollowerGender.csv', text: followerGenderCsv },
  { name: 'FollowerTopTerritories.csv', text: followerTerritoriesCsv },
]

describe('studioView on the real Studio export', () => {
  const studio = readStudioFiles(FILES, { referenceTime: REFERENCE }).data
  const view = studioView(emptySnapshot({ format: 'studio-csv', generation: null, studio }))
  if (view === null) throw new Error('no view')
  const day = (date: string) => view.days.find((d) => d.date.startsWith(date))

  it('has 366 gap-free days on one axis, May 15, 2025 → May 15, 2026', () => {
    expect(view.days).toHaveLength(366)
    expect(view.first).toBe('2025-05-15T00:00:00.000Z')
    expect(view.last).toBe('2026-05-15T00:00:00.000Z')
    expect(view.days.every((d, i) => i === 0 || Date.parse(d.date) - Date.parse(view.days[i - 1]?.date ?? '') === 86_400_000)).toBe(true)
  })

  it('keeps unknowns as null: the last day (Viewers only) has no views, likes or followers', () => {
    expect(view.days.at(-1)).toEqual({
      date: '2026-05-15T00:00:00.000Z',
      likes: null,
      views: null,
      profileViews: null,
      comments: null,
      shares: null,
      followers: null,
      followerChange: null,
      likesPer1000Views: null,
    })
    expect(day('2026-05-14')).toMatchObject({ likes: 145, views: 1627, profileViews: 10, comments: 1, shares: 72, followers: 1055, followerChange: 36 })
    expect(day('2026-05-14')?.likesPer1000Views).toBe(89.1)
  })

  it('computes the follower change as followers[d] − followers[d−1], with real negatives', () => {
    expect(view.days[0]?.followerChange).toBeNull()
    // The CSV writes −1 on May 18 (the change to May 19): the loss belongs to May 19.
    expect(day('2025-05-18')).toMatchObject({ followers: 493, followerChange: 0 })
    expect(day('2025-05-19')).toMatchObject({ followers: 492, followerChange: -1 })
    for (let i = 1; i < 365; i++) {
      const [a, b] = [view.days[i - 1], view.days[i]]
      expect(b?.followerChange).toBe((b?.followers ?? NaN) - (a?.followers ?? NaN))
    }
    expect(view.totals.followersFirst).toBe(493)
    expect(view.totals.followersLast).toBe(1055)
    expect(view.totals.followerLossDays).toBeGreaterThan(0)
    expect(view.totals.followersLost).toBeGreaterThanOrEqual(view.totals.followerLossDays)
  })

  it('totals likes and views and gives likes per 1,000 views over the span', () => {
    const likes = studio.days.reduce((s, d) => s + (d.likes ?? 0), 0)
    const views = studio.days.reduce((s, d) => s + (d.videoViews ?? 0), 0)
    expect(view.totals).toMatchObject({ likes, views })
    expect(view.totals.likesPer1000Views).toBeCloseTo((likes / views) * 1000, 1)
  })

  it('lists the top videos in TikTok order with their totals, and the audience shares', () => {
    expect(view.topVideos).toHaveLength(13)
    expect(view.topVideos[0]).toMatchObject({ videoId: '7629867741511486734', likes: 1538, comments: 74, shares: 1085, views: 15210, postedAt: '2026-04-17T00:00:00.000Z' })
    expect(view.topVideos[0]?.title).toMatch(/^They don't teach this in church/)
    expect(view.account).toBe('aibiblegospels_')
    expect(view.followerGender[0]).toEqual({ label: 'Male', share: 0.72 })
    expect(view.followerTerritories[0]).toEqual({ label: 'US', share: 0.755 })
    expect(view.withArchive).toBe(false)
    expect(view.posts).toEqual([])
  })
})

describe('studioView with the data archive', () => {
  it('is null without Studio data', () => {
    expect(studioView(emptySnapshot())).toBeNull()
  })

  it('lists own posts and deleted posts newest first with their like counts, and fills missing days with nulls', () => {
    const mk = (date: string, followers: number | null): StudioDay => ({
      date,
      at: Date.parse(`${date}T00:00:00Z`),
      videoViews: 100,
      profileViews: 1,
      likes: -3,
      comments: 0,
      shares: 0,
      followers,
      followerDiffNext: null,
      totalViewers: null,
      newViewers: null,
      returningViewers: null,
    })
    const snapshot = emptySnapshot({
      studio: { days: [mk('2025-01-01', 10), mk('2025-01-03', 9)], videos: [], followerGender: [], followerTerritories: [], files: [] },
      posts: [
        { at: Date.parse('2024-12-01T10:00:00Z'), videoId: '1', likes: 5, title: 'old', whoCanView: null, deletedAt: null },
        { at: Date.parse('2024-12-20T10:00:00Z'), videoId: '2', likes: 40, title: 'new', whoCanView: null, deletedAt: null },
      ],
      deletedPosts: [{ at: Date.parse('2024-11-01T10:00:00Z'), videoId: '3', likes: null, title: null, whoCanView: null, deletedAt: Date.parse('2024-12-30T00:00:00Z') }],
    })
    const view = studioView(snapshot)
    expect(view?.withArchive).toBe(true)
    expect(view?.posts.map((p) => [p.videoId, p.likes])).toEqual([
      ['2', 40],
      ['1', 5],
    ])
    expect(view?.deletedPosts[0]).toMatchObject({ videoId: '3', deletedAt: '2024-12-30T00:00:00.000Z' })
    expect(view?.days.map((d) => [d.date.slice(0, 10), d.followers, d.followerChange, d.likesPer1000Views])).toEqual([
      ['2025-01-01', 10, null, -30],
      ['2025-01-02', null, null, null],
      ['2025-01-03', 9, null, -30],
    ])
    expect(studioDays([])).toEqual([])
  })
})
