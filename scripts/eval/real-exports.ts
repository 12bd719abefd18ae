// scripts/eval: Node. The real-export control: every real export in the repo's fixtures, the shipped sample pair and a seeded realistic export, read and analysed as the app does; events per export and per kind.
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { CauseEvent, EventKind } from '@shared/contract/model'
import { EVENT_KINDS } from '@shared/contract/model'
import { analyzeExport } from '@shared/core/analysis/analyze'
import { buildVerdict } from '@shared/core/analysis/verdict'
import type { ExportDiff } from '@shared/core/analysis/diff-exports'
import { diffExports } from '@shared/core/analysis/diff-exports'
import type { ExportSnapshot } from '@shared/core/snapshot'
import { summarize } from '@shared/core/summary'
import { MemorySource } from '@shared/core/archive/memory-source'
import { inflateRawNative } from '@shared/node/inflate'
import { readExportPath } from '@shared/node/read-export-path'
import { makeSpec } from '@shared/synth/export-spec'
import { renderScenarioFiles } from '@shared/synth/scenario-render'
import { makeExportReader } from './evaluate'

const ROOT = resolve(__dirname, '../..')
export const REAL_FIXTURES = join(ROOT, 'tests/fixtures/real')
const SAMPLE = join(ROOT, 'resources/sample')

/** One export (or pair) in the control, and how to read it. */
export interface ControlInput {
  name: string
  source: 'real' | 'sample' | 'generated'
  read: () => Promise<{ snapshot: ExportSnapshot; diff: ExportDiff | null }>
}

export interface ControlRow {
  name: string
  source: ControlInput['source']
  events: readonly CauseEvent[]
  byKind: ReadonlyMap<EventKind, number>
  /** Likes that vanished between the two exports, or null for a single export. */
  vanished: number | null
  /** Medium- or high-confidence events although nothing vanished (a single export, or a pair that lost nothing): what a user is told to worry about without a loss. */
  mediumHighWithoutLoss: number
  /** The verdict's first sentence, as the app, the report and the command line show it. */
  verdict: string
  error: string | null
}

async function readPath(path: string): Promise<ExportSnapshot> {
  const result = await readExportPath(path, { now: Date.now() })
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

/** Every folder in tests/fixtures/real is one real export (a JSON file, a TXT like list or Studio CSVs). */
export function realFixtureInputs(dir = REAL_FIXTURES): ControlInput[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => ({ name, source: 'real' as const, read: async () => ({ snapshot: await readPath(join(dir, name)), diff: null }) }))
}

/** The two exports shipped as "Try the sample", compared as the app compares them. */
export function samplePairInput(dir = SAMPLE): ControlInput {
  return {
    name: 'sample pair (compared)',
    source: 'sample',
    read: async () => {
      const [older, newer] = readdirSync(dir)
        .filter((n) => n.endsWith('.zip'))
        .sort()
        .map((n) => join(dir, n))
      if (older === undefined || newer === undefined) throw new Error(`the sample pair is missing from ${dir}`)
      const outcome = diffExports(await readPath(older), await readPath(newer))
      if (!outcome.ok) throw new Error(outcome.message)
      return { snapshot: outcome.diff.newer, diff: outcome.diff }
    },
  }
}

/**
 * A realistic heavy account no real fixture here covers: 14 months of login history from a home line whose provider
 * moves the address all the time (420 leases in 52 /16 blocks, ≈280 of them seen by a login), two devices, system updates and rows written
 * twice with the old system. Nothing is planted: every login event it raises is background.
 */
export function dynamicHomeSpec(seed = 'control/dynamic-home') {
  return makeSpec({
    seed,
    likes: 6_500,
    watchRows: 40_000,
    loginDays: 425,
    logins: 1_500,
    devices: 2,
    dynamicHome: { leases: 420, prefixes: 52, duplicateRows: 4 },
  })
}

export function dynamicHomeInput(seed?: string): ControlInput {
  return {
    name: 'generated: dynamic home IPs, 14 months',
    source: 'generated',
    read: async () => {
      const spec = dynamicHomeSpec(seed)
      const reader = makeExportReader((bytes) => new MemorySource(bytes), inflateRawNative)
      const snapshot = await reader(await renderScenarioFiles(spec, { format: 'json', generation: 'C', zipped: true }), spec.exportedAt + 86_400_000)
      return { snapshot, diff: null }
    },
  }
}

export async function runControl(input: ControlInput): Promise<ControlRow> {
  try {
    const { snapshot, diff } = await input.read()
    const events = analyzeExport({ snapshot, diff })
    const byKind = new Map<EventKind, number>()
    for (const e of events) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1)
    const vanished = diff === null ? null : diff.vanished.length
    const mediumHighWithoutLoss = (vanished ?? 0) === 0 ? events.filter((e) => e.confidence !== 'low').length : 0
    const verdict = buildVerdict({ summary: summarize(snapshot), events, diff }).text
    return { name: input.name, source: input.source, events, byKind, vanished, mediumHighWithoutLoss, verdict, error: null }
  } catch (e) {
    return { name: input.name, source: input.source, events: [], byKind: new Map(), vanished: null, mediumHighWithoutLoss: 0, verdict: '', error: e instanceof Error ? e.message : String(e) }
  }
}

export function controlInputs(): ControlInput[] {
  return [...realFixtureInputs(), samplePairInput(), dynamicHomeInput()]
}

/** The goal on one real export: no kind more than this often… */
export const MAX_PER_KIND = 4
/** …and about this many events in all. */
export const MAX_EVENTS = 12

/** Rows as a plain-text table: events per export and per kind (only kinds that occur), the worst kind, and medium/high events without a loss. */
export function formatControlTable(rows: readonly ControlRow[]): string {
  const kinds = EVENT_KINDS.filter((k) => rows.some((r) => (r.byKind.get(k) ?? 0) > 0))
  const header = ['export', 'vanished', 'events', 'most of one kind', 'medium/high, nothing vanished', ...kinds]
  const body = rows.map((r) => {
    if (r.error !== null) return [r.name, 'error', r.error, '', '', ...kinds.map(() => '')]
    const most = Math.max(0, ...r.byKind.values())
    return [r.name, r.vanished === null ? '—' : String(r.vanished), String(r.events.length), String(most), r.vanished ? '—' : String(r.mediumHighWithoutLoss), ...kinds.map((k) => String(r.byKind.get(k) ?? 0))]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)))
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  const singles = rows.filter((r) => r.vanished === null && r.error === null)
  const over = singles.filter((r) => r.events.length > MAX_EVENTS || Math.max(0, ...r.byKind.values()) > MAX_PER_KIND)
  return [
    `goal on a single export: no kind more than ${MAX_PER_KIND} times, about ${MAX_EVENTS} events or fewer — ${over.length === 0 ? 'met by all' : `missed by ${over.map((r) => r.name).join(', ')}`}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
  ].join('\n')
}

/** Each export's verdict and events as a user reads them: the first sentence, then confidence, kind and title. */
export function formatControlEvents(rows: readonly ControlRow[]): string {
  return rows
    .map((r) => [`${r.name}:`, ...(r.error !== null ? [`  error: ${r.error}`] : [`  verdict: ${r.verdict}`, ...r.events.map((e) => `  [${e.confidence}] ${e.kind}: ${e.title}`)])].join('\n'))
    .join('\n')
}
