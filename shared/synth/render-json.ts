// shared/synth: pure. Streams an ExportSpec as a `user_data_tiktok.json` of generation A, B, C or D, quirks included.
import type { Generation } from '@shared/contract/model'
import type { ExportSpec, SpecDeletedPost, SpecLogin, SpecPost, SpecShare, SpecStatus, SpecUser, SpecVideo, WatchRow } from './export-spec'
import { formatTikTokDate, shareLink } from './export-spec'
import { Rng } from './random'

// ---------------------------------------------------------------------------------------------
// A tiny JSON tree with lazy lists, so the skeleton is data and the bulk is streamed.

/** Text written as-is: TikTok writes the 19-digit `UID` as a bare JSON number. */
class JRaw {
  constructor(readonly text: string) {}
}

/** An object with ordered keys. Never a plain JS object, so any key (`__proto__`, `Chat History with x:`) is safe. */
class JObject {
  constructor(readonly entries: ReadonlyArray<readonly [string, JValue]>) {}
}

/** A list whose items are produced on demand; `count` must match what `items()` yields. */
class JList {
  constructor(
    readonly count: number,
    readonly items: () => Iterable<JValue>,
  ) {}
}

type JValue = string | number | boolean | null | JRaw | JObject | JList | readonly JValue[]

const obj = (...entries: ReadonlyArray<readonly [string, JValue]>): JObject => new JObject(entries)
const EMPTY = obj()

function listOf<T>(rows: readonly T[], order: 'asc' | 'desc', render: (row: T) => JValue): JList {
  return new JList(rows.length, function* () {
    if (order === 'asc') for (const row of rows) yield render(row)
    else for (let i = rows.length - 1; i >= 0; i--) yield render(rows[i] as T)
  })
}

// ---------------------------------------------------------------------------------------------
// Serialiser: JSON.stringify-compatible output (2-space indent when pretty), emitted in chunks.

class ChunkBuffer {
  private parts: string[] = []
  size = 0
  write(text: string): void {
    this.parts.push(text)
    this.size += text.length
  }
  take(): string {
    const out = this.parts.join('')
    this.parts = []
    this.size = 0
    return out
  }
}

const INDENTS: string[] = []
function indent(depth: number): string {
  let s = INDENTS[depth]
  if (s === undefined) {
    s = '\n' + '  '.repeat(depth)
    INDENTS[depth] = s
  }
  return s
}

class Serializer {
  constructor(
    private readonly buf: ChunkBuffer,
    private readonly pretty: boolean,
    private readonly chunkChars: number,
  ) {}

  /** Writes a value that is small (a list item, a settings map): no chunk boundaries inside. */
  writeSmall(value: JValue, depth: number): void {
    const buf = this.buf
    if (value === null || typeof value !== 'object') {
      buf.write(typeof value === 'string' ? JSON.stringify(value) : String(value))
      return
    }
    if (value instanceof JRaw) {
      buf.write(value.text)
      return
    }
    if (value instanceof JObject) {
      if (value.entries.length === 0) {
        buf.write('{}')
        return
      }
      buf.write('{')
      let first = true
      for (const [key, v] of value.entries) {
        if (!first) buf.write(',')
        first = false
        if (this.pretty) buf.write(indent(depth + 1))
        buf.write(JSON.stringify(key))
        buf.write(this.pretty ? ': ' : ':')
        this.writeSmall(v, depth + 1)
      }
      if (this.pretty) buf.write(indent(depth))
      buf.write('}')
      return
    }
    const items = value instanceof JList ? (value.count === 0 ? null : value.items()) : value
    if (items === null) {
      buf.write('null')
      return
    }
    let first = true
    buf.write('[')
    for (const item of items) {
      if (!first) buf.write(',')
      first = false
      if (this.pretty) buf.write(indent(depth + 1))
      this.writeSmall(item, depth + 1)
    }
    if (!first && this.pretty) buf.write(indent(depth))
    buf.write(']')
  }

  /** Writes any value, yielding a chunk whenever the buffer is full (between list items). */
  *write(value: JValue, depth: number): Generator<string> {
    const buf = this.buf
    if (value instanceof JObject && value.entries.length > 0) {
      buf.write('{')
      let first = true
      for (const [key, v] of value.entries) {
        if (!first) buf.write(',')
        first = false
        if (this.pretty) buf.write(indent(depth + 1))
        buf.write(JSON.stringify(key))
        buf.write(this.pretty ? ': ' : ':')
        yield* this.write(v, depth + 1)
      }
      if (this.pretty) buf.write(indent(depth))
      buf.write('}')
      return
    }
    if (value instanceof JList && value.count > 0) {
      buf.write('[')
      let first = true
      for (const item of value.items()) {
        if (!first) buf.write(',')
        first = false
        if (this.pretty) buf.write(indent(depth + 1))
        this.writeSmall(item, depth + 1)
        if (buf.size >= this.chunkChars) yield buf.take()
      }
      if (this.pretty) buf.write(indent(depth))
      buf.write(']')
      return
    }
    this.writeSmall(value, depth)
    if (buf.size >= this.chunkChars) yield buf.take()
  }
}

