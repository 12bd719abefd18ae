// shared/core: Electron-free. Turns canonical records from any reader into the typed, sorted rows of an ExportSnapshot.
import type { SectionName } from '@shared/contract/model'
import type { CommentRow, LoginRow, PostRow, ProfileInfo, SearchRow, ShareRow, StatusInfo, UserRow } from '../snapshot'
import type { VideoList } from '../video-list'
import { canonicalKey, cleanText, isSentinelDate, parseCount, parseTikTokDate, parseTikTokDateBytes, signedUrlTime, videoIdFromLink, videoIdStartBytes } from './fields'
import type { ByteItemConsumer } from './json-stream'
import type { ListKind } from './list-kinds'
import type { CanonicalRecord } from './records'
import { recordFromObject } from './records'
import { releaseMemory } from './release-memory'
import { ID_HASH_SEED, idHashStep, VideoRows } from './video-rows'
import { WarningLog } from './warnings'

/**
 * Watch-history times in one Float64Array: 8 bytes a row instead of a JS object. It is sized before the rows come
 * from the bytes the list can take (`reserve`), or else doubles as it fills, each outgrown array given back at once.
 * The column it ends as is the array itself (no copy at the end, which would hold the times twice at the very
 * moment the read peaks); room never written holds no memory.
 */
class TimeColumn {
  private times = new Float64Array(MIN_TIME_ROWS)
  length = 0

  push(ms: number): void {
    if (this.length === this.times.length) this.grow()
    this.times[this.length++] = ms
  }

  /**
   * Makes room for `rows` before the first row comes, so the column is written once and never copied while it
   * grows. Room never written holds no memory (the pages of a large zeroed allocation are only mapped when first
   * written), so an estimate on the high side costs address space, not RSS. When the room cannot be had the column
   * grows as usual.
   */
  reserve(rows: number): void {
    if (this.length > 0 || rows <= this.times.length) return
    try {
      const room = new Float64Array(rows)
      releaseMemory(this.times)
      this.times = room
    } catch {
      // Not enough address space for the estimate: doubling from the small first array still works.
    }
  }

  /** Kept out of push, so the per-row path stays small enough to inline. */
  private grow(): void {
    const grown = new Float64Array(2 * this.length)
    grown.set(this.times)
    releaseMemory(this.times)
    this.times = grown
  }

  /**
   * The times oldest first (once: it ends the column), in the column's own memory. Exports list watch rows newest
   * or oldest first, so an ordered column skips the sort.
   */
  sorted(): Float64Array {
    const out = this.times.subarray(0, this.length)
    this.times = new Float64Array(0)
    this.length = 0
    // Times are finite and never -0 (dates after the epoch), so reversing a non-increasing column gives exactly what sort() gives.
    let ascending = true
    let descending = true
    for (let i = 1; i < out.length && (ascending || descending); i++) {
      const step = (out[i] as number) - (out[i - 1] as number)
      if (step < 0) ascending = false
      else if (step > 0) descending = false
    }
    if (ascending) return out
    if (descending) return out.reverse()
    return out.sort()
  }
}

/** Rows a TimeColumn starts with (128 KiB); it doubles from there. */
const MIN_TIME_ROWS = 16 * 1024
/** Fewest bytes a watch row takes in any export (`{"Date":"2025-01-02 03:04:05"}` is 31; real rows run 90–140). */
const MIN_WATCH_ROW_BYTES = 32
/** Most rows reserved from an estimate (128 MB of address space): a declared size is the archive's word, not a fact. */
const MAX_RESERVED_WATCH_ROWS = 16 * 1024 * 1024
/** Fewest bytes a like row with a video id takes (`Date: …\nLink: …/video/<19 digits>\n\n` is over 80; JSON more). */
const MIN_LIKE_ROW_BYTES = 64
/** Most like rows reserved from an estimate (about 140 MB of address space across the columns). */
const MAX_RESERVED_LIKE_ROWS = 4 * 1024 * 1024

