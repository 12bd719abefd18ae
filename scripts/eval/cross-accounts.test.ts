// scripts/eval tests. Exports of different people, imported one after the other, are never compared automatically; one account's exports without identity are.
import { describe, expect, it } from 'vitest'
import { crossAccountRows, formatPairings, oneAccountPair } from './cross-accounts'
import { dynamicHomeInput, realFixtureInputs, samplePairInput } from './real-exports'

describe('cross-account pairs', () => {
  it('never compares two accounts automatically, with or without identity, and pairs one account by its likes', async () => {
    const rows = await crossAccountRows([...realFixtureInputs(), samplePairInput(), dynamicHomeInput()], await oneAccountPair())
    const table = formatPairings(rows)
    const cross = rows.filter((r) => r.expected === null)
    expect(cross.length, table).toBeGreaterThanOrEqual(12)
    expect(cross.filter((r) => r.comparedWith !== null), table).toEqual([])
    const same = rows.filter((r) => r.expected !== null)
    expect(same.map((r) => [r.correct, r.by]), table).toEqual([[true, 'shared-likes']])
  }, 60_000)
})
