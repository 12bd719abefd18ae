// shared/core tests: field normalisation — dates, video ids and their upload times, counts, empty values, key spellings.
import { describe, expect, it } from 'vitest'
import { canonicalKey, cleanText, parseCount, parseTikTokDate, signedUrlTime, uploadTimeFromVideoId, videoIdFromLink } from './fields'
import { fieldForKey, recordFromObject } from './records'

describe('parseTikTokDate', () => {
  const cases: Array<[string, string | null]> = [
    ['2023-12-27 22:28:42', '2023-12-27T22:28:42.000Z'],
    ['2022-07-15 09:01:02 UTC', '2022-07-15T09:01:02.000Z'],
    ['2026-08-16 18:18:02 GMT', '2026-08-16T18:18:02.000Z'],
    ['2024-02-29T23:59:59Z', '2024-02-29T23:59:59.000Z'],
    ['2024-01-05', '2024-01-05T00:00:00.000Z'],
    ['1969-12-31 23:59:59', '1969-12-31T23:59:59.000Z'],
    ['2023-02-29 10:00:00', null],
    ['2023-13-01 10:00:00', null],
    ['27-12-2023 22:28', null],
    ['N/A', null],
    ['', null],
    ['2023-12-27 22:28:42 PST', null],
  ]
  for (const [text, iso] of cases) {
    it(`${JSON.stringify(text)} → ${iso ?? 'invalid'}`, () => {
      const ms = parseTikTokDate(text)
      if (iso === null) expect(ms).toBeNaN()
      else expect(new Date(ms).toISOString()).toBe(iso)
    })
  }
  it('rejects non-strings', () => {
    expect(parseTikTokDate(1700000000)).toBeNaN()
    expect(parseTikTokDate(null)).toBeNaN()
  })
})

describe('video ids', () => {
  it('extracts the id from every link shape TikTok uses', () => {
    expect(videoIdFromLink('https://www.tiktokv.com/share/video/7317400193991773446/')).toBe('7317400193991773446')
    expect(videoIdFromLink('https://www.tiktok.com/@someone/video/7317400193991773446')).toBe('7317400193991773446')
    expect(videoIdFromLink('https://www.tiktok.com/@someone/video/7317400193991773446?is_from_webapp=1')).toBe('7317400193991773446')
    expect(videoIdFromLink('https://www.tiktok.com/')).toBeNull()
    expect(videoIdFromLink('https://v16-webapp.tiktok.com/abc/?x-expires=1734246000')).toBeNull()
    expect(videoIdFromLink(42)).toBeNull()
  })

  it('reads the upload time from the top 32 bits with BigInt, exactly', () => {
    // 7317400193991773446 >> 32 = 1703714997 (2023-12-27T22:09:57Z), 19 minutes before the real like (22:28:42).
    expect(new Date(uploadTimeFromVideoId('7317400193991773446') ?? 0).toISOString()).toBe('2023-12-27T22:09:57.000Z')
    // Number() would round this id; BigInt keeps the low bits that decide the second.
    const id = ((1700000000n << 32n) | 0xffffffffn).toString()
    expect(uploadTimeFromVideoId(id)).toBe(1700000000 * 1000)
    expect(uploadTimeFromVideoId('abc')).toBeNull()
  })
})

describe('counts and empty values', () => {
  it('reads counts written as numbers or strings, keeping negatives', () => {
    expect(parseCount('58')).toBe(58)
    expect(parseCount('1,234')).toBe(1234)
    expect(parseCount(-1)).toBe(-1)
    expect(parseCount('-1')).toBe(-1)
    expect(parseCount('0.72')).toBe(0.72)
    expect(parseCount('None')).toBeNull()
    expect(parseCount('undefined')).toBeNull()
    expect(parseCount('12 likes')).toBeNull()
  })

  it("treats TikTok's empty spellings as no value", () => {
    for (const empty of ['', ' ', 'N/A', 'None', 'null', 'n.v.t.']) expect(cleanText(empty)).toBeNull()
    expect(cleanText(' Wi-Fi ')).toBe('Wi-Fi')
    expect(cleanText({})).toBeNull()
  })
})

describe('keys and records', () => {
  it('maps every spelling of a field to one name', () => {
    expect(canonicalKey('Device Model')).toBe('devicemodel')
    expect(canonicalKey('HashTag Link::')).toBe('hashtaglink')
    expect(fieldForKey('VideoLink')).toBe('link')
    expect(fieldForKey('Video Link')).toBe('link')
    expect(fieldForKey('link')).toBe('link')
    expect(fieldForKey('Datum')).toBe('date')
    expect(fieldForKey('DeviceModel')).toBe('devicemodel')
    expect(fieldForKey('constructor')).toBeNull()
    expect(fieldForKey('__proto__')).toBeNull()
  })

  it('builds records with no inherited keys and ignores non-objects', () => {
    const rec = recordFromObject(JSON.parse('{"Date": "d", "__proto__": {"x": 1}, "toString": 5, "Link": "l"}'))
    expect(rec).toEqual(Object.assign(Object.create(null), { date: 'd', link: 'l' }))
    expect(recordFromObject([1, 2])).toBeNull()
    expect(recordFromObject('x')).toBeNull()
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })
})

describe('signedUrlTime', () => {
  it('reads the log-id stamp, or the expiry less two days', () => {
    expect(new Date(signedUrlTime('https://p16.tiktokcdn.com/a.jpeg?x-expires=1734246000&l=202412130720201964832241') ?? 0).toISOString()).toBe('2024-12-13T07:20:20.000Z')
    expect(new Date(signedUrlTime('https://p16.tiktokcdn.com/a.jpeg?x-expires=1741633200&x-signature=abc') ?? 0).toISOString()).toBe('2025-03-08T19:00:00.000Z')
    expect(signedUrlTime('https://www.tiktok.com/')).toBeNull()
  })
})
