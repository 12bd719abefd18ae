// shared/core tests: the like columns give exactly what sorting the rows and keeping each video's newest like gave, in every input order.
import { describe, expect, it } from 'vitest'
import { Rng } from '../../synth/random'
import type { DatedVideo } from '../snapshot'
import { ID_HASH_SEED, idHashStep, VideoRows } from './video-rows'

const byTimeThenId = (a: DatedVideo, b: DatedVideo): number => a.at - b.at || (a.videoId < b.videoId ? -1 : a.videoId > b.videoId ? 1 : 0)

/** The rule as first written: sort by time then id, keep the last (newest) row of each video. */
function reference(rows: readonly DatedVideo[], unique: boolean): { rows: DatedVideo[]; duplicates: number } {
  const sorted = [...rows].sort(byTimeThenId)
  if (!unique) return { rows: sorted, duplicates: 0 }
  const seen = new Set<string>()
  const out: DatedVideo[] = []
  for (let i = sorted.length - 1; i >= 0; i--) {
    const row = sorted[i] as DatedVideo
    if (seen.has(row.videoId)) continue
    seen.add(row.videoId)
    out.push(row)
  }
  return { rows: out.reverse(), duplicates: sorted.length - out.length }
}

const ascii = new TextEncoder()

/** Adds a row the way the byte path does (digits from a buffer, hashed while scanned) or the parsed path does. */
function add(list: VideoRows, row: DatedVideo, viaBytes: boolean): void {
  if (!viaBytes) return list.add(row.at, row.videoId)
  const buf = ascii.encode(`/video/${row.videoId}/`)
  let hash = ID_HASH_SEED
  for (let i = 7; i < 7 + row.videoId.length; i++) hash = idHashStep(hash, buf[i] as number)
  list.addBytes(row.at, buf, 7, 7 + row.videoId.length, hash)
}

/** Rows with repeated videos, equal times and ids of several lengths (ids that are prefixes of others too). */
function makeRows(seed: string, count: number): DatedVideo[] {
  const rng = new Rng(seed)
  const ids: string[] = []
  for (let i = 0; i < count / 3; i++) {
    const id = String(7_000_000_000 + rng.int(0, 999_999_999)) + String(rng.int(100_000_000, 999_999_999))
    ids.push(rng.chance(0.1) ? id.slice(0, rng.int(5, 18)) : id)
  }
  const rows: DatedVideo[] = []
  let at = Date.UTC(2025, 0, 1)
  for (let i = 0; i < count; i++) {
    if (!rng.chance(0.3)) at += rng.int(1, 5) * 1000
    rows.push({ at, videoId: rng.pick(ids) })
  }
  return rows
}

describe('VideoRows', () => {
  const cases: Array<[string, (rows: DatedVideo[]) => DatedVideo[]]> = [
    ['newest first (as TikTok lists likes)', (rows) => [...rows].reverse()],
    ['oldest first', (rows) => rows],
    ['shuffled', (rows) => {
      const rng = new Rng('shuffle')
      const out = [...rows]
      for (let i = out.length - 1; i > 0; i--) {
        const j = rng.int(0, i)
        ;[out[i], out[j]] = [out[j] as DatedVideo, out[i] as DatedVideo]
      }
      return out
    }],
  ]
  for (const unique of [true, false]) {
    it.each(cases)(`${unique ? 'likes (one row per video)' : 'favourites (every row)'}: %s`, (_name, order) => {
      const rows = order(makeRows(`rows-${String(unique)}`, 5_000))
      const list = new VideoRows(unique)
      rows.forEach((row, i) => add(list, row, i % 2 === 0))
      const want = reference(rows, unique)
      expect(want.duplicates > 0 || !unique).toBe(true)
      expect(list.duplicates).toBe(want.duplicates)
      expect(list.sorted().rows()).toEqual(want.rows)
    })
  }

  it('tells videos apart whose hashes collide, and still keeps the newest row of each', () => {
    const rows = makeRows('collisions', 3_000)
    const list = new VideoRows(true)
    // Every row under one hash: repeats must be found by comparing the ids themselves.
    for (const row of rows) {
      const buf = ascii.encode(row.videoId)
      list.addBytes(row.at, buf, 0, buf.length, 12345)
    }
    const want = reference(rows, true)
    expect(list.duplicates).toBe(want.duplicates)
    expect(list.sorted().rows()).toEqual(want.rows)
  })

  it('all rows at one time are ordered by id as text', () => {
    const list = new VideoRows(false)
    for (const id of ['7000000000000000002', '123456', '7000000000000000001', '70000000000000000010']) list.add(5_000, id)
    expect(list.sorted().ids()).toEqual(['123456', '7000000000000000001', '70000000000000000010', '7000000000000000002'])
  })

  it.each([10, 1_000, 20_000])('sized up front for %i rows, gives the same rows as grown, past the estimate too', (expected) => {
    const rows = makeRows('expected', 5_000)
    const grown = new VideoRows(true)
    const sized = new VideoRows(true)
    // Before the first row and again mid-list (a later, smaller estimate changes nothing).
    sized.expect(expected)
    rows.forEach((row, i) => {
      add(grown, row, i % 2 === 0)
      add(sized, row, i % 2 === 0)
      if (i === 100) sized.expect(expected >> 1)
    })
    expect(sized.duplicates).toBe(grown.duplicates)
    const sizedRows = sized.sorted().rows()
    expect(sizedRows).toEqual(grown.sorted().rows())
    expect(sizedRows).toEqual(reference(rows, true).rows)
  })

  it('an empty list gives no rows', () => {
    expect(new VideoRows(true).sorted().rows()).toEqual([])
  })
})
