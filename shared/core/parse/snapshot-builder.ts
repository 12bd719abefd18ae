// shared/core: Electron-free. Turns canonical records from any reader into the typed, sorted rows of an ExportSnapshot.
import type { SectionName } from '@shared/contract/model'
import type { CommentRow, DatedVideo, LoginRow, PostRow, ProfileInfo, SearchRow, ShareRow, StatusInfo, UserRow } from '../snapshot'
import { canonicalKey, cleanText, isSentinelDate, parseCount, parseTikTokDate, signedUrlTime, videoIdFromLink } from './fields'
import type { ListKind } from './list-kinds'
import type { CanonicalRecord } from './records'
import { recordFromObject } from './records'
import { WarningLog } from './warnings'

/** Growable Float64Array for watch-history times: 8 bytes a row instead of a JS object. */
class TimeColumn {
  private data = new Float64Array(1024)
  length = 0

  push(ms: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = ms
  }

  sorted(): Float64Array {
    return this.data.slice(0, this.length).sort()
  }
}

const byTimeThenId = (a: DatedVideo, b: DatedVideo): number => a.at - b.at || (a.videoId < b.videoId ? -1 : a.videoId > b.videoId ? 1 : 0)
const byTime = (a: { at: number }, b: { at: number }): number => a.at - b.at

/** Rows collected so far; `finishRows()` sorts them. */
export interface CollectedRows {
  sectionsPresent: Set<SectionName>
  likes: DatedVideo[]
  favorites: DatedVideo[]
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
  private readonly likes: DatedVideo[] = []
  private readonly favorites: DatedVideo[] = []
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

  /** Adds parsed JSON list items. Watch history takes a fast path: it is most of a large export. */
  addJsonItems(kind: ListKind, items: readonly unknown[]): void {
    if (!this.sawVideoLinkKey && (kind === 'likes' || kind === 'watchHistory') && hasVideoLinkKey(items[0])) this.sawVideoLinkKey = true
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
        ;(kind === 'likes' ? this.likes : this.favorites).push({ at, videoId })
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
    this.likes.sort(byTimeThenId)
    this.favorites.sort(byTimeThenId)
    for (const rows of [this.logins, this.searches, this.shares, this.followers, this.following, this.blocked, this.posts, this.deletedPosts, this.comments]) {
      rows.sort(byTime)
    }
    return {
      sectionsPresent: this.sectionsPresent,
      likes: dedupeVideos(this.likes, w),
      favorites: this.favorites,
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

function hasVideoLinkKey(item: unknown): boolean {
  return item !== null && typeof item === 'object' && Object.keys(item).some((k) => canonicalKey(k) === 'videolink')
}

/** A like list holds one entry per video; a repeat means the list was merged or written twice. Keep the newest. */
function dedupeVideos(sorted: DatedVideo[], warnings: WarningLog): DatedVideo[] {
  const seen = new Set<string>()
  const out: DatedVideo[] = []
  for (let i = sorted.length - 1; i >= 0; i--) {
    const row = sorted[i] as DatedVideo
    if (seen.has(row.videoId)) continue
    seen.add(row.videoId)
    out.push(row)
  }
  warnings.add('DUPLICATE_LIKES', 'The like list named some videos more than once; each video is counted once.', sorted.length - out.length)
  return out.reverse()
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
