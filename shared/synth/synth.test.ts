// shared/synth: tests. The synthetic export generator is deterministic, realistic in shape, and streams with bounded output chunks.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import type { Generation } from '@shared/contract/model'
import { parseTikTokDate, uploadTimeFromVideoId, videoIdFromLink } from '@shared/core/parse/fields'
import type { ExportSpec, SpecOptions } from './export-spec'
import { makeSpec, videoIdUploadMs, watchFromRows } from './export-spec'
import { Rng, hashSeed } from './random'
import { JSON_CATEGORIES, renderJsonExport, renderJsonString, TYPICAL_EXPORT_DATE } from './render-json'
import { renderTxtExport } from './render-txt'
import { zipFiles } from './zip'

const GENERATIONS: readonly Generation[] = ['A', 'B', 'C', 'D']
const DAY = 86_400_000

const SMALL: SpecOptions = { seed: 'small', likes: 300, watchRows: 2_000, logins: 120, searches: 20, shares: 15, followers: 12, following: 25, posts: 4, comments: 10 }

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function at(root: Json, ...path: string[]): Json {
  let node: Json = root
  for (const key of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key)) throw new Error(`missing ${path.join(' › ')} at ${key}`)
    node = node[key] as Json
  }
  return node
}

function list(root: Json, ...path: string[]): Array<{ [key: string]: Json }> {
  const node = at(root, ...path)
  if (!Array.isArray(node)) throw new Error(`${path.join(' › ')} is not a list`)
  return node as Array<{ [key: string]: Json }>
}

/** Where the like, watch and login lists live per generation (export-format.md §1.2–1.3). */
const PATHS: Record<Generation, { likes: string[]; watch: string[]; logins: string[]; favorites: string[] }> = {
  A: {
    likes: ['Activity', 'Like List', 'ItemFavoriteList'],
    watch: ['Activity', 'Video Browsing History', 'VideoList'],
    logins: ['Activity', 'Login History', 'LoginHistoryList'],
    favorites: ['Activity', 'Favorite Videos', 'FavoriteVideoList'],
  },
  B: {
    likes: ['Activity', 'Like List', 'ItemFavoriteList'],
    watch: ['Activity', 'Video Browsing History', 'VideoList'],
    logins: ['Activity', 'Login History', 'LoginHistoryList'],
    favorites: ['Activity', 'Favorite Videos', 'FavoriteVideoList'],
  },
  C: {
    likes: ['Your Activity', 'Like List', 'ItemFavoriteList'],
    watch: ['Your Activity', 'Watch History', 'VideoList'],
    logins: ['Your Activity', 'Login History', 'LoginHistoryList'],
    favorites: ['Your Activity', 'Favorite Videos', 'FavoriteVideoList'],
  },
  D: {
    likes: ['Likes and Favorites', 'Like List', 'ItemFavoriteList'],
    watch: ['Your Activity', 'Watch History', 'VideoList'],
    logins: ['Your Activity', 'Login History', 'LoginHistoryList'],
    favorites: ['Likes and Favorites', 'Favorite Videos', 'FavoriteVideoList'],
  },
}

const EXPECTED_KEYS: Record<Generation, { like: string[]; watch: string[] }> = {
  A: { like: ['Date', 'VideoLink'], watch: ['Date', 'VideoLink'] },
  B: { like: ['Date', 'Link'], watch: ['Date', 'Link'] },
  C: { like: ['date', 'link'], watch: ['Date', 'Link'] },
  D: { like: ['date', 'link'], watch: ['Date', 'Link', 'Title'] },
}

function specFor(gen: Generation, extra: Partial<SpecOptions> = {}): ExportSpec {
  return makeSpec({ ...SMALL, exportedAt: TYPICAL_EXPORT_DATE[gen], ...extra })
}

describe('random', () => {
  it('repeats its sequence for a seed and differs across seeds and forks', () => {
    const seq = (rng: Rng): number[] => Array.from({ length: 8 }, () => rng.uint32())
    expect(seq(new Rng(42))).toEqual(seq(new Rng(42)))
    expect(seq(new Rng(42))).not.toEqual(seq(new Rng(43)))
    expect(seq(new Rng('a'))).toEqual(seq(new Rng(hashSeed('a'))))
    expect(seq(new Rng(1).fork('x'))).not.toEqual(seq(new Rng(1).fork('y')))
  })

  it('keeps int() inside its bounds and shuffle() a permutation', () => {
    const rng = new Rng(7)
    const seen = new Set<number>()
    for (let i = 0; i < 2000; i++) {
      const v = rng.int(3, 6)
      expect(v >= 3 && v <= 6, `int out of range: ${v}`).toBe(true)
      seen.add(v)
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6])
    const items = Array.from({ length: 50 }, (_, i) => i)
    const shuffled = rng.shuffle([...items])
    expect(shuffled).not.toEqual(items)
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items)
  })
})

