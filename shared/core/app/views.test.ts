// shared/core tests: the export view keeps a readable number of events per kind (verdict ones always), and the columnar likes table pages correctly.
import { describe, expect, it } from 'vitest'
import type { CauseEvent } from '@shared/contract/model'
import { emptySnapshot } from '../empty-snapshot'
import { VideoList } from '../video-list'
import { capEvents, likesPage, likeTable, MAX_EVENTS_PER_KIND } from './views'

const burst = (i: number, likes: number, near = false): CauseEvent => ({
  id: `like-burst@${i}`,
  kind: 'like-burst',
  start: new Date(i * 1000).toISOString(),
  end: new Date(i * 1000).toISOString(),
  confidence: near ? 'medium' : 'low',
  title: `${likes} likes`,
  explanation: '',
  evidence: { counts: { likes, minutes: 5 }, rowIds: [], rowIdsTruncated: false },
  actions: [],
  ...(near ? { nearVanished: { clusters: 1, ofClusters: 1 } } : {}),
})

describe('capEvents', () => {
  it('keeps the verdict events, those near vanished likes and the newest, and counts the rest', () => {
    const events = Array.from({ length: 100 }, (_, i) => burst(i, 40 + i, i === 3))
    const { kept, omitted } = capEvents(events, new Set(['like-burst@0']))
    expect(kept).toHaveLength(MAX_EVENTS_PER_KIND)
    expect(omitted).toEqual([{ kind: 'like-burst', count: 100 - MAX_EVENTS_PER_KIND }])
    const ids = kept.map((e) => e.id)
    expect(ids).toContain('like-burst@0')
    expect(ids).toContain('like-burst@3')
    expect(ids).toContain('like-burst@99')
    expect(ids).toContain('like-burst@98')
    expect(ids).not.toContain('like-burst@50')
    // The engine's order is kept among what stays.
    expect(ids).toEqual([...ids].sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1])))
  })
})

describe('likeTable and likesPage', () => {
  it('merges present and vanished likes newest first and filters by status', () => {
    const likes = [1, 3, 5].map((t) => ({ at: t * 1000, videoId: `7${t}00000000000000000` }))
    const vanished = [2, 4].map((t) => ({ at: t * 1000, videoId: `7${t}10000000000000000` }))
    const snapshot = emptySnapshot({ likes: VideoList.fromRows(likes) })
    const diff = { vanished } as unknown as Parameters<typeof likeTable>[2]
    const table = likeTable(snapshot, [], diff)
    const all = likesPage(table, { exportId: 'x', offset: 0, limit: 10 })
    expect(all.rows.map((r) => [r.at.slice(17, 19), r.status])).toEqual([
      ['05', 'present'],
      ['04', 'vanished'],
      ['03', 'present'],
      ['02', 'vanished'],
      ['01', 'present'],
    ])
    const gone = likesPage(table, { exportId: 'x', offset: 1, limit: 5, status: 'vanished', order: 'oldest' })
    expect([gone.total, gone.rows.map((r) => r.videoId)]).toEqual([2, ['7410000000000000000']])
  })

  it('marks as in a burst the likes a burst event names, and no other like of its span', () => {
    const likes = [10, 11, 12, 13, 50].map((t, i) => ({ at: t * 1000, videoId: `730000000000000000${i}` }))
    const event: CauseEvent = { ...burst(10, 3), end: new Date(13_000).toISOString(), evidence: { counts: {}, rowIds: ['7300000000000000000', '7300000000000000002', '7300000000000000003'], rowIdsTruncated: false } }
    const table = likeTable(emptySnapshot({ likes: VideoList.fromRows(likes) }), [event], null)
    const page = likesPage(table, { exportId: 'x', offset: 0, limit: 10, order: 'oldest' })
    expect(page.rows.map((r) => [r.videoId.slice(-1), r.status])).toEqual([
      ['0', 'in-burst'],
      ['1', 'present'],
      ['2', 'in-burst'],
      ['3', 'in-burst'],
      ['4', 'present'],
    ])
    expect(likesPage(table, { exportId: 'x', offset: 0, limit: 10, status: 'in-burst' }).total).toBe(3)
  })
})
