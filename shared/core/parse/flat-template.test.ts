// shared/core tests: the flat-entry template finds exactly the string ends and members a byte-by-byte scan finds, and misses on any entry laid out differently.
import { describe, expect, it } from 'vitest'
import { FlatTemplate, plainStringEnd, TEMPLATE_MISS } from './flat-template'

const enc = new TextEncoder()
const viewOf = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength)

/** The byte-by-byte rule plainStringEnd must agree with. */
function referenceEnd(buf: Uint8Array, i: number, len: number): number {
  for (; i < len; i++) {
    const c = buf[i] as number
    if (c === 0x22) return i
    if (c < 0x20 || c > 0x7e || c === 0x5c) return TEMPLATE_MISS
  }
  return TEMPLATE_MISS
}

describe('plainStringEnd', () => {
  it('agrees with the byte-by-byte rule for every byte value at every place in a word', () => {
    let checked = 0
    for (let b = 0; b < 256; b++) {
      for (let at = 0; at < 9; at++) {
        // A plain body with byte `b` at `at`, then a closing quote and more text (which must not be read past the quote).
        const body = new Uint8Array(16).fill(0x61)
        body[at] = b
        body[12] = 0x22
        for (const start of [0, 1, 2, 3]) {
          const len = body.length
          expect(plainStringEnd(body, viewOf(body), start, len), `byte ${b} at ${at} from ${start}`).toBe(referenceEnd(body, start, len))
          checked++
        }
      }
    }
    expect(checked).toBe(256 * 9 * 4)
  })

  it('misses when the buffer ends before the closing quote, and never reads at or past len', () => {
    const body = enc.encode('abcdefgh"')
    for (let len = 0; len < body.length; len++) expect(plainStringEnd(body, viewOf(body), 0, len)).toBe(TEMPLATE_MISS)
    expect(plainStringEnd(body, viewOf(body), 0, body.length)).toBe(8)
  })
})

/** Members of a flat entry as the walker's scan reports them: (keyStart, keyEnd, valueStart, valueEnd) inside the quotes. */
function membersOf(text: string, at: number): { members: Int32Array; count: number; end: number } {
  const quotes: number[] = []
  let end = at
  for (let i = at; i < text.length; i++) {
    if (text[i] === '"') quotes.push(i)
    if (text[i] === '}') {
      end = i + 1
      break
    }
  }
  const members = new Int32Array(64)
  for (let q = 0; q < quotes.length; q += 2) members[q] = (quotes[q] as number) + 1
  for (let q = 1; q < quotes.length; q += 2) members[q] = quotes[q] as number
  return { members, count: quotes.length / 4, end }
}

describe('FlatTemplate', () => {
  const row = (date: string, link: string): string => `{\n  "Date": "${date}",\n  "Link": "${link}"\n}`
  const first = row('2025-01-02 03:04:05', 'https://www.tiktokv.com/share/video/7428748283171949866/')

  function learned(): FlatTemplate {
    const template = new FlatTemplate(16)
    const { members, count, end } = membersOf(first, 0)
    template.learn(enc.encode(first), 0, end, members, count)
    return template
  }

  it('matches an entry of the same layout and reports its members as the scan would', () => {
    const next = row('2024-12-31 23:59:59', 'https://www.tiktok.com/@someone/video/7428748283171949866?lang=en')
    const text = `${first},${next}`
    const buf = enc.encode(text)
    const at = first.length + 1
    const members = new Int32Array(64)
    const end = learned().match(buf, viewOf(buf), at, buf.length, members)
    const expected = membersOf(text, at)
    expect(end).toBe(expected.end)
    expect([...members.subarray(0, 8)]).toEqual([...expected.members.subarray(0, 8)])
    expect(text.slice(members[2], members[3])).toBe('2024-12-31 23:59:59')
  })

  it('misses an entry whose keys, spacing or member count differ', () => {
    const others = [
      `{\n  "date": "2025-01-02 03:04:05",\n  "Link": "x"\n}`,
      `{\n   "Date": "2025-01-02 03:04:05",\n  "Link": "x"\n}`,
      `{\n  "Date": "2025-01-02 03:04:05",\n  "Link": "x",\n  "Extra": "y"\n}`,
      `{\n  "Date": "2025-01-02 03:04:05"\n}`,
      `{\n  "Date": "2025-01-02 03:04:05",\n  "Link": 5\n}`,
      `{"Date": "2025-01-02 03:04:05", "Link": "x"}`,
    ]
    for (const other of others) {
      const buf = enc.encode(other)
      expect(learned().match(buf, viewOf(buf), 0, buf.length, new Int32Array(64)), other).toBe(TEMPLATE_MISS)
    }
  })

  it('misses values with escapes, control bytes or non-ASCII, and entries cut by the buffer end', () => {
    for (const value of ['a\\"b', 'a\\nb', 'a\tb', 'café', 'a\u007fb']) {
      const buf = enc.encode(row('2025-01-02 03:04:05', value))
      expect(learned().match(buf, viewOf(buf), 0, buf.length, new Int32Array(64)), value).toBe(TEMPLATE_MISS)
    }
    const buf = enc.encode(first)
    for (let len = 0; len < buf.length; len++) expect(learned().match(buf, viewOf(buf), 0, len, new Int32Array(64))).toBe(TEMPLATE_MISS)
    expect(learned().match(buf, viewOf(buf), 0, buf.length, new Int32Array(64))).toBe(buf.length)
  })

  it('learns nothing from an empty object or a layout too long to keep', () => {
    const template = new FlatTemplate(16)
    template.learn(enc.encode('{}'), 0, 2, new Int32Array(64), 0)
    expect(template.count).toBe(0)
    const long = `{"${'k'.repeat(600)}": "v"}`
    const { members, count, end } = membersOf(long, 0)
    template.learn(enc.encode(long), 0, end, members, count)
    expect(template.count).toBe(0)
    const buf = enc.encode(long)
    expect(template.match(buf, viewOf(buf), 0, buf.length, new Int32Array(64))).toBe(TEMPLATE_MISS)
  })
})
