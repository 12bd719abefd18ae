// shared/core tests: the stored snapshot form — exact round trips of real exports, compact times, and refusal of damaged or hostile data.
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readExportPath } from '../../node/read-export-path'
import { copySnapshot } from '../empty-snapshot'
import type { ExportSnapshot } from '../snapshot'
import { summarize } from '../summary'
import { VideoList } from '../video-list'
import { accountIdentity, accountLabel, compareAccounts } from './account'
import type { StoredSnapshotV1 } from './stored-snapshot'
import { fromStoredSnapshot, STORED_SNAPSHOT_KEYS, toStoredSnapshot } from './stored-snapshot'

const REAL = resolve(__dirname, '../../../tests/fixtures/real')
const NOW = Date.UTC(2026, 10, 25)

async function read(paths: string | string[]): Promise<ExportSnapshot> {
  const result = await readExportPath(paths, { now: NOW })
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

const samples = new Map<string, ExportSnapshot>()
beforeAll(async () => {
  samples.set('json gen B', await read(join(REAL, 'json-gen-b-2024-12/user_data_tiktok.json')))
  samples.set('json gen C', await read(join(REAL, 'json-gen-c-2025-03/user_data_tiktok.json')))
  samples.set('txt', await read(join(REAL, 'txt-2023-12/Like List.txt')))
  const studio = join(REAL, 'studio-analytics')
  samples.set('studio', await read(readdirSync(studio).map((f) => join(studio, f))))
})

function sample(name: string): ExportSnapshot {
  const s = samples.get(name)
  if (!s) throw new Error(`no sample ${name}`)
  return s
}

/** What the store promises to keep: everything, except the text of searches, shares and comments. */
function kept(s: ExportSnapshot): ExportSnapshot {
  return {
    ...s,
    searches: s.searches.map((r) => ({ at: r.at, term: '' })),
    shares: s.shares.map((r) => ({ at: r.at, content: null, method: null, videoId: null })),
    comments: s.comments.map((r) => ({ at: r.at, text: '' })),
  }
}

function viaJson(stored: StoredSnapshotV1): unknown {
  return JSON.parse(JSON.stringify(stored))
}

function roundTrip(s: ExportSnapshot): ExportSnapshot {
  const back = fromStoredSnapshot(viaJson(toStoredSnapshot(s)))
  if (back === null) throw new Error('round trip refused')
  return back
}

const clone = copySnapshot

describe('round trip of real exports', () => {
  for (const name of ['json gen B', 'json gen C', 'txt', 'studio']) {
    it(`${name}: every kept field comes back exactly, through JSON`, () => {
      const original = sample(name)
      const expected = kept(original)
      const back = roundTrip(original)
      expect(Object.keys(back).sort()).toEqual(Object.keys(original).sort())
      for (const key of Object.keys(expected) as Array<keyof ExportSnapshot>) {
        expect({ key, value: back[key] }).toStrictEqual({ key, value: expected[key] })
      }
      expect(back.watchTimes).toBeInstanceOf(Float64Array)
      expect(back.settings).toBeInstanceOf(Map)
      expect([...back.sectionsPresent]).toEqual([...original.sectionsPresent])
      expect([...back.settings]).toEqual([...original.settings])
      // The summary — counts, first and last of every section — is unchanged, dropped text included.
      expect(summarize(back)).toEqual(summarize(original))
    })
  }

  it('the real samples exercise the interesting fields', () => {
    const b = sample('json gen B')
    expect(b.likes.length).toBeGreaterThan(0)
    expect(b.searches.length).toBeGreaterThan(0)
    expect(b.shares.length).toBeGreaterThan(0)
    expect(b.comments.length).toBeGreaterThan(0)
    expect(b.logins.length).toBeGreaterThan(0)
    expect(b.deletedPosts.length).toBeGreaterThan(0)
    expect(b.settings.size).toBeGreaterThan(0)
    expect(sample('studio').studio?.days.length).toBeGreaterThan(300)
    expect(sample('txt').likes).toHaveLength(1177)
  })

  it('leaves no search term, share or comment text in the stored form', () => {
    const b = sample('json gen B')
    const text = JSON.stringify(toStoredSnapshot(b))
    for (const r of b.searches) expect(text).not.toContain(JSON.stringify(r.term))
    for (const r of b.comments) if (r.text.length > 3) expect(text).not.toContain(r.text)
    for (const r of b.shares) if (r.content !== null && r.content.length > 3) expect(text).not.toContain(r.content)
  })

  it('is deterministic: the same snapshot always gives the same text', () => {
    const b = sample('json gen B')
    expect(JSON.stringify(toStoredSnapshot(b))).toBe(JSON.stringify(toStoredSnapshot(clone(b))))
    expect(Object.keys(toStoredSnapshot(b))).toEqual([...STORED_SNAPSHOT_KEYS])
  })
})

describe('compact times', () => {
  it('stores whole-second times as second deltas, likes as parallel arrays', () => {
    const s = clone(sample('json gen B'))
    const stored = toStoredSnapshot(s)
    expect(stored.likes.at.unit).toBe('s')
    expect(stored.likes.videoId).toEqual(s.likes.ids())
    if (stored.likes.at.unit !== 's') throw new Error('unit')
    expect(stored.likes.at.deltas[0]).toBe((s.likes.first ?? 0) / 1000)
    expect(stored.likes.at.deltas.slice(1).every((d) => d >= 0 && Number.isInteger(d))).toBe(true)
    expect(stored.watchTimes.unit).toBe('s')
  })

  it('keeps ms, fractional, unsorted and extreme times exactly', () => {
    const s = clone(sample('json gen B'))
    s.watchTimes = Float64Array.from([5, 1, 1_700_000_000_123, -8.64e15, 8.64e15, 0])
    s.likes = VideoList.fromRows([
      { at: 1_700_000_000_000.5, videoId: '7300000000000000001' },
      { at: 1_600_000_000_000, videoId: '7300000000000000002' },
    ])
    s.logins = []
    const stored = toStoredSnapshot(s)
    // Deltas between the extremes exceed 2^53, so that column is kept raw rather than rounded.
    expect(stored.watchTimes.unit).toBe('raw')
    expect(stored.likes.at.unit).toBe('raw')
    const back = roundTrip(s)
    expect(Array.from(back.watchTimes)).toEqual(Array.from(s.watchTimes))
    expect(back.likes.rows()).toEqual(s.likes.rows())

    s.watchTimes = Float64Array.from([3_000, 1_500, 2_001])
    expect(toStoredSnapshot(s).watchTimes.unit).toBe('ms')
    expect(Array.from(roundTrip(s).watchTimes)).toEqual([3_000, 1_500, 2_001])
  })

  it('keeps counts JSON cannot write (NaN, ±Infinity, −0) exactly', () => {
    const s = clone(sample('json gen B'))
    s.profile = { ...s.profile, likesReceived: NaN, followerCount: -0, followingCount: Infinity }
    s.activitySummary = new Map([
      ['a', -Infinity],
      ['b', 1.5],
    ])
    const first = s.posts[0]
    if (!first) throw new Error('sample has posts')
    s.posts = [{ ...first, likes: -0 }]
    const back = roundTrip(s)
    expect(back.profile.likesReceived).toBeNaN()
    expect(Object.is(back.profile.followerCount, -0)).toBe(true)
    expect(back.profile.followingCount).toBe(Infinity)
    expect([...back.activitySummary]).toEqual([
      ['a', -Infinity],
      ['b', 1.5],
    ])
    expect(Object.is(back.posts[0]?.likes, -0)).toBe(true)
  })

  it('keeps map keys that look like prototype keys as plain map entries', () => {
    const s = clone(sample('json gen B'))
    s.settings = new Map([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ])
    const back = roundTrip(s)
    expect([...back.settings]).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('refuses to store a time no Date can hold', () => {
    const s = clone(sample('json gen B'))
    s.watchTimes = Float64Array.from([NaN])
    expect(() => toStoredSnapshot(s)).toThrow(RangeError)
    s.watchTimes = Float64Array.from([9e15])
    expect(() => toStoredSnapshot(s)).toThrow(RangeError)
  })
})

describe('damaged or hostile stored data', () => {
  let good: Record<string, unknown>
  beforeAll(() => {
    good = viaJson(toStoredSnapshot(sample('json gen B'))) as Record<string, unknown>
  })

  /** A copy of the good value with one thing changed at `path` (`undefined` deletes the key). */
  function changed(path: Array<string | number>, value: unknown): unknown {
    const copy = JSON.parse(JSON.stringify(good)) as Record<string, unknown>
    let at: Record<string | number, unknown> = copy
    for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>
    const last = path[path.length - 1] as string | number
    if (value === undefined) delete at[last]
    else at[last] = value
    return copy
  }

  it('accepts the unchanged value (the cases below differ from it in one place)', () => {
    expect(fromStoredSnapshot(good)).not.toBeNull()
    expect(fromStoredSnapshot(changed(['partial'], true))).not.toBeNull()
  })

  const cases: Array<[string, Array<string | number>, unknown]> = [
    ['wrong kind', ['kind'], 'other.app'],
    ['future version', ['version'], 2],
    ['version as string', ['version'], '1'],
    ['missing field', ['likes'], undefined],
    ['unknown format', ['format'], 'xml'],
    ['unknown generation', ['generation'], 'E'],
    ['partial as string', ['partial'], 'false'],
    ['exportedAt NaN', ['exportedAt'], NaN],
    ['exportedAt beyond Date', ['exportedAt'], 1e300],
    ['exportedAt as ISO text', ['exportedAt'], '2024-12-13T07:20:20Z'],
    ['likes as an array', ['likes'], []],
    ['likes videoId not an array', ['likes', 'videoId'], 'x'],
    ['likes video id a number', ['likes', 'videoId', 0], 7_300_000_000_000_000_000],
    ['likes video id empty', ['likes', 'videoId', 0], ''],
    ['likes video id huge', ['likes', 'videoId', 0], '1'.repeat(1000)],
    ['likes parallel arrays mismatched', ['likes', 'videoId'], ['1']],
    ['likes time delta NaN', ['likes', 'at', 'deltas', 0], NaN],
    ['likes time delta Infinity', ['likes', 'at', 'deltas', 1], Infinity],
    ['likes time delta fractional', ['likes', 'at', 'deltas', 1], 0.5],
    ['likes time delta as text', ['likes', 'at', 'deltas', 1], '1'],
    ['likes time delta null', ['likes', 'at', 'deltas', 1], null],
    ['likes time delta past Date range', ['likes', 'at', 'deltas', 1], 9e12],
    ['likes time sum overflows 2^53', ['likes', 'at', 'deltas'], [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]],
    ['unknown time unit', ['likes', 'at', 'unit'], 'min'],
    ['raw unit with deltas', ['likes', 'at', 'unit'], 'raw'],
    ['negative length array-like', ['watchTimes', 'deltas'], { length: -1 }],
    ['array-like with length', ['likes', 'videoId'], { length: 20, 0: '1' }],
    ['array longer than any export', ['watchTimes', 'deltas'], new Array(300_000_000)],
    ['sparse array', ['searches', 'deltas'], new Array(3)],
    ['extra field', ['extra'], 1],
    ['extra field in likes', ['likes', 'extra'], []],
    ['login column short', ['logins', 'ip'], []],
    ['login ip a number', ['logins', 'ip', 0], 1234],
    ['post likes as object', ['posts', 'likes', 0], { n: 1 }],
    ['post count "NaN" spelled oddly', ['posts', 'likes', 0], 'nan'],
    ['deletedAt out of range', ['deletedPosts', 'deletedAt', 0], -1e16],
    ['unknown section name', ['sectionsPresent', 0], 'secrets'],
    ['repeated section name', ['sectionsPresent'], ['likes', 'likes']],
    ['settings as an object', ['settings'], { 'Private Account': 'Disabled' }],
    ['settings pair too long', ['settings', 0], ['a', 'b', 'c']],
    ['settings value a number', ['settings', 0, 1], 1],
    ['settings repeated key', ['settings'], [['a', 'b'], ['a', 'c']]],
    ['activity count as text', ['activitySummary'], [['a', '12']]],
    ['files bytes negative', ['files', 0, 'bytes'], -1],
    ['ignored count negative', ['ignoredFiles'], -1],
    ['ignored count fractional', ['ignoredFiles'], 1.5],
    ['ignored count as text', ['ignoredFiles'], '2'],
    ['ignored names not text', ['ignoredFiles'], [1]],
    ['warning count NaN', ['warnings'], [{ code: 'X', message: 'm', count: NaN }]],
    ['profile missing a field', ['profile', 'displayName'], undefined],
    ['status uid a number', ['status', 'uid'], 6_800_000_000_000_000_000],
    ['studio as an array', ['studio'], []],
  ]
  for (const [label, path, value] of cases) {
    it(`${label} → null`, () => {
      expect(fromStoredSnapshot(changed(path, value))).toBeNull()
    })
  }

  it('stores skipped files as a count; a store that kept their names reads back as their number', () => {
    expect(good['ignoredFiles']).toBe(0)
    expect(fromStoredSnapshot(changed(['ignoredFiles'], 3))?.ignoredFileCount).toBe(3)
    expect(fromStoredSnapshot(changed(['ignoredFiles'], ['Thumbs.db', 'Tax return.pdf']))?.ignoredFileCount).toBe(2)
  })

  it('non-objects and other shapes → null', () => {
    for (const value of [null, undefined, 0, 'text', [], [good], new Map(), new Date(0), Object.assign(Object.create({ inherited: 1 }), good)]) {
      expect(fromStoredSnapshot(value)).toBeNull()
    }
  })

  it('`__proto__` keys (as JSON.parse makes them) → null, and nothing is polluted', () => {
    const text = JSON.stringify(good)
    const planted = [
      text.replace('{"kind"', '{"__proto__":{"polluted":true},"kind"'),
      text.replace('"profile":{', '"profile":{"__proto__":{"polluted":true},'),
      text.replace('"likes":{', '"likes":{"__proto__":{"polluted":true},'),
      text.replace('"files":[{', '"files":[{"__proto__":{"polluted":true},'),
    ]
    for (const json of planted) {
      expect(json).not.toBe(text)
      expect(fromStoredSnapshot(JSON.parse(json))).toBeNull()
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('a throwing getter or a revoked proxy → null, not an exception', () => {
    const getter = { ...good }
    Object.defineProperty(getter, 'likes', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(fromStoredSnapshot(getter)).toBeNull()
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(fromStoredSnapshot(proxy)).toBeNull()
    expect(fromStoredSnapshot(changed(['likes'], proxy))).toBeNull()
  })
})

describe('accounts', () => {
  function variant(username: string | null, uid: string | null, displayName: string | null = null): ExportSnapshot {
    const s = clone(sample('json gen B'))
    s.profile = { ...s.profile, username, displayName }
    s.status = { ...s.status, uid }
    return s
  }

  it('matches by uid first, then by username ignoring case, spaces and a leading @', () => {
    expect(compareAccounts(variant('alice', '1'), variant('bob', '1'))).toBe('same')
    expect(compareAccounts(variant('alice', '1'), variant('alice', '2'))).toBe('different')
    expect(compareAccounts(variant(' Alice ', null), variant('@alice', '2'))).toBe('same')
    expect(compareAccounts(variant('alice', null), variant('bob', null))).toBe('different')
  })

  it('is unknown when either side has no identity, never same', () => {
    expect(compareAccounts(variant(null, null), variant('alice', '1'))).toBe('unknown')
    expect(compareAccounts(variant('alice', null), variant(null, '1'))).toBe('unknown')
    expect(compareAccounts(variant('  ', ' '), variant('  ', ' '))).toBe('unknown')
    expect(compareAccounts(variant('@', null), variant('@', null))).toBe('unknown')
  })

  it('labels by username, display name, then uid', () => {
    expect(accountLabel(variant(' @Alice ', '1', 'Al'))).toBe('@Alice')
    expect(accountLabel(variant(null, '1', 'Al'))).toBe('Al')
    expect(accountLabel(variant('', '1', null))).toBe('UID 1')
    expect(accountLabel(variant(null, null, null))).toBeNull()
    expect(accountIdentity(variant('ALICE', ' 42 '))).toEqual({ uid: '42', username: 'alice' })
    expect(accountLabel(sample('json gen B'))).toBe(`@${sample('json gen B').profile.username}`)
  })
})
