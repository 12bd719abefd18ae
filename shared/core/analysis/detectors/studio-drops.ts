// shared/core: Electron-free. Sharp one-day falls in followers and in likes received (TikTok Studio daily series), worded as consistent with a purge, never as proof.
import { formatDate } from '@shared/contract/dates'
import type { CauseEvent } from '@shared/contract/model'
import type { StudioDay } from '../../snapshot'
import type { DetectorInput } from '../detector-input'
import { DAY_MS, makeEvent, plural } from '../event-factory'
import { formatNumber } from '@shared/contract/numbers'

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
          title: `${plural(lost, 'follower')} lost on ${formatDate(c.day.at)}`,
          explanation: `Your followers fell from ${formatNumber(c.before)} to ${formatNumber(c.day.followers)} in one day (${(share * 100).toFixed(1)} %), while a usual day changes by about ${formatNumber(Math.round(centre))}. A sharp one-day fall like this is consistent with TikTok removing fake or inactive accounts, but the export cannot prove it.`,
          counts: { lost, before: c.before, after: c.day.followers, usualDailyChange: Math.round(centre) },
          rowIds: [`day:${c.day.date}`],
          actions: ['report-problem'],
        },
        options.maxRowIds,
      )
    })
}

/**
 * Likes received: a day with a net negative count (more likes removed than given), or a day whose likes per view
 * fell below a fifth of the account's usual rate while views stayed normal (at least 60 % of the usual day) and at
 * least 50 likes were expected. Both are what a removal of likes looks like — likes fell without reach falling —
 * and neither proves one.
 */
export function detectLikesReceivedDrops({ snapshot, options }: DetectorInput): CauseEvent[] {
  const days = snapshot.studio?.days.filter((d): d is StudioDay & { likes: number } => d.likes !== null) ?? []
  if (days.length < 8) return []
  const usualViews = median(days.map((d) => d.videoViews ?? 0).filter((v) => v > 0))
  const usualRate = median(days.filter((d) => (d.videoViews ?? 0) > 0 && d.likes >= 0).map((d) => d.likes / (d.videoViews as number)))
  const expected = (d: StudioDay): number => (d.videoViews ?? 0) * usualRate
  return days
    .filter((d) => {
      if (d.likes < 0) return -d.likes >= 5
      const reachNormal = usualViews > 0 && d.videoViews !== null && d.videoViews >= 0.6 * usualViews
      return reachNormal && expected(d) >= 50 && d.likes < 0.2 * expected(d)
    })
    .map((d) =>
      makeEvent(
        {
          kind: 'likes-received-drop',
          start: d.at,
          end: d.at + DAY_MS - 1000,
          confidence: d.likes < 0 ? 'medium' : 'low',
          title: d.likes < 0 ? `Net ${plural(-d.likes, 'like')} removed on ${formatDate(d.at)}` : `Likes received fell on ${formatDate(d.at)}`,
          explanation:
            d.likes < 0
              ? `TikTok Studio counts ${formatNumber(d.likes)} likes for ${formatDate(d.at)}: more likes were taken away than given. That is consistent with TikTok removing likes from fake or deleted accounts, but the data cannot prove why.`
              : `You received ${formatNumber(d.likes)} likes on ${formatDate(d.at)} from ${formatNumber(d.videoViews ?? 0)} views; at your usual ${(usualRate * 1000).toFixed(0)} likes per 1,000 views about ${formatNumber(Math.round(expected(d)))} were expected. Likes fell without reach falling, which is consistent with likes being removed, not with fewer people seeing your videos.`,
          counts: { likes: d.likes, expectedLikes: Math.round(expected(d)), views: d.videoViews ?? 0 },
          rowIds: [`day:${d.date}`],
          actions: ['report-problem'],
        },
        options.maxRowIds,
      ),
    )
}