// ---------------------------------------------------------------------------------------------
// Options and per-generation vocabulary.

export type LikeKeyCase = 'Date/VideoLink' | 'Date/Link' | 'date/link'

export interface JsonRenderOptions {
  generation: Generation
  /** Top-level categories to include (a partial export); default all of the generation's. Order follows the generation. */
  categories?: readonly string[]
  /** Prefix a UTF-8 BOM (U+FEFF). */
  bom?: boolean
  /** Emit the whole document twice, back to back (a known TikTok bug that makes the file invalid JSON). */
  writtenTwice?: boolean
  /** 2-space indentation like real files (default true); false writes compact JSON. */
  pretty?: boolean
  /** Item keys of the Like List. Default: A `Date/VideoLink`, B `Date/Link`, C/D `date/link`. */
  likeKeyCase?: LikeKeyCase
  /** Order of watch rows. Default: A/C newest first, B/D oldest first (as in the real samples). */
  watchOrder?: 'asc' | 'desc'
  /** Order of login rows. Default: A newest first, B–D oldest first. */
  loginOrder?: 'asc' | 'desc'
  /** Approximate characters per yielded chunk. Default 256 Ki. */
  chunkChars?: number
}

/** Top-level keys per generation, in the order real files have them (export-format.md §1.1). */
export const JSON_CATEGORIES: Readonly<Record<Generation, readonly string[]>> = {
  A: ['Activity', 'Ads and data', 'App Settings', 'Comment', 'Direct Messages', 'Profile', 'Tiktok Live', 'Tiktok Shopping', 'Video'],
  B: ['Activity', 'Ads and data', 'App Settings', 'Comment', 'Direct Messages', 'Income Plus Wallet Transactions', 'Poi Review', 'Profile', 'Tiktok Live', 'Tiktok Shopping', 'Video'],
  C: ['Ads and data', 'App Settings', 'Comment', 'Direct Message', 'Income Plus Wallet Transactions', 'Location Review', 'Post', 'Profile', 'TikTok Shop', 'Tiktok Live', 'Your Activity'],
  D: ['Comment', 'Direct Message', 'Income+ Wallet', 'Likes and Favorites', 'Location Review', 'Post', 'Profile And Settings', 'TikTok Live', 'TikTok Shop', 'Your Activity'],
}

/** A plausible export date per generation (the dates of the real samples), for callers that want a consistent pair. */
export const TYPICAL_EXPORT_DATE: Readonly<Record<Generation, number>> = {
  A: Date.UTC(2022, 6, 15, 23, 41, 7),
  B: Date.UTC(2024, 11, 13, 7, 20, 20),
  C: Date.UTC(2025, 10, 27, 13, 5, 0),
  D: Date.UTC(2026, 3, 25, 23, 50, 12),
}

const DEFAULT_LIKE_KEYS: Readonly<Record<Generation, LikeKeyCase>> = { A: 'Date/VideoLink', B: 'Date/Link', C: 'date/link', D: 'date/link' }

interface Ctx {
  spec: ExportSpec
  gen: Generation
  likeKeys: LikeKeyCase
  watchOrder: 'asc' | 'desc'
  loginOrder: 'asc' | 'desc'
  /** Randomness for decoration only (URL hashes), seeded from the spec so output stays deterministic. */
  rng: Rng
}

// ---------------------------------------------------------------------------------------------
// Item renderers.

function likeItem(ctx: Ctx): (row: SpecVideo) => JObject {
  const [dateKey, linkKey] = ctx.likeKeys.split('/') as [string, string]
  return (row) => obj([dateKey, formatTikTokDate(row.at)], [linkKey, shareLink(row.videoId)])
}

const favoriteItem = (row: SpecVideo): JObject => obj(['Date', formatTikTokDate(row.at)], ['Link', shareLink(row.videoId)])

function watchItem(gen: Generation): (row: WatchRow) => JObject {
  if (gen === 'A') return (row) => obj(['Date', formatTikTokDate(row.at)], ['VideoLink', shareLink(row.videoId)])
  // Gen D adds a (usually empty) Title (PanoptiCool schema, export-format.md §1.2).
  if (gen === 'D') return (row) => obj(['Date', formatTikTokDate(row.at)], ['Link', shareLink(row.videoId)], ['Title', ''])
  return (row) => obj(['Date', formatTikTokDate(row.at)], ['Link', shareLink(row.videoId)])
}

