// renderer: dev/test only. A deterministic, realistic in-memory account (two exports of one user, one partial TXT export of another) behind the fake API.
import type { FakeApiData } from '../api'
import type { CauseEvent, ExportSummary, SectionCoverage, SectionName } from '@shared/contract/model'
import { sampleSourceName } from '@shared/contract/sample'
import type { Warning } from '@shared/contract/result'
import type {
  BucketUnit,
  ComparisonView,
  ExportView,
  HistoryPoint,
  HistoryRequest,
  HistoryView,
  ImportListing,
  ImportProgress,
  LikeRow,
  LikeStatus,
  LikesPage,
  LikesPageRequest,
  ReportData,
  ReportRequest,
} from '@shared/contract/views'
import { ACTION_TEXT } from '@shared/contract/actions'
import type { ActionId } from '@shared/contract/model'
import { combinedView, STUDIO_SAMPLE, studioOnlyView } from './studio-data'

const DAY = 86_400_000
const t = (iso: string): number => Date.parse(iso)
const iso = (ms: number): string => new Date(ms).toISOString()

/** mulberry32: small, seeded, good enough for fake data. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let r = Math.imul(a ^ (a >>> 15), 1 | a)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}

interface Like {
  at: number
  videoId: string
  /** Present in the older export, gone from the newer one. */
  vanished: boolean
  inBurst: boolean
}

/** The id's top 32 bits are the upload time in seconds, as in TikTok's real ids. */
function videoId(uploadMs: number, random: () => number): string {
  const high = BigInt(Math.floor(uploadMs / 1000))
  const low = BigInt(Math.floor(random() * 0xffffffff))
  return ((high << 32n) | low).toString()
}

export const SAMPLE = {
  newerId: 'imp-2025-11-27',
  olderId: 'imp-2025-08-30',
  txtId: 'imp-2024-05-02-txt',
  newerExportedAt: '2025-11-27T13:05:00.000Z',
  olderExportedAt: '2025-08-30T08:40:00.000Z',
  burst: { start: '2025-08-14T18:02:00.000Z', end: '2025-08-14T18:26:00.000Z', likes: 350 },
  clusters: [
    { start: '2025-08-14T18:02:00.000Z', end: '2025-08-14T18:26:00.000Z', count: 182, keptInSpan: 168 },
    { start: '2025-07-24T17:05:00.000Z', end: '2025-07-25T09:30:00.000Z', count: 47, keptInSpan: 12 },
    { start: '2024-11-03T20:10:00.000Z', end: '2024-11-03T22:40:00.000Z', count: 9, keptInSpan: 31 },
  ],
  gap: { start: '2024-06-10T00:00:00.000Z', end: '2024-06-23T23:59:59.000Z' },
  firstLike: '2023-03-01T00:00:00.000Z',
  watchFrom: '2025-05-31T12:46:08.000Z',
}

