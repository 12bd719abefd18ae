// scripts/eval: Node-free harness. Runs the Studio suite (planted follower, likes-received and reach drops) through the Studio reader and the detectors, and scores it.
import type { EventKind } from '@shared/contract/model'
import { emptySnapshot } from '@shared/core/empty-snapshot'
import { readStudioFiles } from '@shared/core/parse/studio-csv'
import type { StudioScenario } from '@shared/synth/studio-scenarios'
import { analyzeExport } from '@shared/core/analysis/analyze'
import type { Evaluation, EvaluationBar, ScenarioOutcome } from './evaluate'
import { DEFAULT_BAR, scoreOutcomes } from './evaluate'

export const STUDIO_KINDS: readonly EventKind[] = ['follower-drop', 'likes-received-drop', 'reach-drop']

export function runStudioScenario(scenario: StudioScenario): ScenarioOutcome {
  const read = readStudioFiles(scenario.files, { referenceTime: scenario.referenceTime })
  const snapshot = emptySnapshot({ format: 'studio-csv', generation: null, studio: read.data, sectionsPresent: new Set() })
  const events = analyzeExport({ snapshot }).filter((e) => STUDIO_KINDS.includes(e.kind))
  return { name: scenario.name, control: scenario.control, truth: scenario.truth.map((t) => ({ ...t, note: 'planted' })), events, error: null }
}

export function evaluateStudioSuite(suite: readonly StudioScenario[], bar: EvaluationBar = DEFAULT_BAR): Evaluation {
  return scoreOutcomes(suite.map(runStudioScenario), bar, STUDIO_KINDS, [])
}
