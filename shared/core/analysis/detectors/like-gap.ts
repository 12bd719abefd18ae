// shared/core: Electron-free. Days of normal watching with far fewer likes than the user's own like rate predicts.
import type { CauseEvent } from '@shared/contract/model'
import type { DetectorInput } from '../detector-input'
import { DAY_MS, dayLabel, makeEvent, plural } from '../event-factory'
import { allKnownLikes } from './like-burst'

interface Day {
  start: number
  watched: number
  liked: number
  expected: number
}

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

export function detectLikeGaps(input: DetectorInput): CauseEvent[] {
  const { snapshot, options } = input
  const watch = snapshot.watchTimes
  if (watch.length === 0) return []
  // Whole UTC days strictly inside the watch history: the first and last day are only partly covered.
  const firstDay = Math.floor((watch[0] as number) / DAY_MS) + 1
  const lastDay = Math.floor((watch[watch.length - 1] as number) / DAY_MS) - 1
  if (lastDay - firstDay < 7) return []
  const days = new Map<number, Day>()
  for (let d = firstDay; d <= lastDay; d++) days.set(d, { start: d * DAY_MS, watched: 0, liked: 0, expected: 0 })
  for (let i = 0; i < watch.length; i++) {
    const day = days.get(Math.floor((watch[i] as number) / DAY_MS))
    if (day) day.watched++
  }
  // Likes that later vanished were still given on that day: count them, or a revert would look like a gap.
  for (const like of allKnownLikes(input)) {
    const day = days.get(Math.floor(like.at / DAY_MS))
    if (day) day.liked++
  }
  const active = [...days.values()].filter((d) => d.watched >= options.gapMinWatched)
  const rate = median(active.map((d) => d.liked / d.watched))
  if (rate <= 0) return []
  for (const d of days.values()) d.expected = d.watched * rate

  const isGap = (d: Day): boolean => d.watched >= options.gapMinWatched && d.expected >= options.gapMinExpectedLikes && d.liked <= options.gapMaxShare * d.expected
  const runs: Day[][] = []
  let run: Day[] = []
  for (let d = firstDay; d <= lastDay + 1; d++) {
    const day = days.get(d)
    if (day && isGap(day)) run.push(day)
    else {
      if (run.length >= options.gapMinDays || (run.length === 1 && run[0] !== undefined && run[0].liked === 0 && run[0].expected >= options.gapSingleDayExpected)) runs.push(run)
      run = []
    }
  }
  return runs.map((r) => {
    const first = r[0] as Day
    const last = r[r.length - 1] as Day
    const watched = r.reduce((s, d) => s + d.watched, 0)
    const liked = r.reduce((s, d) => s + d.liked, 0)
    const expected = Math.round(r.reduce((s, d) => s + d.expected, 0))
    const when = r.length === 1 ? dayLabel(first.start) : `${dayLabel(first.start)} – ${dayLabel(last.start)}`
    return makeEvent(
      {
        kind: 'like-gap',
        start: first.start,
        end: last.start + DAY_MS - 1000,
        confidence: expected >= 50 ? 'medium' : 'low',
        title: `Few likes on ${when} despite normal watching`,
        explanation: `You watched ${plural(watched, 'video')} on ${when} but the export holds only ${plural(liked, 'like')} from those days; at your usual rate (${(rate * 100).toFixed(1)} likes per 100 videos) about ${expected.toLocaleString('en-US')} would be expected. Either you liked less, or likes from those days did not register or were removed before the export.`,
        counts: { days: r.length, watched, liked, expected },
        rowIds: r.map((d) => `day:${new Date(d.start).toISOString().slice(0, 10)}`),
        actions: ['check-connection', 'update-app', 'clear-cache', 'compare-exports'],
      },
      options.maxRowIds,
    )
  })
}
