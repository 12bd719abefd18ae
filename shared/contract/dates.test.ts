// shared/contract tests: the short forms of the one date style (clock times and chart ticks) agree with the full ones.
import { describe, expect, it } from 'vitest'
import { formatClock, formatDate, formatDateTime, formatDayMonth, formatMonth } from './dates'

describe('date style', () => {
  it.each([
    ['2025-03-10T14:00:00.000Z', '14:00', '10 Mar', 'Mar 2025'],
    ['2024-12-31T23:59:59.999Z', '23:59', '31 Dec', 'Dec 2024'],
    ['2025-09-01T00:05:00.000Z', '00:05', '1 Sep', 'Sep 2025'],
  ])('%s', (iso, clock, dayMonth, month) => {
    expect(formatClock(iso)).toBe(clock)
    expect(formatDayMonth(iso)).toBe(dayMonth)
    expect(formatMonth(iso)).toBe(month)
    // The full forms are built from the same parts.
    expect(formatDateTime(iso)).toBe(`${formatDate(iso)}, ${clock} UTC`)
    expect(formatDate(iso).startsWith(dayMonth)).toBe(true)
  })

  it('says a value is not a date instead of printing "Invalid Date"', () => {
    expect(formatClock('soon')).toBe('?')
    expect(formatDayMonth(null)).toBe('unknown date')
    expect(formatDateTime(Number.NaN)).toBe('unknown time')
  })
})
