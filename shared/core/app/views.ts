// shared/core: Electron-free. Builds the flat views the app shows from a snapshot and its analysis: verdict, history points, pages of likes.
import type { CauseEvent, EventKind } from '@shared/contract/model'
import type { ExportView, HistoryPoint, HistoryRequest, HistoryView, LikeRow, LikesPage, LikesPageRequest, LikeStatus, VerdictLine } from '@shared/contract/views'
import { likeHistory } from '../analysis/like-history'
import type { ExportDiff } from '../analysis/diff-exports'
import { dayLabel, plural } from '../analysis/event-factory'
import { isoOrNull, uploadTimeFromVideoId } from '../parse/fields'
import type { ExportSnapshot } from '../snapshot'

const ARTEFACTS: ReadonlySet<EventKind> = new Set(['possible-truncation', 'partial-export', 'missing-section'])
/** Events that explain something other than lost likes (hidden likes, the user's own deletions). */
const CONTEXT: ReadonlySet<EventKind> = new Set(['liked-videos-private', 'deleted-posts'])
/** Limits of the data, shown in the coverage panel rather than the verdict. */
const NOT_A_VERDICT: ReadonlySet<EventKind> = new Set(['retention-window'])
const MAX_VERDICT_LINES = 6

/** A cause in words, with what ties it to the vanished likes. */
function causeText(e: CauseEvent): string {
  const day = dayLabel(Date.parse(e.start))
  const n = e.evidence.counts
  let text: string
  switch (e.kind) {
    case 'like-burst':
      text = `you liked ${plural(n.likes ?? 0, 'video')} in ${plural(n.minutes ?? 0, 'minute')} on ${day}`
      if ((n.vanishedInBurst ?? 0) > 0) text += `, and ${plural(n.vanishedInBurst ?? 0, 'of those like', 'of those likes')} ${n.vanishedInBurst === 1 ? 'is' : 'are'} gone now`
      return text
    case 'new-device':
      return `${lowerFirst(e.title)} on ${day}`
    case 'os-change':
    case 'new-network':
      return `${lowerFirst(e.title)} on ${day}`
    default:
      return lowerFirst(e.title)
  }
}

/**
 * The verdict card's lines, in order: export artefacts to rule out first, one finding for all vanished likes (naming the
 * biggest cluster), the possible causes — those within a day of vanished likes first, then any other of medium or high
 * confidence — and context. The card decides the lead-in words from each line's role and rank.
 */
export function buildVerdict(events: readonly CauseEvent[]): VerdictLine[] {
  const lines: VerdictLine[] = []
  const line = (e: CauseEvent, role: VerdictLine['role'], text: string): void => {
    if (lines.length < MAX_VERDICT_LINES) lines.push({ eventId: e.id, kind: e.kind, confidence: e.confidence, role, text })
  }
  for (const e of events) if (ARTEFACTS.has(e.kind) && e.confidence !== 'low') line(e, 'check-first', `${e.title}.`)
  const vanished = events.filter((e) => e.kind === 'vanished-likes')
  if (vanished.length > 0) {
    const total = vanished.reduce((s, e) => s + (e.evidence.counts.vanished ?? 0), 0)
    const biggest = [...vanished].sort((a, b) => (b.evidence.counts.vanished ?? 0) - (a.evidence.counts.vanished ?? 0))[0] as CauseEvent
    const rest = total - (biggest.evidence.counts.vanished ?? 0)
    line(
      biggest,
      'finding',
      vanished.length === 1
        ? `${biggest.title} between your two exports.`
        : `${plural(total, 'like')} vanished between your two exports: ${lowerFirst(biggest.title.replace(/ vanished$/, ''))}, and ${rest.toLocaleString('en-US')} more in ${vanished.length - 1} other ${vanished.length === 2 ? 'place' : 'places'}.`,
    )
  }
  const candidates = events.filter((e) => !ARTEFACTS.has(e.kind) && !NOT_A_VERDICT.has(e.kind) && e.kind !== 'vanished-likes' && (e.nearVanished !== undefined || e.confidence !== 'low'))
  const causes = candidates.filter((e) => !CONTEXT.has(e.kind))
  for (const e of [...causes.filter((c) => c.nearVanished !== undefined), ...causes.filter((c) => c.nearVanished === undefined)]) {
    const near = e.nearVanished ? ` (${e.nearVanished.clusters} of the ${plural(e.nearVanished.ofClusters, 'group')} of vanished likes began within a day of it)` : ''
    line(e, 'cause', `${upperFirst(causeText(e))}${near}.`)
  }
  for (const e of candidates.filter((c) => CONTEXT.has(c.kind))) line(e, 'context', `${e.title}.`)
  return lines
}

