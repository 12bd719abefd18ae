// shared/contract: environment-free. The flat view models the app shows: what crosses from the engine to the renderer (ISO dates, decimal ids).
import type { CauseEvent, Confidence, DiffSummary, EventKind, ExportFormat, ExportSummary, Generation } from './model'

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
  confidence: Confidence
  role: VerdictRole
  text: string
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
  verdict: VerdictLine[]
  /** Set when an earlier import of the same account was found and compared. */
  comparison: ComparisonView | null
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
