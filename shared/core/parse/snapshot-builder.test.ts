// shared/core tests: the watch-history column grows past its first array and ends oldest first, whatever order the export listed it in.
import { describe, expect, it } from 'vitest'
import { Rng } from '@shared/synth/random'
import { SnapshotBuilder } from './snapshot-builder'

const NO_LINK = new Uint8Array(0)

function watchTimesOf(times: readonly number[], expectedBytes?: number): Float64Array {
  const builder = new SnapshotBuilder()
  if (expectedBytes !== undefined) builder.expectWatchBytes(expectedBytes)
  for (const at of times) builder.addDatedBytes('watchHistory', at, NO_LINK, 0, 0)
  return builder.finishRows().watchTimes
}

describe('watch-history column', () => {
  // Past the column's first array (16,384 rows) several times over, so it doubles and keeps every row.
  const rng = new Rng('watch-column')
  const times = Array.from({ length: 70_001 }, () => Date.UTC(2020, 0, 1) + Math.floor(rng.next() * 5 * 365 * 86_400) * 1000)
  const ascending = [...times].sort((a, b) => a - b)

  it('ends oldest first from a list in order, in reverse or in no order, with every row kept', () => {
    for (const listed of [ascending, [...ascending].reverse(), times]) {
      const got = watchTimesOf(listed)
      expect(got.length).toBe(ascending.length)
      expect([...got]).toEqual(ascending)
    }
  })

  it('gives the same column whatever size the reader expected: none, too small, about right, or absurdly large', () => {
    // A declared size is the archive's word: 10 bytes, the real size, or a terabyte must all end in the same rows.
    for (const bytes of [10, 100 * times.length, 1e12, Number.NaN, -5]) expect([...watchTimesOf(times, bytes)], String(bytes)).toEqual(ascending)
  })

  it('is empty for no rows and leaves sentinel dates out', () => {
    expect(watchTimesOf([]).length).toBe(0)
    expect([...watchTimesOf([Date.UTC(2024, 0, 2), -1000, Date.UTC(2024, 0, 1)])]).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2)])
  })
})