function loginItem(gen: Generation): (row: SpecLogin) => JObject {
  const suffix = gen === 'A' ? ' UTC' : ''
  return (row) =>
    obj(['Date', formatTikTokDate(row.at) + suffix], ['IP', row.ip], ['DeviceModel', row.deviceModel], ['DeviceSystem', row.deviceSystem], ['NetworkType', row.networkType], ['Carrier', row.carrier])
}

const shareItem = (row: SpecShare): JObject =>
  obj(
    ['Date', row.at < 0 ? '1969-12-31 23:59:59' : formatTikTokDate(row.at)],
    ['SharedContent', row.content],
    ['Link', row.videoId === null ? 'https://www.tiktok.com/' : shareLink(row.videoId)],
    ['Method', row.method],
  )

const userItem = (row: SpecUser): JObject => obj(['Date', formatTikTokDate(row.at)], ['UserName', row.username ?? 'N/A'])

function commentItem(gen: Generation): (row: { at: number; text: string }) => JObject {
  if (gen === 'A') return (row) => obj(['Date', formatTikTokDate(row.at)], ['Comment', row.text])
  if (gen === 'D') {
    return (row) =>
      obj(['date', `${formatTikTokDate(row.at)} UTC`], ['comment', row.text], ['photo', 'N/A'], ['url', ''], ['sticker', 'N/A'], ['video', 'N/A'], ['originalPostUrl', ''], ['original post link', ''])
  }
  return (row) => obj(['date', formatTikTokDate(row.at)], ['comment', row.text], ['photo', 'N/A'], ['url', ''])
}

function statusItem(gen: Generation, uid: string): (row: SpecStatus) => JObject {
  if (gen === 'C' || gen === 'D') {
    return (row) =>
      obj(['Resolution', row.resolution], ['App Version', row.appVersion], ['IDFA', ''], ['GAID', row.gaid], ['Android ID', row.androidId], ['IDFV', row.idfv], ['UID', new JRaw(uid)], ['DID', row.did], ['Web ID', ''])
  }
  return (row) => obj(['Resolution', row.resolution], ['App Version', row.appVersion], ['IDFA', ''], ['GAID', row.gaid], ['Android ID', row.androidId], ['IDFV', row.idfv], ['Web ID', ''])
}

/** `l=` log id TikTok stamps into signed URLs: the export's build time, `YYYYMMDDhhmmss` + 20 hex digits. */
function logId(ctx: Ctx): string {
  const d = formatTikTokDate(ctx.spec.exportedAt).replace(/[-: ]/g, '')
  return `${d}${ctx.rng.hex(20).toUpperCase()}`
}

function signedVideoUrl(ctx: Ctx): string {
  const expires = Math.floor(ctx.spec.exportedAt / 1000) + 864_000 + ctx.rng.int(0, 3600)
  return (
    `https://video-i18n.tiktokv.com/storage/v1/tos-useast2a-v-0068-euttp/${ctx.rng.hex(48)}?a=1233&bti=Ojw6QDA1M2A%3D&ch=0&cr=0&dr=0` +
    `&mime_type=video_mp4&qs=13&rc=${ctx.rng.hex(40)}&l=${logId(ctx)}&btag=e00078000&x-tos-algorithm=v2&x-tos-expires=${expires}&x-tos-signature=${ctx.rng.hex(27)}`
  )
}

function postItem(ctx: Ctx): (row: SpecPost) => JObject {
  const gen = ctx.gen
  return (row) => {
    const base: Array<readonly [string, JValue]> = [
      ['Date', formatTikTokDate(row.at)],
      ['Link', signedVideoUrl(ctx)],
      ['Likes', String(row.likes)],
    ]
    if (gen === 'A') return new JObject(base)
    const yesNo = row.whoCanView === 'Only me' ? 'No' : 'Yes'
    base.push(
      ['WhoCanView', row.whoCanView],
      ['AllowComments', yesNo],
      ['AllowStitches', yesNo],
      ['AllowDuets', 'No'],
      ['AllowStickers', yesNo],
      ['AllowSharingToStory', yesNo],
      ['ContentDisclosure', ''],
      ['AIGeneratedContent', ''],
      ['Sound', row.sound],
      ['Location', row.location],
      ['Title', row.title],
      ['AddYoursText', 'N/A'],
    )
    if (gen === 'C' || gen === 'D') base.push(['AlternateText', ''], ['CoverImage', `https://p16-sign-va.tiktokcdn.com/obj/tos-maliva-p-0068/${ctx.rng.hex(32)}?x-expires=${Math.floor(ctx.spec.exportedAt / 1000) + 172_800}`])
    return new JObject(base)
  }
}