const byTime = (a: { at: number }, b: { at: number }): number => a.at - b.at

/** Rows collected so far; `finishRows()` sorts them. */
export interface CollectedRows {
  sectionsPresent: Set<SectionName>
  likes: VideoList
  favorites: VideoList
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
  status: StatusInfo
  newestEntry: number | null
  /** Which item-key spelling carried the video link of likes/watch rows: `videolink` marks generation A. */
  sawVideoLinkKey: boolean
}

export class SnapshotBuilder {
  readonly warnings = new WarningLog()
  readonly sectionsPresent = new Set<SectionName>()
  private readonly likes = new VideoRows(true)
  private readonly favorites = new VideoRows(false)
  private readonly watch = new TimeColumn()
  private readonly logins: LoginRow[] = []
  private readonly searches: SearchRow[] = []
  private readonly shares: ShareRow[] = []
  private readonly followers: UserRow[] = []
  private readonly following: UserRow[] = []
  private readonly blocked: UserRow[] = []
  private readonly posts: PostRow[] = []
  private readonly deletedPosts: PostRow[] = []
  private readonly comments: CommentRow[] = []
  private status: StatusInfo = { appVersion: null, resolution: null, uid: null }
  private newest = -Infinity
  private sentinelDates = 0
  private badDates = 0
  private missingIds = 0
  private notObjects = 0
  sawVideoLinkKey = false

  /** Marks a section as present in the export, even if it turns out empty. */
  markPresent(kind: ListKind): void {
    if (kind !== 'status') this.sectionsPresent.add(kind)
  }

  /**
   * Adds parsed JSON list items. Watch history takes a fast path: it is most of a large export.
   * `batchFirst` false: items[0] is not the first item of a reader batch (see ByteItemConsumer), so it is not the
   * item the video-link key check looks at.
   */
  addJsonItems(kind: ListKind, items: readonly unknown[], batchFirst = true): void {
    if (batchFirst && !this.sawVideoLinkKey && (kind === 'likes' || kind === 'watchHistory') && hasVideoLinkKey(items[0])) this.sawVideoLinkKey = true
    if (kind === 'watchHistory') {
      for (const item of items) this.addWatchItem(item)
      return
    }
    for (const item of items) {
      const rec = recordFromObject(item)
      if (rec === null) this.notObjects++
      else this.addRecord(kind, rec)
    }
  }

  /**
   * The watch history about to be read takes at most `bytes` (what is left of the JSON file when its list opens, or
   * the TXT file's size): its column is sized for the most rows that many bytes can hold, so it is written once.
   */
  expectWatchBytes(bytes: number): void {
    if (Number.isFinite(bytes) && bytes > 0) this.watch.reserve(Math.min(MAX_RESERVED_WATCH_ROWS, Math.ceil(bytes / MIN_WATCH_ROW_BYTES)))
  }

  /** The like list about to be read takes at most `bytes`: its columns are sized likewise (expectWatchBytes). */
  expectLikeBytes(bytes: number): void {
    if (Number.isFinite(bytes) && bytes > 0) this.likes.expect(Math.min(MAX_RESERVED_LIKE_ROWS, Math.ceil(bytes / MIN_LIKE_ROW_BYTES)))
  }

  /**
   * A consumer that reads rows of the biggest lists straight from their bytes, or null for lists that are
   * only ever parsed. Watch history (most of a large export) and likes/favourites take rows whose members are
   * exactly what addJsonItems would read: one `Date`/`date` that is a plain `YYYY-MM-DD HH:MM:SS` (and for
   * likes one `Link`/`link`); anything else is declined and arrives parsed, through addJsonItems.
   */
  byteConsumer(kind: ListKind): ByteItemConsumer | null {
    if (kind === 'watchHistory' || kind === 'likes' || kind === 'favorites') return new ByteRows(this, kind)
    return null
  }

