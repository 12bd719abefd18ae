// shared/node: Node adapters. The `analyze` command: reads an export (optionally compares it with an earlier one) and prints a summary or one JSON document.
import type { CauseEvent, DiffSummary, ExportSummary } from '@shared/contract/model'
import { SECTION_LABEL, SECTION_NAMES } from '@shared/contract/model'
import type { AppError, Warning } from '@shared/contract/result'
import { ACTION_TEXT } from '@shared/contract/actions'
import type { Verdict, VerdictRole } from '@shared/contract/views'
import { formatDate, formatRange } from '@shared/contract/dates'
import type { ReadLimits } from '../core/archive/limits'
import { analyzeExport } from '../core/analysis/analyze'
import type { ExportDiff } from '../core/analysis/diff-exports'
import { diffExports } from '../core/analysis/diff-exports'
import { summarizeDiff } from '../core/analysis/diff-summary'
import { orderEvents } from '../core/analysis/event-order'
import { buildVerdict } from '../core/analysis/verdict'
import { pairingDoubt } from '../core/store/account'
import { printable, userMessage } from '../core/parse/read-error'
import { summarize } from '../core/summary'
import { ImportStore } from './import-store'
import { readExportPath } from './read-export-path'
import { formatNumber } from '@shared/contract/numbers'

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  now?: number
  /** Reader limits (tests lower them to exercise a cap with a small file); default DEFAULT_LIMITS. */
  limits?: ReadLimits
}

const USAGE =
  'Usage: npm run --silent analyze -- <export.zip | user_data_tiktok.json | folder | file.txt | studio.csv …> [--compare <older export>] [--store <folder>] [--json]'


export interface ParsedArgs {
  paths: string[]
  compare: string | null
  store: string | null
  json: boolean
}

