// renderer tests: the report's text helpers — one date style in UTC, and video titles that print without empty boxes.
import { describe, expect, it } from 'vitest'
import type { CauseEvent } from '@shared/contract/model'
import { evidenceSubjects, printableTitle, reportFormat } from './report-format'

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

describe('evidenceSubjects', () => {
  const event = (rowIds: string[]): CauseEvent => ({
    id: 'e',
    kind: 'new-network',
    start: '2025-07-01T23:13:00Z',
    end: '2025-07-01T23:13:00Z',
    confidence: 'low',
    title: 'Logged in from a new Wi-Fi network',
    explanation: '',
    evidence: { counts: {}, rowIds, rowIdsTruncated: false },
    actions: [],
  })
  it('names the device, system or network an explanation says is in the evidence, and not the logins', () => {
    expect(evidenceSubjects(event(['login:2025-07-01T23:13:00.000Z', 'device:iPhone15,2', 'network:81.237.x.x', 'carrier:KPN', 'system:Pixel 7 Android 15']))).toEqual({
      shown: [
        { label: 'Device model', value: 'iPhone15,2' },
        { label: 'Wi-Fi address', value: '81.237.x.x' },
        { label: 'Mobile network', value: 'KPN' },
        { label: 'Device and system', value: 'Pixel 7 Android 15' },
      ],
      more: 0,
    })
  })
  it('cuts a device name of thousands of characters to 60', () => {
    const [x] = evidenceSubjects(event([`device:${'A'.repeat(5000)}`])).shown
    expect(x?.value).toBe(`${'A'.repeat(60)}…`)
  })
  it('prints six of a merged line and counts the rest', () => {
    const r = evidenceSubjects(event(Array.from({ length: 40 }, (_, i) => `network:10.${i}.x.x`)))
    expect(r.shown).toHaveLength(6)
    expect(r.more).toBe(34)
  })
})