  /** ByteRows' flat path: a watch row, or a like/favourite row. */
  addFlatRow(kind: 'watchHistory' | 'likes' | 'favorites', buf: Uint8Array, members: Int32Array, count: number, batchFirst: boolean): boolean {
    if (kind === 'watchHistory') return this.addWatchBytes(buf, members, count, batchFirst)
    return this.addVideoBytes(kind === 'likes' ? this.likes : this.favorites, buf, members, count)
  }

  /**
   * A like or favourite row of exactly two members, `Date`/`date` and `Link`/`link`: what addRecord does with
   * its record, without building it. Neither key spelling marks generation A, so the batch-first key check has
   * nothing to note.
   */
  private addVideoBytes(rows: VideoRows, buf: Uint8Array, members: Int32Array, count: number): boolean {
    if (count !== 2) return false
    const k0 = members[0] as number
    const k1 = members[4] as number
    if ((members[1] as number) - k0 !== 4 || (members[5] as number) - k1 !== 4) return false
    const date = isDateKey(buf, k0) ? 0 : isDateKey(buf, k1) ? 4 : -1
    if (date < 0 || !isLinkKey(buf, date === 0 ? k1 : k0)) return false
    const at = parseTikTokDateBytes(buf, members[date + 2] as number, members[date + 3] as number)
    if (Number.isNaN(at)) return false
    const link = 4 - date
    this.addVideoAt(rows, at, buf, members[link + 2] as number, members[link + 3] as number)
    return true
  }

  /**
   * A like, favourite or watch row whose date is read already (the TXT byte path): what addRecord does with a record
   * of that date and the ASCII link buf[linkStart, linkEnd), without building either string. Watch rows keep the time only.
   */
  addDatedBytes(kind: 'watchHistory' | 'likes' | 'favorites', at: number, buf: Uint8Array, linkStart: number, linkEnd: number): void {
    if (kind !== 'watchHistory') this.addVideoAt(kind === 'likes' ? this.likes : this.favorites, at, buf, linkStart, linkEnd)
    else if (isSentinelDate(at)) this.sentinelDates++
    else {
      if (at > this.newest) this.newest = at
      this.watch.push(at)
    }
  }

  /** A like or favourite row of a read date and the ASCII link buf[linkStart, linkEnd). */
  private addVideoAt(rows: VideoRows, at: number, buf: Uint8Array, linkStart: number, linkEnd: number): void {
    if (isSentinelDate(at)) {
      this.sentinelDates++
      return
    }
    if (at > this.newest) this.newest = at
    const idStart = videoIdStartBytes(buf, linkStart, linkEnd)
    if (idStart < 0) {
      this.missingIds++
      return
    }
    // The same digits videoIdFromLink returns, hashed on the way; the row keeps its own copy of them.
    let idEnd = idStart
    let hash = ID_HASH_SEED
    for (let c = buf[idEnd] as number; c >= 0x30 && c <= 0x39; c = buf[++idEnd] as number) hash = idHashStep(hash, c)
    rows.addBytes(at, buf, idStart, idEnd, hash)
  }

  private addWatchBytes(buf: Uint8Array, members: Int32Array, count: number, batchFirst: boolean): boolean {
    let date = -1
    for (let m = 0; m < count; m++) {
      const k = members[4 * m] as number
      if ((members[4 * m + 1] as number) - k !== 4) continue
      // `Date` or `date`; another spelling (`DATE`, `Datum`, `time`) goes the generic way, like two date keys,
      // where the parsed row's `Date ?? date` and last-duplicate-wins rules decide.
      if (isDateKey(buf, k)) {
        if (date >= 0) return false
        date = m
      }
    }
    if (date < 0) return false
    const at = parseTikTokDateBytes(buf, members[4 * date + 2] as number, members[4 * date + 3] as number)
    if (Number.isNaN(at)) return false
    if (batchFirst && !this.sawVideoLinkKey && flatHasVideoLinkKey(buf, members, count)) this.sawVideoLinkKey = true
    if (isSentinelDate(at)) {
      this.sentinelDates++
      return true
    }
    if (at > this.newest) this.newest = at
    this.watch.push(at)
    return true
  }

