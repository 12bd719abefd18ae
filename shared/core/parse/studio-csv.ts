// shared/core: Electron-free. Reads TikTok Studio "Download data" CSVs (dates without a year, possibly localised) into StudioData.
import Papa from 'papaparse'
import type { Warning } from '@shared/contract/result'
import type { StudioData, StudioDay, StudioVideo } from '../snapshot'
import { canonicalKey, parseCount, uploadTimeFromVideoId, videoIdFromLink } from './fields'
import { WarningLog } from './warnings'
import { formatNumber } from '@shared/contract/numbers'

export type StudioFileKind = 'overview' | 'follower-history' | 'follower-activity' | 'follower-gender' | 'follower-territories' | 'viewers' | 'content'

interface Layout {
  kind: StudioFileKind
  /** The English column that identifies the file on its own. */
  signature: string
  /** English header in TikTok's column order; the order is the fallback when the header is localised. */
  columns: readonly string[]
  /** File names (without `.csv`) as TikTok names the zip entries. */
  names: readonly string[]
}

/** export-format.md §4.1. */
const LAYOUTS: readonly Layout[] = [
  { kind: 'overview', signature: 'Video Views', columns: ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'], names: ['Overview'] },
  { kind: 'follower-activity', signature: 'Active followers', columns: ['Date', 'Hour', 'Active followers'], names: ['FollowerActivity'] },
  { kind: 'follower-history', signature: 'Followers', columns: ['Date', 'Followers', 'Difference in followers from previous day'], names: ['FollowerHistory'] },
  { kind: 'follower-gender', signature: 'Gender', columns: ['Gender', 'Distribution'], names: ['FollowerGender'] },
  { kind: 'follower-territories', signature: 'Top territories', columns: ['Top territories', 'Distribution'], names: ['FollowerTopTerritories', 'FollowerTerritories'] },
  { kind: 'viewers', signature: 'Total Viewers', columns: ['Date', 'Total Viewers', 'New Viewers', 'Returning Viewers'], names: ['Viewers'] },
  {
    kind: 'content',
    signature: 'Video link',
    columns: ['Time', 'Video title', 'Video link', 'Post time', 'Total likes', 'Total comments', 'Total shares', 'Total views'],
    names: ['Content'],
  },
]

const LAYOUT_BY_NAME: ReadonlyMap<string, Layout> = new Map(LAYOUTS.flatMap((l) => l.names.map((n) => [canonicalKey(n), l] as const)))

/**
 * Month names by Studio UI language, January first. Keys are matched without accents and case,
 * so `Μαΐου`, `ΜΑΪΟΥ` and `μαιου` are one key. Another language is another row.
 */
const MONTH_NAMES: ReadonlyArray<readonly [language: string, months: readonly string[]]> = [
  ['en', ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']],
  ['en-abbr', ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']],
  ['vi', ['tháng Một', 'tháng Hai', 'tháng Ba', 'tháng Tư', 'tháng Năm', 'tháng Sáu', 'tháng Bảy', 'tháng Tám', 'tháng Chín', 'tháng Mười', 'tháng Mười Một', 'tháng Mười Hai']],
  ['el-genitive', ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου']],
  ['el', ['Ιανουάριος', 'Φεβρουάριος', 'Μάρτιος', 'Απρίλιος', 'Μάιος', 'Ιούνιος', 'Ιούλιος', 'Αύγουστος', 'Σεπτέμβριος', 'Οκτώβριος', 'Νοέμβριος', 'Δεκέμβριος']],
  ['id', ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']],
  ['pt', ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro']],
  ['nl', ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']],
  ['de', ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']],
  ['fr', ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']],
  ['es', ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']],
  ['it', ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']],
  // Arabic as TikTok Studio writes it ("29 سبتمبر"), and the Levantine names.
  ['ar', ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']],
  ['ar-levant', ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول']],
]

/** Spellings outside the regular tables: `Sept`, Spanish `setiembre`, German without umlaut, Vietnamese traditional names. */
const MONTH_EXTRAS: ReadonlyArray<readonly [string, number]> = [
  ['Sept', 9],
  ['setiembre', 9],
  ['Maerz', 3],
  ['tháng Giêng', 1],
  ['tháng Bốn', 4],
  ['tháng Chạp', 12],
  ['إبريل', 4],
  ['يونية', 6],
  ['يولية', 7],
]

/** Words between day and month that carry no meaning (`25 de setembro`, `15 de mayo`). */
const FILLER_WORDS: ReadonlySet<string> = new Set(['de', 'del', 'of', 'the'])

/** Vietnamese also writes the month as a number after `tháng` / `thg` (`18 tháng 6`). */
const NUMBERED_MONTH_WORDS: ReadonlySet<string> = new Set(['thang', 'thg'])

function monthKey(text: string): string {
  // Marks and format characters (a right-to-left mark beside Arabic text) carry no meaning here.
  return text.normalize('NFD').replace(/[\p{M}\p{Cf}]/gu, '').toLowerCase().replace(/ς/g, 'σ').replace(/\s+/g, ' ').trim()
}

const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.flatMap(([, months]) => months.map((name, i) => [monthKey(name), i + 1] as const)),
  ...MONTH_EXTRAS.map(([name, month]) => [monthKey(name), month] as const),
])

export interface StudioDate {
  month: number
  day: number
  /** Null unless the cell itself carried a year. */
  year: number | null
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})/
const CJK_DATE = /^(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?$/u
const LEADING_NUMBER = /^(\d+)/

/** Reads a Studio date cell (`May 15`, `18 tháng Sáu`, `15 Ιανουαρίου`, `25 de setembro`, `15. Mai`, `1er mai`, `5月15日`), or null. */
export function parseStudioDate(text: string): StudioDate | null {
  const trimmed = text.trim()
  const iso = ISO_DATE.exec(trimmed) ?? CJK_DATE.exec(trimmed)
  if (iso) {
    const year = iso[1] === undefined ? null : Number(iso[1])
    return checked(Number(iso[2]), Number(iso[3]), year)
  }
  const tokens = monthKey(trimmed).replace(/[.,/]/g, ' ').split(' ')
  const words: string[] = []
  const numbers: number[] = []
  let year: number | null = null
  let numberedMonth: number | null = null
  let afterMonthWord = false
  for (const token of tokens) {
    if (token === '') continue
    const num = LEADING_NUMBER.exec(token)
    if (num) {
      const digits = num[1] ?? ''
      if (digits.length === 4) year = Number(digits)
      else if (afterMonthWord && numberedMonth === null) numberedMonth = Number(digits)
      else numbers.push(Number(digits))
      afterMonthWord = false
      continue
    }
    afterMonthWord = NUMBERED_MONTH_WORDS.has(token)
    if (!FILLER_WORDS.has(token)) words.push(token)
  }
  if (numbers.length !== 1) return null
  const day = numbers[0] ?? NaN
  if (numberedMonth !== null) return words.length === 1 ? checked(numberedMonth, day, year) : null
  const month = MONTH_BY_NAME.get(words.join(' '))
  return month === undefined ? null : checked(month, day, year)
}

function checked(month: number, day: number, year: number | null): StudioDate | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day, year } : null
}

const DAY_MS = 86_400_000

/** Midnight UTC of that calendar day, or null when it does not exist (29 February of a common year). */
function utcDay(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day)
  const d = new Date(ms)
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? ms : null
}

/** The latest existing date with this month and day at or before `limit`. */
function latestOnOrBefore(md: StudioDate, limit: number): number | null {
  if (md.year !== null) return utcDay(md.year, md.month, md.day)
  let year = new Date(limit).getUTCFullYear()
  // Eight years back always reaches a leap year, for 29 February.
  for (let tries = 0; tries < 9; tries++, year--) {
    const ms = utcDay(year, md.month, md.day)
    if (ms !== null && ms <= limit) return ms
  }
  return null
}

/**
 * Years for a chronological series of dates without years. The last row is the latest such date no later
 * than a day after the reference time (the export runs in the creator's time zone, which may be ahead of UTC);
 * walking back, a row whose month/day comes after the next row's lies in the year before (Dec → Jan).
 * A series whose 29 February would fall in a common year moves back as a whole until it fits: the
 * reference time was then later than the export.
 */
export function inferSeriesDates(dates: ReadonlyArray<StudioDate | null>, referenceTime: number): Array<number | null> {
  let lastIndex = dates.length - 1
  while (lastIndex >= 0 && dates[lastIndex] == null) lastIndex--
  const last = dates[lastIndex]
  if (last == null) return dates.map(() => null)
  const anchor = latestOnOrBefore(last, referenceTime + DAY_MS)
  if (anchor === null) return dates.map(() => null)
  const anchorYear = new Date(anchor).getUTCFullYear()
  let first: { out: Array<number | null>; impossible: number } | null = null
  for (let shift = 0; shift < 8; shift++) {
    const attempt = walkBack(dates, anchorYear - shift)
    if (attempt.impossible === 0 || last.year !== null) return attempt.out
    first ??= attempt
  }
  return first?.out ?? dates.map(() => null)
}

/** Assigns years walking back from `lastYear` for the last dated row; counts days that do not exist in their year. */
function walkBack(dates: ReadonlyArray<StudioDate | null>, lastYear: number): { out: Array<number | null>; impossible: number } {
  const out: Array<number | null> = dates.map(() => null)
  let impossible = 0
  let next: StudioDate | null = null
  let year = lastYear
  for (let i = dates.length - 1; i >= 0; i--) {
    const md = dates[i]
    if (md == null) continue
    if (md.year !== null) year = md.year
    else if (next !== null && (md.month > next.month || (md.month === next.month && md.day > next.day))) year--
    const ms = utcDay(year, md.month, md.day)
    if (ms === null) impossible++
    out[i] = ms
    next = md
  }
  return { out, impossible }
}

/** The year of a post date: the one nearest the upload time in the video id when there is one, else the latest not after the snapshot. */
function postDate(md: StudioDate, snapshot: number, videoId: string | null): number | null {
  const uploaded = videoId === null ? null : uploadTimeFromVideoId(videoId)
  if (md.year !== null || uploaded === null) return latestOnOrBefore(md, snapshot)
  const uploadYear = new Date(uploaded).getUTCFullYear()
  let best: number | null = null
  for (const year of [uploadYear - 1, uploadYear, uploadYear + 1]) {
    const ms = utcDay(year, md.month, md.day)
    if (ms !== null && (best === null || Math.abs(ms - uploaded) < Math.abs(best - uploaded))) best = ms
  }
  return best
}

/** Studio can also export XLSX; the reader takes CSV only and the caller reports XLSX files. */
export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name.trim())
}

function stemOf(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name
  // Browsers name a second download `Overview (1).csv`.
  return canonicalKey(base.replace(/\.(?:csv|xlsx)$/i, '').replace(/\s*\(\d+\)\s*$/, ''))
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function parseCsv(text: string): { rows: string[][]; errors: number } {
  const result = Papa.parse<string[]>(stripBom(text), { skipEmptyLines: 'greedy' })
  return { rows: result.data, errors: result.errors.length }
}

function detect(name: string, header: readonly string[]): { layout: Layout; byHeader: boolean } | null {
  const cells = new Set(header.map(canonicalKey))
  const byHeader = LAYOUTS.find((l) => cells.has(canonicalKey(l.signature)))
  if (byHeader) return { layout: byHeader, byHeader: true }
  const byName = LAYOUT_BY_NAME.get(stemOf(name))
  return byName ? { layout: byName, byHeader: false } : null
}

/** Which Studio file this is, by its header first (names change when users rename downloads), then by file name. */
export function studioFileKind(name: string, firstLine: string): StudioFileKind | null {
  if (isXlsxName(name)) return null
  const header = parseCsv(firstLine.split(/\r?\n/, 1)[0] ?? '').rows[0] ?? []
  return detect(name, header)?.layout.kind ?? null
}

export interface StudioReadResult {
  data: StudioData
  /** The files read and what each one was. */
  read: Array<{ name: string; kind: StudioFileKind; index: number }>
  /** XLSX files and CSVs that are not Studio files, untouched. */
  ignored: string[]
  warnings: Warning[]
}

type DayField = Exclude<keyof StudioDay, 'date' | 'at'>

/** One Studio download: CSV text, or rows already read from an Excel sheet; `referenceTime` when its own zip name dates it. */
export type StudioInput = { name: string; referenceTime?: number } & ({ text: string } | { rows: readonly string[][] })

/**
 * Merges daily rows from several downloads of one account (31, 60 and 365 days of Overview, say) by date, and counts
 * the days on which two downloads disagree. The download whose data ends later wins: TikTok revises recent days.
 * A download's own last day is incomplete (Studio lags about two days), so it never overrides and is never counted
 * as a disagreement.
 */
class DayOverlap {
  /** Per date and file kind: the end of the download that wrote it, and whether it was that download's last day. */
  private readonly source = new Map<string, { fileEnd: number; lastDay: boolean }>()
  private readonly disagreeing = new Set<string>()

  merge(day: StudioDay, fields: ReadonlyArray<DayField | null>, values: ReadonlyArray<number | null>, from: { kind: StudioFileKind; fileEnd: number; lastDay: boolean }): void {
    const key = `${from.kind}/${day.date}`
    const before = this.source.get(key)
    const wins = before === undefined || (!from.lastDay && (before.lastDay || from.fileEnd >= before.fileEnd))
    let differs = false
    fields.forEach((field, i) => {
      const value = values[i] ?? null
      // A later file must not erase a number with "undefined".
      if (field === null || value === null) return
      const old = day[field]
      if (before !== undefined && old !== null && old !== value) differs = true
      if (old === null || wins) day[field] = value
    })
    if (differs && !from.lastDay && before !== undefined && !before.lastDay) this.disagreeing.add(day.date)
    if (wins) this.source.set(key, { fileEnd: from.fileEnd, lastDay: from.lastDay })
  }

  disagreeingDays(): number {
    return this.disagreeing.size
  }
}

/** Day columns by layout, in the layout's column order; null where a column has no StudioDay field. */
const DAY_FIELDS: ReadonlyMap<StudioFileKind, ReadonlyArray<DayField | null>> = new Map([
  ['overview', [null, 'videoViews', 'profileViews', 'likes', 'comments', 'shares']],
  ['follower-history', [null, 'followers', 'followerDiffNext']],
  ['viewers', [null, 'totalViewers', 'newViewers', 'returningViewers']],
])

function emptyDay(date: string, at: number): StudioDay {
  return {
    date,
    at,
    videoViews: null,
    profileViews: null,
    likes: null,
    comments: null,
    shares: null,
    followers: null,
    followerDiffNext: null,
    totalViewers: null,
    newViewers: null,
    returningViewers: null,
  }
}

/** A share written as a fraction (`"0.72"`, as seen) or a percentage (`"72%"`), as 0–1. */
function parseShares(values: ReadonlyArray<string | undefined>): Array<number | null> {
  const raw = values.map((v) => {
    const t = (v ?? '').trim()
    const percent = t.endsWith('%')
    const n = parseCount(percent ? t.slice(0, -1) : t)
    return n === null ? null : percent ? n / 100 : n
  })
  // Fractions sum to about 1; a file of bare percentages sums to about 100.
  const sum = raw.reduce<number>((s, n) => s + (n ?? 0), 0)
  return sum > 1.5 ? raw.map((n) => (n === null ? null : n / 100)) : raw
}

/**
 * Reads TikTok Studio CSV files into one StudioData. `referenceTime` (ms) is when the export was made
 * (export date, the epoch in the zip name, or now): it fixes the years the CSVs leave out.
 */
export function readStudioFiles(files: readonly StudioInput[], options: { referenceTime: number }): StudioReadResult {
  const log = new WarningLog()
  const days = new Map<string, StudioDay>()
  const videos: StudioVideo[] = []
  const followerGender: StudioData['followerGender'] = []
  const followerTerritories: StudioData['followerTerritories'] = []
  const read: StudioReadResult['read'] = []
  const ignored: string[] = []
  let badDates = 0
  let malformedRows = 0
  const overlap = new DayOverlap()

  const renamed: string[] = []
  for (const [fileIndex, file] of files.entries()) {
    if (!('rows' in file) && isXlsxName(file.name)) {
      ignored.push(file.name)
      continue
    }
    const referenceTime = file.referenceTime ?? options.referenceTime
    const { rows, errors } = 'rows' in file ? { rows: file.rows, errors: 0 } : parseCsv(file.text)
    const header = rows[0]
    const found = header === undefined ? null : detect(file.name, header)
    if (header === undefined || found === null) {
      ignored.push(file.name)
      log.add('STUDIO_UNKNOWN_FILE', 'Some CSV files are not TikTok Studio downloads LikeTrace knows and were skipped.')
      continue
    }
    malformedRows += errors
    const { layout, byHeader } = found
    const headerKeys = header.map(canonicalKey)
    // Localised headers (e.g. Portuguese "Data","Visualizações de vídeo") fall back to TikTok's column order.
    const col = layout.columns.map((c, i) => (byHeader ? headerKeys.indexOf(canonicalKey(c)) : i))
    const body = rows.slice(1)
    const cell = (row: readonly string[], column: number): string | undefined => {
      const idx = col[column] ?? -1
      return idx < 0 ? undefined : row[idx]
    }
    read.push({ name: file.name, kind: layout.kind, index: fileIndex })
    // A renamed download (`my stats.csv`) is recognised by its header: say what it was read as.
    if (byHeader && LAYOUT_BY_NAME.get(stemOf(file.name)) !== layout) renamed.push(`"${file.name}" was read as your TikTok Studio ${layout.names[0] ?? layout.kind} download (by its header).`)

    switch (layout.kind) {
      case 'overview':
      case 'follower-history':
      case 'viewers': {
        const fields = DAY_FIELDS.get(layout.kind) ?? []
        const dates = inferSeriesDates(
          body.map((r) => parseStudioDate(cell(r, 0) ?? '')),
          referenceTime,
        )
        let lastRow = -1
        dates.forEach((ms, i) => {
          if (ms !== null) lastRow = i
          else badDates++
        })
        const fileEnd = dates[lastRow] ?? -Infinity
        body.forEach((row, i) => {
          const at = dates[i]
          if (at == null) return
          const date = new Date(at).toISOString().slice(0, 10)
          let day = days.get(date)
          if (day === undefined) {
            day = emptyDay(date, at)
            days.set(date, day)
          }
          const values = fields.map((field, column) => {
            if (field === null) return null
            const value = parseCount(cell(row, column))
            // The change to "the next day" of the last row is not in the export; TikTok writes 0 there.
            return field === 'followerDiffNext' && i === lastRow && value === 0 ? null : value
          })
          overlap.merge(day, fields, values, { kind: layout.kind, fileEnd, lastDay: i === lastRow })
        })
        break
      }
      case 'follower-activity':
        // Hourly activity for the last few days has no place in StudioData; the file is listed as read.
        break
      case 'follower-gender':
      case 'follower-territories': {
        const target = layout.kind === 'follower-gender' ? followerGender : followerTerritories
        const shares = parseShares(body.map((r) => cell(r, 1)))
        body.forEach((row, i) => {
          const label = (cell(row, 0) ?? '').trim()
          const share = shares[i]
          if (label !== '' && share != null) target.push({ label, share })
        })
        break
      }
      case 'content': {
        const snapshots = inferSeriesDates(
          body.map((r) => parseStudioDate(cell(r, 0) ?? '')),
          options.referenceTime,
        )
        body.forEach((row, i) => {
          const link = (cell(row, 2) ?? '').trim()
          const videoId = videoIdFromLink(link)
          const posted = parseStudioDate(cell(row, 3) ?? '')
          const snapshot = snapshots[i] ?? options.referenceTime + DAY_MS
          const postedAt = posted === null ? null : postDate(posted, snapshot, videoId)
          if (postedAt === null) badDates++
          videos.push({
            videoId,
            title: (cell(row, 1) ?? '').trim(),
            link,
            postedAt,
            likes: parseCount(cell(row, 4)),
            comments: parseCount(cell(row, 5)),
            shares: parseCount(cell(row, 6)),
            views: parseCount(cell(row, 7)),
          })
        })
        break
      }
    }
  }

  if (renamed.length > 0) log.add('STUDIO_FILE_READ_AS', renamed.slice(0, 3).join(' ') + (renamed.length > 3 ? ` ${renamed.length - 3} more were read the same way.` : ''), renamed.length)
  const disagreeing = overlap.disagreeingDays()
  log.add(
    'STUDIO_OVERLAP_DISAGREES',
    `TikTok Studio downloads that cover the same ${disagreeing === 1 ? 'day' : `${formatNumber(disagreeing)} days`} give different numbers for ${disagreeing === 1 ? 'it' : 'them'}; the most recent download's numbers were kept (TikTok revises recent days).`,
    disagreeing,
  )
  log.add('STUDIO_BAD_DATE', 'Some TikTok Studio rows had a date LikeTrace could not read; they were left out.', badDates)
  log.add('STUDIO_MALFORMED_ROWS', 'Some TikTok Studio CSV rows were malformed.', malformedRows)
  const data: StudioData = {
    days: [...days.values()].sort((a, b) => a.at - b.at),
    videos,
    followerGender,
    followerTerritories,
    files: read.map((r) => r.name),
  }
  return { data, read, ignored, warnings: log.list() }
}