function buildLikes(total: number, seed: number): Like[] {
  const random = rng(seed)
  const from = t(SAMPLE.firstLike)
  const to = t('2025-11-26T22:10:15.000Z')
  const gapFrom = t(SAMPLE.gap.start)
  const gapTo = t(SAMPLE.gap.end)
  const days = Math.ceil((to - from) / DAY)
  // Weekly rhythm and slow growth, so the chart looks like a person rather than noise.
  const weights: number[] = []
  let sum = 0
  for (let d = 0; d < days; d++) {
    const at = from + d * DAY
    const w = at >= gapFrom && at <= gapTo ? 0 : (1 + 0.45 * Math.sin((d / 7) * 2 * Math.PI)) * (0.6 + d / days) * (0.7 + 0.6 * random())
    sum += w
    weights.push(sum)
  }
  const likes: Like[] = []
  const regular = Math.max(0, total - SAMPLE.burst.likes + SAMPLE.clusters[0]!.count)
  for (let i = 0; i < regular; i++) {
    const target = random() * sum
    let lo = 0
    let hi = weights.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (weights[mid]! < target) lo = mid + 1
      else hi = mid
    }
    const at = from + lo * DAY + Math.floor(random() * DAY)
    likes.push({ at, videoId: videoId(at - random() * 40 * DAY, random), vanished: false, inBurst: false })
  }
  // The burst: 350 likes in 24 minutes; the first 182 of them vanished by the newer export.
  const bFrom = t(SAMPLE.burst.start)
  const bSpan = t(SAMPLE.burst.end) - bFrom
  for (let i = 0; i < SAMPLE.burst.likes; i++) {
    const at = bFrom + Math.floor((i / SAMPLE.burst.likes) * bSpan)
    likes.push({ at, videoId: videoId(at - random() * 5 * DAY, random), vanished: i < SAMPLE.clusters[0]!.count, inBurst: true })
  }
  for (const cluster of SAMPLE.clusters.slice(1)) {
    const cFrom = t(cluster.start)
    const cSpan = t(cluster.end) - cFrom
    for (let i = 0; i < cluster.count; i++) {
      const at = cFrom + Math.floor(random() * cSpan)
      likes.push({ at, videoId: videoId(at - random() * 20 * DAY, random), vanished: true, inBurst: false })
    }
  }
  likes.sort((a, b) => b.at - a.at)
  return likes
}

interface Slice {
  /** Newest first. */
  rows: LikeRow[]
  watchFrom: number | null
}

function toRow(like: Like, status: LikeStatus): LikeRow {
  const high = Number(BigInt(like.videoId) >> 32n)
  return { at: iso(like.at), videoId: like.videoId, uploadedAt: high > 0 ? iso(high * 1000) : null, status }
}

function bucketStart(ms: number, unit: BucketUnit): number {
  const d = new Date(ms)
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
  if (unit === 'day') return day
  if (unit === 'week') return day - ((d.getUTCDay() + 6) % 7) * DAY
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
}

function nextBucket(ms: number, unit: BucketUnit): number {
  if (unit === 'day') return ms + DAY
  if (unit === 'week') return ms + 7 * DAY
  const d = new Date(ms)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
}

function history(slice: Slice, vanished: LikeRow[] | null, req: HistoryRequest): HistoryView {
  const rows = slice.rows
  if (rows.length === 0) return { unit: req.unit, points: [] }
  const first = Math.max(t(rows[rows.length - 1]!.at), req.from ? t(req.from) : -Infinity)
  const last = Math.min(t(rows[0]!.at), req.to ? t(req.to) : Infinity)
  const byBucket = new Map<number, { likes: number; vanished: number; watched: number }>()
  let cursor = bucketStart(first, req.unit)
  while (cursor <= last) {
    byBucket.set(cursor, { likes: 0, vanished: 0, watched: 0 })
    cursor = nextBucket(cursor, req.unit)
  }
  for (const row of rows) {
    const b = byBucket.get(bucketStart(t(row.at), req.unit))
    if (b) b.likes++
  }
  for (const row of vanished ?? []) {
    const b = byBucket.get(bucketStart(t(row.at), req.unit))
    if (b) b.vanished++
  }
  const points: HistoryPoint[] = []
  for (const [start, b] of byBucket) {
    const end = nextBucket(start, req.unit)
    const watchedDays = slice.watchFrom === null ? 0 : Math.max(0, Math.min(end, last) - Math.max(start, slice.watchFrom)) / DAY
    const watched = watchedDays > 0 ? Math.round(b.likes * 7.5 + watchedDays * (260 + 80 * Math.sin(start / (9 * DAY)))) : null
    points.push({
      start: iso(start),
      likes: b.likes,
      watched,
      likesPer100Watched: watched ? Math.round((b.likes / watched) * 1000) / 10 : null,
      vanished: vanished ? b.vanished : null,
    })
  }
  return { unit: req.unit, points }
}

