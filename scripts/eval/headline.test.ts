// scripts/eval tests. In planted pairs with several causes of vanished likes, the verdict names the cause planted to explain the most of them.
import { describe, expect, it } from 'vitest'
import { buildVerdict } from '@shared/core/analysis/verdict'
import { MemorySource } from '@shared/core/archive/memory-source'
import { inflateRawNative } from '@shared/node/inflate'
import { makeExportReader } from './evaluate'
import type { VerdictOf } from './headline'
import { formatHeadline, headlineShare, plantedCauses, runHeadline, scenarioPairs } from './headline'
import { makePlantedPair, plantedPairs } from './planted-pairs'
import { makeScenario } from '@shared/synth/scenarios'

const reader = makeExportReader((bytes) => new MemorySource(bytes), inflateRawNative)
const verdictOf: VerdictOf = (input) => buildVerdict({ summary: input.summary, events: input.events, diff: input.diff })

describe('planted truth', () => {
  it('knows the main cause of a pair: the burst that lost 120, not the new phone that lost 10', () => {
    const pair = makePlantedPair('truth', [
      { cause: 'like-burst', lost: 120 },
      { cause: 'new-device', lost: 10 },
      { cause: 'scattered', lost: 19 },
    ])
    expect(pair.main).toBe('like-burst')
    expect(pair.causes).toEqual([
      { kind: 'like-burst', likes: 120 },
      { kind: 'vanished-likes', likes: 19 },
      { kind: 'new-device', likes: 10 },
    ])
    const older = new Set(pair.older.likes.map((l) => l.videoId))
    expect(pair.newer.likes.every((l) => older.has(l.videoId))).toBe(true)
    expect(pair.older.likes.length - pair.newer.likes.length).toBe(149)
  })

  it('reads the planted causes of a generated pair from its vanished likes', () => {
    const scenario = makeScenario(20251205, { generation: 'C', format: 'json', zipped: false, plants: ['vanished-scattered', 'new-network'], pair: true })
    const planted = plantedCauses(scenario)
    expect(planted?.main).toBe('vanished-likes')
    const kept = new Set(scenario.newer.likes.map((l) => l.videoId))
    const from = scenario.newer.likes[0]?.at ?? 0
    expect(planted?.mainLikes).toBe(scenario.older?.likes.filter((l) => !kept.has(l.videoId) && l.at >= from).length)
  })
})

describe('headline correctness', () => {
  it(
    'names the planted main cause in every planted pair with several causes, and in generated pairs',
    async () => {
      const pairs = [...plantedPairs(['headline-1', 'headline-2']), ...scenarioPairs(20251205, 10)]
      expect(pairs.length).toBe(26)
      const rows = []
      for (const pair of pairs) rows.push(await runHeadline(pair, reader, verdictOf))
      const table = formatHeadline(rows)
      expect(rows.filter((r) => r.error !== null), table).toEqual([])
      expect(headlineShare(rows), table).toBe(1)
      // The count it explains is the planted one, for the planted mixes.
      for (const [i, row] of rows.slice(0, 16).entries()) expect(row.explains, `${row.name}\n${table}`).toBe(pairs[i]?.mainLikes)
    },
    // Generous: 52 exports of a few MB are rendered, zipped and read; the assertion is on results, not time.
    240_000,
  )
})