function lowerFirst(text: string): string {
  // Keep proper nouns and device names ("iPhone14,4 updated") as written.
  return /^[A-Z][a-z]/.test(text) && !/^(TikTok|iPhone|Android|Wi-Fi)/.test(text) ? (text[0] as string).toLowerCase() + text.slice(1) : text
}

function upperFirst(text: string): string {
  return text.length > 0 ? (text[0] as string).toUpperCase() + text.slice(1) : text
}

/** Most events of one kind the view carries; the rest are counted in `omittedEvents` (and written to the CSV). */
export const MAX_EVENTS_PER_KIND = 30
const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const

/**
 * Keeps, per kind, the events the verdict names, then those near vanished likes, then the most confident and the
 * largest, in the engine's order; counts what was left out. Hundreds of markers would bury the chart and slow it.
 */
export function capEvents(events: readonly CauseEvent[], mustKeep: ReadonlySet<string>): { kept: CauseEvent[]; omitted: Array<{ kind: EventKind; count: number }> } {
  const byKind = new Map<EventKind, CauseEvent[]>()
  for (const e of events) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e])
  const keep = new Set<string>()
  const omitted: Array<{ kind: EventKind; count: number }> = []
  const size = (e: CauseEvent): number => Math.max(0, ...Object.values(e.evidence.counts))
  for (const [kind, list] of byKind) {
    const ranked = [...list].sort(
      (a, b) =>
        Number(mustKeep.has(b.id)) - Number(mustKeep.has(a.id)) ||
        Number(b.nearVanished !== undefined) - Number(a.nearVanished !== undefined) ||
        CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
        size(b) - size(a),
    )
    for (const e of ranked.slice(0, MAX_EVENTS_PER_KIND)) keep.add(e.id)
    if (ranked.length > MAX_EVENTS_PER_KIND) omitted.push({ kind, count: ranked.length - MAX_EVENTS_PER_KIND })
  }
  return { kept: events.filter((e) => keep.has(e.id)), omitted }
}

export function exportView(args: Omit<ExportView, 'verdict' | 'omittedEvents'>): ExportView {
  const verdict = buildVerdict(args.events)
  const { kept, omitted } = capEvents(args.events, new Set(verdict.map((v) => v.eventId)))
  const comparison = args.comparison ? { ...args.comparison, events: capEvents(args.comparison.events, new Set(verdict.map((v) => v.eventId))).kept } : null
  return { ...args, events: kept, comparison, verdict, omittedEvents: omitted }
}

/** Days at most before the view switches to weeks: recharts draws a few thousand bars comfortably, not more. */
export const MAX_POINTS = 2_000

export function historyView(snapshot: ExportSnapshot, req: HistoryRequest, diff: ExportDiff | null): HistoryView {
  const from = req.from ? Date.parse(req.from) : undefined
  const to = req.to ? Date.parse(req.to) : undefined
  const options = { unit: req.unit, timeZone: req.timeZone, from, to }
  const likeTimes = snapshot.likes.map((l) => l.at)
  let buckets = likeHistory(likeTimes, snapshot.watchTimes, options)
  let unit = req.unit
  if (buckets.length > MAX_POINTS && unit === 'day') {
    unit = 'week'
    buckets = likeHistory(likeTimes, snapshot.watchTimes, { ...options, unit })
  }
  if (buckets.length > MAX_POINTS && unit === 'week') {
    unit = 'month'
    buckets = likeHistory(likeTimes, snapshot.watchTimes, { ...options, unit })
  }
  let vanishedPerBucket: number[] | null = null
  if (diff !== null) {
    const vanishedTimes = diff.vanished.map((l) => l.at)
    vanishedPerBucket = buckets.map(() => 0)
    let b = 0
    for (const t of vanishedTimes) {
      while (b + 1 < buckets.length && (buckets[b + 1]?.start ?? Infinity) <= t) b++
      if (buckets.length > 0 && t >= (buckets[0]?.start ?? Infinity)) vanishedPerBucket[b] = (vanishedPerBucket[b] ?? 0) + 1
    }
  }
  const points: HistoryPoint[] = buckets.map((bucket, i) => ({
    start: new Date(bucket.start).toISOString(),
    likes: bucket.likes,
    watched: bucket.watched,
    likesPer100Watched: bucket.likesPer100Watched,
    vanished: vanishedPerBucket ? (vanishedPerBucket[i] ?? 0) : null,
  }))
  return { unit, points }
}