function likesPage(slice: Slice, vanished: LikeRow[] | null, req: LikesPageRequest): LikesPage {
  let rows = vanished ? mergeNewestFirst(slice.rows, vanished) : slice.rows
  if (req.status && req.status !== 'all') rows = rows.filter((r) => r.status === req.status)
  const total = rows.length
  const page: LikeRow[] = []
  for (let i = req.offset; i < Math.min(total, req.offset + req.limit); i++) {
    const row = req.order === 'oldest' ? rows[total - 1 - i] : rows[i]
    if (row) page.push(row)
  }
  return { total, offset: req.offset, rows: page }
}

const mergedCache = new WeakMap<LikeRow[], LikeRow[]>()
function mergeNewestFirst(a: LikeRow[], b: LikeRow[]): LikeRow[] {
  const cached = mergedCache.get(a)
  if (cached) return cached
  const merged = [...a, ...b].sort((x, y) => t(y.at) - t(x.at))
  mergedCache.set(a, merged)
  return merged
}

function section(present: boolean, count: number, first: string | null, last: string | null, retentionDays: number | null = null): SectionCoverage {
  return { present, empty: present && count === 0, count, first: present ? first : null, last: present ? last : null, retentionDays }
}

function summary(opts: {
  exportedAt: string
  likes: LikeRow[]
  username: string
  format?: ExportSummary['format']
  generation?: ExportSummary['generation']
  partial?: boolean
  missing?: string[]
  warnings?: Warning[]
  watch?: boolean
}): ExportSummary {
  const first = opts.likes[opts.likes.length - 1]?.at ?? null
  const last = opts.likes[0]?.at ?? null
  const exported = t(opts.exportedAt)
  const recent = iso(exported - 180 * DAY)
  const w = opts.watch !== false
  const sections: Record<SectionName, SectionCoverage> = {
    likes: section(true, opts.likes.length, first, last),
    favorites: section(true, Math.round(opts.likes.length * 0.08), first, last),
    watchHistory: section(w, w ? 62_800 : 0, recent, opts.exportedAt, 180),
    logins: section(w, w ? 3_000 : 0, recent, opts.exportedAt, 180),
    searches: section(true, 200, recent, opts.exportedAt, 180),
    shares: section(true, 150, recent, opts.exportedAt, 180),
    followers: section(true, 300, '2021-02-01T10:00:00.000Z', opts.exportedAt),
    following: section(true, 400, '2021-01-20T10:00:00.000Z', opts.exportedAt),
    blocked: section(true, 2, '2022-10-20T08:05:22.000Z', '2025-04-26T13:20:00.000Z'),
    posts: section(!opts.partial, opts.partial ? 0 : 25, '2021-02-19T05:50:18.000Z', '2025-11-06T08:06:02.000Z'),
    deletedPosts: section(!opts.partial, opts.partial ? 0 : 1, '2025-11-25T09:15:00.000Z', '2025-11-25T09:15:00.000Z', 30),
    comments: section(true, 120, '2021-03-01T10:00:00.000Z', opts.exportedAt),
  }
  return {
    format: opts.format ?? 'json',
    generation: opts.generation ?? 'C',
    exportedAt: opts.exportedAt,
    exportedAtSource: 'signed-url',
    partial: opts.partial ?? false,
    missingCategories: opts.missing ?? [],
    account: { username: opts.username, uid: null },
    files: [{ path: 'user_data_tiktok.json', role: 'json', bytes: 10_480_221 }],
    ignoredFileCount: 0,
    sections,
    settings: { likedVideosVisibility: 'Myself', privateAccount: 'Disabled' },
    warnings: opts.warnings ?? [],
  }
}

function ev(e: Omit<CauseEvent, 'id' | 'evidence'> & { evidence?: Partial<CauseEvent['evidence']> }): CauseEvent {
  return {
    ...e,
    id: `${e.kind}@${e.start}`,
    evidence: { counts: {}, rowIds: [], rowIdsTruncated: false, ...e.evidence },
  }
}

