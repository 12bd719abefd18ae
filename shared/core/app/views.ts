// shared/core: Electron-free. Builds the flat views the app shows from a snapshot and its analysis: the view with its verdict and capped events, history points, pages of likes.
import type { CauseEvent, EventKind } from '@shared/contract/model'
import type { ExportView, HistoryPoint, HistoryRequest, HistoryView, LikeRow, LikesPage, LikesPageRequest, LikeStatus } from '@shared/contract/views'
import { likeHistory } from '../analysis/like-history'
import type { ExportDiff } from '../analysis/diff-exports'
import { orderEvents } from '../analysis/event-order'
import { buildVerdict } from '../analysis/verdict'
import { isoOrNull, uploadTimeFromVideoId } from '../parse/fields'
import type { DatedVideo, ExportSnapshot } from '../snapshot'
import type { VideoList } from '../video-list'

/**
 * Most events of one kind the view carries; the rest are counted in `omittedEvents` (and written to the CSV). Four of a
 * kind tell the story; thirty login changes on a dynamic home connection only bury it.
 */
export const MAX_EVENTS_PER_KIND = 4
/** Vanished clusters are what the comparison found, each drawn on the chart: more of them stay. */
export const MAX_VANISHED_EVENTS = 30

/**
 * Keeps, per kind, the events the verdict names, then those near vanished likes, then the newest; counts what was left
 * out. Hundreds of markers would bury the chart and slow it.
 */
export function capEvents(events: readonly CauseEvent[], mustKeep: ReadonlySet<string>): { kept: CauseEvent[]; omitted: Array<{ kind: EventKind; count: number }> } {
  const byKind = new Map<EventKind, CauseEvent[]>()
  for (const e of events) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e])
  const keep = new Set<string>()
  const omitted: Array<{ kind: EventKind; count: number }> = []
  for (const [kind, list] of byKind) {
    const max = kind === 'vanished-likes' ? MAX_VANISHED_EVENTS : MAX_EVENTS_PER_KIND
    const ranked = [...list].sort(
      (a, b) =>
        Number(mustKeep.has(b.id)) - Number(mustKeep.has(a.id)) ||
        Number(b.nearVanished !== undefined) - Number(a.nearVanished !== undefined) ||
        (a.end < b.end ? 1 : a.end > b.end ? -1 : 0),
    )
    for (const e of ranked.slice(0, max)) keep.add(e.id)
    if (ranked.length > max) omitted.push({ kind, count: ranked.length - max })
  }
  return { kept: events.filter((e) => keep.has(e.id)), omitted }
}

/** What the verdict needs beyond the view itself: the comparison's rows and any doubt about the pairing. */
export interface VerdictContext {
  diff: ExportDiff | null
  doubt: string | null
}

export function exportView(args: Omit<ExportView, 'verdict' | 'omittedEvents'>, context: VerdictContext): ExportView {
  const verdict = buildVerdict({ summary: args.summary, events: args.events, diff: context.diff, doubt: context.doubt })
  const named = new Set([...verdict.lines.map((v) => v.eventId), ...(verdict.mostLikely ? [verdict.mostLikely.eventId] : [])])
  const { kept, omitted } = capEvents(args.events, named)
  const lead = verdict.mostLikely?.eventId ?? null
  const comparison = args.comparison ? { ...args.comparison, events: orderEvents(capEvents(args.comparison.events, named).kept, lead) } : null
  return { ...args, events: orderEvents(kept, lead), comparison, verdict, omittedEvents: omitted }
}

/** Days at most before the view switches to weeks: recharts draws a few thousand bars comfortably, not more. */
export const MAX_POINTS = 2_000