describe('makeSpec', () => {
  const spec = makeSpec({ ...SMALL, likes: 3_000, watchRows: 20_000 })
  const watch = [...spec.watch.ascending()]

  it('is deterministic for a seed and differs for another seed', () => {
    const again = makeSpec({ ...SMALL, likes: 3_000, watchRows: 20_000 })
    expect(again.likes).toEqual(spec.likes)
    expect(again.logins).toEqual(spec.logins)
    expect([...again.watch.ascending()]).toEqual(watch)
    const other = makeSpec({ ...SMALL, likes: 3_000, watchRows: 20_000, seed: 'other' })
    expect(other.likes.map((l) => l.videoId)).not.toEqual(spec.likes.map((l) => l.videoId))
  })

  it('gives the requested counts, unique like ids and 19-digit ids whose upload time precedes the event', () => {
    expect(spec.likes).toHaveLength(3_000)
    expect(new Set(spec.likes.map((l) => l.videoId)).size).toBe(3_000)
    expect(spec.watch.count).toBe(20_000)
    expect(watch).toHaveLength(20_000)
    expect(spec.logins).toHaveLength(SMALL.logins ?? -1)
    expect(spec.account.uid).toMatch(/^\d{19}$/)
    for (const [name, rows] of [['likes', spec.likes], ['favorites', spec.favorites], ['watch', watch], ['shares', spec.shares]] as const) {
      for (const row of rows) {
        if (row.videoId === null) continue
        expect(row.videoId, name).toMatch(/^[1-9]\d{18}$/)
        const upload = videoIdUploadMs(row.videoId)
        if (upload > row.at) throw new Error(`${name}: id ${row.videoId} uploaded ${new Date(upload).toISOString()} after ${new Date(row.at).toISOString()}`)
        // The reader's own decoder agrees with ours.
        expect(uploadTimeFromVideoId(row.videoId)).toBe(upload)
      }
    }
  })

  it('keeps every list sorted oldest first and inside its time window', () => {
    const sorted = (rows: ReadonlyArray<{ at: number }>): boolean => rows.every((r, i) => i === 0 || (rows[i - 1]?.at ?? -Infinity) <= r.at)
    for (const rows of [spec.likes, spec.favorites, watch, spec.logins, spec.searches, spec.followers, spec.posts, spec.comments]) {
      expect(sorted(rows)).toBe(true)
      // TikTok dates have whole seconds; a spec time with milliseconds could never round-trip.
      expect(rows.every((r) => r.at % 1000 === 0)).toBe(true)
    }
    const newest = Math.max(...spec.likes.map((l) => l.at), watch.at(-1)?.at ?? 0, spec.logins.at(-1)?.at ?? 0)
    expect(newest).toBeLessThanOrEqual(spec.exportedAt)
    expect(watch[0]?.at ?? 0).toBeGreaterThanOrEqual(spec.exportedAt - 181 * DAY)
    expect(spec.logins[0]?.at ?? 0).toBeGreaterThanOrEqual(spec.exportedAt - 181 * DAY)
    expect(spec.watch.span).toEqual({ first: watch[0]?.at, last: watch.at(-1)?.at })
  })

  it('produces the same watch rows in both directions, and mirrors liked videos into watch history', () => {
    expect([...spec.watch.descending()].reverse()).toEqual(watch)
    const watchedIds = new Set(watch.map((w) => w.videoId))
    const recentLikes = spec.likes.filter((l) => l.at > (watch[0]?.at ?? 0) + 60_000)
    expect(recentLikes.length).toBeGreaterThan(0)
    expect(recentLikes.every((l) => watchedIds.has(l.videoId))).toBe(true)
    // Repeats exist, as in real watch histories.
    expect(watchedIds.size).toBeLessThan(watch.length)
  })

  it('clusters likes in evening sessions of the user’s time zone', () => {
    const evening = makeSpec({ seed: 'tz', likes: 4_000, utcOffsetHours: 0, watchRows: 0 })
    const hours = new Array<number>(24).fill(0)
    for (const l of evening.likes) hours[new Date(l.at).getUTCHours()] = (hours[new Date(l.at).getUTCHours()] ?? 0) + 1
    const eveningShare = hours.slice(18, 24).reduce((a, b) => a + b, 0) / evening.likes.length
    const nightShare = hours.slice(3, 7).reduce((a, b) => a + b, 0) / evening.likes.length
    expect(eveningShare).toBeGreaterThan(0.5)
    expect(nightShare).toBeLessThan(0.08)
  })

  it('uses one or two login devices and the requested liked-videos visibility', () => {
    const one = makeSpec({ seed: 'dev', devices: 1, likedVideosVisibility: 'Everyone' })
    const two = makeSpec({ seed: 'dev', devices: 2 })
    expect(new Set(one.logins.map((l) => l.deviceModel)).size).toBe(1)
    expect(new Set(two.logins.map((l) => l.deviceModel)).size).toBe(2)
    expect(one.settings.get('Who Can View Videos I Liked')).toBe('Everyone')
    expect(two.settings.get('Who Can View Videos I Liked')).toBe('Myself')
  })

  it('streams a large watch history without materialising it up front', () => {
    const big = makeSpec({ seed: 'big', likes: 10, watchRows: 300_000 })
    let n = 0
    let last = -Infinity
    for (const row of big.watch.ascending()) {
      if (row.at < last) throw new Error('watch rows out of order')
      last = row.at
      n++
    }
    expect(n).toBe(300_000)
  })

  it('wraps in-memory rows as a watch source', () => {
    const src = watchFromRows([{ at: 2, videoId: 'b' }, { at: 1, videoId: 'a' }])
    expect([...src.ascending()].map((r) => r.videoId)).toEqual(['a', 'b'])
    expect(src.span).toEqual({ first: 1, last: 2 })
  })
})