function newerEvents(vanishedIds: string[]): CauseEvent[] {
  return [
    ev({
      kind: 'like-burst',
      start: SAMPLE.burst.start,
      end: SAMPLE.burst.end,
      confidence: 'high',
      title: 'You liked 350 videos in 24 minutes',
      explanation:
        'On 14 Aug 2025 between 18:02 and 18:26 UTC you liked 350 videos, about one every 4 seconds. Users report that TikTok undoes likes given this fast, and 182 of these likes are missing from your newer export. 1 of the 3 groups of vanished likes began within a day of this.',
      evidence: { counts: { likes: 350, windowMinutes: 24, vanishedSince: 182 }, rowIds: vanishedIds.slice(0, 12), rowIdsTruncated: true },
      actions: ['slow-down-liking', 'report-problem', 'compare-exports'],
      nearVanished: { clusters: 1, ofClusters: 3 },
    }),
    ev({
      kind: 'vanished-likes',
      start: SAMPLE.clusters[0]!.start,
      end: SAMPLE.clusters[0]!.end,
      confidence: 'high',
      title: '182 likes from one evening vanished',
      explanation:
        'Your export of 30 August 2025 has 182 likes from the evening of 14 August 2025 that your export of 27 November 2025 no longer has. 168 likes from the same minutes are still there, so part of one session was undone rather than the whole account.',
      evidence: { counts: { vanished: 182, keptInSpan: 168 }, rowIds: vanishedIds.slice(0, 12), rowIdsTruncated: true },
      actions: ['report-problem', 'check-removed-videos'],
    }),
    ev({
      kind: 'like-gap',
      start: SAMPLE.gap.start,
      end: SAMPLE.gap.end,
      confidence: 'medium',
      title: 'No likes for 14 days',
      explanation:
        'Between 10 and 23 June 2024 the export has no likes at all, while you liked about 9 videos a day before and after. Either you took a break, or likes from those days were lost before the export was made.',
      evidence: { counts: { days: 14, likesPerDayBefore: 9, likesPerDayAfter: 10 }, rowIds: ['day:2024-06-10', 'day:2024-06-23'] },
      actions: ['compare-exports', 'request-new-export'],
    }),
    ev({
      kind: 'os-change',
      start: '2025-07-24T16:49:01.000Z',
      end: '2025-07-24T16:49:01.000Z',
      confidence: 'low',
      title: "Your Android phone's system was updated",
      explanation:
        "On 24 Jul 2025, 16:49 UTC your Android phone logged in with a newer system than before, so the system (and probably the TikTok app) was updated. It reported Android 13 before and Android 14 now. Updates can reset the app's cache; reports of likes disappearing after updates exist, but they are anecdotes. 1 of the 3 groups of vanished likes began within a day of this.",
      evidence: { counts: { loginsFromThen: 2042 }, rowIds: ['login:2025-07-24T16:49:01.000Z', 'system:Pixel 7 Android 14'] },
      actions: ['update-app', 'clear-cache', 'log-out-and-in'],
      nearVanished: { clusters: 1, ofClusters: 3 },
    }),
    ev({
      kind: 'new-network',
      start: '2025-09-15T16:12:50.000Z',
      end: '2025-09-15T16:12:50.000Z',
      confidence: 'low',
      title: 'Logged in from a new Wi-Fi network',
      explanation:
        'On 15 Sep 2025, 16:12 UTC your account connected from a Wi-Fi network not seen before in your login history (listed in the evidence). Likes given on an unstable or switching connection may not reach TikTok.',
      evidence: { counts: { loginsFromThen: 1191 }, rowIds: ['login:2025-09-15T16:12:50.000Z', 'network:81.237.x.x'] },
      actions: ['check-connection', 'secure-account'],
    }),
    ev({
      kind: 'new-device',
      start: '2025-07-11T21:39:29.000Z',
      end: '2025-07-11T21:39:29.000Z',
      confidence: 'low',
      title: 'Logged in on a new Android phone',
      explanation:
        'On 11 Jul 2025, 21:39 UTC your account logged in on an Android phone not seen before in your login history (the exact model is listed in the evidence). There is no public evidence that a new device removes likes.',
      evidence: { counts: { loginsFromThen: 2271 }, rowIds: ['login:2025-07-11T21:39:29.000Z', 'device:SM-G973U'] },
      actions: ['log-out-and-in', 'secure-account'],
    }),
    ev({
      kind: 'retention-window',
      start: SAMPLE.watchFrom,
      end: SAMPLE.newerExportedAt,
      confidence: 'low',
      title: 'The watch history covers only the last 180 days',
      explanation:
        'TikTok keeps about six months of watch history, while your likes go back to 1 March 2023. Before 31 May 2025, LikeTrace cannot compare likes with your watch history; that is a limit of the export, not a sign of lost likes.',
      evidence: { counts: { rows: 62_800, days: 180 } },
      actions: [],
    }),
    ev({
      kind: 'deleted-posts',
      start: '2025-11-25T00:00:00.000Z',
      end: '2025-11-25T23:59:59.000Z',
      confidence: 'medium',
      title: 'You deleted 1 post on 25 Nov 2025',
      explanation: '1 post of yours was deleted on 25 November 2025, taking 14 likes with it. Likes on a deleted post disappear from your likes-received total.',
      evidence: { counts: { posts: 1, likesOnPosts: 14 }, rowIds: ['post:2025-11-25T09:15:00.000Z'] },
      actions: [],
    }),
    ev({
      kind: 'liked-videos-private',
      start: SAMPLE.newerExportedAt,
      end: SAMPLE.newerExportedAt,
      confidence: 'medium',
      title: 'Others cannot see your liked videos',
      explanation:
        'Your setting "Who can view videos I liked" was "Myself" when the export was made. With it, other people see an empty or hidden Liked tab even though your likes are still there. It does not delete likes.',
      actions: ['check-liked-privacy'],
    }),
  ]
}

