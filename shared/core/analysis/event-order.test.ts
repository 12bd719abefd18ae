// shared/core tests: the one order of events and vanished groups that every view shows.
import { describe, expect, it } from 'vitest'
import type { CauseEvent, EventKind, VanishedCluster } from '@shared/contract/model'
import { clustersBySize, orderEvents } from './event-order'

const event = (id: string, kind: EventKind, vanished = 0): CauseEvent =>
  ({ id, kind, start: '2025-01-01T00:00:00Z', end: '2025-01-01T00:00:00Z', confidence: 'low', title: id, explanation: '', evidence: { counts: vanished ? { vanished } : {}, rowIds: [] }, actions: [] }) as unknown as CauseEvent

describe('events list order', () => {
  it('puts causes first, context next and retention limits last; the biggest vanished group first, lone vanished likes after the causes', () => {
    const ordered = orderEvents([
      event('keep-watch', 'retention-window'),
      event('private', 'liked-videos-private'),
      event('small', 'vanished-likes', 9),
      event('lone', 'vanished-likes', 1),
      event('burst', 'like-burst'),
      event('big', 'vanished-likes', 182),
    ])
    expect(ordered.map((e) => e.id)).toEqual(['big', 'small', 'burst', 'lone', 'private', 'keep-watch'])
  })

  it('sorts groups of vanished likes by size', () => {
    const c = (start: string, count: number) => ({ start, end: start, count, keptInSpan: 0, videoIds: [] }) as unknown as VanishedCluster
    expect(clustersBySize([c('2025-01-01', 3), c('2025-02-01', 40), c('2025-03-01', 3)]).map((x) => `${x.start}:${x.count}`)).toEqual(['2025-02-01:40', '2025-01-01:3', '2025-03-01:3'])
  })

  it('puts the lead the verdict names before the other causes, never before the vanished likes', () => {
    const events = [event('deleted', 'deleted-posts'), event('big', 'vanished-likes', 40), event('burst', 'like-burst'), event('limit', 'retention-window')]
    expect(orderEvents(events, 'burst').map((e) => e.id)).toEqual(['big', 'burst', 'deleted', 'limit'])
    expect(orderEvents(events).map((e) => e.id)).toEqual(['big', 'deleted', 'burst', 'limit'])
  })
})
