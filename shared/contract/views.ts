// shared/contract: environment-free. The flat view models the app shows: what crosses from the engine to the renderer (ISO dates, decimal ids).
import type { ActionId, CauseEvent, Confidence, DiffSummary, EventKind, ExportFormat, ExportSummary, Generation } from './model'

/** Stages a person understands, in order. */
export type ImportStage = 'opening' | 'unpacking' | 'reading-likes' | 'reading' | 'analysing' | 'saving'

export const IMPORT_STAGE_LABEL: Readonly<Record<ImportStage, string>> = {
  opening: 'Opening the file',
  unpacking: 'Unpacking',
  'reading-likes': 'Reading likes',
  reading: 'Reading your activity',
  analysing: 'Looking for causes',
  saving: 'Remembering this import',
}

export interface ImportProgress {
  stage: ImportStage
  bytesDone: number
  bytesTotal: number
  /** 0–100, over the whole import. */
  percent: number
}

/** One remembered import, for the home screen's list. */
export interface ImportListing {
  id: string
  importedAt: string
  sourceName: string
  account: string | null
  exportedAt: string | null
  format: ExportFormat
  generation: Generation | null
  likeCount: number
  likeFirst: string | null
  likeLast: string | null
  partial: boolean
  /** The export was requested without its like list (not an empty list). */
  noLikeList: boolean
}

/**
 * What a verdict line is: an export artefact to rule out first, the finding (likes that vanished), a possible cause
 * of lost likes, or context that explains something else (e.g. likes hidden from others).
 */
export type VerdictRole = 'check-first' | 'finding' | 'cause' | 'context'

/** A line of the verdict card, without a lead-in: the card words it ("Most likely: …") by role and rank. */
export interface VerdictLine {
  eventId: string
  kind: EventKind
  /** Only on inferences (a cause, a possibly cut list); null on plain facts (what vanished, who can see your likes). */
  confidence: Confidence | null
  role: VerdictRole
  text: string
}

/**
 * What the first sentence says, one of:
 * - `likes-not-in-export`: the export holds no like list at all (Activity / "Likes and Favorites" not requested), so
 *   nothing about likes can be checked; the text says what to request from TikTok.
 * - `likes-vanished`: two exports of one account were compared and likes vanished between them (a fact).
 * - `possible-cause`: one export, no comparison; something in it may explain lost likes (an inference).
 * - `nothing-found`: likes were read and checked and nothing in them points at lost likes.
 * - `creator`: TikTok Studio analytics only; the verdict is about likes received, reach and followers.
 */
export type VerdictStatus = 'likes-not-in-export' | 'likes-vanished' | 'possible-cause' | 'nothing-found' | 'creator'

/** The cause that explains the most vanished likes (ties broken by confidence), or, without a comparison, the strongest lead. */
export interface VerdictCause {
  eventId: string
  kind: EventKind
  confidence: Confidence
  /** How many vanished likes this cause accounts for (0 without a comparison). */
  explains: number
  /** The cause in one plain sentence, without a lead-in ("You liked 150 videos in 20 minutes on 3 Aug 2025; 120 of them are gone."). */
  text: string
}

/** The one verdict of an import, computed once in shared/core and shown alike by the app, the report and the CLI. */
export interface Verdict {
  status: VerdictStatus
  /** The first sentence a user reads: a plain, true statement; no confidence on plain facts. */
  text: string
  /** The one big number next to the sentence (e.g. 149 "likes vanished"), or null when there is none worth showing. */
  headline: { value: number; label: string } | null
  mostLikely: VerdictCause | null
  /** The lines under the sentence: what to rule out first, other causes, context; at most six. */
  lines: VerdictLine[]
  /** Two or three next steps, most useful first. */
  nextSteps: ActionId[]
  /** A doubt the reader must see with the sentence (e.g. "These exports may be of two different accounts."), or null. */
  doubt: string | null
}

export interface ComparisonView {
  olderId: string
  newerId: string
  olderLabel: string
  diff: DiffSummary
  /** Events of the newer export computed with the diff (vanished clusters and what sat near them). */
  events: CauseEvent[]
}

export interface ExportView {
  exportId: string
  /** Name of what the user dropped, e.g. `TikTok_Data_1733….zip`. */
  sourceName: string
  summary: ExportSummary
  events: CauseEvent[]
  /** The verdict, computed once from every event (before the cap) and the comparison. */
  verdict: Verdict
  /** Set when an earlier import of the same account was found and compared. */
  comparison: ComparisonView | null
  /** Events left out of `events` to keep the screen readable (a heavy liker can have hundreds of bursts); all are in the CSV. */
  omittedEvents: Array<{ kind: EventKind; count: number }>
  /** The creator view, when TikTok Studio "Download data" CSVs were imported; null otherwise. */
  studio: StudioView | null
}