function txtEvents(firstLike: string, exportedAt: string): CauseEvent[] {
  return [
    ev({
      kind: 'possible-truncation',
      start: firstLike,
      end: firstLike,
      confidence: 'high',
      title: 'The like list may be cut off by the export',
      explanation:
        'The like list holds exactly 6,000 likes, a size at which TikTok has cut exports off before. Likes older than the first one in this file are likely missing from the file, not from your account.',
      evidence: { counts: { likes: 6000 } },
      actions: ['request-new-export', 'compare-exports'],
    }),
    ev({
      kind: 'partial-export',
      start: exportedAt,
      end: exportedAt,
      confidence: 'medium',
      title: 'Some categories were left out of this export',
      explanation: 'The export was requested without "Activity" and "Posts", so LikeTrace cannot check your watch history or logins against your likes.',
      evidence: { counts: { missingCategories: 2 } },
      actions: ['request-new-export'],
    }),
    ev({
      kind: 'missing-section',
      start: exportedAt,
      end: exportedAt,
      confidence: 'low',
      title: 'The export has no watch history',
      explanation: 'Without watch history LikeTrace cannot tell a quiet week from a week whose likes were lost.',
      actions: ['request-new-export'],
    }),
  ]
}

export interface SampleOptions {
  likes?: number
  seed?: number
}