function deletedPostItem(ctx: Ctx): (row: SpecDeletedPost) => JObject {
  return (row) =>
    obj(
      ['Date', formatTikTokDate(row.at)],
      ['DateDeleted', formatTikTokDate(row.deletedAt)],
      ['Link', `https://www.tiktok.com/login/?redirect_url=http%3A%2F%2Fwebapp-i18n.tiktok.com%2F${ctx.rng.hex(32)}%2F${ctx.rng.hex(8)}%2Ftos-useast2a-ve-0068c001-euttp%2F${ctx.rng.hex(30)}%3Fa%3D1988%26l%3D${logId(ctx)}`],
      ['Likes', String(row.likes)],
      ['ContentDisclosure', ''],
      ['AIGeneratedContent', ''],
      ['Sound', row.sound],
      ['Location', row.location],
      ['Title', row.title],
      ['AddYoursText', 'N/A'],
    )
}

// ---------------------------------------------------------------------------------------------
// Sections.

/** `{ [listKey]: list }` with TikTok's sibling keys; gen A writes an empty list by leaving the key out (`{}`). */
function section(ctx: Ctx, listKey: string, list: JList, siblings: ReadonlyArray<readonly [string, JValue]> = [], absentWhenEmptyInA = false): JObject {
  if (ctx.gen === 'A' && absentWhenEmptyInA && list.count === 0) return EMPTY
  const app: ReadonlyArray<readonly [string, JValue]> = ctx.gen === 'A' ? [] : siblings
  return new JObject([...app, [listKey, list]])
}

const APP: ReadonlyArray<readonly [string, JValue]> = [['App', 1]]
const APP_FASTLANE: ReadonlyArray<readonly [string, JValue]> = [['App', 1], ['IsFastLane', false]]
const nullList = new JList(0, () => [])

function likes(ctx: Ctx): JObject {
  return section(ctx, 'ItemFavoriteList', listOf(ctx.spec.likes, 'desc', likeItem(ctx)), APP)
}

function favoriteVideos(ctx: Ctx): JObject {
  return section(ctx, 'FavoriteVideoList', listOf(ctx.spec.favorites, 'desc', favoriteItem), APP)
}

function watchHistory(ctx: Ctx): JObject {
  const w = ctx.spec.watch
  const render = watchItem(ctx.gen)
  const order = ctx.watchOrder
  const list = new JList(w.count, function* () {
    for (const row of order === 'asc' ? w.ascending() : w.descending()) yield render(row)
  })
  return obj(['VideoList', list])
}

function logins(ctx: Ctx): JObject {
  return obj(['LoginHistoryList', listOf(ctx.spec.logins, ctx.loginOrder, loginItem(ctx.gen))])
}

function searches(ctx: Ctx): JObject {
  return obj(['SearchList', listOf(ctx.spec.searches, 'desc', (r) => obj(['Date', formatTikTokDate(r.at)], ['SearchTerm', r.term]))])
}

function shares(ctx: Ctx): JObject {
  return obj(['ShareHistoryList', listOf(ctx.spec.shares, 'asc', shareItem)])
}

function followers(ctx: Ctx): JObject {
  return section(ctx, 'FansList', listOf(ctx.spec.followers, 'desc', userItem), APP_FASTLANE)
}

function following(ctx: Ctx): JObject {
  return section(ctx, 'Following', listOf(ctx.spec.following, 'desc', userItem), APP_FASTLANE)
}

function blockList(ctx: Ctx): JObject {
  return section(ctx, 'BlockList', listOf(ctx.spec.blocked, 'desc', userItem), APP, true)
}

function status(ctx: Ctx): JObject {
  return obj(['Status List', listOf(ctx.spec.status, 'asc', statusItem(ctx.gen, ctx.spec.account.uid))])
}

function activitySummary(ctx: Ctx): JObject {
  const entries: Array<readonly [string, JValue]> = [['note', 'data may have delays of up to several days']]
  for (const [k, v] of ctx.spec.activitySummary) entries.push([k, v])
  return obj(['ActivitySummaryMap', new JObject(entries)])
}

function comments(ctx: Ctx): JObject {
  return section(ctx, 'CommentsList', listOf(ctx.spec.comments, 'desc', commentItem(ctx.gen)), APP, true)
}

function posts(ctx: Ctx): JObject {
  return section(ctx, 'VideoList', listOf(ctx.spec.posts, 'desc', postItem(ctx)), [], true)
}

