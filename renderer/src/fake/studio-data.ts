// renderer: dev/test only. A deterministic TikTok Studio creator (120 days with a planted follower drop, a net like removal and a fall in views) for the fake API.
import { SECTION_NAMES, type CauseEvent, type ExportSummary, type SectionCoverage, type SectionName } from '@shared/contract/model'
import type { ExportView, StudioDayPoint, StudioPostRow, StudioView } from '@shared/contract/views'

const DAY = 86_400_000

export const STUDIO_SAMPLE = {
  studioId: 'imp-studio-2025-11-20',
  combinedId: 'imp-2025-11-27-with-studio',
  account: 'maya.makes',
  first: '2025-07-24T00:00:00.000Z',
  days: 120,
  followerDrop: '2025-09-10T00:00:00.000Z',
  likesRemoved: '2025-10-02T00:00:00.000Z',
  reachFrom: '2025-10-20T00:00:00.000Z',
  reachDays: 6,
  topVideoTitle: 'How I paint clouds in 60 seconds',
}

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let r = Math.imul(a ^ (a >>> 15), 1 | a)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

const iso = (ms: number): string => new Date(ms).toISOString()

function days(): StudioDayPoint[] {
  const random = rng(424242)
  const first = Date.parse(STUDIO_SAMPLE.first)
  const drop = Date.parse(STUDIO_SAMPLE.followerDrop)
  const removed = Date.parse(STUDIO_SAMPLE.likesRemoved)
  const reachFrom = Date.parse(STUDIO_SAMPLE.reachFrom)
  const reachTo = reachFrom + (STUDIO_SAMPLE.reachDays - 1) * DAY
  const out: StudioDayPoint[] = []
  let followers = 4_200
  let previous: number | null = null
  for (let i = 0; i < STUDIO_SAMPLE.days; i++) {
    const at = first + i * DAY
    const weekly = 1 + 0.25 * Math.sin((i / 7) * 2 * Math.PI)
    let views = Math.round((2_400 + i * 12) * weekly * (0.8 + random() * 0.4))
    if (at >= reachFrom && at <= reachTo) views = Math.round(views * 0.22)
    let likes = Math.round(views * (0.085 + random() * 0.02))
    if (at === removed) likes = -140
    followers += Math.round(views / 300 + random() * 6 - 2)
    if (at === drop) followers -= 180
    const unknown = i === STUDIO_SAMPLE.days - 1
    out.push({
      date: iso(at),
      likes: unknown ? null : likes,
      views: unknown ? null : views,
      profileViews: unknown ? null : Math.round(views * 0.02),
      comments: unknown ? null : Math.round(views * 0.004),
      shares: unknown ? null : Math.round(views * 0.006),
      followers: unknown ? null : followers,
      followerChange: unknown || previous === null ? null : followers - previous,
      likesPer1000Views: unknown || views === 0 ? null : Math.round((likes / views) * 10_000) / 10,
    })
    previous = unknown ? null : followers
  }
  return out
}

function studioEvents(): CauseEvent[] {
  const ev = (e: Omit<CauseEvent, 'id'>): CauseEvent => ({ ...e, id: `${e.kind}@${e.start}` })
  const dayEnd = (start: string, n = 1): string => iso(Date.parse(start) + n * DAY - 1000)
  const reachDays = Array.from({ length: STUDIO_SAMPLE.reachDays }, (_, i) => `day:${iso(Date.parse(STUDIO_SAMPLE.reachFrom) + i * DAY).slice(0, 10)}`)
  return [
    ev({
      kind: 'likes-received-drop',
      start: STUDIO_SAMPLE.likesRemoved,
      end: dayEnd(STUDIO_SAMPLE.likesRemoved),
      confidence: 'medium',
      title: 'Net 140 likes removed on 2 October 2025',
      explanation:
        'TikTok Studio counts -140 likes for 2 October 2025: more likes were taken away than given. That is consistent with TikTok removing likes from fake or deleted accounts, but the data cannot prove why.',
      evidence: { counts: { likes: -140, expectedLikes: 250, views: 2_900 }, rowIds: ['day:2025-10-02'], rowIdsTruncated: false },
      actions: ['report-problem'],
    }),
    ev({
      kind: 'follower-drop',
      start: STUDIO_SAMPLE.followerDrop,
      end: dayEnd(STUDIO_SAMPLE.followerDrop),
      confidence: 'medium',
      title: '180 followers lost on 10 September 2025',
      explanation:
        'Your followers fell by about 180 in one day (4 %), while a usual day changes by about +8. A sharp one-day fall like this is consistent with TikTok removing fake or inactive accounts, but the export cannot prove it.',
      evidence: { counts: { lost: 180, usualDailyChange: 8 }, rowIds: ['day:2025-09-10'], rowIdsTruncated: false },
      actions: ['report-problem'],
    }),
    ev({
      kind: 'reach-drop',
      start: STUDIO_SAMPLE.reachFrom,
      end: dayEnd(STUDIO_SAMPLE.reachFrom, STUDIO_SAMPLE.reachDays),
      confidence: 'low',
      title: `Views fell for ${STUDIO_SAMPLE.reachDays} days from 20 October 2025`,
      explanation:
        'Your videos got about 700 views a day from 20 to 25 October 2025, against about 3,100 a day in the four weeks before. Fewer views mean fewer likes. People call this a "shadowban", but TikTok does not confirm such a thing.',
      evidence: { counts: { days: STUDIO_SAMPLE.reachDays, viewsPerDay: 700, baselinePerDay: 3_100, postsDuring: 0 }, rowIds: reachDays, rowIdsTruncated: false },
      actions: ['check-removed-videos', 'report-problem'],
    }),
  ]
}

