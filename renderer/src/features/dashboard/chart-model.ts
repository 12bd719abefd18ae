// renderer: pure helpers for the like-history chart: which bucket units stay under ~2,000 points, and where each event sits among the buckets.
import type { CauseEvent } from '@shared/contract/model'
import type { BucketUnit } from '@shared/contract/views'

export const DAY = 86_400_000
/** recharts stays smooth below this many bars; above it we ask the engine for a coarser unit. */
export const MAX_POINTS = 2000
const UNIT_DAYS: Readonly<Record<BucketUnit, number>> = { day: 1, week: 7, month: 31 }

/** A span of dates, as UTC milliseconds (both ends inclusive days). */
export interface TimeSpan {
  from: number
  to: number
}

/** The span from two ISO dates, or null when either is missing or unreadable. */
export function spanOf(first: string | null | undefined, last: string | null | undefined): TimeSpan | null {
  const a = Date.parse(first ?? '')
  const b = Date.parse(last ?? '')
  if (Number.isNaN(a) || Number.isNaN(b)) return null
  return { from: Math.min(a, b), to: Math.max(a, b) }
}

export function bucketEstimate(span: TimeSpan | null, unit: BucketUnit): number {
  if (!span) return 0
  return Math.ceil(((span.to - span.from) / DAY + 1) / (unit === 'month' ? 30.44 : UNIT_DAYS[unit]))
}

export function unitAllowed(span: TimeSpan | null, unit: BucketUnit): boolean {
  return bucketEstimate(span, unit) <= MAX_POINTS
}

/** The chosen unit when it fits the span, else the first coarser one that does. */
export function coarsestNeeded(span: TimeSpan | null, chosen: BucketUnit): BucketUnit {
  if (chosen === 'day' && !unitAllowed(span, 'day')) return unitAllowed(span, 'week') ? 'week' : 'month'
  if (chosen === 'week' && !unitAllowed(span, 'week')) return 'month'
  return chosen
}

/** Days for a few months, weeks for a couple of years, months beyond: enough bars to see a session's spike without crowding. */
export function defaultUnit(span: TimeSpan | null): BucketUnit {
  const days = bucketEstimate(span, 'day')
  if (days <= 120) return 'day'
  if (days <= 1100) return 'week'
  return 'month'
}

/** The dates to open on: the given spans (e.g. groups of vanished likes) widened by a week either side, kept within `within`. */
export function focusSpan(spans: readonly TimeSpan[], within: TimeSpan | null, padDays = 7): TimeSpan | null {
  if (spans.length === 0) return null
  const from = Math.min(...spans.map((s) => s.from)) - padDays * DAY
  const to = Math.max(...spans.map((s) => s.to)) + padDays * DAY
  return within ? { from: Math.max(within.from, from), to: Math.min(within.to, to) } : { from, to }
}

export interface PlacedEvent {
  event: CauseEvent
  /** Index of the first and last bucket the event touches. */
  from: number
  to: number
  /** Drawn as a marker (a moment) rather than a band (a range). */
  moment: boolean
}

function lastAtOrBefore(starts: readonly number[], t: number): number {
  let lo = 0
  let hi = starts.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (starts[mid]! <= t) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** Places events on bucket indices; events more than one bucket outside the history are left off rather than piled onto its edges. */
/** Any chart row with a bucket start (ISO): like-history points, Studio days. */
export interface TimePoint {
  start: string
}

export function placeEvents(points: readonly TimePoint[], unit: BucketUnit, events: readonly CauseEvent[]): PlacedEvent[] {
  if (points.length === 0) return []
  const starts = points.map((p) => Date.parse(p.start))
  const slack = UNIT_DAYS[unit] * DAY
  const first = starts[0]!
  const end = starts[starts.length - 1]! + slack
  const placed: PlacedEvent[] = []
  for (const event of events) {
    const s = Date.parse(event.start)
    const e = Math.max(s, Date.parse(event.end))
    if (Number.isNaN(s) || e < first - slack || s > end + slack) continue
    const from = Math.max(0, lastAtOrBefore(starts, s))
    const to = Math.max(from, lastAtOrBefore(starts, e))
    placed.push({ event, from, to, moment: from === to })
  }
  return placed
}

/** The bucket a placed event's marker points at: its own for a moment, the middle one for a span. */
export function anchorIndex(p: PlacedEvent): number {
  return p.moment ? p.from : Math.floor((p.from + p.to) / 2)
}

/**
 * One marker per bucket: events whose markers would point at the same day (or week, or month) share one marker, which
 * shows the most important one's number and how many more there are. Groups come in bucket order; inside a group the
 * events keep their list order (by `numbers`, the events list's numbering).
 */
export function groupMarkers(placed: readonly PlacedEvent[], numbers?: ReadonlyMap<string, number>): PlacedEvent[][] {
  const byBucket = new Map<number, PlacedEvent[]>()
  for (const p of placed) {
    const key = anchorIndex(p)
    const list = byBucket.get(key) ?? []
    list.push(p)
    byBucket.set(key, list)
  }
  const rank = (p: PlacedEvent): number => numbers?.get(p.event.id) ?? Number.MAX_SAFE_INTEGER
  return [...byBucket.entries()].sort(([a], [b]) => a - b).map(([, list]) => [...list].sort((a, b) => rank(a) - rank(b)))
}

/**
 * The top of a count axis that starts at 0, rounded so its `intervals` ticks fall on round numbers (1, 2, 2.5, 3 or 5
 * times a power of ten): 318 gives 400 (ticks 100 apart), not recharts' own 340 (ticks 85 apart).
 */
export function niceAxisMax(dataMax: number, intervals = 4): number {
  if (!(dataMax > 0) || !Number.isFinite(dataMax)) return intervals
  const raw = dataMax / intervals
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 3, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  // Counts tick in whole numbers: below 1 a step is 1.
  return Math.max(1, step) * intervals
}
