// scripts/eval: Node-free harness. Headline correctness: in planted pairs with several causes of vanished likes, is the verdict's "most likely" the cause planted to explain the most of them?
import type { CauseEvent, EventKind, ExportSummary, Generation } from '@shared/contract/model'
import { analyzeExport } from '@shared/core/analysis/analyze'
import type { ExportDiff } from '@shared/core/analysis/diff-exports'
import { diffExports } from '@shared/core/analysis/diff-exports'
import { SMALL_CLUSTER_LIKES } from '@shared/core/analysis/detectors/vanished-likes'
import { summarize } from '@shared/core/summary'
import type { ExportSpec } from '@shared/synth/export-spec'
import type { ScenarioRender } from '@shared/synth/scenario-render'
import { renderScenarioFiles } from '@shared/synth/scenario-render'
import type { Plant, Scenario } from '@shared/synth/scenarios'
import { makeScenario, VANISHED_CLUSTER_GAP_MS } from '@shared/synth/scenarios'
import type { ExportReader } from './evaluate'

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** A login or gap explains vanished likes given within this long of it (the analysis's `nearClusterHours`). */
const NEAR_MS = 24 * HOUR

/** What the verdict must name: the kind of its `mostLikely` and how many vanished likes that cause accounts for. */
export interface HeadlineVerdict {
  text: string
  mostLikely: { kind: EventKind; explains: number } | null
}

export type VerdictOf = (input: { summary: ExportSummary; events: readonly CauseEvent[]; diff: ExportDiff }) => HeadlineVerdict

/** One compared pair and the cause planted to explain the most of its vanished likes. */
export interface PlantedPair {
  name: string
  older: ExportSpec
  newer: ExportSpec
  /** How each export is handed over (bare JSON, zipped, TXT…). */
  olderRender: ScenarioRender
  newerRender: ScenarioRender
  main: EventKind
  /** Vanished likes the main cause was planted to explain. */
  mainLikes: number
  /** Every planted cause with the vanished likes it explains, largest first ("like-burst 120, new-device 10, …"). */
  causes: ReadonlyArray<{ kind: EventKind; likes: number }>
}

export interface HeadlineRow {
  name: string
  main: EventKind
  causes: PlantedPair['causes']
  vanished: number
  got: EventKind | null
  explains: number | null
  correct: boolean
  text: string
  error: string | null
}

/**
 * The planted truth of a generated pair, cause by cause: a vanished like inside a planted burst is the burst's; a
 * cluster larger than a lone like or two that began within a day of a planted login change is that change's; a lone
 * like or two is a video deleted or made private, and a larger cluster with nothing near is a session undone (both
 * `vanished-likes`). Null when two causes tie: then no answer is wrong.
 */
export function plantedCauses(scenario: Scenario): { main: EventKind; mainLikes: number; causes: PlantedPair['causes'] } | null {
  if (scenario.older === undefined) return null
  const kept = new Set(scenario.newer.likes.map((l) => l.videoId))
  const from = scenario.newer.likes[0]?.at ?? Infinity
  const removed = scenario.older.likes.filter((l) => !kept.has(l.videoId) && l.at >= from).sort((a, b) => a.at - b.at)
  const bursts = scenario.truth.filter((t) => t.kind === 'like-burst')
  const logins = scenario.truth.filter((t) => t.kind === 'new-device' || t.kind === 'os-change' || t.kind === 'new-network')
  const tally = new Map<EventKind, number>()
  const add = (kind: EventKind, n: number): void => {
    tally.set(kind, (tally.get(kind) ?? 0) + n)
  }
  const clusters: Array<{ start: number; times: number[] }> = []
  for (const l of removed) {
    const last = clusters[clusters.length - 1]
    if (last !== undefined && l.at - (last.times[last.times.length - 1] as number) <= VANISHED_CLUSTER_GAP_MS) last.times.push(l.at)
    else clusters.push({ start: l.at, times: [l.at] })
  }
  for (const c of clusters) {
    const inBurst = c.times.filter((t) => bursts.some((b) => t >= b.start && t <= b.end)).length
    if (inBurst > 0) add('like-burst', inBurst)
    const rest = c.times.length - inBurst
    if (rest === 0) continue
    const login = logins.find((t) => c.times.length > SMALL_CLUSTER_LIKES && c.start >= t.start - NEAR_MS && c.start <= t.end + NEAR_MS)
    add(login !== undefined ? login.kind : 'vanished-likes', rest)
  }
  const causes = [...tally].map(([kind, likes]) => ({ kind, likes })).sort((a, b) => b.likes - a.likes)
  const [first, second] = causes
  if (first === undefined || (second !== undefined && second.likes === first.likes)) return null
  return { main: first.kind, mainLikes: first.likes, causes }
}

/** Several causes at once, each pair a compared export: scattered lost likes with a new network, a burst with a new phone, a session with logins nearby. */
const MIXES: ReadonlyArray<readonly Plant[]> = [
  ['vanished-scattered', 'new-network'],
  ['vanished-session', 'like-burst', 'new-device'],
  ['vanished-scattered', 'new-device', 'os-change'],
  ['vanished-session', 'new-network', 'os-change'],
  ['vanished-session', 'vanished-scattered', 'like-burst'],
]
const GENERATIONS: readonly Generation[] = ['A', 'B', 'C', 'D']

/** `count` generated pairs over the mixes (ties between planted causes are skipped: no answer would be wrong). */
export function scenarioPairs(seed: number, count: number): PlantedPair[] {
  const out: PlantedPair[] = []
  for (let i = 0; out.length < count && i < count * 3; i++) {
    const plants = MIXES[i % MIXES.length] as readonly Plant[]
    const scenario = makeScenario(seed + i * 7919, { generation: GENERATIONS[i % 4] ?? 'C', format: 'json', zipped: false, plants, pair: true })
    const planted = plantedCauses(scenario)
    if (planted === null || scenario.older === undefined || scenario.olderRenderOptions === undefined) continue
    out.push({ name: scenario.name, older: scenario.older, newer: scenario.newer, olderRender: scenario.olderRenderOptions, newerRender: scenario.renderOptions, ...planted })
  }
  return out
}

/** Reads both exports as a user hands them over, compares them, analyses the newer one and asks the verdict. */
export async function runHeadline(pair: PlantedPair, reader: ExportReader, verdictOf: VerdictOf): Promise<HeadlineRow> {
  const base = { name: pair.name, main: pair.main, causes: pair.causes }
  try {
    const now = pair.newer.exportedAt + DAY
    const older = await reader(await renderScenarioFiles(pair.older, pair.olderRender), now)
    const newer = await reader(await renderScenarioFiles(pair.newer, pair.newerRender), now)
    const outcome = diffExports(older, newer)
    if (!outcome.ok) throw new Error(outcome.message)
    const diff = outcome.diff
    const events = analyzeExport({ snapshot: diff.newer, diff })
    const verdict = verdictOf({ summary: summarize(diff.newer), events, diff })
    const got = verdict.mostLikely?.kind ?? null
    return { ...base, vanished: diff.vanished.length, got, explains: verdict.mostLikely?.explains ?? null, correct: got === pair.main, text: verdict.text, error: null }
  } catch (e) {
    return { ...base, vanished: 0, got: null, explains: null, correct: false, text: '', error: e instanceof Error ? e.message : String(e) }
  }
}

export function headlineShare(rows: readonly HeadlineRow[]): number {
  return rows.length === 0 ? 0 : rows.filter((r) => r.correct).length / rows.length
}

/** The table: per pair the planted causes, what the verdict named first, and the share it got right. */
export function formatHeadline(rows: readonly HeadlineRow[]): string {
  const header = ['pair', 'vanished', 'planted causes (likes)', 'most likely', 'explains', 'result']
  const body = rows.map((r) => [
    r.name.slice(0, 60),
    String(r.vanished),
    r.causes.map((c) => `${c.kind} ${c.likes}`).join(', '),
    r.error !== null ? `error: ${r.error}` : (r.got ?? '—'),
    r.explains === null ? '—' : String(r.explains),
    r.correct ? 'right' : 'WRONG',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)))
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 1 || i === 4 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ')
  const right = rows.filter((r) => r.correct).length
  return [
    `most likely = the planted main cause: ${right} of ${rows.length} (${(headlineShare(rows) * 100).toFixed(1)} %; goal 100 %)`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
  ].join('\n')
}