function deletedPosts(ctx: Ctx): JObject {
  return obj(['PostList', listOf(ctx.spec.deletedPosts, 'desc', deletedPostItem(ctx))])
}

const favoriteLists = (ctx: Ctx): Array<readonly [string, JValue]> => [
  ['Favorite Effects', ctx.gen === 'A' ? EMPTY : obj(['FavoriteEffectsList', null])],
  ['Favorite Hashtags', obj(['FavoriteHashtagList', null])],
  ['Favorite Sounds', obj(['FavoriteSoundList', null])],
]

const purchases = obj(['SendGifts', obj(['SendGifts', null])], ['BuyGifts', obj(['BuyGifts', null])])
const locationData = obj(['LocationData', obj(['Date', 'N/A'], ['GpsData', 'N/A'], ['LastRegion', 'N/A'])])

function settingsMap(ctx: Ctx): JObject {
  const gen = ctx.gen
  const skip = new Set<string>()
  if (gen === 'A') ['Allow Reuse of Content', 'Personalized Ads', 'Suggest your account to Facebook friends', 'Suggest your account to contacts', 'Suggest your account to people who open or send links to you'].forEach((k) => skip.add(k))
  if (gen === 'B') skip.add('Allow Reuse of Content')
  const values = new Map<string, JValue>()
  for (const [k, v] of ctx.spec.settings) if (!skip.has(k)) values.set(k, v)
  values.set(
    'Content Preferences',
    obj(['Keyword filters for videos in Following feed', gen === 'C' ? [] : null], ['Keyword filters for videos in For You feed', gen === 'C' ? [] : null], ['Video Languages Preferences', gen === 'A' ? ['en', 'de'] : null]),
  )
  if (gen !== 'A') values.set('Family Content Preferences', EMPTY)
  values.set('Push Notification', obj(['Desktop notification', 'Default'], ['New Comments on My Video', 'Default'], ['New Fans', 'Default'], ['New Likes on My Video', 'Default']))
  if (gen === 'D') {
    for (const [k, v] of [['FamilyPairing', 'N/A'], ['ScreenTime', 'N/A'], ['Autofill contact information', 'Off'], ['Autofill payment information', 'Off'], ['Who can see your following list::', 'Everyone']] as const) {
      if (!values.has(k)) values.set(k, v)
    }
  }
  // Real SettingsMaps are sorted by key (plain code-unit order: "Who Can…" before "Who can…").
  const keys = [...values.keys()].sort()
  return obj(...APP.filter(() => gen !== 'A'), ['SettingsMap', new JObject(keys.map((k) => [k, values.get(k) ?? null] as const))])
}

function profileMap(ctx: Ctx): JObject {
  const { spec, gen } = ctx
  const p = spec.profile
  // Real profile photos expire two days after the export's hour, rounded down (d3i 2024-12-13 07:20 → x-expires 12-15 07:00).
  const expires = Math.floor(spec.exportedAt / 3_600_000) * 3600 + 172_800
  const photo = `https://p16-sign-useast2a.tiktokcdn.com/tos-useast2a-avt-0068-euttp/${ctx.rng.hex(32)}~c5_1080x1080.webp?lk3s=a5d48078&nonce=${ctx.rng.int(10000, 99999)}&refresh_token=${ctx.rng.hex(32)}&x-expires=${expires}&x-signature=${ctx.rng.hex(27)}%3D&shp=a5d48078&shcp=7996dd0b`
  const likesReceived = p.likesReceived > 0 ? String(p.likesReceived) : 'None'
  const platform = obj(['Description', ''], ['Name', p.displayName], ['Platform', 'Facebook'], ['Profile Photo', ''])
  const entries: Array<readonly [string, JValue]> = [['PlatformInfo', [platform]]]
  if (gen === 'D') entries.push(['accountRegion', 'NL'])
  if (gen === 'C' || gen === 'D') entries.push(['aiSelf', ''])
  entries.push(['bioDescription', p.bio], ['birthDate', p.birthDate])
  if (gen === 'C' || gen === 'D') entries.push(['displayName', p.displayName])
  entries.push(['emailAddress', p.email])
  if (gen === 'C' || gen === 'D') entries.push(['followerCount', p.followerCount], ['followingCount', p.followingCount])
  if (gen === 'D') entries.push(['fundraiser', ''])
  if (gen === 'C' || gen === 'D') entries.push(['inferredGender', 'None'], ['instagramLink', ''], ['lemon8Link', ''])
  entries.push(['likesReceived', likesReceived], ['profilePhoto', photo], ['profileVideo', 'None'], ['telephoneNumber', 'None'], ['userName', spec.account.username])
  if (gen === 'C' || gen === 'D') entries.push(['youtubeLink', ''])
  return obj(...APP.filter(() => gen !== 'A'), ['ProfileMap', new JObject(entries)])
}

