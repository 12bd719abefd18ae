// scripts/eval: tests. Every detector, run through the real reader on seeded realistic scenarios, meets the precision/recall bar; controls raise no high-confidence event.
import { describe, expect, it } from 'vitest'
import type { CauseEvent, Confidence, EventKind } from '@shared/contract/model'
import { MemorySource } from '@shared/core/archive/memory-source'
import { inflateRawNative } from '@shared/node/inflate'
import type { Truth } from '@shared/synth/scenarios'
import { EVALUATED_KINDS, makeScenarioSuite } from '@shared/synth/scenarios'
import type { ScenarioOutcome } from './evaluate'
import { DEFAULT_BAR, evaluateSuite, formatEvaluation, makeExportReader, matchKind, scoreOutcomes } from './evaluate'
import { makeEvent } from '@shared/core/analysis/event-factory'

const HOUR = 3_600_000
const T = Date.UTC(2025, 2, 10, 21, 0, 0)

function event(kind: EventKind, start: number, end = start, confidence: Confidence = 'low'): CauseEvent {
  return makeEvent({ kind, start, end, confidence, title: `${kind} event`, explanation: '', counts: {}, rowIds: [], actions: [] }, 10)
}

function truth(kind: EventKind, start: number, end = start): Truth {
  return { kind, start, end, note: `${kind} truth` }
}

describe('matching and scoring', () => {
  it('matches within the tolerance, one to one, closest first', () => {
    const truths = [truth('new-device', T), truth('new-device', T + 3 * HOUR)]
    const events = [event('new-device', T + 3 * HOUR + 60_000), event('new-device', T + 30 * 60_000), event('new-device', T + 40 * 60_000)]
    const matches = matchKind(truths, events, HOUR)
    expect(matches).toEqual(
      expect.arrayContaining([
        { truth: 0, event: 1 },
        { truth: 1, event: 0 },
      ]),
    )
    // The second event near the first truth is a duplicate: left unmatched, so it counts as a false alarm.
    expect(matches).toHaveLength(2)
    expect(matchKind([truth('new-device', T)], [event('new-device', T + 2 * HOUR)], HOUR)).toEqual([])
    // Ranges match when they overlap anywhere.
    expect(matchKind([truth('like-gap', T, T + 48 * HOUR)], [event('like-gap', T + 24 * HOUR, T + 72 * HOUR)], 0)).toHaveLength(1)
  })

  it('lets a merged context line match every login it lists, and nothing else', () => {
    const merged = makeEvent(
      { kind: 'new-network', start: T, end: T + 48 * HOUR, confidence: 'low', title: '2 new networks', explanation: '', counts: { merged: 2, subjects: 2 }, rowIds: ['network:31.1.x.x', 'carrier:SFR', `login:${new Date(T).toISOString()}`, `login:${new Date(T + 48 * HOUR).toISOString()}`], actions: [] },
      10,
    )
    const truths = [truth('new-network', T), truth('new-network', T + 48 * HOUR), truth('new-network', T + 24 * HOUR)]
    expect(matchKind(truths, [merged], HOUR)).toEqual([
      { truth: 0, event: 0 },
      { truth: 1, event: 0 },
    ])
    const e = scoreOutcomes([{ name: 'merged', control: false, truth: truths, events: [merged], error: null }])
    expect(e.rows.find((r) => r.kind === 'new-network')).toMatchObject({ planted: 3, detected: 1, matched: 2, matchedEvents: 1, precision: 1 })
  })

  it('scores precision and recall per kind, lists mismatches, and fails on a high event in a control', () => {
    const outcomes: ScenarioOutcome[] = [
      { name: 'planted', control: false, truth: [truth('like-burst', T, T + 600_000), truth('like-burst', T + 48 * HOUR)], events: [event('like-burst', T + 60_000, T + 500_000)], error: null },
      { name: 'control', control: true, truth: [], events: [event('vanished-likes', T, T, 'high'), event('like-burst', T)], error: null },
    ]
    const e = scoreOutcomes(outcomes)
    const burst = e.rows.find((r) => r.kind === 'like-burst')
    expect(burst).toMatchObject({ planted: 2, detected: 2, matched: 1, precision: 0.5, recall: 0.5, pass: false })
    expect(e.mismatches.map((m) => `${m.scenario}:${m.kind}:${m.type}`).sort()).toEqual(['control:like-burst:false-positive', 'control:vanished-likes:false-positive', 'planted:like-burst:false-negative'])
    expect(e.controlHighEvents).toEqual([expect.objectContaining({ scenario: 'control', kind: 'vanished-likes' })])
    // Kinds never planted fail rather than pass silently.
    expect(e.rows.find((r) => r.kind === 'os-change')?.pass).toBe(false)
    expect(e.pass).toBe(false)
    expect(formatEvaluation(e)).toContain('FN  like-burst')
  })
})

describe('detector evaluation on seeded scenarios', () => {
  it(
    'meets precision ≥ 0.95 and recall ≥ 0.90 for every kind over 60 realistic scenarios, with no high event in controls',
    async () => {
      const suite = makeScenarioSuite(20251127, 60)
      expect(suite.length).toBeGreaterThanOrEqual(50)
      const evaluation = await evaluateSuite(suite, { reader: makeExportReader((bytes) => new MemorySource(bytes), inflateRawNative) })
      const report = formatEvaluation(evaluation)
      expect(evaluation.errors, report).toEqual([])
      expect(evaluation.controls, report).toBeGreaterThanOrEqual(10)
      expect(evaluation.controlHighEvents, report).toEqual([])
      expect(evaluation.rows.map((r) => r.kind)).toEqual(EVALUATED_KINDS)
      for (const row of evaluation.rows) {
        expect(row.recall, `${row.kind} recall\n${report}`).toBeGreaterThanOrEqual(DEFAULT_BAR.recall)
        if (row.precision !== null) expect(row.precision, `${row.kind} precision\n${report}`).toBeGreaterThanOrEqual(DEFAULT_BAR.precision)
      }
      expect(evaluation.pass, report).toBe(true)
    },
    // Generous: ~60 exports of a few MB each are rendered, zipped and read; the assertion is on results, not time.
    180_000,
  )
})