/** Builds the whole fake account. ~100,000 likes take well under a second. */
export function buildSampleData(options: SampleOptions = {}): FakeApiData {
  const all = buildLikes(options.likes ?? 12_000, options.seed ?? 20251127)
  const olderCut = t(SAMPLE.olderExportedAt)

  const newerRows: LikeRow[] = []
  const vanishedRows: LikeRow[] = []
  const olderRows: LikeRow[] = []
  for (const like of all) {
    if (like.vanished) vanishedRows.push(toRow(like, 'vanished'))
    else newerRows.push(toRow(like, like.inBurst ? 'in-burst' : 'present'))
    if (like.at <= olderCut) olderRows.push(toRow(like, like.inBurst ? 'in-burst' : 'present'))
  }
  const txtRows = buildLikes(6000, 7).map((l) => toRow({ ...l, at: l.at - 600 * DAY }, 'present'))

  const newerSlice: Slice = { rows: newerRows, watchFrom: t(SAMPLE.watchFrom) }
  const olderSlice: Slice = { rows: olderRows, watchFrom: t('2025-03-03T08:00:00.000Z') }
  const txtSlice: Slice = { rows: txtRows, watchFrom: null }
  const slices = new Map<string, Slice>([
    [SAMPLE.newerId, newerSlice],
    [STUDIO_SAMPLE.combinedId, newerSlice],
    [SAMPLE.olderId, olderSlice],
    [SAMPLE.txtId, txtSlice],
  ])

  const vanishedIds = vanishedRows.map((r) => r.videoId)
  const events = newerEvents(vanishedIds)
  const added = newerRows.filter((r) => t(r.at) > olderCut).length
  const comparison: ComparisonView = {
    olderId: SAMPLE.olderId,
    newerId: SAMPLE.newerId,
    olderLabel: sampleSourceName(1, 2),
    diff: {
      accountMatch: 'same',
      olderExportedAt: SAMPLE.olderExportedAt,
      newerExportedAt: SAMPLE.newerExportedAt,
      window: { from: newerRows[newerRows.length - 1]?.at ?? null, to: SAMPLE.newerExportedAt },
      vanished: { count: vanishedRows.length },
      beyondWindow: { count: 412 },
      added: { count: added },
      clusters: SAMPLE.clusters.map((c) => ({
        ...c,
        videoIds: vanishedRows.filter((r) => t(r.at) >= t(c.start) && t(r.at) <= t(c.end)).map((r) => r.videoId),
      })),
    },
    events,
  }

  const newerView: ExportView = {
    exportId: SAMPLE.newerId,
    sourceName: sampleSourceName(2, 2),
    summary: summary({
      exportedAt: SAMPLE.newerExportedAt,
      likes: newerRows,
      username: 'maya.likes',
      warnings: [{ code: 'SENTINEL_DATE', message: '3 entries carried the placeholder date 31 December 1969 and were left out.', count: 3 }],
    }),
    events,
    verdict: {
      status: 'likes-vanished',
      text: '238 likes vanished between the exports of 30 August and 27 November 2025. Most likely (high confidence, 182 of them): you liked 350 videos in 24 minutes on 14 August 2025, and 182 of those likes are gone. Users report that TikTok undoes likes given this fast.',
      headline: { value: 238, label: 'likes vanished' },
      mostLikely: {
        eventId: events[0]!.id,
        kind: 'like-burst',
        confidence: 'high',
        explains: 182,
        text: 'you liked 350 videos in 24 minutes on 14 August 2025, and 182 of those likes are gone. Users report that TikTok undoes likes given this fast.',
      },
      lines: [
        { eventId: events[1]!.id, kind: 'vanished-likes', confidence: null, role: 'finding', text: '182 of the vanished likes were given on 14 Aug 2025; the other 56 in 2 smaller groups.' },
        { eventId: events[3]!.id, kind: 'os-change', confidence: 'medium', role: 'cause', text: "Your Android phone's system was updated on 24 Jul 2025; 47 of the vanished likes were given within a day of it." },
      ],
      nextSteps: ['slow-down-liking', 'report-problem'],
      doubt: null,
    },
    comparison,
    omittedEvents: [],
    studio: null,
  }
  const olderView: ExportView = {
    exportId: SAMPLE.olderId,
    sourceName: sampleSourceName(1, 2),
    summary: summary({ exportedAt: SAMPLE.olderExportedAt, likes: olderRows, username: 'maya.likes' }),
    events: newerEvents(vanishedIds).filter((e) => e.kind === 'like-burst' || e.kind === 'like-gap' || e.kind === 'new-device'),
    verdict: {
      status: 'possible-cause',
      text: `LikeTrace read ${olderRows.length.toLocaleString('en-US')} likes. One export cannot show which likes vanished; the strongest lead (medium confidence): you liked 350 videos in 24 minutes on 14 August 2025; users report that TikTok undoes likes given this fast.`,
      headline: { value: olderRows.length, label: 'likes read' },
      mostLikely: null,
      lines: [],
      nextSteps: ['slow-down-liking', 'compare-exports'],
      doubt: null,
    },
    comparison: null,
    omittedEvents: [],
    studio: null,
  }
  const lead = olderView.events[0]!
  olderView.verdict.mostLikely = { eventId: lead.id, kind: lead.kind, confidence: 'medium', explains: 0, text: `${lead.title}.` }
  olderView.verdict.lines = olderView.events.slice(1).map((e) => ({ eventId: e.id, kind: e.kind, confidence: e.confidence === 'high' ? 'medium' : e.confidence, role: 'cause', text: `${e.title}.` }))
  const txtExportedAt = '2024-05-02T10:00:00.000Z'
  const txtFirst = txtRows[txtRows.length - 1]?.at ?? txtExportedAt
  const txtView: ExportView = {
    exportId: SAMPLE.txtId,
    sourceName: 'TikTok_Data_txt.zip',
    summary: {
      ...summary({
        exportedAt: txtExportedAt,
        likes: txtRows,
        username: 'jo_bakes',
        format: 'txt',
        generation: 'B',
        partial: true,
        missing: ['Activity', 'Posts'],
        watch: false,
        warnings: [
          {
            code: 'POSSIBLE_TRUNCATION',
            message: 'The like list holds exactly 6,000 likes, a size at which TikTok has cut exports off before. Older likes may be missing from the file, not from your account.',
            count: 1,
          },
          { code: 'PARTIAL_EXPORT', message: 'The export was requested without some categories: Activity, Posts.', count: 1 },
        ],
      }),
      files: [{ path: 'Activity/Like List.txt', role: 'txt:likes', bytes: 412_330 }],
      ignoredFileCount: 1,
    },
    events: txtEvents(txtFirst, txtExportedAt),
    verdict: {
      status: 'nothing-found',
      text: 'LikeTrace read 6,000 likes. Nothing in this export points to lost likes. One export cannot show which likes vanished: request another in a few weeks and compare the two in LikeTrace.',
      headline: { value: 6_000, label: 'likes read' },
      mostLikely: null,
      lines: [],
      nextSteps: ['request-new-export', 'compare-exports'],
      doubt: null,
    },
    comparison: null,
    omittedEvents: [],
    studio: null,
  }
  txtView.verdict.lines = [
    { eventId: txtView.events[0]!.id, kind: 'possible-truncation', confidence: 'high', role: 'check-first', text: 'The export stops at 6,000 likes: older likes are likely just left out of the file.' },
  ]

  const listing = (v: ExportView, importedAt: string): ImportListing => ({
    id: v.exportId,
    importedAt,
    sourceName: v.sourceName,
    account: v.summary.account.username,
    exportedAt: v.summary.exportedAt,
    format: v.summary.format,
    generation: v.summary.generation,
    likeCount: v.summary.sections.likes.count,
    likeFirst: v.summary.sections.likes.first,
    likeLast: v.summary.sections.likes.last,
    partial: v.summary.partial,
    noLikeList: v.summary.format !== 'studio-csv' && !v.summary.sections.likes.present,
  })

  const studioViews = [studioOnlyView(newerView.summary), combinedView(newerView)]
  const vanishedFor = (req: { olderId?: string }): LikeRow[] | null => (req.olderId === SAMPLE.olderId ? vanishedRows : null)
  return {
    imports: [listing(newerView, '2025-11-28T09:12:00.000Z'), listing(olderView, '2025-08-30T19:30:00.000Z'), listing(txtView, '2024-05-03T08:00:00.000Z')],
    views: [newerView, olderView, txtView, ...studioViews],
    comparisons: [comparison],
    importResultId: SAMPLE.newerId,
    history: (req) => {
      const slice = slices.get(req.exportId)
      return slice ? history(slice, vanishedFor(req), req) : { unit: req.unit, points: [] }
    },
    likes: (req) => {
      const slice = slices.get(req.exportId)
      return slice ? likesPage(slice, vanishedFor(req), req) : { total: 0, offset: req.offset, rows: [] }
    },
    progress: SAMPLE_PROGRESS,
    report: (req) => {
      const studio = studioViews.find((v) => v.exportId === req.exportId)
      if (studio) return sampleReport(req, studio, { unit: 'day', points: [] }, [])
      const view = [newerView, olderView, txtView].find((v) => v.exportId === req.exportId)
      if (!view) return null
      const slice = slices.get(view.exportId) as Slice
      const withDiff = view.comparison !== null && (req.olderId === undefined || req.olderId === view.comparison.olderId)
      return sampleReport(req, { ...view, comparison: withDiff ? view.comparison : null }, history(slice, withDiff ? vanishedRows : null, { exportId: view.exportId, unit: 'week' }), withDiff ? vanishedRows : [])
    },
  }
}