const VIDEO_TITLES = [
  STUDIO_SAMPLE.topVideoTitle,
  'Watercolour sunset, start to finish',
  'Three brushes are all you need',
  'Painting my cat (she did not sit still)',
  'Why my greens stopped looking muddy',
  'Five-minute sketchbook warm-up',
]

function studioView(withArchive: boolean): StudioView {
  const d = days()
  const counted = d.filter((x) => x.followers !== null)
  const likes = d.reduce((s, x) => s + (x.likes ?? 0), 0)
  const views = d.reduce((s, x) => s + (x.views ?? 0), 0)
  const losses = d.filter((x) => (x.followerChange ?? 0) < 0)
  const posted = (i: number): number => Date.parse('2025-11-10T00:00:00Z') - i * 9 * DAY
  const posts: StudioPostRow[] = withArchive
    ? Array.from({ length: 26 }, (_, i) => ({ at: iso(posted(i) + 17 * 3_600_000), videoId: `75${String(7_000_000_000_000_000 + i * 7919).padStart(17, '0')}`, title: VIDEO_TITLES[i % VIDEO_TITLES.length] ?? null, likes: 900 - i * 31, deletedAt: null }))
    : []
  return {
    account: STUDIO_SAMPLE.account,
    first: d[0]?.date ?? null,
    last: d[d.length - 1]?.date ?? null,
    days: d,
    totals: {
      likes,
      views,
      followersFirst: counted[0]?.followers ?? null,
      followersLast: counted[counted.length - 1]?.followers ?? null,
      followerLossDays: losses.length,
      followersLost: losses.reduce((s, x) => s - (x.followerChange ?? 0), 0),
      likesPer1000Views: Math.round((likes / views) * 10_000) / 10,
    },
    topVideos: VIDEO_TITLES.map((title, i) => ({
      videoId: `75${String(7_100_000_000_000_000 + i * 104_729).padStart(17, '0')}`,
      title,
      url: `https://www.tiktok.com/@${STUDIO_SAMPLE.account}/video/75${String(7_100_000_000_000_000 + i * 104_729).padStart(17, '0')}`,
      postedAt: iso(posted(i)),
      likes: Math.round(48_000 / (i + 1)),
      views: Math.round(510_000 / (i + 1)),
      comments: Math.round(900 / (i + 1)),
      shares: Math.round(1_400 / (i + 1)),
    })),
    posts,
    deletedPosts: withArchive ? [{ at: '2025-10-28T18:00:00.000Z', videoId: '7566000000000000001', title: 'Old tutorial (re-upload)', likes: 312, deletedAt: '2025-11-22T09:15:00.000Z' }] : [],
    withArchive,
    followerGender: [
      { label: 'Female', share: 0.64 },
      { label: 'Male', share: 0.34 },
      { label: 'Other', share: 0.02 },
    ],
    followerTerritories: [
      { label: 'US', share: 0.41 },
      { label: 'GB', share: 0.18 },
      { label: 'CA', share: 0.09 },
      { label: 'Others', share: 0.32 },
    ],
  }
}

/** The Studio-only view (four CSVs dropped, no data archive). `base` lends the empty section coverage. */
export function studioOnlyView(base: ExportSummary): ExportView {
  const studio = studioView(false)
  const events = studioEvents()
  const summary: ExportSummary = {
    ...base,
    format: 'studio-csv',
    generation: null,
    exportedAt: '2025-11-20T00:00:00.000Z',
    exportedAtSource: 'file-name',
    partial: false,
    missingCategories: [],
    account: { username: null, uid: null },
    files: ['Overview.csv', 'FollowerHistory.csv', 'Viewers.csv', 'Content.csv'].map((path) => ({ path, role: 'studio', bytes: 9_000 })),
    ignoredFileCount: 0,
    sections: {
      ...(Object.fromEntries(SECTION_NAMES.map((k) => [k, { present: false, empty: false, count: 0, first: null, last: null, retentionDays: null }])) as Record<SectionName, SectionCoverage>),
      studio: { days: studio.days.length, first: studio.first, last: studio.last, files: ['Overview.csv', 'FollowerHistory.csv', 'Viewers.csv', 'Content.csv'] },
    },
    settings: { likedVideosVisibility: null, privateAccount: null },
    warnings: [],
  }
  return {
    exportId: STUDIO_SAMPLE.studioId,
    sourceName: 'Overview.csv, FollowerHistory.csv, Viewers.csv, Content.csv',
    summary,
    events,
    verdict: {
      status: 'creator',
      text: `These TikTok Studio files cover ${studio.days.length} days of likes received, views and followers; they hold no likes you gave. The change to look at first: net 140 likes removed on 2 October 2025 (medium confidence).`,
      headline: { value: 2, label: 'changes to look at' },
      mostLikely: { eventId: events[0]!.id, kind: 'likes-received-drop', confidence: 'medium', explains: 0, text: 'Net 140 likes removed on 2 October 2025.' },
      lines: [{ eventId: events[1]!.id, kind: 'follower-drop', confidence: 'medium', role: 'cause', text: '180 followers lost on 10 September 2025.' }],
      nextSteps: [],
      doubt: null,
    },
    comparison: null,
    omittedEvents: [],
    studio,
  }
}

/** The data archive and the Studio CSVs of the same account in one import: likes given and likes received. */
export function combinedView(archive: ExportView): ExportView {
  const events = [...archive.events, ...studioEvents()]
  return { ...archive, exportId: STUDIO_SAMPLE.combinedId, sourceName: `${archive.sourceName}, Overview.csv, FollowerHistory.csv`, events, comparison: null, studio: studioView(true) }
}