  private addWatchItem(item: unknown): void {
    if (item !== null && typeof item === 'object') {
      const obj = item as { Date?: unknown; date?: unknown }
      const raw = obj.Date ?? obj.date
      if (raw !== undefined) {
        const at = this.date(raw)
        if (at !== null) this.watch.push(at)
        return
      }
    }
    const rec = recordFromObject(item)
    if (rec === null) this.notObjects++
    else this.addRecord('watchHistory', rec)
  }

  /** Returns the row's time, or null (counted) for sentinel and unreadable dates. */
  private date(raw: unknown): number | null {
    const at = parseTikTokDate(raw)
    if (Number.isNaN(at)) {
      this.badDates++
      return null
    }
    if (isSentinelDate(at)) {
      this.sentinelDates++
      return null
    }
    if (at > this.newest) this.newest = at
    return at
  }

  addRecord(kind: ListKind, rec: CanonicalRecord): void {
    if (kind === 'status') {
      this.status = {
        appVersion: this.status.appVersion ?? cleanText(rec.appversion),
        resolution: this.status.resolution ?? cleanText(rec.resolution),
        uid: this.status.uid ?? cleanText(rec.uid),
      }
      return
    }
    const at = this.date(rec.date)
    if (at === null) return
    switch (kind) {
      case 'likes':
      case 'favorites': {
        const videoId = videoIdFromLink(rec.link)
        if (videoId === null) {
          this.missingIds++
          return
        }
        ;(kind === 'likes' ? this.likes : this.favorites).add(at, videoId)
        return
      }
      case 'watchHistory':
        this.watch.push(at)
        return
      case 'logins':
        this.logins.push({
          at,
          ip: cleanText(rec.ip),
          deviceModel: cleanText(rec.devicemodel),
          deviceSystem: cleanText(rec.devicesystem),
          networkType: cleanText(rec.networktype),
          carrier: cleanText(rec.carrier),
        })
        return
      case 'searches': {
        const term = cleanText(rec.searchterm)
        if (term !== null) this.searches.push({ at, term })
        return
      }
      case 'shares':
        this.shares.push({ at, content: cleanText(rec.sharedcontent), method: cleanText(rec.method), videoId: videoIdFromLink(rec.link) })
        return
      case 'followers':
      case 'following':
      case 'blocked':
        this[kind].push({ at, username: cleanText(rec.username) })
        return
      case 'posts':
      case 'deletedPosts': {
        if (typeof rec.link === 'string') this.noteSignedUrl(rec.link)
        const deleted = kind === 'deletedPosts' ? parseTikTokDate(rec.datedeleted) : NaN
        this[kind].push({
          at,
          videoId: videoIdFromLink(rec.link),
          likes: parseCount(rec.likes),
          title: cleanText(rec.title),
          whoCanView: cleanText(rec.whocanview),
          deletedAt: Number.isNaN(deleted) || isSentinelDate(deleted) ? null : deleted,
        })
        return
      }
      case 'comments': {
        const text = cleanText(rec.comment)
        this.comments.push({ at, text: text ?? '' })
        return
      }
    }
  }

  /** Newest creation stamp seen in a signed CDN URL (post links): it dates the export. */
  signedUrlTime: number | null = null

  noteSignedUrl(url: string): void {
    const t = url.includes('l=') || url.includes('x-expires=') ? signedUrlTime(url) : null
    if (t !== null && (this.signedUrlTime === null || t > this.signedUrlTime)) this.signedUrlTime = t
  }

