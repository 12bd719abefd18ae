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

export interface SectionCoverage {
  /** False when the export does not contain the section at all (partial export or older layout). */
  present: boolean
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
  ignoredFiles: readonly string[]
  sections: Record<SectionName, SectionCoverage> & { studio?: StudioCoverage }
  settings: { likedVideosVisibility: string | null; privateAccount: string | null }
  warnings: readonly Warning[]
}
