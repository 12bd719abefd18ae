// scripts/eval: tests. The Studio detectors (follower, likes-received and reach drops) meet the bar on planted scenarios, and stay quiet on the real sample.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptySnapshot } from '@shared/core/empty-snapshot'
import { readStudioFiles } from '@shared/core/parse/studio-csv'
import { makeStudioScenario, makeStudioSuite } from '@shared/synth/studio-scenarios'
import { analyzeExport } from '@shared/core/analysis/analyze'
import { evaluateStudioSuite, runStudioScenario, STUDIO_KINDS } from './evaluate-studio'

describe('Studio detectors on planted scenarios', () => {
  it('meet precision ≥ 0.95 and recall ≥ 0.90 per kind, with no high event in controls', () => {
    const evaluation = evaluateStudioSuite(makeStudioSuite(20251127, 60))
    for (const row of evaluation.rows) {
      expect(row.planted, row.kind).toBeGreaterThan(10)
      expect(row.precision ?? 0, row.kind).toBeGreaterThanOrEqual(0.95)
      expect(row.recall ?? 0, row.kind).toBeGreaterThanOrEqual(0.9)
    }
    expect(evaluation.controls).toBeGreaterThanOrEqual(10)
    expect(evaluation.controlHighEvents).toEqual([])
    expect(evaluation.pass).toBe(true)
  })

  it('finds a planted reach drop and words it without claiming a shadowban', () => {
    const scenario = makeStudioScenario('reach-words', { followerDrop: false, likesDrop: false, reachDrop: true, viral: false })
    const [event] = runStudioScenario(scenario).events.filter((e) => e.kind === 'reach-drop')
    expect(event?.explanation).toMatch(/TikTok does not confirm such a thing/)
    expect(event?.explanation).toMatch(/You posted \d+ videos? around then/)
    expect(event?.confidence).toBe('medium')
  })
})

describe('Studio detectors on the real sample', () => {
  it('raise no drop on an ordinary year of a real account', () => {
    const dir = resolve(__dirname, '../../tests/fixtures/real/studio-analytics')
    const files = ['Overview.csv', 'FollowerHistory.csv', 'Viewers.csv', 'Content.csv'].map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
    const studio = readStudioFiles(files, { referenceTime: Date.UTC(2026, 4, 16) }).data
    const events = analyzeExport({ snapshot: emptySnapshot({ format: 'studio-csv', generation: null, studio, sectionsPresent: new Set() }) }).filter((e) => STUDIO_KINDS.includes(e.kind))
    expect(studio.days.length).toBe(366)
    expect(events.map((e) => `${e.kind} ${e.start.slice(0, 10)}`)).toEqual([])
  })
})