export function historyView(snapshot: ExportSnapshot, req: HistoryRequest, diff: ExportDiff | null): HistoryView {
  const from = req.from ? Date.parse(req.from) : undefined
  const to = req.to ? Date.parse(req.to) : undefined
  const options = { unit: req.unit, timeZone: req.timeZone, from, to }
  const likeTimes = snapshot.likes.times
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
 * a million rows cost two arrays over the export's own like list, not a million objects or strings. Built once per
 * view by merging two sorted lists (no sort), cached by the caller; per-status indexes are built on first use.
 */
export interface LikeTable {
  likes: VideoList
  /** The older export's likes that are gone from this one, oldest first. */
  vanished: readonly DatedVideo[]
  /** Where row k comes from: i ≥ 0 is row i of `likes`; a negative value is `vanished[-1 - value]`. */
  source: Int32Array
  /** Index into STATUSES. */
  status: Uint8Array
  byStatus: Map<LikeStatus, Int32Array>
}

export function likeTable(snapshot: ExportSnapshot, events: readonly CauseEvent[], diff: ExportDiff | null): LikeTable {
  const likes = snapshot.likes
  const times = likes.times
  // A like is in a burst when a burst event names it; only likes inside a burst's span are looked up (and given an id string).
  const inBurst = new Uint8Array(likes.length)
  for (const e of events) {
    if (e.kind !== 'like-burst') continue
    const named = new Set(e.evidence.rowIds)
    // Event times are whole ms; a ms either side keeps a like at a fractional time inside its burst.
    const end = Date.parse(e.end) + 1
    for (let i = likes.indexAtOrAfter(Date.parse(e.start) - 1); i < likes.length && (times[i] as number) < end; i++) {
      if (named.has(likes.idAt(i))) inBurst[i] = 1
    }
  }
  const vanished = diff?.vanished ?? []
  const n = likes.length + vanished.length
  const table: LikeTable = { likes, vanished, source: new Int32Array(n), status: new Uint8Array(n), byStatus: new Map() }
  // Both lists are oldest first: walk them from the end to fill newest first.
  let i = likes.length - 1
  let j = vanished.length - 1
  for (let k = 0; k < n; k++) {
    const gone = vanished[j]
    const at = i >= 0 ? (times[i] as number) : -Infinity
    const takeLike = i >= 0 && (gone === undefined || at > gone.at || (at === gone.at && likes.idAt(i) > gone.videoId))
    if (takeLike) {
      table.source[k] = i
      table.status[k] = inBurst[i] as number
      i--
    } else {
      table.source[k] = -1 - j
      table.status[k] = 2
      j--
    }
  }
  return table
}

/** Time of row k of the table. */
function rowTime(table: LikeTable, k: number): number {
  const from = table.source[k] as number
  return from >= 0 ? (table.likes.times[from] as number) : (table.vanished[-1 - from] as DatedVideo).at
}

/** Video id of row k of the table. */
function rowId(table: LikeTable, k: number): string {
  const from = table.source[k] as number
  return from >= 0 ? table.likes.idAt(from) : (table.vanished[-1 - from] as DatedVideo).videoId
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
  const total = index === null ? table.source.length : index.length
  const offset = Math.max(0, Math.min(req.offset, total))
  const limit = Math.max(0, Math.min(req.limit, 1000))
  const rows: LikeRow[] = []
  for (let i = offset; i < Math.min(total, offset + limit); i++) {
    const position = req.order === 'oldest' ? total - 1 - i : i
    const k = index === null ? position : (index[position] as number)
    const videoId = rowId(table, k)
    rows.push({
      at: new Date(rowTime(table, k)).toISOString(),
      videoId,
      uploadedAt: isoOrNull(uploadTimeFromVideoId(videoId)),
      status: STATUSES[table.status[k] as number] as LikeStatus,
    })
  }
  return { total, offset, rows }
}

/** The table as rows (newest first), for writers that want one record per like such as the CSV export. */
export function likeTableRows(table: LikeTable): Array<{ at: number; videoId: string; status: LikeStatus }> {
  const rows = new Array<{ at: number; videoId: string; status: LikeStatus }>(table.source.length)
  for (let k = 0; k < rows.length; k++) rows[k] = { at: rowTime(table, k), videoId: rowId(table, k), status: STATUSES[table.status[k] as number] as LikeStatus }
  return rows
}