/** A report shaped like the engine's, from the fake views (the real one is built by shared/core, which the renderer never imports). */
function sampleReport(req: ReportRequest, view: ExportView, hist: HistoryView, vanished: LikeRow[]): ReportData {
  const steps = new Map<ActionId, string[]>()
  for (const e of view.events) for (const a of e.actions) steps.set(a, [...(steps.get(a) ?? []), e.title])
  const d = view.comparison?.diff ?? null
  return {
    generatedAt: req.generatedAt,
    paper: req.paper,
    title: `LikeTrace report — @${view.summary.account.username ?? view.studio?.account ?? ''} — 1 Dec 2025`,
    account: view.summary.account.username === null && !view.studio?.account ? null : `@${view.summary.account.username ?? view.studio?.account ?? ''}`,
    madeUp: false,
    view,
    history: hist,
    comparison: view.comparison,
    vanished: { rows: vanished.map((r) => ({ at: r.at, videoId: r.videoId, url: `https://www.tiktokv.com/share/video/${r.videoId}/` })), total: vanished.length },
    totals: { likes: view.summary.sections.likes.count, events: view.events.length, vanished: d?.vanished.count ?? null, beyondWindow: d?.beyondWindow.count ?? null, added: d?.added.count ?? null },
    nextSteps: [...steps.entries()].map(([a, because]) => ({ label: ACTION_TEXT[a].label, detail: ACTION_TEXT[a].detail, because })),
    creator: view.studio
      ? {
          leadEventId: view.events.find((e) => e.kind === 'reach-drop')?.id ?? null,
          reach: { viewsBefore: 5200, viewsDuring: 1900, rateBefore: 61.2, rateDuring: 59.8, reading: 'reach' },
          years: { first: 2025, last: 2025, countedBackFrom: view.summary.exportedAt },
          postsKnown: view.studio.topVideos.length > 0 || view.studio.withArchive,
          steps: [
            { label: 'Check the status of the videos posted just before', detail: 'In TikTok Studio, open each video.' },
            { label: 'Check your account status', detail: 'In TikTok: Settings and privacy > Account > Account status.' },
          ],
        }
      : null,
    method: [
      { title: 'Vanished likes (two exports)', text: 'Two exports are compared by video id. A like missing from the newer one inside its dates has vanished.' },
      { title: 'Fast liking', text: 'Many likes in a few minutes are flagged. The link to undone likes is user-reported.' },
    ],
    likelyMeaning: '"Likely" means the data fits this explanation best, not that it is proven.',
  }
}

export const SAMPLE_PROGRESS: ImportProgress[] = [
  { stage: 'opening', bytesDone: 0, bytesTotal: 104_857_600, percent: 2 },
  { stage: 'unpacking', bytesDone: 20_000_000, bytesTotal: 104_857_600, percent: 14 },
  { stage: 'reading-likes', bytesDone: 48_000_000, bytesTotal: 104_857_600, percent: 38 },
  { stage: 'reading', bytesDone: 80_000_000, bytesTotal: 104_857_600, percent: 62 },
  { stage: 'analysing', bytesDone: 104_857_600, bytesTotal: 104_857_600, percent: 86 },
  { stage: 'saving', bytesDone: 104_857_600, bytesTotal: 104_857_600, percent: 97 },
]