export function parseArgs(argv: readonly string[]): ParsedArgs | { error: string } {
  const args: ParsedArgs = { paths: [], compare: null, store: null, json: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--json') args.json = true
    else if (arg === '--compare' || arg === '--store') {
      const value = argv[i + 1]
      if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a path.\n${USAGE}` }
      if (arg === '--compare') args.compare = value
      else args.store = value
      i++
    } else if (arg === '--help' || arg === '-h') return { error: USAGE }
    else if (arg.startsWith('--')) return { error: `Unknown option ${arg}.\n${USAGE}` }
    else args.paths.push(arg)
  }
  if (args.paths.length === 0) return { error: USAGE }
  return args
}

export interface AnalyzeReport extends ExportSummary {
  /** The same verdict the app and the report show. */
  verdict: Verdict
  events: CauseEvent[]
  diff?: DiffSummary
  store?: { id: string; alreadyStored: boolean; comparedWith: string | null }
}

/** Runs the command; returns the process exit code (0 ok, 2 the export could not be read or the arguments were wrong). */
export async function runAnalyze(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv)
  const fail = (error: AppError, json: boolean): number => {
    if (json) io.out(JSON.stringify({ error }))
    else io.err(printable(`LikeTrace could not read this export.\n${error.message} (${error.code})`))
    return 2
  }
  if ('error' in args) return fail({ code: 'BAD_ARGS', message: args.error }, argv.includes('--json'))
  const now = io.now ?? Date.now()
  const result = await readExportPath(args.paths, { now, limits: io.limits })
  if (!result.ok) return fail(result.error, args.json)
  const snapshot = result.value
  const extraWarnings: Warning[] = []

  let diff: ExportDiff | null = null
  let comparedWith: string | null = null
  const useDiff = (older: typeof snapshot, label: string): AppError | null => {
    const outcome = diffExports(older, snapshot)
    if (!outcome.ok) return { code: 'DIFFERENT_ACCOUNTS', message: userMessage('DIFFERENT_ACCOUNTS') }
    diff = outcome.diff
    comparedWith = label
    if (outcome.swapped) {
      extraWarnings.push({ code: 'COMPARED_NEWER_AS_OLDER', message: `"${label}" was exported later than this export, so it was treated as the newer one.`, count: 1 })
    }
    return null
  }

  if (args.compare !== null) {
    const older = await readExportPath(args.compare, { now, limits: io.limits })
    if (!older.ok) return fail(older.error, args.json)
    const refused = useDiff(older.value, args.compare)
    if (refused) return fail(refused, args.json)
  }

  let stored: AnalyzeReport['store']
  if (args.store !== null) {
    const store = new ImportStore(args.store)
    const saved = await store.save(snapshot, { importedAt: now, sourceName: args.paths.map((p) => p.split(/[\\/]/).pop() ?? p).join(', ') })
    if (diff === null) {
      const prior = await store.latestEarlierImport(snapshot, saved.id)
      if (prior !== null) useDiff(prior.snapshot, prior.listing.sourceName)
    }
    stored = { id: saved.id, alreadyStored: saved.alreadyStored, comparedWith }
  }

  const activeDiff = diff as ExportDiff | null
  const events = analyzeExport({ snapshot: activeDiff?.newer ?? snapshot, diff: activeDiff })
  const summary = summarize(snapshot)
  const verdict = buildVerdict({ summary, events, diff: activeDiff, doubt: activeDiff === null ? null : pairingDoubt(activeDiff.account) })
  const report: AnalyzeReport = { verdict, ...summary, warnings: [...summary.warnings, ...extraWarnings], events: orderEvents(events, verdict.mostLikely?.eventId ?? null) }
  if (activeDiff !== null) report.diff = summarizeDiff(activeDiff)
  if (stored !== undefined) report.store = stored
  // The readable form goes to a terminal: usernames, titles and file names from the export must not carry escape sequences.
  io.out(args.json ? JSON.stringify(report, null, 2) : printable(formatReport(report)))
  return 0
}

/** The lead-in of each verdict line, as the app words it. */
const VERDICT_LEAD: Readonly<Record<VerdictRole, string>> = { 'check-first': 'Rule out first', finding: 'What happened', cause: 'Also possible', context: 'Worth knowing' }

const day = (iso: string | null): string => (iso === null ? '—' : formatDate(iso))
const span = (from: string, to: string): string => formatRange(from, to)

export function formatReport(s: AnalyzeReport): string {
  const lines: string[] = [s.verdict.text]
  for (const l of s.verdict.lines) lines.push(`  - ${VERDICT_LEAD[l.role]}: ${l.text}${l.confidence !== null ? ` [${l.confidence}]` : ''}`)
  if (s.verdict.nextSteps.length > 0) lines.push(`Next: ${s.verdict.nextSteps.map((a) => ACTION_TEXT[a].label).join('; ')}.`)
  lines.push('')
  const kind = s.format === 'json' ? `JSON export, layout ${s.generation ?? '?'}` : s.format === 'txt' ? 'TXT export' : 'TikTok Studio analytics'
  lines.push(`LikeTrace: ${kind}, ${s.partial ? `partial (missing: ${s.missingCategories.join(', ')})` : 'all categories'}`)
  lines.push(`Account:  ${s.account.username ?? 'unknown'}`)
  if (s.exportedAtSource === 'newest-entry') lines.push(`Newest entry: ${day(s.exportedAt)} (the file does not say when it was exported)`)
  else lines.push(`Exported: ${day(s.exportedAt)}${s.exportedAt ? ` (${s.exportedAtSource === 'file-name' ? 'from the file name' : 'from links in the file'})` : ''}`)
  lines.push('')
  lines.push('Section            Count    First          Last')
  for (const name of SECTION_NAMES) {
    const c = s.sections[name]
    if (!c.present && c.count === 0) continue
    const keeps = c.retentionDays ? `  (TikTok keeps ~${c.retentionDays} days)` : ''
    lines.push(`${SECTION_LABEL[name].padEnd(17)} ${formatNumber(c.count).padStart(7)}   ${day(c.first).padEnd(11)}   ${day(c.last)}${keeps}`)
  }
  if (s.sections.studio) {
    const st = s.sections.studio
    lines.push(`${'Studio days'.padEnd(17)} ${formatNumber(st.days).padStart(7)}   ${day(st.first).padEnd(11)}   ${day(st.last)}`)
  }
  if (s.diff) {
    const d = s.diff
    lines.push('')
    lines.push(`Compared with the export of ${day(d.olderExportedAt)}:`)
    lines.push(`  ${formatNumber(d.vanished.count)} likes vanished, ${formatNumber(d.beyondWindow.count)} older than this export reaches (not counted as lost), ${formatNumber(d.added.count)} added`)
    for (const c of d.clusters.slice(0, 10)) lines.push(`  - ${formatNumber(c.count)} liked ${span(c.start, c.end)}`)
    if (d.clusters.length > 10) lines.push(`  … and ${d.clusters.length - 10} more groups`)
  }
  if (s.events.length > 0) {
    lines.push('')
    lines.push('What may explain lost likes (most important first):')
    for (const e of s.events) lines.push(`  [${e.confidence}] ${e.title} (${span(e.start, e.end)})`)
  }
  if (s.settings.likedVideosVisibility !== null) {
    lines.push('')
    lines.push(`Who can see your liked videos: ${s.settings.likedVideosVisibility}`)
  }
  if (s.warnings.length > 0) {
    lines.push('')
    lines.push('Notes:')
    for (const w of s.warnings) lines.push(`- ${w.message}${w.count > 1 ? ` (${formatNumber(w.count)}×)` : ''}`)
  }
  return lines.join('\n')
}