const STATUSES: readonly LikeStatus[] = ['present', 'in-burst', 'vanished']

/**
 * Every like of the export (and the vanished ones of the older export) with its status, newest first, in columns:
 * a million rows cost three arrays, not a million objects. Built once per view by merging two sorted lists (no sort),
 * cached by the caller; per-status indexes are built on first use.
 */
export interface LikeTable {
  at: Float64Array
  ids: string[]
  /** Index into STATUSES. */
  status: Uint8Array
  byStatus: Map<LikeStatus, Int32Array>
}

export function likeTable(snapshot: ExportSnapshot, events: readonly CauseEvent[], diff: ExportDiff | null): LikeTable {
  const inBurst = new Set<string>()
  for (const e of events) if (e.kind === 'like-burst') for (const id of e.evidence.rowIds) inBurst.add(id)
  const likes = snapshot.likes
  const vanished = diff?.vanished ?? []
  const n = likes.length + vanished.length
  const table: LikeTable = { at: new Float64Array(n), ids: new Array<string>(n), status: new Uint8Array(n), byStatus: new Map() }
  // Both lists are oldest first: walk them from the end to fill newest first.
  let i = likes.length - 1
  let j = vanished.length - 1
  for (let k = 0; k < n; k++) {
    const like = likes[i]
    const gone = vanished[j]
    const takeLike = like !== undefined && (gone === undefined || like.at > gone.at || (like.at === gone.at && like.videoId > gone.videoId))
    const row = (takeLike ? like : gone) as (typeof likes)[number]
    table.at[k] = row.at
    table.ids[k] = row.videoId
    table.status[k] = takeLike ? (inBurst.has(row.videoId) ? 1 : 0) : 2
    if (takeLike) i--
    else j--
  }
  return table
}

function indexOf(table: LikeTable, status: LikeStatus): Int32Array {
  const hit = table.byStatus.get(status)
  if (hit) return hit
  const code = STATUSES.indexOf(status)
  let count = 0
  for (let k = 0; k < table.status.length; k++) if (table.status[k] === code) count++
  const index = new Int32Array(count)
  for (let k = 0, w = 0; k < table.status.length; k++) if (table.status[k] === code) index[w++] = k
  table.byStatus.set(status, index)
  return index
}

export function likesPage(table: LikeTable, req: LikesPageRequest): LikesPage {
  const status = req.status ?? 'all'
  const index = status === 'all' ? null : indexOf(table, status)
  const total = index === null ? table.at.length : index.length
  const offset = Math.max(0, Math.min(req.offset, total))
  const limit = Math.max(0, Math.min(req.limit, 1000))
  const rows: LikeRow[] = []
  for (let i = offset; i < Math.min(total, offset + limit); i++) {
    const position = req.order === 'oldest' ? total - 1 - i : i
    const k = index === null ? position : (index[position] as number)
    const videoId = table.ids[k] as string
    rows.push({
      at: new Date(table.at[k] as number).toISOString(),
      videoId,
      uploadedAt: isoOrNull(uploadTimeFromVideoId(videoId)),
      status: STATUSES[table.status[k] as number] as LikeStatus,
    })
  }
  return { total, offset, rows }
}

/** The table as rows (newest first), for writers that want one record per like such as the CSV export. */
export function likeTableRows(table: LikeTable): Array<{ at: number; videoId: string; status: LikeStatus }> {
  const rows = new Array<{ at: number; videoId: string; status: LikeStatus }>(table.at.length)
  for (let k = 0; k < rows.length; k++) rows[k] = { at: table.at[k] as number, videoId: table.ids[k] as string, status: STATUSES[table.status[k] as number] as LikeStatus }
  return rows
}
