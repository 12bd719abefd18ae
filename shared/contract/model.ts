// shared/contract: environment-free. Flat DTOs that cross the worker, IPC and CLI boundaries (ISO-8601 UTC dates, ids as decimal strings).
import type { Warning } from './result'

/** Which kind of TikTok file the data came from. */
export type ExportFormat = 'json' | 'txt' | 'studio-csv'

/**
 * JSON layout generation, found by probing keys (never by date):
 * A `Activity` + `VideoLink`; B `Activity` + `Link`/`link`; C `Your Activity`; D `Likes and Favorites` / `Profile And Settings`.
 * TXT exports get the generation whose folder and file names they use.
 */
export type Generation = 'A' | 'B' | 'C' | 'D'

/** The dated sections the reader normalises; the names are stable CLI/JSON keys. */
export const SECTION_NAMES = [
  'likes',
  'favorites',
  'watchHistory',
  'logins',
  'searches',
  'shares',
  'followers',
  'following',
  'blocked',
  'posts',
  'deletedPosts',
  'comments',
] as const
export type SectionName = (typeof SECTION_NAMES)[number]

/** What each section is called in the app, the report and the command line. */
export const SECTION_LABEL: Readonly<Record<SectionName, string>> = {
  likes: 'Liked videos',
  favorites: 'Favourites',
  watchHistory: 'Watch history',
  logins: 'Logins',
  searches: 'Searches',
  shares: 'Shares',
  followers: 'Followers',
  following: 'Following',
  blocked: 'Blocked accounts',
  posts: 'Your posts',
  deletedPosts: 'Deleted posts',
  comments: 'Comments',
}

export interface SectionCoverage {
  /** False when the export does not contain the section at all (partial export or older layout). */
  present: boolean
  /** Present but holding no rows (a 0-byte file, a `null` list, "no data in this section"): checks that need it could not run. */
  empty: boolean
  count: number
  first: string | null
  last: string | null
  /** Days TikTok is known to keep for this section (e.g. ~180 for watch history), or null when it keeps everything. */
  retentionDays: number | null
}

export interface StudioCoverage {
  days: number
  first: string | null
  last: string | null
  files: readonly string[]
}

export interface InputFileInfo {
  /** Path inside the archive or folder, as given; display only, never used to open anything. */
  path: string
  /** What the reader made of it, e.g. `json`, `txt:likes`, `studio:overview`. */
  role: string
  bytes: number
}

export interface ExportSummary {
  format: ExportFormat
  generation: Generation | null
  /** Best estimate of when TikTok made the export (ISO-8601 UTC). */
  exportedAt: string | null
  exportedAtSource: 'signed-url' | 'newest-entry' | 'file-name' | null
  /** True when categories were left out of the request. */
  partial: boolean
  missingCategories: readonly string[]
  account: { username: string | null; uid: string | null }
  files: readonly InputFileInfo[]
  /** How many files were skipped as not part of an export; a count, never their names (a folder may hold unrelated private files). */
  ignoredFileCount: number
  sections: Record<SectionName, SectionCoverage> & { studio?: StudioCoverage }
  settings: { likedVideosVisibility: string | null; privateAccount: string | null }
  warnings: readonly Warning[]
}

/** Kinds of likely-cause events; stable names (CLI JSON, stored reports). */
export const EVENT_KINDS = [
  'possible-truncation',
  'partial-export',
  'missing-section',
  'retention-window',
  'vanished-likes',
  'like-burst',
  'new-device',
  'os-change',
  'new-network',
  'like-gap',
  'liked-videos-private',
  'deleted-posts',
  'follower-drop',
  'likes-received-drop',
  'reach-drop',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export type Confidence = 'high' | 'medium' | 'low'

/** What a user can do about an event; the text for each lives in `actions.ts`. */
export const ACTION_IDS = [
  'request-new-export',
  'compare-exports',
  'check-connection',
  'update-app',
  'clear-cache',
  'check-liked-privacy',
  'log-out-and-in',
  'report-problem',
  'slow-down-liking',
  'secure-account',
  'check-removed-videos',
] as const
export type ActionId = (typeof ACTION_IDS)[number]

export interface EventEvidence {
  /** Named counts behind the event (e.g. likes: 120, windowMinutes: 10); names are ours, never user data. */
  counts: Record<string, number>
  /** Ids of the rows behind it: video ids for likes, `login:<ISO time>` for logins, `day:<YYYY-MM-DD>` for days. */
  rowIds: readonly string[]
  /** True when rowIds was cut to keep the event small; `counts` still has the full numbers. */
  rowIdsTruncated: boolean
}

export interface CauseEvent {
  /** Stable within one analysis: kind + start. */
  id: string
  kind: EventKind
  start: string
  end: string
  confidence: Confidence
  title: string
  explanation: string
  evidence: EventEvidence
  actions: readonly ActionId[]
  /** Set when vanished likes were found: how many vanished clusters started within a day of this event. */
  nearVanished?: { clusters: number; ofClusters: number }
}

export interface VanishedCluster {
  start: string
  end: string
  count: number
  /** Likes from the same span that are still there: together they say whether a whole session vanished or a few likes here and there. */
  keptInSpan: number
  videoIds: readonly string[]
}

export interface DiffSummary {
  accountMatch: 'same' | 'unknown'
  olderExportedAt: string | null
  newerExportedAt: string | null
  /** The newer export's covered window: from its oldest like to its export date. */
  window: { from: string | null; to: string | null }
  vanished: { count: number }
  beyondWindow: { count: number }
  added: { count: number }
  /** Largest first; equal sizes in date order. */
  clusters: readonly VanishedCluster[]
}
