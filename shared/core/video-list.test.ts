// shared/core tests: the columnar like list keeps rows oldest first with ties by id, makes ids on demand, and reads the same however it is built.
import { describe, expect, it } from 'vitest'
import { Rng } from '../synth/random'
import { VideoRows } from './parse/video-rows'
import type { DatedVideo } from './snapshot'
import { VideoList } from './video-list'

const byTimeThenId = (a: DatedVideo, b: DatedVideo): number => a.at - b.at || (a.videoId < b.videoId ? -1 : a.videoId > b.videoId ? 1 : 0)

/** Rows in no order, with many equal times and ids of several lengths (some ids prefixes of others). */
function shuffledRows(seed: string, count: number): DatedVideo[] {
  const rng = new Rng(seed)
  const rows: DatedVideo[] = []
  for (let i = 0; i < count; i++) {
    const id = String(7_000_000_000 + rng.int(0, 999_999_999)) + String(rng.int(100_000_000, 999_999_999))
    rows.push({ at: Date.UTC(2025, 0, 1) + rng.int(0, 40) * 1000, videoId: rng.chance(0.2) ? id.slice(0, rng.int(5, 18)) : id })
  }
  return rows
}

describe('VideoList', () => {
  it('orders rows oldest first and rows of one time by id as text, as the rows sorted with < would', () => {
    const rows = shuffledRows('order', 2_000)
    const list = VideoList.fromRows(rows)
    const want = [...rows].sort(byTimeThenId)
    expect(list.length).toBe(2_000)
    expect(list.rows()).toEqual(want)
    expect(Array.from(list.times)).toEqual(want.map((r) => r.at))
    expect(list.ids()).toEqual(want.map((r) => r.videoId))
    expect([...list]).toEqual(want)
  })

  it('puts a shorter id before the longer ids it begins, and "10" before "9" (text, not number, order)', () => {
    const list = VideoList.fromRows([
      { at: 5, videoId: '9' },
      { at: 5, videoId: '7000000000000000001' },
      { at: 5, videoId: '700000000000000000' },
      { at: 5, videoId: '10' },
      { at: 1, videoId: '99' },
    ])
    expect(list.ids()).toEqual(['99', '10', '700000000000000000', '7000000000000000001', '9'])
  })

  it('gives the same list from the reader columns, from rows and from columns in any order', () => {
    const rows = shuffledRows('same', 1_500)
    const reader = new VideoRows(false)
    for (const r of rows) reader.add(r.at, r.videoId)
    const fromReader = reader.sorted()
    const fromRows = VideoList.fromRows(rows)
    const sorted = fromRows.rows()
    expect(fromReader.rows()).toEqual(sorted)
    // Columns already in order are copied as they are; columns out of order are sorted.
    expect(VideoList.fromColumns(fromRows.times, fromRows.ids()).rows()).toEqual(sorted)
    expect(VideoList.fromColumns(rows.map((r) => r.at), rows.map((r) => r.videoId)).rows()).toEqual(sorted)
    // Lists of the same rows are equal however their ids are laid out; one id changed makes them differ.
    expect(fromReader).toEqual(fromRows)
    const changed = [...sorted]
    changed[700] = { at: sorted[700]!.at, videoId: `${sorted[700]!.videoId.slice(0, -1)}x` }
    expect(VideoList.fromRows(changed)).not.toEqual(fromRows)
  })

  it('makes one id, one row or a slice on demand, and refuses rows outside the list', () => {
    const list = VideoList.fromRows([
      { at: 3_000, videoId: '7300000000000000003' },
      { at: 1_000, videoId: '12345' },
      { at: 2_000, videoId: '7300000000000000002' },
    ])
    expect(list.idAt(0)).toBe('12345')
    expect(list.idAt(2)).toBe('7300000000000000003')
    expect(list.row(1)).toEqual({ at: 2_000, videoId: '7300000000000000002' })
    expect(list.rows(1, 3).map((r) => r.videoId)).toEqual(['7300000000000000002', '7300000000000000003'])
    expect(list.rows(2, 99)).toEqual([{ at: 3_000, videoId: '7300000000000000003' }])
    expect(list.rows(5, 9)).toEqual([])
    expect([list.first, list.last]).toEqual([1_000, 3_000])
    expect(() => list.idAt(3)).toThrow(RangeError)
    expect(() => list.row(-1)).toThrow(RangeError)
    // Asked for all ids, the list keeps them, and single ids still read the same.
    expect(list.ids()).toBe(list.ids())
    expect(list.idAt(1)).toBe('7300000000000000002')
  })

  it('finds the first row at or after a time', () => {
    const list = VideoList.fromRows([10, 20, 20, 30].map((at, i) => ({ at, videoId: String(70000 + i) })))
    expect([5, 10, 11, 20, 21, 30, 31].map((t) => list.indexAtOrAfter(t))).toEqual([0, 0, 1, 1, 3, 3, 4])
  })

  it('merges extra rows into a new list in list order and leaves itself as it was', () => {
    const base = shuffledRows('merge-base', 500)
    const extra = shuffledRows('merge-extra', 200)
    const list = VideoList.fromRows(base)
    const merged = list.withRows(extra)
    expect(merged.rows()).toEqual([...base, ...extra].sort(byTimeThenId))
    expect(list.rows()).toEqual([...base].sort(byTimeThenId))
    expect(list.withRows([])).toBe(list)
  })

  it('is empty without rows: no times, no ids, no first or last, and the one shared empty list', () => {
    const empty = VideoList.fromRows([])
    expect(empty).toBe(VideoList.EMPTY)
    expect(new VideoRows(true).sorted()).toBe(VideoList.EMPTY)
    expect(empty.length).toBe(0)
    expect(empty.times).toHaveLength(0)
    expect(empty.ids()).toEqual([])
    expect(empty.rows()).toEqual([])
    expect([...empty]).toEqual([])
    expect([empty.first, empty.last, empty.indexAtOrAfter(0)]).toEqual([undefined, undefined, 0])
    expect(VideoList.fromColumns([], []).length).toBe(0)
  })

  it('refuses ids it cannot keep one byte a character, and columns that do not match', () => {
    expect(() => VideoList.fromRows([{ at: 1, videoId: '7300\u20ac' }])).toThrow(RangeError)
    expect(() => VideoList.fromColumns([1, 2], ['1'])).toThrow(RangeError)
    expect(() => VideoList.fromSortedColumns(new Float64Array(2), new Uint8Array(4), new Int32Array(3), new Int32Array(1))).toThrow(RangeError)
    expect(() => VideoList.fromSortedColumns(new Float64Array(1), new Uint8Array(4), new Int32Array([0, 2, 4]), new Int32Array([2]))).toThrow(RangeError)
    expect(VideoList.fromSortedColumns(new Float64Array(1), Uint8Array.from([55, 56, 57, 48]), new Int32Array([0, 2, 4]), new Int32Array([1])).ids()).toEqual(['90'])
  })
})
