// scripts/eval: Node-free harness. Runs seeded scenarios through the real pipeline (render → read → diff → analyze) and scores every detector against the planted truth.
import type { CauseEvent, Confidence, EventKind } from '@shared/contract/model'
import type { RenderedFile } from '@shared/synth/scenario-render'
import { renderScenarioFiles } from '@shared/synth/scenario-render'
import type { Scenario, Truth } from '@shared/synth/scenarios'
import { EVALUATED_KINDS, NOT_EVALUATED_KINDS } from '@shared/synth/scenarios'
import type { ByteSource, InflateRaw } from '@shared/core/read-contract'
import { readExport } from '@shared/core/read-export'
import type { ExportSnapshot } from '@shared/core/snapshot'
import { analyzeExport } from '@shared/core/analysis/analyze'
import type { DetectorOptions } from '@shared/core/analysis/detector-options'
import { diffExports } from '@shared/core/analysis/diff-exports'

/** Reads the files a user would drop into a snapshot. I/O is the caller's: Node passes memory sources and native inflate. */
export type ExportReader = (files: readonly RenderedFile[], now: number) => Promise<ExportSnapshot>

/** A reader on the real `readExport`, given how to wrap bytes and how to inflate. */
export function makeExportReader(toSource: (bytes: Uint8Array) => ByteSource, inflateRaw: InflateRaw): ExportReader {
  return async (files, now) => {
    const result = await readExport(
      files.map((f) => ({ path: f.path, source: toSource(f.bytes) })),
      { inflateRaw, now },
    )
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
    return result.value
  }
}

export interface EvaluationBar {
  precision: number
  recall: number
}

/** The issue's bar: at most one false alarm in twenty, at most one miss in ten. */
export const DEFAULT_BAR: EvaluationBar = { precision: 0.95, recall: 0.9 }

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * How far a detected event may sit from a truth and still be the same event. Point events (a login, the export
 * moment) are placed to the second but the export moment is estimated, so an hour; day-level events are whole UTC days,
 * so a day; bursts and vanished clusters are ranges of like times, so an hour of slack at their edges.
 */
export const MATCH_TOLERANCE_MS: Readonly<Record<EventKind, number>> = {
  'possible-truncation': DAY,
  'partial-export': HOUR,
  'missing-section': HOUR,
  'retention-window': DAY,
  'vanished-likes': HOUR,
  'like-burst': HOUR,
  'new-device': HOUR,
  'os-change': HOUR,
  'new-network': HOUR,
  'like-gap': DAY,
  'liked-videos-private': HOUR,
  'deleted-posts': DAY,
  'follower-drop': DAY,
  'likes-received-drop': DAY,
  'reach-drop': DAY,
}

export interface Mismatch {
  scenario: string
  kind: EventKind
  type: 'false-positive' | 'false-negative'
  start: string
  end: string
  /** The detected event's confidence (false positives). */
  confidence: Confidence | null
  /** The truth's note or the event's title. */
  detail: string
}

export interface KindRow {
  kind: EventKind
  planted: number
  detected: number
  /** Truths found. */
  matched: number
  /** Events that found a truth (a merged line may find several). */
  matchedEvents: number
  /** Null when nothing was detected (no false alarm possible) or nothing planted. */
  precision: number | null
  recall: number | null
  pass: boolean
}

export interface ScenarioOutcome {
  name: string
  control: boolean
  truth: readonly Truth[]
  events: readonly CauseEvent[]
  error: string | null
}

export interface Evaluation {
  bar: EvaluationBar
  scenarios: number
  controls: number
  rows: KindRow[]
  notEvaluated: readonly EventKind[]
  /** `high` events in controls: none allowed. */
  controlHighEvents: Array<{ scenario: string; kind: EventKind; start: string; title: string }>
  mismatches: Mismatch[]
  /** Scenarios that could not be read or compared. */
  errors: Array<{ scenario: string; message: string }>
  outcomes: ScenarioOutcome[]
  pass: boolean
}

export interface EvaluateOptions {
  reader: ExportReader
  detectorOptions?: Partial<DetectorOptions>
  bar?: EvaluationBar
  onScenario?: (index: number, total: number, name: string) => void
}

