// shared/core tests: the two-export diff — vanished vs beyond-the-window vs added, clusters, account matching, order.
import { describe, expect, it } from 'vitest'
import { emptySnapshot } from '../empty-snapshot'
import type { DatedVideo, ExportSnapshot } from '../snapshot'
import { VideoList } from '../video-list'
import { diffExports } from './diff-exports'
import { summarizeDiff } from './diff-summary'

const H = 3_600_000
const base = Date.parse('2025-03-01T00:00:00Z')
const like = (hours: number, id: number): DatedVideo => ({ at: base + hours * H, videoId: String(7_400_000_000_000_000_000n + BigInt(id)) })

function account(likes: DatedVideo[], exportedAt: number, username: string | null = 'someone', uid: string | null = null): ExportSnapshot {
  const snap = emptySnapshot({ likes: VideoList.fromRows(likes), exportedAt })
  snap.profile.username = username
  snap.status.uid = uid
  return snap
}

describe('diffExports', () => {
  // Older export: likes at hours 0..99 (ids 0..99). Newer export: a cut-off list from hour 10,
  // without ids 40..49 (one evening) and 70 and 90 (scattered), plus 5 new likes.
  const olderLikes = Array.from({ length: 100 }, (_, i) => like(i, i))
  const keep = (i: number): boolean => i >= 10 && !(i >= 40 && i < 50) && i !== 70 && i !== 90
  const newerLikes = [...olderLikes.filter((_, i) => keep(i)), ...Array.from({ length: 5 }, (_, i) => like(200 + i, 1000 + i))]
  const older = account(olderLikes, base + 100 * H)
  const newer = account(newerLikes, base + 300 * H)

  it('splits missing likes into vanished (inside the window) and beyond the window', () => {
    const out = diffExports(older, newer)
    if (!out.ok) throw new Error(out.message)
    const { diff } = out
    expect(diff.beyondWindow.map((l) => l.videoId)).toEqual(olderLikes.slice(0, 10).map((l) => l.videoId))
    expect(diff.vanished).toHaveLength(12)
    expect(diff.added).toHaveLength(5)
    expect(diff.window.from).toBe(base + 10 * H)
  })

  it('groups vanished likes into clusters by like time, with the likes kept in their span', () => {
    const out = diffExports(older, newer)
    if (!out.ok) throw new Error(out.message)
    const summary = summarizeDiff(out.diff)
    expect(summary.clusters.map((c) => [c.count, c.keptInSpan])).toEqual([
      [10, 0],
      [1, 0],
      [1, 0],
    ])
    expect(summary.clusters[0]?.start).toBe(new Date(base + 40 * H).toISOString())
    expect(summary.clusters[0]?.end).toBe(new Date(base + 49 * H).toISOString())
    expect(summary).toMatchObject({ vanished: { count: 12 }, beyondWindow: { count: 10 }, added: { count: 5 } })
  })

  it('puts the later export second whatever the argument order', () => {
    const out = diffExports(newer, older)
    if (!out.ok) throw new Error(out.message)
    expect(out.swapped).toBe(true)
    expect(out.diff.vanished).toHaveLength(12)
  })

  it('refuses two different accounts, by uid before username', () => {
    expect(diffExports(account(olderLikes, base, 'a'), account(newerLikes, base + H, 'b')).ok).toBe(false)
    expect(diffExports(account(olderLikes, base, 'a', '1'), account(newerLikes, base + H, 'b', '1')).ok).toBe(true)
    expect(diffExports(account(olderLikes, base, 'a', '1'), account(newerLikes, base + H, 'a', '2')).ok).toBe(false)
  })

  it('takes enough shared likes as one account when one export has no identity, and compares with doubt otherwise', () => {
    const out = diffExports(account(olderLikes, base, null), newer)
    expect(out.ok && [out.diff.accountMatch, out.diff.account.by, out.diff.account.overlap]).toEqual(['same', 'shared-likes', { inWindow: 78, shared: 78 }])
    // Someone else's likes over the same days: nothing in common, so the doubt stays.
    const stranger = account(Array.from({ length: 100 }, (_, i) => like(i + 0.5, 5000 + i)), base + 300 * H, null)
    const doubtful = diffExports(older, stranger)
    expect(doubtful.ok && [doubtful.diff.accountMatch, doubtful.diff.account.overlap]).toEqual(['unknown', { inWindow: 99, shared: 0 }])
  })

  it('finds nothing vanished between identical exports', () => {
    const out = diffExports(older, account(olderLikes, base + 200 * H))
    expect(out.ok && [out.diff.vanished.length, out.diff.beyondWindow.length, out.diff.added.length]).toEqual([0, 0, 0])
  })
})
