// renderer tests (Chromium): one date style everywhere ("10 Mar 2025, 14:00 UTC"), whatever the machine's locale; account names with one "@"; axis numbers.
import { describe, expect, it } from 'vitest'
import { formatAccount, formatAxisNumber, formatBucket, formatDate, formatDateTime, formatNumber, formatRange } from './format'

describe('display formatting', () => {
  it.each([
    ['2025-03-10T14:00:00Z', '10 Mar 2025', '10 Mar 2025, 14:00 UTC'],
    ['2025-09-16T23:59:00Z', '16 Sep 2025', '16 Sep 2025, 23:59 UTC'],
    ['2024-12-31T00:05:00.000Z', '31 Dec 2024', '31 Dec 2024, 00:05 UTC'],
  ])('%s is shown as %s and %s', (iso, date, dateTime) => {
    expect(formatDate(iso)).toBe(date)
    expect(formatDateTime(iso)).toBe(dateTime)
  })

  it('says "unknown" rather than "Invalid Date"', () => {
    expect(formatDate(null)).toBe('unknown date')
    expect(formatDateTime('not a date')).toBe('unknown time')
  })

  it.each([
    ['2025-05-03T08:00:00Z', '2025-05-03T20:00:00Z', '3 May 2025'],
    ['2025-05-03T00:00:00Z', '2025-05-09T00:00:00Z', '3–9 May 2025'],
    ['2025-04-28T00:00:00Z', '2025-05-03T00:00:00Z', '28 Apr – 3 May 2025'],
    ['2024-03-03T00:00:00Z', '2025-04-09T00:00:00Z', '3 Mar 2024 – 9 Apr 2025'],
  ])('the range %s – %s reads %s', (a, b, text) => {
    expect(formatRange(a, b)).toBe(text)
  })

  it('labels chart buckets in the same style', () => {
    expect(formatBucket('2025-03-10T00:00:00Z', 'week')).toBe('Week of 10 Mar 2025')
    expect(formatBucket('2025-09-01T00:00:00Z', 'month')).toBe('Sep 2025')
  })

  it.each([
    ['@@maya', '@maya'],
    ['maya', '@maya'],
    [' @maya ', '@maya'],
    ['', null],
    [null, null],
  ])('the account %j is shown as %j', (raw, shown) => {
    expect(formatAccount(raw)).toBe(shown)
  })

  it('puts thousands separators in counts and shortens big axis numbers', () => {
    expect(formatNumber(1538)).toBe('1,538')
    expect(formatAxisNumber(600_000)).toBe('600k')
    expect(formatAxisNumber(1_250_000)).toBe('1.3M')
    expect(formatAxisNumber(4_500)).toBe('4,500')
    expect(formatAxisNumber(0)).toBe('0')
  })
})
