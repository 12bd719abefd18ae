// shared/core: Electron-free. Builds the printable report's data from what the engine already holds; deterministic for the same input.
import { ACTION_TEXT } from '@shared/contract/actions'
import type { ActionId } from '@shared/contract/model'
import type { BucketUnit, ExportView, HistoryView, ReportData, ReportRequest, ReportStep, ReportVanishedRow } from '@shared/contract/views'
import { plural } from '../analysis/event-factory'
import { externalUrl, videoUrlFor } from '../policy/url-policy'
import type { DatedVideo } from '../snapshot'
import { LIKELY_MEANING, METHOD_NOTES, STUDIO_METHOD_NOTES } from './method-text'
import { creatorStory } from './creator-story'
import { isSampleAccount, reportAccount, reportTitle } from './report-title'

/** Most bars the report chart draws: ~700 px of chart width leaves under 2 px a bar beyond this. */
export const REPORT_MAX_BARS = 400
/**
 * Vanished likes listed in the PDF, each as a link with its like time. Every one of a real comparison fits (two columns,
 * ~150 a page); past this the PDF would run to dozens of pages, and the CSV has all of them.
 */
export const REPORT_VANISHED_ROWS = 1500

const DAY = 86_400_000

/** The finest unit that keeps the chart at ≤ REPORT_MAX_BARS bars over the like span (days, then weeks, then months). */
export function reportUnit(first: string | null, last: string | null): BucketUnit {
  const a = Date.parse(first ?? '')
  const b = Date.parse(last ?? '')
  if (Number.isNaN(a) || Number.isNaN(b)) return 'day'
  // +2: a span can touch one more calendar bucket at each end than its length suggests.
  const days = Math.abs(b - a) / DAY + 2
  if (days <= REPORT_MAX_BARS) return 'day'
  if (days / 7 + 2 <= REPORT_MAX_BARS) return 'week'
  return 'month'
}

export interface ReportInput {
  request: ReportRequest
  view: ExportView
  /** The history at reportUnit(), with vanished likes per bucket when the view carries a comparison. */
  history: HistoryView
  /** Every vanished like of the comparison (any order); empty without one. */
  vanished: readonly DatedVideo[]
}

/** Reasons named per checklist line; more would bury the action under its own justification. */
const MAX_REASONS = 4

/**
 * One checklist line per action, in the order the ranked events first ask for it, naming the events that ask. All
 * groups of vanished likes count as one reason ("84 likes vanished…"): thirteen "1 like from … vanished" lines say nothing more.
 */
export function nextSteps(view: ExportView): ReportStep[] {
  const vanished = view.events.filter((e) => e.kind === 'vanished-likes')
  const vanishedTotal = vanished.reduce((n, e) => n + (e.evidence.counts.vanished ?? 0), 0)
  const vanishedReason =
    vanished.length === 1 ? (vanished[0]?.title ?? '') : `${plural(vanishedTotal, 'like')} vanished between the two exports, in ${vanished.length} groups`
  const byAction = new Map<ActionId, string[]>()
  for (const e of view.events) {
    const reason = e.kind === 'vanished-likes' ? vanishedReason : e.title
    for (const a of e.actions) {
      const because = byAction.get(a) ?? []
      if (!because.includes(reason)) because.push(reason)
      byAction.set(a, because)
    }
  }
  if (byAction.size === 0) byAction.set('compare-exports', [])
  return [...byAction.entries()].map(([action, because]) => ({
    label: ACTION_TEXT[action].label,
    detail: ACTION_TEXT[action].detail,
    because: because.length > MAX_REASONS ? [...because.slice(0, MAX_REASONS), `${because.length - MAX_REASONS} more`] : because,
  }))
}

function vanishedRows(vanished: readonly DatedVideo[]): ReportVanishedRow[] {
  // Newest first, ties by id: the same files always give the same 50 rows.
  const sorted = [...vanished].sort((a, b) => b.at - a.at || (a.videoId < b.videoId ? -1 : a.videoId > b.videoId ? 1 : 0))
  return sorted.slice(0, REPORT_VANISHED_ROWS).map((l) => ({ at: new Date(l.at).toISOString(), videoId: l.videoId, url: externalUrl(videoUrlFor(l.videoId)) ?? '' }))
}

/** Studio's Content.csv links are the creator's file, not ours: only a link the URL policy passes is printed (a PDF viewer makes any URL clickable). */
function safeStudio(studio: ExportView['studio']): ExportView['studio'] {
  if (studio === null) return null
  return { ...studio, topVideos: studio.topVideos.map((v) => ({ ...v, url: externalUrl(v.url) ?? '' })) }
}

export function buildReportData(input: ReportInput): ReportData {
  const { request, history } = input
  const view: ExportView = { ...input.view, studio: safeStudio(input.view.studio) }
  const comparison = view.comparison
  const d = comparison?.diff ?? null
  const account = reportAccount(view)
  return {
    generatedAt: request.generatedAt,
    paper: request.paper,
    title: reportTitle(account, request.generatedAt),
    account,
    madeUp: isSampleAccount(view.summary.account),
    view,
    history,
    comparison,
    vanished: { rows: comparison ? vanishedRows(input.vanished) : [], total: comparison ? input.vanished.length : 0 },
    totals: {
      likes: view.summary.sections.likes.count,
      events: view.events.length,
      vanished: d?.vanished.count ?? null,
      beyondWindow: d?.beyondWindow.count ?? null,
      added: d?.added.count ?? null,
    },
    nextSteps: nextSteps(view),
    creator: creatorStory(view),
    // The detectors that could have run: TikTok Studio data alone holds no likes given, so the like notes would only puzzle.
    method: view.studio === null ? [...METHOD_NOTES] : view.summary.format === 'studio-csv' ? [...STUDIO_METHOD_NOTES] : [...METHOD_NOTES, ...STUDIO_METHOD_NOTES],
    likelyMeaning: LIKELY_MEANING,
  }
}
