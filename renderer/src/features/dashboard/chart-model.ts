// renderer: pure helpers for the like-history chart: which bucket units stay under ~2,000 points, and where each event sits among the buckets.
import type { CauseEvent } from '@shared/contract/model'
import type { BucketUnit } from '@shared/contract/views'

const DAY = 86_400_000
/** recharts stays smooth below this many bars; above it we ask the engine for a coarser unit. */
export const MAX_POINTS = 2000
const UNIT_DAYS: Readonly<Record<BucketUnit, number>> = { day: 1, week: 7, month: 31 }

export function bucketEstimate(first: string | null, last: string | null, unit: BucketUnit): number {
  const a = Date.parse(first ?? '')
  const b = Date.parse(last ?? '')
  if (Number.isNaN(a) || Number.isNaN(b)) return 0
  return Math.ceil((Math.abs(b - a) / DAY + 1) / (unit === 'month' ? 30.44 : UNIT_DAYS[unit]))
}

export function unitAllowed(first: string | null, last: string | null, unit: BucketUnit): boolean {
  return bucketEstimate(first, last, unit) <= MAX_POINTS
}

/** Days for a few months, weeks for a couple of years, months beyond: enough bars to see a session's spike without crowding. */
export function defaultUnit(first: string | null, last: string | null): BucketUnit {
  const days = bucketEstimate(first, last, 'day')
  if (days <= 120) return 'day'
  if (days <= 1100) return 'week'
  return 'month'
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
