// renderer tests: the printed charts' scales — round y ticks, calendar x ticks with one month style, and marker lanes that never overlap.
import { describe, expect, it } from 'vitest'
import { assignLanes, bucketOf, niceScale, xTicks } from './report-chart-model'

describe('niceScale', () => {
  it.each([
    [0, 165, [0, 50, 100, 150, 200]],
    [0, 72, [0, 20, 40, 60, 80]],
    [0, 3, [0, 1, 2, 3]],
    [-35, 120, [-50, 0, 50, 100, 150]],
    [0, 600_000, [0, 200_000, 400_000, 600_000]],
  ])('%d – %d → %j', (lo, hi, ticks) => expect(niceScale(lo, hi).ticks).toEqual(ticks))
  it('has an axis for an all-zero series', () => expect(niceScale(0, 0).ticks).toEqual([0, 1]))
  it('puts no tick between two counts: one like a day is 0 and 1, not 0, 0.5 and 1', () => {
    expect(niceScale(0, 1).ticks).toEqual([0, 0.5, 1])
    expect(niceScale(0, 1, 4, true).ticks).toEqual([0, 1])
    expect(niceScale(0, 2, 4, true).ticks).toEqual([0, 1, 2])
  })
})

const weeks = (from: string, n: number): string[] => Array.from({ length: n }, (_, i) => new Date(Date.parse(from) + i * 7 * 86_400_000).toISOString())
const days = (from: string, n: number): string[] => Array.from({ length: n }, (_, i) => new Date(Date.parse(from) + i * 86_400_000).toISOString())

describe('xTicks', () => {
  it('labels five years of weeks by year', () => {
    const t = xTicks(weeks('2020-11-09T00:00:00Z', 261), 'week')
    expect(t.map((x) => x.label)).toEqual(['2021', '2022', '2023', '2024', '2025'])
  })
  it('labels a year of days at calendar months, with the same short month names (Sep, never Sept)', () => {
    const t = xTicks(days('2025-05-15T00:00:00Z', 366), 'day')
    expect(t.length).toBeLessThanOrEqual(8)
    for (const x of t) expect(x.label).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/)
    expect(t.map((x) => x.label)).toContain('Sep 2025')
  })
  it('labels three weeks of days every few days', () => {
    const t = xTicks(days('2025-09-01T00:00:00Z', 21), 'day')
    expect(t[0]?.label).toBe('1 Sep')
    expect(t.length).toBeLessThanOrEqual(8)
  })
})

describe('bucketOf', () => {
  const starts = days('2025-09-01T00:00:00Z', 10)
  it('finds the day holding a time, and nothing outside the chart', () => {
    expect(bucketOf(starts, 'day', '2025-09-03T18:00:00Z')).toBe(2)
    expect(bucketOf(starts, 'day', '2025-08-31T23:59:00Z')).toBeNull()
    expect(bucketOf(starts, 'day', '2025-09-11T00:00:00Z')).toBeNull()
  })
})

describe('assignLanes', () => {
  it('puts markers that would touch in different lanes, and reuses a lane once it is free', () => {
    expect(assignLanes([{ x: 100, xEnd: 100 }, { x: 105, xEnd: 105 }, { x: 110, xEnd: 110 }, { x: 200, xEnd: 200 }], 15)).toEqual([0, 1, 2, 0])
  })
  it('keeps a lane busy for the length of a span', () => {
    expect(assignLanes([{ x: 10, xEnd: 300 }, { x: 200, xEnd: 200 }], 15)).toEqual([0, 1])
  })
})