/** One day of TikTok Studio analytics; null where the export said "undefined" or had no such file. */
export interface StudioDayPoint {
  /** Midnight UTC of the day (ISO). */
  date: string
  /** Likes received that day (net: can be negative when likes were taken away). */
  likes: number | null
  views: number | null
  profileViews: number | null
  comments: number | null
  shares: number | null
  followers: number | null
  /** followers[this day] − followers[day before]; negatives are real losses. Null on the first day or when either is unknown. */
  followerChange: number | null
  /** Likes received per 1,000 video views (one decimal); null when views are unknown or under 50 (a rate of so few views is noise). */
  likesPer1000Views: number | null
}

/** A row of Studio's Content.csv: one of the account's most viewed recent videos, with totals at export time. */
export interface StudioVideoRow {
  videoId: string | null
  title: string
  url: string
  postedAt: string | null
  likes: number | null
  views: number | null
  comments: number | null
  shares: number | null
}

/** One of the account's own posts from the data archive (when it was dropped too). */
export interface StudioPostRow {
  at: string
  videoId: string | null
  title: string | null
  /** The like count the archive gives for the post, or null. */
  likes: number | null
  /** Set for posts from the "Recently Deleted Posts" list. */
  deletedAt: string | null
}

/** Everything the creator view shows: the daily series on one time axis, the top videos, own and deleted posts, and audience shares. */
export interface StudioView {
  /** The account name taken from the video links (`tiktok.com/@name/video/…`), when the archive does not name it. */
  account: string | null
  first: string | null
  last: string | null
  /** One point per calendar day, oldest first, without gaps. */
  days: StudioDayPoint[]
  totals: {
    likes: number
    views: number
    /** Followers on the first and last day with a count. */
    followersFirst: number | null
    followersLast: number | null
    /** Days on which followers fell, and by how many in all. */
    followerLossDays: number
    followersLost: number
    /** Likes per 1,000 views over the whole span. */
    likesPer1000Views: number | null
  }
  /** Content.csv in TikTok's order (most viewed first). */
  topVideos: StudioVideoRow[]
  /** Own posts from the data archive, newest first (empty without the archive). */
  posts: StudioPostRow[]
  /** Recently deleted posts from the data archive, newest first. */
  deletedPosts: StudioPostRow[]
  /** True when the data archive of the account was imported with the Studio files (likes given are then in the same view). */
  withArchive: boolean
  /** Shares 0–1, in file order. */
  followerGender: Array<{ label: string; share: number }>
  followerTerritories: Array<{ label: string; share: number }>
}

export type BucketUnit = 'day' | 'week' | 'month'

export interface HistoryRequest {
  exportId: string
  unit: BucketUnit
  /** IANA time zone; UTC when absent. */
  timeZone?: string
  from?: string
  to?: string
  /** With a comparison: also count, per bucket, the likes that vanished (by their original like date). */
  olderId?: string
}

export interface HistoryPoint {
  start: string
  likes: number
  watched: number | null
  likesPer100Watched: number | null
  vanished: number | null
}

export interface HistoryView {
  unit: BucketUnit
  points: HistoryPoint[]
}

export type LikeStatus = 'present' | 'vanished' | 'in-burst'

export interface LikesPageRequest {
  exportId: string
  /** With a comparison, vanished likes of the older export are listed too. */
  olderId?: string
  offset: number
  limit: number
  status?: LikeStatus | 'all'
  /** Newest first by default. */
  order?: 'newest' | 'oldest'
}

export interface LikeRow {
  at: string
  videoId: string
  /** From the id's top 32 bits. */
  uploadedAt: string | null
  status: LikeStatus
}

export interface LikesPage {
  total: number
  offset: number
  rows: LikeRow[]
}

export interface DialogRequest {
  kind: 'file' | 'folder'
}

/**
 * What the renderer gets for files the user chose or dropped: an opaque, single-use token (main keeps the paths) and
 * a name to show. import:start takes the token, never a path.
 */
export interface ImportGrant {
  token: string
  /** The file's name (no folders), or "N files". */
  label: string
}

/** Paper the PDF report is laid out for: US Letter where that is the norm (US, Canada, Mexico, …), A4 elsewhere. */
export type PaperSize = 'A4' | 'Letter'

/** Which report to make: one export, optionally compared with an older export of the same account. */
export interface ReportTarget {
  exportId: string
  olderId?: string
}

