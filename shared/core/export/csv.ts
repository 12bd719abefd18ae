// shared/core: Electron-free. The CSV exports (likes with status, vanished likes, events; Studio days and top videos for creators): UTF-8 BOM for Excel, every text cell quoted, formula injection neutralised.
import { ACTION_TEXT } from '@shared/contract/actions'
import type { CauseEvent } from '@shared/contract/model'
import type { CsvFile, ExportView, LikeStatus } from '@shared/contract/views'
import { orderEvents } from '../analysis/event-order'
import { isoOrNull, uploadTimeFromVideoId } from '../parse/fields'
import { videoUrlFor } from '../policy/url-policy'
import type { DatedVideo } from '../snapshot'

/** Excel reads a UTF-8 file as the system code page unless it starts with a BOM; accents in titles would turn to mojibake. */
export const BOM = '\uFEFF'

/**
 * What a spreadsheet may skip before it looks for a formula, and what a person cannot see: white space (NBSP and the
 * other Unicode spaces included), zero-width characters, the BOM and bidi controls. `  =1+1` or `\u200B=1+1` is still
 * a formula to some spreadsheets, and looks like text to the reader.
 */
const INVISIBLE_LEAD = /^[\s\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]*/u

/**
 * Characters that make a spreadsheet treat a cell as a formula (or, for tab and carriage return, hide one behind
 * whitespace): OWASP's CSV-injection list, plus the full-width forms (＝＋－＠) that CJK spreadsheets also accept.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u

/**
 * A cell a spreadsheet shows as text. OWASP's advice: prefix a single quote, which Excel and LibreOffice hide and
 * treat as "this is text". Our own data rarely needs it, but titles and device names come from the export and the
 * export comes from an account someone else may control.
 */
export function neutralise(cell: string): string {
  const lead = INVISIBLE_LEAD.exec(cell)?.[0].length ?? 0
  return FORMULA_TRIGGER.test(cell.slice(lead)) || /^[\t\r]/.test(cell) ? `'${cell}` : cell
}

export type Cell = string | number | null

/**
 * Every text cell is quoted, not only those holding a comma: a spreadsheet whose list separator is `;` (most of Europe)
 * would otherwise split `x;=1+1;` into a bare `=1+1` cell. Inside quotes it stays one text cell whatever the separator.
 */
function textCell(text: string): string {
  return `"${neutralise(text).replace(/"/g, '""')}"`
}

function cell(v: Cell): string {
  if (v === null) return ''
  // Our own numbers (counts, negatives from Studio) stay numbers: no spreadsheet reads a plain number as a formula.
  return typeof v === 'number' ? (Number.isFinite(v) ? String(v) : textCell(String(v))) : textCell(v)
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}

export interface CsvRow {
  at: number
  videoId: string
  status: LikeStatus
}

export interface CsvInput {
  view: ExportView
  /** Every like with its status (the likes table, vanished likes of a comparison included). */
  likes: readonly CsvRow[]
  /** Vanished likes of the comparison, with the group each belongs to; empty without a comparison. */
  vanished: readonly DatedVideo[]
  clusters: readonly { start: number; end: number; likes: readonly DatedVideo[] }[]
}

const iso = (ms: number): string => new Date(ms).toISOString()

/** `LikeTrace-@name-2025-03-01`: who and when, with only characters every file system accepts. */
export function csvBaseName(view: ExportView): string {
  const who = (view.summary.account.username ?? view.studio?.account ?? 'export').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40) || 'export'
  const when = view.summary.exportedAt?.slice(0, 10) ?? 'undated'
  return `LikeTrace-${who}-${when}`
}

function eventRow(e: CauseEvent): Cell[] {
  const counts = Object.entries(e.evidence.counts)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ')
  // The ids last: a merged context line ("52 new networks …") keeps every prefix and login it folds in here.
  return [e.kind, e.title, e.confidence, e.start, e.end, counts, e.evidence.rowIds.length, e.actions.map((a) => ACTION_TEXT[a].label).join('; '), e.explanation, e.evidence.rowIds.join(' ')]
}

export function buildCsvFiles(input: CsvInput): CsvFile[] {
  const base = csvBaseName(input.view)
  const likes = toCsv(
    ['liked_at_utc', 'video_id', 'video_url', 'uploaded_at_utc', 'status'],
    input.likes.map((r) => [iso(r.at), r.videoId, videoUrlFor(r.videoId) ?? '', isoOrNull(uploadTimeFromVideoId(r.videoId)), r.status]),
  )
  const groupOf = new Map<string, { start: number; end: number }>()
  for (const c of input.clusters) for (const l of c.likes) groupOf.set(l.videoId, c)
  const vanished = toCsv(
    ['liked_at_utc', 'video_id', 'video_url', 'group_start_utc', 'group_end_utc'],
    [...input.vanished]
      .sort((a, b) => b.at - a.at || (a.videoId < b.videoId ? -1 : 1))
      .map((l) => {
        const g = groupOf.get(l.videoId)
        return [iso(l.at), l.videoId, videoUrlFor(l.videoId) ?? '', g ? iso(g.start) : null, g ? iso(g.end) : null]
      }),
  )
  const events = toCsv(['kind', 'title', 'confidence', 'start_utc', 'end_utc', 'evidence_counts', 'evidence_rows', 'what_to_do', 'explanation', 'evidence_ids'], orderEvents(input.view.events, input.view.verdict.mostLikely?.eventId ?? null).map(eventRow))
  const files: CsvFile[] = [
    { name: `${base}-likes.csv`, content: likes },
    { name: `${base}-vanished-likes.csv`, content: vanished },
    { name: `${base}-events.csv`, content: events },
  ]
  const studio = input.view.studio
  if (studio !== null) {
    const days = toCsv(
      ['date', 'likes_received', 'video_views', 'profile_views', 'comments', 'shares', 'followers', 'follower_change', 'likes_per_1000_views'],
      studio.days.map((d) => [d.date.slice(0, 10), d.likes, d.views, d.profileViews, d.comments, d.shares, d.followers, d.followerChange, d.likesPer1000Views]),
    )
    const videos = toCsv(
      ['title', 'video_url', 'posted_on', 'likes', 'views', 'comments', 'shares'],
      studio.topVideos.map((v) => [v.title, /^https:\/\/www\.tiktok\.com\/@[A-Za-z0-9._]+\/video\/\d+$/.test(v.url) ? v.url : videoUrlFor(v.videoId), v.postedAt?.slice(0, 10) ?? null, v.likes, v.views, v.comments, v.shares]),
    )
    files.push({ name: `${base}-studio-days.csv`, content: days }, { name: `${base}-studio-top-videos.csv`, content: videos })
  }
  return files
}
