// renderer tests (Chromium): the pure chart helpers — markers never overlap and stay inside the plot, units follow the zoom.
import { describe, expect, it } from 'vitest'
import type { CauseEvent } from '@shared/contract/model'
import { coarsestNeeded, DAY, focusSpan, groupMarkers, niceAxisMax, unitAllowed } from './chart-model'
import type { PlacedEvent } from './chart-model'
import { layoutMarkers, MARKER_GAP, MARKER_R } from './marker-layout'

describe('marker layout', () => {
  it('spreads a pile of markers on one date into a row that touches nothing and stays inside the plot', () => {
    const xs = [500, 500, 500, 501, 502, 980, 990, 995]
    const placed = layoutMarkers(xs, 40, 1000)
    const byRow = new Map<number, number[]>()
    for (const p of placed) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p.cx])
    for (const row of byRow.values()) {
      const sorted = [...row].sort((a, b) => a - b)
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(MARKER_GAP - 1e-9)
      expect(sorted[0]!).toBeGreaterThanOrEqual(40 + MARKER_R)
      expect(sorted.at(-1)!).toBeLessThanOrEqual(1000 - MARKER_R)
    }
    // A lone marker stays on its date.
    expect(layoutMarkers([300], 0, 1000)[0]).toEqual({ cx: 300, row: 0 })
  })

  it('opens a second row only when one row cannot hold them all', () => {
    expect(new Set(layoutMarkers([10, 20, 30], 0, 400).map((p) => p.row)).size).toBe(1)
    expect(new Set(layoutMarkers(Array.from({ length: 30 }, (_, i) => i * 5), 0, 400).map((p) => p.row)).size).toBe(2)
  })
})

describe('one marker per date', () => {
  const at = (id: string, from: number, to = from): PlacedEvent => ({ event: { id } as CauseEvent, from, to, moment: from === to })

  it('puts events that point at one bucket under one marker, most important first, and keeps other dates apart', () => {
    const numbers = new Map([['burst', 1], ['device', 3], ['vanished', 2], ['lone', 4], ['window', 5]])
    const groups = groupMarkers([at('device', 40), at('lone', 12), at('burst', 40), at('vanished', 40), at('window', 30, 50)], numbers)
    // The span 30–50 points at its middle bucket, 40: it shares the marker of that date.
    expect(groups.map((g) => g.map((p) => p.event.id))).toEqual([['lone'], ['burst', 'vanished', 'device', 'window']])
  })

  it('draws seven events of one day as one marker, not a pile of seven', () => {
    const day = Array.from({ length: 7 }, (_, i) => at(`e${i}`, 100))
    expect(groupMarkers(day)).toHaveLength(1)
    expect(groupMarkers(day)[0]).toHaveLength(7)
  })
})

describe('round axis tops', () => {
  it.each([
    [318, 400],
    [140, 200],
    [120, 120],
    [96, 100],
    [2_900, 4_000],
    [3, 4],
    [0, 4],
  ])('a count axis whose data reaches %d ends at %d', (max, top) => {
    expect(niceAxisMax(max)).toBe(top)
    expect(niceAxisMax(max) / 4).toBe(Math.round(niceAxisMax(max) / 4))
  })
})

describe('units and zoom', () => {
  const years = { from: Date.UTC(2019, 0, 1), to: Date.UTC(2025, 0, 1) }
  it('allows days once the zoom is short enough', () => {
    expect(unitAllowed(years, 'day')).toBe(false)
    expect(coarsestNeeded(years, 'day')).toBe('week')
    const sixWeeks = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 0, 1) + 42 * DAY }
    expect(unitAllowed(sixWeeks, 'day')).toBe(true)
    expect(coarsestNeeded(sixWeeks, 'day')).toBe('day')
  })

  it('opens on the vanished likes with a week either side, inside the export', () => {
    const span = focusSpan([{ from: Date.UTC(2024, 5, 10), to: Date.UTC(2024, 5, 10) }, { from: Date.UTC(2024, 6, 1), to: Date.UTC(2024, 6, 2) }], years)
    expect(span).toEqual({ from: Date.UTC(2024, 5, 3), to: Date.UTC(2024, 6, 9) })
    expect(focusSpan([], years)).toBeNull()
  })
})
