// shared/core: Electron-free. The creator report's story from TikTok Studio data: the event to lead with, reach versus likes over it, how the yearless dates were placed, and a creator's next steps.
import type { CauseEvent } from '@shared/contract/model'
import type { ExportView, ReportCreatorStory, ReportReach, StudioDayPoint } from '@shared/contract/views'
import { studioLead } from '../analysis/studio-lead'

const DAY = 86_400_000
/** The baseline the reach detector judges a day against: the four weeks before. */
const BASELINE_DAYS = 28
/** Views this far under the baseline count as fallen; a rate within a quarter of before counts as the same. */
const VIEWS_FELL = 0.6
const RATE_SAME = 0.25
/** Fewer views than this over a span say nothing about a rate. */
const MIN_VIEWS_FOR_RATE = 200

/** Steps a creator can take, by what the story leads with. Worded for creators: nothing here is about likes given. */
const STEP = {
  videoStatus: {
    label: 'Check the status of the videos posted just before',
    detail:
      'In TikTok Studio, open each video: one marked "Not eligible for the For You feed", under review or removed explains a fall in views. You can appeal from there.',
  },
  accountStatus: {
    label: 'Check your account status',
    detail: 'In TikTok: Settings and privacy > Account > Account status lists Community Guidelines warnings and any restriction on the account.',
  },
  report: {
    label: 'Report a problem to TikTok',
    detail: 'In TikTok: Settings and privacy > Report a problem. Attach this PDF: it gives the days and the numbers.',
  },
  again: {
    label: 'Download your Studio data again in a few weeks',
    detail: 'Import it with this one: LikeTrace then shows whether views, likes and followers came back.',
  },
  archive: {
    label: 'Add your TikTok data archive',
    detail: 'Settings and privacy > Account > Download your data. With it, LikeTrace shows your own posts with their likes and the posts you deleted.',
  },
} as const

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

/** Views a day (the median for a baseline, as the reach detector judges it; the mean over the event) and likes per 1,000 views. */
function spanStats(days: readonly StudioDayPoint[], baseline: boolean): { views: number | null; rate: number | null } {
  const withViews = days.filter((d) => d.views !== null)
  if (withViews.length === 0) return { views: null, rate: null }
  const views = baseline ? median(withViews.map((d) => d.views ?? 0)) * withViews.length : withViews.reduce((n, d) => n + (d.views ?? 0), 0)
  const both = withViews.filter((d) => d.likes !== null)
  const bothViews = both.reduce((n, d) => n + (d.views ?? 0), 0)
  const rate = bothViews >= MIN_VIEWS_FOR_RATE ? Math.round((both.reduce((n, d) => n + (d.likes ?? 0), 0) / bothViews) * 10_000) / 10 : null
  return { views: Math.round(views / withViews.length), rate }
}

/** Views and likes per 1,000 views over the event's days against the 28 days before it. */
export function reachOver(days: readonly StudioDayPoint[], event: CauseEvent): ReportReach | null {
  const start = Date.parse(event.start)
  const end = Date.parse(event.end)
  const before = spanStats(days.filter((d) => Date.parse(d.date) >= start - BASELINE_DAYS * DAY && Date.parse(d.date) < start), true)
  const during = spanStats(days.filter((d) => Date.parse(d.date) >= start && Date.parse(d.date) <= end), false)
  if (before.views === null || during.views === null || before.views === 0) return null
  const viewsFell = during.views < VIEWS_FELL * before.views
  const rateSame = before.rate !== null && during.rate !== null && Math.abs(during.rate - before.rate) <= RATE_SAME * before.rate
  const rateFell = before.rate !== null && during.rate !== null && during.rate < (1 - RATE_SAME) * before.rate
  const reading = viewsFell && rateSame ? 'reach' : viewsFell && rateFell ? 'both' : !viewsFell && rateFell ? 'likes' : 'unclear'
  return { viewsBefore: before.views, viewsDuring: during.views, rateBefore: before.rate, rateDuring: during.rate, reading }
}

function steps(lead: CauseEvent | null, postsKnown: boolean, withArchive: boolean): ReportCreatorStory['steps'] {
  const order =
    lead?.kind === 'reach-drop'
      ? [STEP.videoStatus, STEP.accountStatus, STEP.report]
      : lead?.kind === 'likes-received-drop'
        ? [STEP.report, STEP.accountStatus, STEP.again]
        : lead?.kind === 'follower-drop'
          ? [STEP.accountStatus, STEP.report, STEP.again]
          : [STEP.again, ...(withArchive ? [] : [STEP.archive])]
  // Without Content.csv or the archive, posting cannot be checked: the archive is the next most useful thing.
  const out = !postsKnown && !withArchive && lead !== null ? [...order.slice(0, 2), STEP.archive] : order
  return out.slice(0, 3).map((s) => ({ label: s.label, detail: s.detail }))
}

export function creatorStory(view: ExportView): ReportCreatorStory | null {
  const studio = view.studio
  if (studio === null) return null
  const lead = studioLead(view.events)
  const postsKnown = studio.topVideos.length > 0 || studio.withArchive
  const first = studio.first === null ? null : new Date(studio.first).getUTCFullYear()
  const last = studio.last === null ? null : new Date(studio.last).getUTCFullYear()
  return {
    leadEventId: lead?.id ?? null,
    reach: lead === null ? null : reachOver(studio.days, lead),
    years: first === null || last === null ? null : { first, last, countedBackFrom: view.summary.exportedAt },
    postsKnown,
    steps: steps(lead, postsKnown, studio.withArchive),
  }
}