describe('renderJsonExport', () => {
  for (const gen of GENERATIONS) {
    describe(`generation ${gen}`, () => {
      const spec = specFor(gen)
      const text = renderJsonString(spec, { generation: gen })
      const doc = JSON.parse(text) as Json

      it('has exactly the generation’s top-level keys', () => {
        expect(Object.keys(doc as object)).toEqual(JSON_CATEGORIES[gen])
      })

      it('writes likes newest first with the generation’s item keys and share links', () => {
        const likes = list(doc, ...PATHS[gen].likes)
        expect(likes).toHaveLength(spec.likes.length)
        const [dateKey, linkKey] = EXPECTED_KEYS[gen].like as [string, string]
        for (const item of likes) expect(Object.keys(item)).toEqual(EXPECTED_KEYS[gen].like)
        const parsed = likes.map((item) => ({ at: parseTikTokDate(item[dateKey]), videoId: videoIdFromLink(item[linkKey]) }))
        expect(parsed).toEqual([...spec.likes].reverse())
        const appSibling = Object.hasOwn(at(doc, ...PATHS[gen].likes.slice(0, 2)) as object, 'App')
        expect(appSibling).toBe(gen !== 'A')
      })

      it('writes watch rows and logins with the generation’s keys and date style', () => {
        const watch = list(doc, ...PATHS[gen].watch)
        expect(watch).toHaveLength(spec.watch.count)
        expect(Object.keys(watch[0] ?? {})).toEqual(EXPECTED_KEYS[gen].watch)
        const times = watch.map((w) => parseTikTokDate(w.Date))
        expect([...times].sort((a, b) => a - b)).toEqual([...spec.watch.ascending()].map((w) => w.at))
        const logins = list(doc, ...PATHS[gen].logins)
        expect(Object.keys(logins[0] ?? {})).toEqual(['Date', 'IP', 'DeviceModel', 'DeviceSystem', 'NetworkType', 'Carrier'])
        expect(logins.every((l) => String(l.Date).endsWith(' UTC'))).toBe(gen === 'A')
      })

      it('keeps TikTok’s value types: post Likes as a string, counts as numbers', () => {
        const postsPath = gen === 'A' || gen === 'B' ? ['Video', 'Videos', 'VideoList'] : ['Post', 'Posts', 'VideoList']
        const posts = list(doc, ...postsPath)
        expect(posts).toHaveLength(spec.posts.length)
        expect(posts.every((p) => typeof p.Likes === 'string')).toBe(true)
        if (gen === 'C' || gen === 'D') {
          const profilePath = gen === 'C' ? ['Profile', 'Profile Info', 'ProfileMap'] : ['Profile And Settings', 'Profile Info', 'ProfileMap']
          expect(at(doc, ...profilePath, 'followerCount')).toBe(spec.followers.length)
          // UID is a bare 19-digit JSON number in 2025+ files.
          expect(text).toContain(`"UID": ${spec.account.uid},`)
        }
      })

      it('renders `null` for an empty list', () => {
        const empty = specFor(gen, { favorites: 0 })
        const d = JSON.parse(renderJsonString(empty, { generation: gen })) as Json
        expect(at(d, ...PATHS[gen].favorites)).toBeNull()
      })
    })
  }

  it('matches JSON.stringify’s layout, pretty and compact', () => {
    const spec = specFor('B')
    const pretty = renderJsonString(spec, { generation: 'B' })
    expect(pretty).toBe(JSON.stringify(JSON.parse(pretty), null, 2) + '\n')
    const compact = renderJsonString(spec, { generation: 'B', pretty: false })
    expect(compact).toBe(JSON.stringify(JSON.parse(pretty)) + '\n')
  })

  it('is byte-identical for the same seed and differs for another', () => {
    for (const gen of GENERATIONS) {
      expect(renderJsonString(specFor(gen), { generation: gen })).toBe(renderJsonString(specFor(gen), { generation: gen }))
    }
    expect(renderJsonString(specFor('C', { seed: 'x' }), { generation: 'C' })).not.toBe(renderJsonString(specFor('C'), { generation: 'C' }))
  })

  it('streams bounded chunks that add up to the whole file', () => {
    const spec = specFor('C', { watchRows: 30_000 })
    const chunks = [...renderJsonExport(spec, { generation: 'C', chunkChars: 64 * 1024 })]
    expect(chunks.length).toBeGreaterThan(20)
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(64 * 1024 + 4096)
    expect(chunks.join('')).toBe(renderJsonString(spec, { generation: 'C' }))
  })

  it('writes the whole document twice when asked (TikTok’s duplicated-content bug)', () => {
    const spec = specFor('B')
    const once = renderJsonString(spec, { generation: 'B' })
    const twice = renderJsonString(spec, { generation: 'B', writtenTwice: true })
    expect(twice).toBe(once + once)
    expect(() => JSON.parse(twice)).toThrow(SyntaxError)
  })

  it('prefixes a BOM only when asked', () => {
    const spec = specFor('D')
    const plain = renderJsonString(spec, { generation: 'D' })
    const bom = renderJsonString(spec, { generation: 'D', bom: true })
    expect(plain.charCodeAt(0)).toBe(0x7b)
    expect(bom).toBe('\uFEFF' + plain)
  })

  it('renders only the chosen categories for a partial export, and rejects unknown ones', () => {
    const spec = specFor('D')
    const partial = JSON.parse(renderJsonString(spec, { generation: 'D', categories: ['Your Activity', 'Likes and Favorites'] })) as Json
    expect(Object.keys(partial as object)).toEqual(['Likes and Favorites', 'Your Activity'])
    expect(list(partial, ...PATHS.D.likes)).toHaveLength(spec.likes.length)
    expect(() => renderJsonString(spec, { generation: 'D', categories: ['Activity'] })).toThrow(RangeError)
  })

  it('honours likeKeyCase and watch/login order overrides', () => {
    const spec = specFor('B')
    const lower = JSON.parse(renderJsonString(spec, { generation: 'B', likeKeyCase: 'date/link', watchOrder: 'desc', loginOrder: 'desc' })) as Json
    expect(Object.keys(list(lower, ...PATHS.B.likes)[0] ?? {})).toEqual(['date', 'link'])
    const watchTimes = list(lower, ...PATHS.B.watch).map((w) => parseTikTokDate(w.Date))
    expect(watchTimes).toEqual([...spec.watch.descending()].map((w) => w.at))
    const loginTimes = list(lower, ...PATHS.B.logins).map((l) => parseTikTokDate(l.Date))
    expect(loginTimes).toEqual([...spec.logins].reverse().map((l) => l.at))
  })

  it('stamps the export time into signed URLs', () => {
    const spec = specFor('B')
    const text = renderJsonString(spec, { generation: 'B' })
    const stamp = new Date(spec.exportedAt).toISOString().replace(/[-:T]/g, '').slice(0, 14)
    expect(text).toContain(`&l=${stamp}`)
  })
})

