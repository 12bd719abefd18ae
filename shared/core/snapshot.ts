// shared/core: Electron-free. The normalised, in-memory snapshot of one TikTok export that every analysis reads.
import type { ExportFormat, Generation, InputFileInfo, SectionName } from '@shared/contract/model'
import type { Warning } from '@shared/contract/result'
import type { VideoList } from './video-list'

/** A liked or favourited video: when (ms since epoch, UTC) and which video (decimal id). */
export interface DatedVideo {
  at: number
  videoId: string
}

export interface LoginRow {
  at: number
  ip: string | null
  deviceModel: string | null
  deviceSystem: string | null
  networkType: string | null
  carrier: string | null
}

export interface SearchRow {
  at: number
  term: string
}

export interface ShareRow {
  at: number
  content: string | null
  method: string | null
  videoId: string | null
}

export interface UserRow {
  at: number
  username: string | null
}

export interface PostRow {
  at: number
  /** Null when the post link is a signed CDN URL without a video id. */
  videoId: string | null
  likes: number | null
  title: string | null
  whoCanView: string | null
  /** Set for posts from the "Recently Deleted Posts" list. */
  deletedAt: number | null
}

export interface CommentRow {
  at: number
  text: string
}

export interface ProfileInfo {
  username: string | null
  displayName: string | null
  likesReceived: number | null
  followerCount: number | null
  followingCount: number | null
}

export interface StatusInfo {
  appVersion: string | null
  resolution: string | null
  /** 19-digit user id, kept as a decimal string. */
  uid: string | null
}

/** One day of TikTok Studio analytics; a null means the export said "undefined" or had no such column. */
export interface StudioDay {
  /** `YYYY-MM-DD`, the year inferred from the export date. */
  date: string
  at: number
  videoViews: number | null
  profileViews: number | null
  likes: number | null
  comments: number | null
  shares: number | null
  followers: number | null
  /** TikTok's "Difference in followers from previous day", which is really followers[next day] − followers[this day]. */
  followerDiffNext: number | null
  totalViewers: number | null
  newViewers: number | null
  returningViewers: number | null
}

export interface StudioVideo {
  videoId: string | null
  title: string
  link: string
  postedAt: number | null
  likes: number | null
  comments: number | null
  shares: number | null
  views: number | null
}

export interface StudioData {
  days: StudioDay[]
  videos: StudioVideo[]
  /** Snapshot shares (0–1) by gender and by territory, in file order. */
  followerGender: Array<{ label: string; share: number }>
  followerTerritories: Array<{ label: string; share: number }>
  files: string[]
}

export interface ExportSnapshot {
  format: ExportFormat
  generation: Generation | null
  /** ms since epoch, UTC. */
  exportedAt: number | null
  exportedAtSource: 'signed-url' | 'newest-entry' | 'file-name' | null
  partial: boolean
  missingCategories: string[]
  files: InputFileInfo[]
  /** Files skipped as not part of an export: counted, never named, so nothing unrelated is remembered. */
  ignoredFileCount: number
  /** Sections the export contains (even when empty). */
  sectionsPresent: Set<SectionName>
  /** All dated lists are sorted oldest first. Likes and favourites are kept in columns; read `times` when only times matter. */
  likes: VideoList
  favorites: VideoList
  /** Watch-history times only (ms, ascending): the bulk of an export, kept compact. */
  watchTimes: Float64Array
  logins: LoginRow[]
  searches: SearchRow[]
  shares: ShareRow[]
  followers: UserRow[]
  following: UserRow[]
  blocked: UserRow[]
  posts: PostRow[]
  deletedPosts: PostRow[]
  comments: CommentRow[]
  /** Settings snapshot at export time, keyed by the setting's name as TikTok wrote it. */
  settings: Map<string, string>
  activitySummary: Map<string, number>
  profile: ProfileInfo
  status: StatusInfo
  studio: StudioData | null
  warnings: Warning[]
}
