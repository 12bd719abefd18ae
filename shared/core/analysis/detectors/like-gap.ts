// shared/core: Electron-free. Days of normal watching with far fewer likes than the user's own like rate predicts.
import { formatDate, formatRange } from '@shared/contract/dates'
import type { CauseEvent } from '@shared/contract/model'
import type { DetectorInput } from '../detector-input'
import { DAY_MS, makeEvent, plural } from '../event-factory'
import { allKnownLikes } from './like-burst'
import { formatNumber } from '@shared/contract/numbers'

interface Day {
  start: number
  watched: number
  liked: number
  expected: number
}

/** A run is a gap when, as a whole, it got at most the allowed share of the likes its days were expected to hold. */
function qualifies(run: readonly Day[], options: DetectorInput['options']): boolean {
  const watchedDays = run.filter((d) => d.watched >= options.gapMinWatched).length
  const expected = run.reduce((s, d) => s + d.expected, 0)
  const liked = run.reduce((s, d) => s + d.liked, 0)
  if (run.length === 1) return liked === 0 && expected >= options.gapSingleDayExpected
  return watchedDays >= options.gapMinDays && expected >= options.gapMinRunExpectedLikes && liked <= options.gapMaxShare * expected
}

/** Whole days of watch history the gap check needs: a week to learn the like rate, plus the two partly covered ends. */
export const MIN_WATCH_DAYS_FOR_GAPS = 9

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** How many of `times` fall on each of the `dayCount` UTC days from `firstDay` (days since the epoch); others are not counted. */
function countPerDay(times: ArrayLike<number>, firstDay: number, dayCount: number): Uint32Array {
  const counts = new Uint32Array(dayCount)
  for (let i = 0; i < times.length; i++) {
    const d = Math.floor((times[i] as number) / DAY_MS) - firstDay
    if (d >= 0 && d < dayCount) counts[d] = (counts[d] as number) + 1
  }
  return counts
}

export function detectLikeGaps(input: DetectorInput): CauseEvent[] {
  const { snapshot, options } = input
  const watch = snapshot.watchTimes
  if (watch.length === 0) return []
  // Whole UTC days strictly inside the watch history: the first and last day are only partly covered.
  const firstDay = Math.floor((watch[0] as number) / DAY_MS) + 1
  const lastDay = Math.floor((watch[watch.length - 1] as number) / DAY_MS) - 1
  if (lastDay - firstDay < MIN_WATCH_DAYS_FOR_GAPS - 2) return []
  // Counted per day in typed arrays indexed from the first whole day: millions of watch rows, one increment each.
  const dayCount = lastDay - firstDay + 1
  const watchedPerDay = countPerDay(watch, firstDay, dayCount)
  // Likes that later vanished were still given on that day: count them, or a revert would look like a gap.
  const likedPerDay = countPerDay(allKnownLikes(input).times, firstDay, dayCount)
  const days = new Map<number, Day>()
  for (let d = firstDay; d <= lastDay; d++) {
    days.set(d, { start: d * DAY_MS, watched: watchedPerDay[d - firstDay] as number, liked: likedPerDay[d - firstDay] as number, expected: 0 })
  }
  const active = [...days.values()].filter((d) => d.watched >= options.gapMinWatched)
  const rate = median(active.map((d) => d.liked / d.watched))
  if (rate <= 0) return []
  for (const d of days.values()) d.expected = d.watched * rate

  // A day is "low" when it got at most the allowed share of its expected likes (a day without watching expects none,
  // so only a day without likes is low). Runs of low days are judged whole: a day with less watching inside a run of
  // empty days does not end it. Quiet days (below `gapMinWatched`) may sit inside a run but never start or end one.
  const isLow = (d: Day): boolean => d.liked <= options.gapMaxShare * d.expected
  const isWatched = (d: Day): boolean => d.watched >= options.gapMinWatched
  const runs: Day[][] = []
  let run: Day[] = []
  let quiet = 0
  const close = (): void => {
    while (run.length > 0 && !isWatched(run[run.length - 1] as Day)) run.pop()
    if (run.length > 0 && qualifies(run, options)) runs.push(run)
    run = []
    quiet = 0
  }
  for (let d = firstDay; d <= lastDay; d++) {
    const day = days.get(d) as Day
    if (!isLow(day)) {
      close()
      continue
    }
    if (isWatched(day)) {
      quiet = 0
      run.push(day)
    } else if (run.length > 0) {
      if (++quiet > options.gapMaxQuietDays) close()
      else run.push(day)
    }
  }
  close()
  return runs.map((r) => {
    const first = r[0] as Day
    const last = r[r.length - 1] as Day
    const watched = r.reduce((s, d) => s + d.watched, 0)
    const liked = r.reduce((s, d) => s + d.liked, 0)
    const expected = Math.round(r.reduce((s, d) => s + d.expected, 0))
    const single = first === last
    const when = single ? `on ${formatDate(first.start)}` : `from ${formatRange(first.start, last.start, 'to')}`
    const watchedDays = r.filter((d) => d.watched >= options.gapMinWatched)
    const perDay = watchedDays.map((d) => d.watched)
    const range = single ? '' : ` (${formatNumber(Math.min(...perDay))}–${formatNumber(Math.max(...perDay))} a day on ${plural(watchedDays.length, 'day')} of normal watching)`
    const holds = liked === 0 ? 'no likes' : `only ${plural(liked, 'like')}`
    return makeEvent(
      {
        kind: 'like-gap',
        start: first.start,
        end: last.start + DAY_MS - 1000,
        confidence: expected >= 50 ? 'medium' : 'low',
        title: `${liked === 0 ? 'No likes' : 'Few likes'} ${when} despite normal watching`,
        explanation: `You watched ${plural(watched, 'video')} ${when}${range} but the export holds ${holds} from those days; at your usual rate (${(rate * 100).toFixed(1)} likes per 100 videos) about ${formatNumber(expected)} would be expected. Either you liked less, or likes from those days did not register or were removed before the export.`,
        counts: { days: r.length, watchedDays: watchedDays.length, watched, liked, expected },
        rowIds: r.map((d) => `day:${new Date(d.start).toISOString().slice(0, 10)}`),
        actions: ['check-connection', 'update-app', 'clear-cache', 'compare-exports'],
      },
      options.maxRowIds,
    )
  })
}