describe('renderTxtExport', () => {
  const spec = specFor('C', { watchRows: 200, blocked: 0 })

  it('uses each era’s folders and file names', () => {
    expect([...renderTxtExport(spec, { generation: 'A', language: 'en' }).keys()]).toContain('Activity/Video Browsing History.txt')
    expect([...renderTxtExport(spec, { generation: 'B', language: 'en' }).keys()]).toContain('Tiktok/Activity/Browsing History.txt')
    expect([...renderTxtExport(spec, { generation: 'C', language: 'en' }).keys()]).toContain('TikTok/Your Activity/Watch History.txt')
    const d = renderTxtExport(spec, { generation: 'D', language: 'en' })
    expect([...d.keys()]).toEqual(expect.arrayContaining(['TikTok/Likes and Favorites/Like List.txt', 'TikTok/Profile and Settings/Follower.txt', 'TikTok/Comments/Comments.txt']))
    const nl = renderTxtExport(spec, { generation: 'D', language: 'nl' })
    const base = [...nl.keys()].map((p) => p.slice(p.lastIndexOf('/') + 1))
    expect(base).toEqual(expect.arrayContaining(['Likelijst.txt', 'Kijkgeschiedenis.txt', 'Inloggeschiedenis.txt', "Favoriete video's.txt", 'Reacties.txt', 'Volger.txt']))
  })

  it('writes `Label: value` records separated by blank lines and ending in three newlines', () => {
    const files = renderTxtExport(spec, { generation: 'C', language: 'en' })
    const likes = files.get('TikTok/Your Activity/Like List.txt') ?? ''
    expect(likes.endsWith('/\n\n\n')).toBe(true)
    const records = likes.trimEnd().split('\n\n')
    expect(records).toHaveLength(spec.likes.length)
    const newest = spec.likes.at(-1)
    expect(records[0]).toBe(`Date: ${new Date(newest?.at ?? 0).toISOString().slice(0, 19).replace('T', ' ')}\nLink: https://www.tiktokv.com/share/video/${newest?.videoId}/`)
    const logins = files.get('TikTok/Your Activity/Login History.txt') ?? ''
    expect(logins.split('\n').slice(0, 6).map((l) => l.slice(0, l.indexOf(':')))).toEqual(['Date', 'IP', 'Device Model', 'Device System', 'Network Type', 'Carrier'])
  })

  it('writes the empty-section sentinel, `Video Link:` in old files and `Datum:` in Dutch', () => {
    expect(renderTxtExport(spec, { generation: 'C', language: 'en' }).get('TikTok/App Settings/Block List.txt')).toBe('You have no data in this section\n')
    expect(renderTxtExport(spec, { generation: 'D', language: 'nl' }).get('TikTok/Profiel en instellingen/Blokkeringslijst.txt')).toBe('Dit gedeelte bevat geen gegevens\n')
    const old = renderTxtExport(spec, { generation: 'A', language: 'en' }).get('Activity/Like List.txt') ?? ''
    expect(old.split('\n').slice(0, 2).map((l) => l.slice(0, l.indexOf(':')))).toEqual(['Date', 'Video Link'])
    const nl = renderTxtExport(spec, { generation: 'D', language: 'nl' }).get('TikTok/Likes en favorieten/Likelijst.txt') ?? ''
    expect(nl.startsWith('Datum: ')).toBe(true)
    expect(nl.split('\n')[0]).toMatch(/ UTC$/)
  })
})

describe('zipFiles', () => {
  it('round-trips through JSZip and is byte-identical for the same input', async () => {
    const spec = specFor('C')
    const json = renderJsonString(spec, { generation: 'C', bom: true })
    const files = new Map<string, string | Uint8Array>([
      ['user_data_tiktok.json', json],
      ['extra.bin', new Uint8Array([0, 1, 2, 255])],
    ])
    const a = await zipFiles(files)
    const b = await zipFiles(files)
    expect(a).toEqual(b)
    expect(a.length).toBeLessThan(json.length / 3)
    const zip = await JSZip.loadAsync(a)
    expect(Object.keys(zip.files)).toEqual(['user_data_tiktok.json', 'extra.bin'])
    const bytes = await zip.file('user_data_tiktok.json')?.async('uint8array')
    expect(bytes?.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(new TextDecoder().decode(bytes)).toBe(json.slice(1))
    expect(await zip.file('extra.bin')?.async('uint8array')).toEqual(new Uint8Array([0, 1, 2, 255]))
  })
})