/** Everything that fixes the report's content. Same request, same stored imports → the same report, byte for byte in its text. */
export interface ReportRequest extends ReportTarget {
  /** When the report was made (ISO-8601 UTC); passed in so nothing else in the report depends on the clock. */
  generatedAt: string
  paper: PaperSize
}

export interface ReportVanishedRow {
  /** When the like was given (ISO). */
  at: string
  videoId: string
  /** The video's link as the export gives it (https://www.tiktokv.com/share/video/<id>/), passed by the URL policy; printed as a clickable link. */
  url: string
}

/** One line of the "what to do next" checklist: an action and the events that call for it. */
export interface ReportStep {
  label: string
  detail: string
  /** Titles of the events that suggest this action, in report order. */
  because: string[]
}

export interface ReportMethodNote {
  title: string
  /** Two sentences: what the detector looks for and how sure it can be. */
  text: string
}

/** How reach and likes moved over the creator report's lead event, against the 28 days before it. */
export interface ReportReach {
  /** Mean video views a day in the 28 days before, and during. */
  viewsBefore: number
  viewsDuring: number
  /** Likes received per 1,000 views before and during (one decimal); null with too few views to say. */
  rateBefore: number | null
  rateDuring: number | null
  /**
   * `reach`: views fell while likes per 1,000 views stayed within a quarter of before (fewer viewers, same liking);
   * `likes`: views held while the rate fell (likes fell without reach falling); `both`: both fell; `unclear` otherwise.
   */
  reading: 'reach' | 'likes' | 'both' | 'unclear'
}

/** The creator (TikTok Studio) report's own story: what it leads with, reach versus likes, how the yearless dates were placed, and what a creator can do. */
export interface ReportCreatorStory {
  /** The event page 1 leads with: the longest fall in views, else the largest fall in likes received, else the largest follower drop. */
  leadEventId: string | null
  reach: ReportReach | null
  /** Studio writes dates without a year: the years given to the first and last day, and the date they were counted back from. */
  years: { first: number; last: number; countedBackFrom: string | null } | null
  /** False without Content.csv or the data archive: nothing says whether videos were posted, so "posts during" is unknown, not 0. */
  postsKnown: boolean
  /** Two or three steps for a creator, most useful first. */
  steps: Array<{ label: string; detail: string }>
}

/** Everything the printable report shows, built once by the engine; the report view only lays it out. */
export interface ReportData {
  generatedAt: string
  paper: PaperSize
  /** The PDF's title: "LikeTrace report — @account — 10 Mar 2025"; the page sets it as document.title once drawn. */
  title: string
  /** The account as the report names it ("@name"), or null when neither the export nor Studio links name it. */
  account: string | null
  /** True for the sample shipped with the app: every page says the data is made up. */
  madeUp: boolean
  view: ExportView
  /** The like history at a unit that keeps the chart at ≤ ~400 bars (with vanished likes per bucket when compared). */
  history: HistoryView
  comparison: ComparisonView | null
  /** Every vanished like (newest first) up to REPORT_VANISHED_ROWS; a larger rest is in the CSV. */
  vanished: { rows: ReportVanishedRow[]; total: number }
  totals: { likes: number; events: number; vanished: number | null; beyondWindow: number | null; added: number | null }
  nextSteps: ReportStep[]
  /** The creator report's story; null without TikTok Studio data. */
  creator: ReportCreatorStory | null
  method: ReportMethodNote[]
  /** What "likely" and the confidence levels mean in this report. */
  likelyMeaning: string
}

/**
 * The report view's "ready to print" signal, in two steps: once its data is drawn, fonts are loaded and two animation
 * frames have passed, it sets document.title to this, then (a frame later) to the report's own title
 * (ReportData.title) and sets REPORT_STATE_ATTRIBUTE on <html> to "ready". The title never stays on this signal, so
 * the PDF's Title metadata is the report's name. Electron's printer follows 'page-title-updated'; the CLI's printer
 * waits for the attribute.
 */
export const REPORT_READY_TITLE = 'LikeTrace report ready'
/** Set instead when the report cannot be drawn (with the attribute at "failed"), so the printer stops at once rather than at its timeout. */
export const REPORT_FAILED_TITLE = 'LikeTrace report failed'
/** The attribute on <html> that says "ready" or "failed" once the report view is done (`data-report-state`). */
export const REPORT_STATE_ATTRIBUTE = 'data-report-state'
/** The hash route of the report view; its query carries the ReportRequest (exportId, olderId, generatedAt, paper). */
export const REPORT_ROUTE = '#/report'

/** A CSV file the engine built; the caller decides where it goes. */
export interface CsvFile {
  name: string
  content: string
}
