// shared/core tests: like history buckets (UTC and a time zone), watch coverage, like rate and watch sessions.
import { describe, expect, it } from 'vitest'
import { likeHistory, watchSessions } from './like-history'

const t = (iso: string): number => Date.parse(iso)

describe('likeHistory', () => {
  const likes = [t('2025-03-09T23:30:00Z'), t('2025-03-10T08:00:00Z'), t('2025-03-10T21:00:00Z'), t('2025-03-13T12:00:00Z')]

  it('counts likes per UTC day and keeps empty days', () => {
    const days = likeHistory(likes, null, { unit: 'day' })
    expect(days.map((d) => [new Date(d.start).toISOString().slice(0, 10), d.likes])).toEqual([
      ['2025-03-09', 1],
      ['2025-03-10', 2],
      ['2025-03-11', 0],
      ['2025-03-12', 0],
      ['2025-03-13', 1],
    ])
    expect(days.every((d) => d.watched === null && d.likesPer100Watched === null)).toBe(true)
  })

  it('moves likes to local days in a time zone', () => {
    // 23:30 UTC on 9 March is 00:30 on 10 March in Amsterdam (UTC+1 in winter).
    const days = likeHistory(likes, null, { unit: 'day', timeZone: 'Europe/Amsterdam' })
    expect(days[0]?.start).toBe(t('2025-03-09T23:00:00Z'))
    expect(days[0]?.likes).toBe(3)
  })

  it('handles a daylight-saving switch without losing or doubling a day', () => {
    const around = [t('2025-03-29T12:00:00Z'), t('2025-03-30T12:00:00Z'), t('2025-03-31T12:00:00Z')]
    const days = likeHistory(around, null, { unit: 'day', timeZone: 'Europe/Amsterdam' })
    expect(days.map((d) => d.likes)).toEqual([1, 1, 1])
    expect(days[2]?.start).toBe(t('2025-03-30T22:00:00Z'))
  })

  it('buckets by ISO week (Monday) and by month', () => {
    const weeks = likeHistory(likes, null, { unit: 'week' })
    expect(weeks.map((w) => [new Date(w.start).toISOString().slice(0, 10), w.likes])).toEqual([
      ['2025-03-03', 1],
      ['2025-03-10', 3],
    ])
    const months = likeHistory([t('2025-01-31T10:00:00Z'), t('2025-03-01T10:00:00Z')], null, { unit: 'month' })
    expect(months.map((m) => [new Date(m.start).toISOString().slice(0, 10), m.likes])).toEqual([
      ['2025-01-01', 1],
      ['2025-02-01', 0],
      ['2025-03-01', 1],
    ])
  })

  it('reports watched counts only inside watch coverage, and the like rate', () => {
    const watch = new Float64Array([t('2025-03-10T07:59:00Z'), t('2025-03-10T08:01:00Z'), t('2025-03-10T20:59:00Z'), t('2025-03-10T21:30:00Z')])
    const days = likeHistory(likes, watch, { unit: 'day' })
    expect(days[0]).toMatchObject({ likes: 1, watched: null })
    expect(days[1]).toMatchObject({ likes: 2, watched: 4, likesPer100Watched: 50 })
    expect(days[4]).toMatchObject({ likes: 1, watched: null })
  })

  it('restricts to a zoomed range', () => {
    const days = likeHistory(likes, null, { unit: 'day', from: t('2025-03-10T00:00:00Z'), to: t('2025-03-10T23:59:59Z') })
    expect(days).toHaveLength(1)
    expect(days[0]?.likes).toBe(2)
  })
})

describe('watchSessions', () => {
  it('ends a session after a gap of more than ten minutes and counts likes in it', () => {
    const watch = [0, 60_000, 120_000, 120_000 + 11 * 60_000, 120_000 + 12 * 60_000].map((x) => x + t('2025-01-01T20:00:00Z'))
    const likes = [t('2025-01-01T20:01:30Z'), t('2025-01-01T20:13:30Z'), t('2025-01-02T09:00:00Z')]
    const sessions = watchSessions(watch, likes)
    expect(sessions.map((s) => [s.watched, s.liked])).toEqual([
      [3, 1],
      [2, 1],
    ])
  })
})