/** Renders, reads, compares (when there is an older export) and analyses one scenario. */
export async function runScenario(scenario: Scenario, options: Pick<EvaluateOptions, 'reader' | 'detectorOptions'>): Promise<ScenarioOutcome> {
  // The user analyses a day after downloading: zip-name stamps up to then are plausible.
  const now = scenario.newer.exportedAt + DAY
  try {
    const snapshot = await options.reader(await renderScenarioFiles(scenario.newer, scenario.renderOptions), now)
    let diff = null
    if (scenario.older !== undefined && scenario.olderRenderOptions !== undefined) {
      const older = await options.reader(await renderScenarioFiles(scenario.older, scenario.olderRenderOptions), now)
      const outcome = diffExports(older, snapshot)
      if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`)
      diff = outcome.diff
    }
    const events = analyzeExport({ snapshot, diff, ...(options.detectorOptions !== undefined ? { options: options.detectorOptions } : {}) })
    return { name: scenario.name, control: scenario.control, truth: scenario.truth, events, error: null }
  } catch (e) {
    return { name: scenario.name, control: scenario.control, truth: scenario.truth, events: [], error: e instanceof Error ? e.message : String(e) }
  }
}

export interface Match {
  truth: number
  event: number
}

/**
 * Where an event says something happened: its range, or, for a merged context line (`counts.merged` ≥ 2), each login
 * it folds in. A merged line reports every change it lists, so each may match its own truth.
 */
function eventSpots(e: CauseEvent): Array<[number, number]> {
  if ((e.evidence.counts.merged ?? 0) >= 2) {
    const times = e.evidence.rowIds.filter((id) => id.startsWith('login:')).map((id) => Date.parse(id.slice('login:'.length)))
    if (times.length > 0) return times.map((t) => [t, t])
  }
  return [[Date.parse(e.start), Date.parse(e.end)]]
}

/**
 * One-to-one matching of truths and events of one kind: a pair qualifies when the ranges, widened by the tolerance,
 * overlap; closest pairs are matched first. One-to-one, so an event reported twice counts once and its copy is a false
 * alarm; a merged context line is one event per login it lists.
 */
export function matchKind(truths: readonly Truth[], events: readonly CauseEvent[], toleranceMs: number): Match[] {
  const pairs: Array<{ truth: number; event: number; spot: string; distance: number }> = []
  truths.forEach((t, ti) => {
    events.forEach((e, ei) => {
      eventSpots(e).forEach(([start, end], si) => {
        // Gap between the ranges (0 when they overlap), then how far their starts are apart to prefer the closest.
        const gap = Math.max(0, start - t.end, t.start - end)
        if (gap <= toleranceMs) pairs.push({ truth: ti, event: ei, spot: `${ei}:${si}`, distance: gap * 1e6 + Math.abs(start - t.start) / 1000 })
      })
    })
  })
  pairs.sort((a, b) => a.distance - b.distance)
  const usedTruths = new Set<number>()
  const usedSpots = new Set<string>()
  const out: Match[] = []
  for (const p of pairs) {
    if (usedTruths.has(p.truth) || usedSpots.has(p.spot)) continue
    usedTruths.add(p.truth)
    usedSpots.add(p.spot)
    out.push({ truth: p.truth, event: p.event })
  }
  return out
}

const iso = (ms: number): string => new Date(ms).toISOString()

/** Scores scenario outcomes per kind against the bar. */
export function scoreOutcomes(
  outcomes: readonly ScenarioOutcome[],
  bar: EvaluationBar = DEFAULT_BAR,
  kinds: readonly EventKind[] = EVALUATED_KINDS,
  notEvaluated: readonly EventKind[] = NOT_EVALUATED_KINDS,
): Evaluation {
  const totals = new Map<EventKind, { planted: number; detected: number; matched: number; matchedEvents: number }>(kinds.map((k) => [k, { planted: 0, detected: 0, matched: 0, matchedEvents: 0 }]))
  const mismatches: Mismatch[] = []
  const controlHighEvents: Evaluation['controlHighEvents'] = []
  const errors: Evaluation['errors'] = []
  for (const o of outcomes) {
    if (o.error !== null) errors.push({ scenario: o.name, message: o.error })
    if (o.control) for (const e of o.events) if (e.confidence === 'high') controlHighEvents.push({ scenario: o.name, kind: e.kind, start: e.start, title: e.title })
    for (const kind of kinds) {
      const truths = o.truth.filter((t) => t.kind === kind)
      const events = o.events.filter((e) => e.kind === kind)
      const matches = matchKind(truths, events, MATCH_TOLERANCE_MS[kind])
      const total = totals.get(kind)
      if (total !== undefined) {
        total.planted += truths.length
        total.detected += events.length
        total.matched += matches.length
        total.matchedEvents += new Set(matches.map((m) => m.event)).size
      }
      const matchedTruths = new Set(matches.map((m) => m.truth))
      const matchedEvents = new Set(matches.map((m) => m.event))
      truths.forEach((t, i) => {
        if (!matchedTruths.has(i)) mismatches.push({ scenario: o.name, kind, type: 'false-negative', start: iso(t.start), end: iso(t.end), confidence: null, detail: t.note })
      })
      events.forEach((e, i) => {
        if (!matchedEvents.has(i)) mismatches.push({ scenario: o.name, kind, type: 'false-positive', start: e.start, end: e.end, confidence: e.confidence, detail: e.title })
      })
    }
  }
  const rows: KindRow[] = kinds.map((kind) => {
    const t = totals.get(kind) ?? { planted: 0, detected: 0, matched: 0, matchedEvents: 0 }
    const precision = t.detected > 0 ? t.matchedEvents / t.detected : null
    const recall = t.planted > 0 ? t.matched / t.planted : null
    // A kind never planted is not evaluated at all: that fails too, or a generator change could silently drop a kind.
    const pass = recall !== null && recall >= bar.recall && (precision ?? 1) >= bar.precision
    return { kind, planted: t.planted, detected: t.detected, matched: t.matched, matchedEvents: t.matchedEvents, precision, recall, pass }
  })
  return {
    bar,
    scenarios: outcomes.length,
    controls: outcomes.filter((o) => o.control).length,
    rows,
    notEvaluated,
    controlHighEvents,
    mismatches,
    errors,
    outcomes: [...outcomes],
    pass: rows.every((r) => r.pass) && controlHighEvents.length === 0 && errors.length === 0,
  }
}

/** Runs every scenario (one at a time: each holds a few MB of export) and scores them. */
export async function evaluateSuite(scenarios: readonly Scenario[], options: EvaluateOptions): Promise<Evaluation> {
  const outcomes: ScenarioOutcome[] = []
  for (const [i, s] of scenarios.entries()) {
    options.onScenario?.(i, scenarios.length, s.name)
    outcomes.push(await runScenario(s, options))
  }
  return scoreOutcomes(outcomes, options.bar ?? DEFAULT_BAR)
}

const pct = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`)

/** The table and the mismatches as plain text (the eval script prints it; test failures quote it). */
export function formatEvaluation(e: Evaluation, maxMismatches = 200): string {
  const header = ['kind', 'planted', 'detected', 'matched', 'precision', 'recall', 'result']
  const body = e.rows.map((r) => [r.kind, String(r.planted), String(r.detected), String(r.matched), pct(r.precision), pct(r.recall), r.pass ? 'pass' : 'FAIL'])
  for (const kind of e.notEvaluated) body.push([kind, '—', '—', '—', '—', '—', 'not evaluated'])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)))
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  const out: string[] = [
    `${e.scenarios} scenarios (${e.controls} controls); bar: precision ≥ ${pct(e.bar.precision)}, recall ≥ ${pct(e.bar.recall)} per kind; no high event in controls`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    `high-confidence events in controls: ${e.controlHighEvents.length}`,
    ...e.controlHighEvents.map((h) => `  ${h.scenario}  ${h.kind}  ${h.start}  ${h.title}`),
  ]
  if (e.errors.length > 0) out.push('', `errors: ${e.errors.length}`, ...e.errors.map((x) => `  ${x.scenario}: ${x.message}`))
  out.push('', `mismatches: ${e.mismatches.length}`)
  for (const m of e.mismatches.slice(0, maxMismatches)) {
    const when = m.start === m.end ? m.start : `${m.start} – ${m.end}`
    out.push(`  ${m.type === 'false-positive' ? 'FP' : 'FN'}  ${m.kind.padEnd(20)}  ${m.scenario}  ${when}${m.confidence ? ` [${m.confidence}]` : ''}  ${m.detail}`)
  }
  if (e.mismatches.length > maxMismatches) out.push(`  … ${e.mismatches.length - maxMismatches} more`)
  out.push('', e.pass ? 'PASS' : 'FAIL')
  return out.join('\n')
}