const autofill = obj(...['PhoneNumber', 'Email', 'FirstName', 'LastName', 'Address', 'ZipCode', 'Unit', 'City', 'State', 'Country'].map((k) => [k, 'N/A'] as const))
const aiMoji = obj(['CreateDate', ''], ['AIMojiList', null])

const goLiveSettings = obj([
  'SettingsMap',
  obj(
    ['Allow agencies to find and invite you', 'N/A'],
    ['Allow others to invite you to co-host in LIVE', 'On'],
    ['Allow people to send and receive comments during your LIVE', 'N/A'],
    ['Allow suggested LIVE hosts to invite you to co-host in LIVE', 'On'],
    ['Allow viewers to request to go LIVE with you', 'N/A'],
    ['Allow viewers to see and send questions and answers in your LIVE', 'N/A'],
    ['Allow viewers to send you gifts during your LIVE', 'N/A'],
    ['Hide comments that contain the following keywords from your LIVE', []],
    ['Hide potential spam or offensive comments from your LIVE', 'N/A'],
    ['People you assigned to moderate your LIVE', []],
    ['Show your username and gift information in features with ranking lists', 'Off'],
  ),
])

function live(gen: Generation): JObject {
  // 2022 files leave empty list keys out (`{}`) where later files write null (hudi 2022 shape).
  const entries: Array<readonly [string, JValue]> = [['Go Live History', gen === 'A' ? EMPTY : obj(['GoLiveList', null])], ['Go Live Settings', goLiveSettings]]
  if (gen === 'C' || gen === 'D') entries.push(['Watch Live Comment', EMPTY])
  entries.push(
    ['Watch Live History', obj(['WatchLiveMap', EMPTY])],
    ['Watch Live Settings', obj(['WatchLiveSettingsMap', obj(['app', 'N/A'], ['web', 'N/A'])], ['MostRecentModificationTimeInApp', '0'], ['MostRecentModificationTimeInWeb', '0'])],
  )
  return new JObject(entries)
}

function shop(gen: Generation): JObject {
  const old = gen === 'A' || gen === 'B'
  const none = (key: string): JObject => (gen === 'A' ? EMPTY : obj([key, null]))
  const entries: Array<readonly [string, JValue]> = [
    [old ? 'Communication History' : 'Communication With Shops', none('CommunicationHistories')],
    ['Current Payment Information', obj(['PayCard', null])],
    ['Customer Support History', none('CustomerSupportHistories')],
    ['Order Dispute History', none('OrderDisputeHistories')],
    ['Order History', none('OrderHistories')],
    ['Product Browsing History', none('ProductBrowsingHistories')],
    [old ? 'Product Review History' : 'Product Reviews', none('ProductReviewHistories')],
    [old ? 'Return and Refund History' : 'Returns and Refunds History', none('ReturnAndRefundHistories')],
    ['Saved Address Information', obj(['SavedAddress', null])],
    ['Shopping Cart List', obj(['ShoppingCart', null])],
  ]
  if (gen === 'D') entries.push(['TikTokFavoriteItem', obj(['TikTokFavoriteItemResult', obj(['TikTokFavoriteItemList', null])])])
  entries.push(['Vouchers', obj(['Vouchers', null])])
  return new JObject(entries)
}

const adsOld = (gen: Generation): JObject =>
  gen === 'A'
    ? obj(
        ['Ad Interests', obj(['AdInterestCategories', ''])],
        ['Ads Based On Data Received From Partners', obj(['DataPartnerList', ''], ['AdvertiserList', ''])],
        ['Usage Data From Third-Party Apps And Websites', EMPTY],
      )
    : obj(['Ad Interests', obj(['AdInterestCategories', ''])], ['Instant Form Ads Responses', obj(['ResponsesList', null])], ['Off TikTok Activity', obj(['OffTikTokActivityDataList', null])])

// ---------------------------------------------------------------------------------------------
// Documents per generation.