/** Days of baseline before a day is judged, and the share of it below which reach counts as fallen. */
const REACH_BASELINE_DAYS = 28
const REACH_FALL_SHARE = 0.4
/** Once reach has fallen, days under 60 % of the baseline keep the fall going: a partial recovery is not its end. */
const REACH_STILL_LOW_SHARE = 0.6
/** A fall must count this many low days: one quiet day is ordinary. */
const REACH_MIN_DAYS = 3
/** Low days separated by at most this many ordinary days are one fall (a single good day does not end it). */
const REACH_MAX_BREAK = 2

/**
 * Reach fell: video views below 40 % of the median of the 28 days before on 3+ days; the fall lasts while days stay
 * under 60 %, with at most two ordinary days between them. People call this a
 * shadowban; TikTok does not confirm such a thing, so the event says reach fell, shows the numbers, and lists what is
 * known to cause it. Posting during the fall (from the Studio top-videos list or the data archive) raises confidence:
 * fewer views then cannot be explained by not posting.
 */
export function detectReachDrops({ snapshot, options }: DetectorInput): CauseEvent[] {
  const days = snapshot.studio?.days ?? []
  if (days.length < REACH_BASELINE_DAYS + REACH_MIN_DAYS) return []
  const postTimes = [...(snapshot.studio?.videos ?? []).map((v) => v.postedAt), ...snapshot.posts.map((p) => p.at)].filter((t): t is number => t !== null)
  // Each day's share of the median of the 28 days before it (null: too early or unknown).
  const share: Array<number | null> = days.map((d, i) => {
    if (i < REACH_BASELINE_DAYS || d.videoViews === null) return null
    const before = days
      .slice(i - REACH_BASELINE_DAYS, i)
      .map((x) => x.videoViews)
      .filter((v): v is number => v !== null)
    const baseline = median(before)
    return baseline >= 50 ? d.videoViews / baseline : null
  })
  const low = share.map((x) => x !== null && x < REACH_FALL_SHARE)
  const stillLow = share.map((x) => x !== null && x < REACH_STILL_LOW_SHARE)
  const events: CauseEvent[] = []
  for (let i = 0; i < days.length; ) {
    if (!low[i]) {
      i++
      continue
    }
    let j = i
    let lowDays = 1
    for (let k = i + 1; k < days.length && k - j <= REACH_MAX_BREAK + 1; k++) {
      if (stillLow[k]) j = k
      if (low[k]) lowDays++
    }
    if (lowDays >= REACH_MIN_DAYS) {
      const run = days.slice(i, j + 1)
      const first = run[0] as StudioDay
      const last = run[run.length - 1] as StudioDay
      const baseline = Math.round(
        median(
          days
            .slice(i - REACH_BASELINE_DAYS, i)
            .map((x) => x.videoViews)
            .filter((v): v is number => v !== null),
        ),
      )
      const views = run.reduce((s, d) => s + (d.videoViews ?? 0), 0)
      const perDay = Math.round(views / run.length)
      const posted = postTimes.filter((t) => t >= first.at - 2 * DAY_MS && t <= last.at + DAY_MS).length
      events.push(
        makeEvent(
          {
            kind: 'reach-drop',
            start: first.at,
            end: last.at + DAY_MS - 1000,
            confidence: posted > 0 ? 'medium' : 'low',
            title: `Views fell for ${plural(run.length, 'day')} from ${formatDate(first.at)}`,
            explanation:
              `Your videos got about ${formatNumber(perDay)} views a day from ${formatDate(first.at)} to ${formatDate(last.at)}, against about ${formatNumber(baseline)} a day in the four weeks before. ` +
              (posted > 0 ? `You posted ${plural(posted, 'video')} around then, so this is not from posting less. ` : 'The export does not show whether you posted then; fewer posts also mean fewer views. ') +
              'Fewer views mean fewer likes. People call this a "shadowban", but TikTok does not confirm such a thing; known causes of a fall in reach are videos removed or restricted (not eligible for For You), Community Guidelines strikes, and a change in who your audience is.',
            counts: { days: run.length, viewsPerDay: perDay, baselinePerDay: baseline, postsDuring: posted },
            rowIds: run.map((d) => `day:${d.date}`),
            actions: ['check-removed-videos', 'report-problem'],
          },
          options.maxRowIds,
        ),
      )
    }
    i = j + 1
  }
  return events
}
