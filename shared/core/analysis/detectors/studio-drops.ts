// shared/core: Electron-free. Sharp one-day falls in followers and in likes received (TikTok Studio daily series), worded as consistent with a purge, never as proof.
import type { CauseEvent } from '@shared/contract/model'
import type { StudioDay } from '../../snapshot'
import type { DetectorInput } from '../detector-input'
import { DAY_MS, dayLabel, makeEvent, plural } from '../event-factory'

function median(values: readonly number[]): number {
  if (values.length === 0) return 0
  const s = [...values].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

/** Robust spread: median absolute deviation scaled to a normal standard deviation. */
function spread(values: readonly number[], centre: number): number {
  return 1.4826 * median(values.map((v) => Math.abs(v - centre)))
}

/**
 * A follower drop is a one-day fall far outside the account's usual daily change: below the median change by more
 * than six robust standard deviations, and at least 10 followers and 0.3 % of the audience.
 */
export function detectFollowerDrops({ snapshot, options }: DetectorInput): CauseEvent[] {
  const days = snapshot.studio?.days.filter((d): d is StudioDay & { followers: number } => d.followers !== null) ?? []
  if (days.length < 8) return []
  const changes = days.slice(1).map((d, i) => ({ day: d, change: d.followers - (days[i] as StudioDay & { followers: number }).followers, before: (days[i] as StudioDay & { followers: number }).followers }))
  const centre = median(changes.map((c) => c.change))
  const sd = spread(
    changes.map((c) => c.change),
    centre,
  )
  return changes
    .filter((c) => c.change < 0 && -c.change >= Math.max(10, 0.003 * c.before) && c.change < centre - 6 * (sd + 1))
    .map((c) => {
      const lost = -c.change
      const share = c.before > 0 ? lost / c.before : 0
      return makeEvent(
        {
          kind: 'follower-drop',
          start: c.day.at,
          end: c.day.at + DAY_MS - 1000,
          confidence: share >= 0.01 ? 'medium' : 'low',
          title: `${plural(lost, 'follower')} lost on ${dayLabel(c.day.at)}`,
          explanation: `Your followers fell from ${c.before.toLocaleString('en-US')} to ${c.day.followers.toLocaleString('en-US')} in one day (${(share * 100).toFixed(1)} %), while a usual day changes by about ${Math.round(centre).toLocaleString('en-US')}. A sharp one-day fall like this is consistent with TikTok removing fake or inactive accounts, but the export cannot prove it.`,
          counts: { lost, before: c.before, after: c.day.followers, usualDailyChange: Math.round(centre) },
          rowIds: [`day:${c.day.date}`],
          actions: ['report-problem'],
        },
        options.maxRowIds,
      )
    })
}

/**
 * Likes received: a day with a net negative count (more likes removed than given), or a fall below a fifth of the
 * usual level while views stay normal. Both are what a removal of fake likes looks like, and neither proves one.
 */
export function detectLikesReceivedDrops({ snapshot, options }: DetectorInput): CauseEvent[] {
  const days = snapshot.studio?.days.filter((d): d is StudioDay & { likes: number } => d.likes !== null) ?? []
  if (days.length < 8) return []
  const usualLikes = median(days.map((d) => d.likes))
  const usualViews = median(days.map((d) => d.videoViews ?? 0).filter((v) => v > 0))
  return days
    .filter((d) => {
      if (d.likes < 0) return -d.likes >= 5
      const reachNormal = usualViews > 0 && d.videoViews !== null && d.videoViews >= 0.6 * usualViews
      return usualLikes >= 50 && d.likes < 0.2 * usualLikes && reachNormal
    })
    .map((d) =>
      makeEvent(
        {
          kind: 'likes-received-drop',
          start: d.at,
          end: d.at + DAY_MS - 1000,
          confidence: d.likes < 0 ? 'medium' : 'low',
          title: d.likes < 0 ? `Net ${plural(-d.likes, 'like')} removed on ${dayLabel(d.at)}` : `Likes received fell on ${dayLabel(d.at)}`,
          explanation:
            d.likes < 0
              ? `TikTok Studio counts ${d.likes.toLocaleString('en-US')} likes for ${dayLabel(d.at)}: more likes were taken away than given. That is consistent with TikTok removing likes from fake or deleted accounts, but the data cannot prove why.`
              : `You received ${d.likes.toLocaleString('en-US')} likes on ${dayLabel(d.at)} against a usual ${Math.round(usualLikes).toLocaleString('en-US')}, while views stayed normal (${(d.videoViews ?? 0).toLocaleString('en-US')}). Likes fell without reach falling, which is consistent with likes being removed, not with fewer people seeing your videos.`,
          counts: { likes: d.likes, usualLikes: Math.round(usualLikes), views: d.videoViews ?? 0 },
          rowIds: [`day:${d.date}`],
          actions: ['report-problem'],
        },
        options.maxRowIds,
      ),
    )
}