  /** Sorts every list oldest first and reports what was dropped. */
  finishRows(): CollectedRows {
    const w = this.warnings
    w.add('SENTINEL_DATE', 'Rows dated 1969-12-31 (TikTok\'s "no date" placeholder) were left out.', this.sentinelDates)
    w.add('BAD_DATE', 'Rows whose date could not be read were left out.', this.badDates)
    w.add('MISSING_VIDEO_ID', 'Liked or favourite rows without a video link were left out.', this.missingIds)
    w.add('NOT_AN_OBJECT', 'List entries that were not records were skipped.', this.notObjects)
    w.add('DUPLICATE_LIKES', 'The like list named some videos more than once; each video is counted once.', this.likes.duplicates)
    for (const rows of [this.logins, this.searches, this.shares, this.followers, this.following, this.blocked, this.posts, this.deletedPosts, this.comments]) {
      rows.sort(byTime)
    }
    return {
      sectionsPresent: this.sectionsPresent,
      likes: this.likes.sorted(),
      favorites: this.favorites.sorted(),
      watchTimes: this.watch.sorted(),
      logins: this.logins,
      searches: this.searches,
      shares: this.shares,
      followers: this.followers,
      following: this.following,
      blocked: this.blocked,
      posts: this.posts,
      deletedPosts: this.deletedPosts,
      comments: this.comments,
      status: this.status,
      newestEntry: Number.isFinite(this.newest) ? this.newest : null,
      sawVideoLinkKey: this.sawVideoLinkKey,
    }
  }
}

/**
 * The byte consumer of one list. One class for every list (not a closure per list) so the reader's element
 * loop sees a single call target and stays optimised when it moves from likes to watch history.
 */
class ByteRows implements ByteItemConsumer {
  constructor(
    private readonly builder: SnapshotBuilder,
    private readonly kind: 'watchHistory' | 'likes' | 'favorites',
  ) {}

  items(items: unknown[], batchFirst: boolean): void {
    this.builder.addJsonItems(this.kind, items, batchFirst)
  }

  flat(buf: Uint8Array, members: Int32Array, count: number, batchFirst: boolean): boolean {
    return this.builder.addFlatRow(this.kind, buf, members, count, batchFirst)
  }
}

/** The 4-byte key at `k` is `Date` or `date`. */
function isDateKey(buf: Uint8Array, k: number): boolean {
  const c = buf[k]
  return (c === 0x44 || c === 0x64) && buf[k + 1] === 0x61 && buf[k + 2] === 0x74 && buf[k + 3] === 0x65
}

/** The 4-byte key at `k` is `Link` or `link`. */
function isLinkKey(buf: Uint8Array, k: number): boolean {
  const c = buf[k]
  return (c === 0x4c || c === 0x6c) && buf[k + 1] === 0x69 && buf[k + 2] === 0x6e && buf[k + 3] === 0x6b
}

const ascii = new TextDecoder('utf-8')

/** Text of bytes known to be printable ASCII (a flat element's string body). */
function asciiText(buf: Uint8Array, start: number, end: number): string {
  return ascii.decode(buf.subarray(start, end))
}

/** hasVideoLinkKey for a flat element's keys (printable ASCII, so decoding them byte by byte is exact). */
function flatHasVideoLinkKey(buf: Uint8Array, members: Int32Array, count: number): boolean {
  for (let m = 0; m < count; m++) {
    if (canonicalKey(asciiText(buf, members[4 * m] as number, members[4 * m + 1] as number)) === 'videolink') return true
  }
  return false
}

function hasVideoLinkKey(item: unknown): boolean {
  return item !== null && typeof item === 'object' && Object.keys(item).some((k) => canonicalKey(k) === 'videolink')
}

/** Profile fields from the profile map (any generation), tolerant of strings, numbers and "None". */
export function profileFromMap(map: ReadonlyMap<string, unknown>): ProfileInfo {
  const get = (k: string): unknown => map.get(k)
  return {
    username: cleanText(get('username')),
    displayName: cleanText(get('displayname')),
    likesReceived: parseCount(get('likesreceived')),
    followerCount: parseCount(get('followercount')),
    followingCount: parseCount(get('followingcount')),
  }
}
