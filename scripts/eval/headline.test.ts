// scripts/eval tests. Pairs with several planted causes of vanished likes know which cause explains the most of them.
import { describe, expect, it } from 'vitest'
import { plantedCauses } from './headline'
import { makePlantedPair } from './planted-pairs'
import { makeScenario } from '@shared/synth/scenarios'

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