function documentAB(ctx: Ctx): Map<string, JValue> {
  const gen = ctx.gen
  const activity: Array<readonly [string, JValue]> = []
  if (gen === 'B') activity.push(['Activity Summary', activitySummary(ctx)])
  activity.push(
    ...favoriteLists(ctx),
    ['Favorite Videos', favoriteVideos(ctx)],
    ['Follower List', followers(ctx)],
    ['Following List', following(ctx)],
    ['Hashtag', gen === 'A' ? EMPTY : obj(['HashtagList', null])],
    ['Like List', likes(ctx)],
    ['Login History', logins(ctx)],
  )
  if (gen === 'B') activity.push(['Most Recent Location Data', locationData])
  activity.push(
    ['Purchase History', gen === 'A' ? EMPTY : purchases],
    ['Search History', searches(ctx)],
    ['Share History', shares(ctx)],
    ['Status', status(ctx)],
    ['Video Browsing History', watchHistory(ctx)],
  )
  const doc = new Map<string, JValue>([
    ['Activity', new JObject(activity)],
    ['Ads and data', adsOld(gen)],
    ['App Settings', obj(['Block', blockList(ctx)], ['Settings', settingsMap(ctx)])],
    ['Comment', obj(['Comments', comments(ctx)])],
    ['Direct Messages', obj(['Chat History', obj(['ChatHistory', EMPTY])])],
  ])
  if (gen === 'B') {
    doc.set('Income Plus Wallet Transactions', obj(['Income Plus Wallet Transaction', obj(['TransactionsList', null])]))
    doc.set('Poi Review', obj(['POI Review', obj(['ReviewsList', null])]))
  }
  const profile: Array<readonly [string, JValue]> = gen === 'B' ? [['AIMoji', aiMoji], ['Auto Fill', autofill]] : []
  profile.push(['Profile Information', profileMap(ctx)])
  doc.set('Profile', new JObject(profile))
  doc.set('Tiktok Live', live(gen))
  doc.set('Tiktok Shopping', shop(gen))
  doc.set('Video', gen === 'A' ? obj(['Videos', posts(ctx)]) : obj(['RecentlyDeletedPosts', deletedPosts(ctx)], ['Videos', posts(ctx)]))
  return doc
}

function documentC(ctx: Ctx): Map<string, JValue> {
  return new Map<string, JValue>([
    ['Ads and data', adsOld('C')],
    ['App Settings', obj(['Block List', blockList(ctx)], ['Settings', settingsMap(ctx)], ['UserThirdPlatformInformation', EMPTY])],
    ['Comment', obj(['Comments', comments(ctx)])],
    ['Direct Message', obj(['Direct Messages', obj(['ChatHistory', EMPTY])])],
    ['Income Plus Wallet Transactions', obj(['Transaction History', obj(['TransactionsList', null])])],
    ['Location Review', obj(['Location Reviews', obj(['ReviewsList', null])])],
    ['Post', obj(['Posts', posts(ctx)], ['Recently Deleted Posts', deletedPosts(ctx)])],
    ['Profile', obj(['AI-Moji', aiMoji], ['AISelfImage', EMPTY], ['Autofill', autofill], ['Profile Info', profileMap(ctx)])],
    ['TikTok Shop', shop('C')],
    ['Tiktok Live', live('C')],
    [
      'Your Activity',
      obj(
        ['Activity Summary', activitySummary(ctx)],
        ['Collection', EMPTY],
        ['Donation', obj(['DonationList', null])],
        ['Favorite Collection', obj(['FavoriteCollectionList', []])],
        ['Favorite Comment', obj(['FavoriteCommentList', []])],
        ...favoriteLists(ctx).slice(0, 2),
        ['Favorite Location', obj(['FavoriteLocationList', []])],
        ...favoriteLists(ctx).slice(2),
        ['Favorite Videos', favoriteVideos(ctx)],
        ['Follower', followers(ctx)],
        ['Following', following(ctx)],
        ['Fundraiser', obj(['FundraiserList', null])],
        ['Hashtag', obj(['HashtagList', null])],
        ['Like List', likes(ctx)],
        ['Login History', logins(ctx)],
        ['Most Recent Location Data', locationData],
        ['Purchases', purchases],
        ['Searches', searches(ctx)],
        ['Share History', shares(ctx)],
        ['Status', status(ctx)],
        ['Watch History', watchHistory(ctx)],
      ),
    ],
  ])
}

