// renderer tests: the report's text helpers — one date style in UTC, and video titles that print without empty boxes.
import { describe, expect, it } from 'vitest'
import { printableTitle, reportFormat } from './report-format'

describe('reportFormat', () => {
  const f = reportFormat('A4')
  it('writes one date style, in UTC, with fixed month names', () => {
    expect(f.dateTime('2025-09-16T20:14:00Z')).toBe('16 Sep 2025, 20:14 UTC')
    expect(f.span('2025-09-16T20:14:00Z', '2025-09-16T20:22:00Z')).toBe('16 Sep 2025, 20:14 – 20:22 UTC')
  })
})

describe('printableTitle', () => {
  it('leaves out emoji (with skin tones and joiners), which print as empty boxes without an emoji font', () => {
    expect(printableTitle("Day 31. 607 miles in. He's still walking. 🙏🏾 This is the live tracker")).toBe("Day 31. 607 miles in. He's still walking. This is the live tracker")
    expect(printableTitle('🌎Uncover the journey 👨‍👩‍👧 of the 12 Tribes ❤️')).toBe('Uncover the journey of the 12 Tribes')
  })
  it('keeps letters of every script, and cuts a long title at 80 characters', () => {
    expect(printableTitle('Привет, мир — ¿qué tal? 東京')).toBe('Привет, мир — ¿qué tal? 東京')
    const long = printableTitle('word '.repeat(40))
    expect(long.endsWith('…')).toBe(true)
    expect(long.length).toBeLessThanOrEqual(81)
  })
  it('names a title of emoji only as untitled', () => expect(printableTitle('🔥🔥 ')).toBe('Untitled'))
})
