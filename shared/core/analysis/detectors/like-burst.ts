// shared/core: Electron-free. Finds bursts of many likes in a short time (user-reported, not documented, trigger for undone likes).
import { formatDateTime } from '@shared/contract/dates'
import type { CauseEvent } from '@shared/contract/model'
import type { DatedVideo } from '../../snapshot'
import type { VideoList } from '../../video-list'
import type { DetectorInput } from '../detector-input'
import { makeEvent, plural } from '../event-factory'

/**
 * Likes further apart than this end a run of liking: a burst lives inside one run, so ordinary likes before or
 * after a pause are never pulled into it (a sliding hour would otherwise reach them).
 */
export const BURST_PAUSE_MS = 5 * 60_000

/**
 * Bursts as index ranges into sorted like times. Likes are split into runs at pauses longer than BURST_PAUSE_MS; inside a
 * run, every window of `minutes` holding at least `likes` likes is marked (two pointers), and the burst spans the
 * first to the last marked like of the run.
 */
export function findBursts(times: ArrayLike<number>, rules: DetectorInput['options']['burstRules']): Array<{ from: number; to: number }> {
  const bursts: Array<{ from: number; to: number }> = []
  let runStart = 0
  for (let k = 1; k <= times.length; k++) {
    if (k < times.length && (times[k] as number) - (times[k - 1] as number) <= BURST_PAUSE_MS) continue
    let first = -1
    let last = -1
    for (const rule of rules) {
      const window = rule.minutes * 60_000
      let j = runStart
      for (let i = runStart; i < k; i++) {
        if (j < i) j = i
        while (j + 1 < k && (times[j + 1] as number) - (times[i] as number) <= window) j++
        if (j - i + 1 >= rule.likes) {
          if (first < 0 || i < first) first = i
          if (j > last) last = j
        }
      }
    }
    if (first >= 0) bursts.push({ from: first, to: last })
    runStart = k
  }
  return bursts
}

/** Every like known from either export, in list order: a burst whose likes were undone is only visible in the older one. */
export function allKnownLikes({ snapshot, diff }: Pick<DetectorInput, 'snapshot' | 'diff'>): VideoList {
  if (diff === null) return snapshot.likes
  return snapshot.likes.withRows([...diff.vanished, ...diff.beyondWindow])
}

export function detectLikeBursts(input: DetectorInput): CauseEvent[] {
  const { diff, options } = input
  const likes = allKnownLikes(input)
  const vanishedIds = diff ? new Set(diff.vanished.map((l) => l.videoId)) : null
  return findBursts(likes.times, options.burstRules).map(({ from, to }) => {
    const rows = likes.rows(from, to + 1)
    const start = (rows[0] as DatedVideo).at
    const end = (rows[rows.length - 1] as DatedVideo).at
    const minutes = Math.max(1, Math.round((end - start) / 60_000))
    const perMinute = rows.length / minutes
    const vanishedInBurst = vanishedIds ? rows.filter((l) => vanishedIds.has(l.videoId)).length : 0
    return makeEvent(
      {
        kind: 'like-burst',
        start,
        end,
        confidence: 'low',
        title: `${plural(rows.length, 'like')} in ${plural(minutes, 'minute')}`,
        explanation:
          `On ${formatDateTime(start)} you liked ${plural(rows.length, 'video')} in ${plural(minutes, 'minute')} (about ${perMinute.toFixed(1)} a minute). ` +
          'Many users report that likes given this fast are undone later. TikTok publishes no like limit, so this link is reported by users, not documented.' +
          (vanishedInBurst > 0 ? ` ${plural(vanishedInBurst, 'like')} from this burst are gone from your later export.` : ''),
        counts: { likes: rows.length, minutes, vanishedInBurst },
        rowIds: rows.map((l) => l.videoId),
        actions: ['slow-down-liking', 'check-connection'],
      },
      options.maxRowIds,
    )
  })
}