function documentD(ctx: Ctx): Map<string, JValue> {
  const offTikTok = obj(['OffTikTokActivityDataList', null])
  return new Map<string, JValue>([
    ['Comment', obj(['Comments', comments(ctx)])],
    ['Direct Message', obj(['Direct Messages', obj(['ChatHistory', EMPTY])], ['Group Chat', obj(['GroupChat', EMPTY])], ['Tako Chat History', obj(['TakoChatHistoryList', null])])],
    ['Income+ Wallet', obj(['Coin Purchase History', obj(['CoinPurchaseHistoryList', null])], ['Transaction History', obj(['TransactionsList', null])])],
    [
      'Likes and Favorites',
      obj(
        ['Collection', EMPTY],
        ['Favorite Collection', obj(['FavoriteCollectionList', []])],
        ['Favorite Comment', obj(['FavoriteCommentList', []])],
        ['Favorite Drama', EMPTY],
        ...favoriteLists(ctx).slice(0, 2),
        ['Favorite Location', obj(['FavoriteLocationList', []])],
        ['Favorite Movies and TV', obj(['FavoriteMoviesAndTVList', null])],
        ['Favorite Playlists', obj(['FavoritePlaylistList', null])],
        ...favoriteLists(ctx).slice(2),
        ['Favorite Videos', favoriteVideos(ctx)],
        ['Like List', likes(ctx)],
      ),
    ],
    ['Location Review', obj(['Location Reviews', obj(['ReviewsList', null])])],
    ['Post', obj(['Posts', posts(ctx)], ['Recently Deleted Posts', deletedPosts(ctx)], ['Story', EMPTY])],
    [
      'Profile And Settings',
      obj(
        ['AI-Moji', aiMoji],
        ['AISelfImage', EMPTY],
        ['Autofill', autofill],
        ['Block List', blockList(ctx)],
        ['Follower', followers(ctx)],
        ['Following', following(ctx)],
        ['Off TikTok Activity', offTikTok],
        ['Profile Info', profileMap(ctx)],
        ['ProfileViews', obj(['ProfileViewList', null])],
        ['Settings', settingsMap(ctx)],
      ),
    ],
    ['TikTok Live', live('D')],
    ['TikTok Shop', shop('D')],
    [
      'Your Activity',
      obj(
        ['Activity Summary', activitySummary(ctx)],
        ['Ad Interests', obj(['AdInterestCategories', ''])],
        ['Ads Visit History', obj(['AdsVisitHistoryList', null])],
        ['Donation', obj(['DonationList', null])],
        ['Fundraiser', obj(['FundraiserList', null])],
        ['Hashtag', obj(['HashtagList', null])],
        ['Instant Form Ads Responses', obj(['ResponsesList', null])],
        ['Login History', logins(ctx)],
        ['Mini Drama Watch History', EMPTY],
        ['Off TikTok Activity', offTikTok],
        ['Purchases', purchases],
        ['Reposts', obj(['RepostList', nullList])],
        ['Searches', searches(ctx)],
        ['Share History', shares(ctx)],
        ['Status', status(ctx)],
        ['Stickers', obj(['StickerList', null])],
        ['Watch History', watchHistory(ctx)],
      ),
    ],
  ])
}

function buildDocument(spec: ExportSpec, options: JsonRenderOptions): JObject {
  const gen = options.generation
  const ctx: Ctx = {
    spec,
    gen,
    likeKeys: options.likeKeyCase ?? DEFAULT_LIKE_KEYS[gen],
    watchOrder: options.watchOrder ?? (gen === 'A' || gen === 'C' ? 'desc' : 'asc'),
    loginOrder: options.loginOrder ?? (gen === 'A' ? 'desc' : 'asc'),
    rng: new Rng(spec.seed).fork('render-json', gen),
  }
  const doc = gen === 'C' ? documentC(ctx) : gen === 'D' ? documentD(ctx) : documentAB(ctx)
  const wanted = options.categories
  if (wanted !== undefined) {
    for (const name of wanted) {
      if (!doc.has(name)) throw new RangeError(`Generation ${gen} has no category "${name}"; it has: ${JSON_CATEGORIES[gen].join(', ')}`)
    }
  }
  const keep = wanted === undefined ? null : new Set(wanted)
  return new JObject([...doc].filter(([k]) => keep === null || keep.has(k)))
}

/**
 * Streams a `user_data_tiktok.json` for the spec, in chunks of about `chunkChars` characters.
 * Memory stays bounded whatever the watch-history size: list items are rendered one at a time.
 */
export function* renderJsonExport(spec: ExportSpec, options: JsonRenderOptions): Generator<string> {
  const copies = options.writtenTwice === true ? 2 : 1
  const buf = new ChunkBuffer()
  if (options.bom === true) buf.write('\uFEFF')
  for (let copy = 0; copy < copies; copy++) {
    // Rebuilt per copy so the decoration randomness (URL hashes) repeats exactly: the copies are byte-identical.
    const doc = buildDocument(spec, options)
    const ser = new Serializer(buf, options.pretty ?? true, options.chunkChars ?? 256 * 1024)
    yield* ser.write(doc, 0)
    buf.write('\n')
  }
  if (buf.size > 0) yield buf.take()
}

/** The whole export as one string; for small specs in tests. */
export function renderJsonString(spec: ExportSpec, options: JsonRenderOptions): string {
  let out = ''
  for (const chunk of renderJsonExport(spec, options)) out += chunk
  return out
}
