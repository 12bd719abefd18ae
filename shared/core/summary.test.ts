// shared/core tests: the coverage summary dates each section by what its rows say happened then.
import { describe, expect, it } from 'vitest'
import { emptySnapshot } from './empty-snapshot'
import { summarize } from './summary'

describe('section coverage', () => {
  it('dates deleted posts by their deletion, not by when they were posted', () => {
    const post = (at: string, deletedAt: string | null) => ({ at: Date.parse(at), videoId: null, likes: 1, title: null, whoCanView: null, deletedAt: deletedAt === null ? null : Date.parse(deletedAt) })
    const snapshot = emptySnapshot({
      deletedPosts: [post('2024-11-24T09:31:53Z', '2024-12-13T07:05:00Z'), post('2024-11-25T08:52:11Z', '2024-12-13T07:04:50Z'), post('2024-11-26T10:00:00Z', null)],
    })
    const { deletedPosts } = summarize(snapshot).sections
    // A post without a deletion date keeps its posting date; the rest are ordered by deletion.
    expect(deletedPosts).toMatchObject({ count: 3, first: '2024-11-26T10:00:00.000Z', last: '2024-12-13T07:05:00.000Z' })
  })
})
