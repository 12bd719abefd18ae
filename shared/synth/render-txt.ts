// shared/synth: pure. Renders an ExportSpec as the files of a TikTok TXT export (English or Dutch), keyed by zip-internal path.
import type { Generation } from '@shared/contract/model'
import type { ExportSpec, SpecVideo } from './export-spec'
import { formatTikTokDate, shareLink } from './export-spec'

export type TxtLanguage = 'en' | 'nl'

export interface TxtRenderOptions {
  generation: Generation
  language: TxtLanguage
  /** `zip-2022`: the 2022 TXT zip's names (`/Activity/Likes.txt`, `Video Browsing.txt`, `Sharing.txt`), English only. */
  layout?: 'standard' | 'zip-2022'
}

type FileKey =
  | 'likes'
  | 'favorites'
  | 'watch'
  | 'logins'
  | 'searches'
  | 'shares'
  | 'followers'
  | 'following'
  | 'blocked'
  | 'posts'
  | 'deletedPosts'
  | 'comments'
  | 'status'
  | 'summary'
  | 'profile'
  | 'settings'

/**
 * Zip paths per generation (export-format.md §2.1): ≤2022 `Activity/…` with JSON-era names, Dec 2024
 * `Tiktok/Activity/…`, 2025 `TikTok/Your Activity/…`, 2026 `TikTok/Likes and Favorites/…` + `Profile and Settings/…`.
 * Gen A and C paths follow that generation's JSON section names, which is what TikTok did where we could check.
 */
const EN_PATHS: Readonly<Record<Generation, Readonly<Record<FileKey, string>>>> = {
  A: {
    likes: 'Activity/Like List.txt',
    favorites: 'Activity/Favorite Videos.txt',
    watch: 'Activity/Video Browsing History.txt',
    logins: 'Activity/Login History.txt',
    searches: 'Activity/Search History.txt',
    shares: 'Activity/Share History.txt',
    followers: 'Activity/Follower List.txt',
    following: 'Activity/Following List.txt',
    status: 'Activity/Status.txt',
    summary: 'Activity/Activity Summary.txt',
    blocked: 'App Settings/Block List.txt',
    settings: 'App Settings/Settings.txt',
    comments: 'Comment/Comments.txt',
    profile: 'Profile/Profile Info.txt',
    posts: 'Videos/Videos.txt',
    deletedPosts: 'Videos/Recently Deleted Posts.txt',
  },
  B: {
    likes: 'Tiktok/Activity/Like List.txt',
    favorites: 'Tiktok/Activity/Favorite Videos.txt',
    watch: 'Tiktok/Activity/Browsing History.txt',
    logins: 'Tiktok/Activity/Login History.txt',
    searches: 'Tiktok/Activity/Searches.txt',
    shares: 'Tiktok/Activity/Share History.txt',
    followers: 'Tiktok/Activity/Follower.txt',
    following: 'Tiktok/Activity/Following.txt',
    status: 'Tiktok/Activity/Status.txt',
    summary: 'Tiktok/Activity/Activity Summary.txt',
    comments: 'Tiktok/Activity/Comments.txt',
    blocked: 'Tiktok/App Settings/Block List.txt',
    settings: 'Tiktok/App Settings/Settings.txt',
    profile: 'Tiktok/Profile/Profile Info.txt',
    posts: 'Tiktok/Posts/Post.txt',
    deletedPosts: 'Tiktok/Posts/Recently Deleted Posts.txt',
  },
  C: {
    likes: 'TikTok/Your Activity/Like List.txt',
    favorites: 'TikTok/Your Activity/Favorite Videos.txt',
    watch: 'TikTok/Your Activity/Watch History.txt',
    logins: 'TikTok/Your Activity/Login History.txt',
    searches: 'TikTok/Your Activity/Searches.txt',
    shares: 'TikTok/Your Activity/Share History.txt',
    followers: 'TikTok/Your Activity/Follower.txt',
    following: 'TikTok/Your Activity/Following.txt',
    status: 'TikTok/Your Activity/Status.txt',
    summary: 'TikTok/Your Activity/Activity Summary.txt',
    comments: 'TikTok/Comment/Comments.txt',
    blocked: 'TikTok/App Settings/Block List.txt',
    settings: 'TikTok/App Settings/Settings.txt',
    profile: 'TikTok/Profile/Profile Info.txt',
    posts: 'TikTok/Post/Posts.txt',
    deletedPosts: 'TikTok/Post/Recently Deleted Posts.txt',
  },
  D: {
    likes: 'TikTok/Likes and Favorites/Like List.txt',
    favorites: 'TikTok/Likes and Favorites/Favorite Videos.txt',
    watch: 'TikTok/Your Activity/Watch History.txt',
    logins: 'TikTok/Your Activity/Login History.txt',
    searches: 'TikTok/Your Activity/Searches.txt',
    shares: 'TikTok/Your Activity/Share History.txt',
    status: 'TikTok/Your Activity/Status.txt',
    summary: 'TikTok/Your Activity/Activity Summary.txt',
    followers: 'TikTok/Profile and Settings/Follower.txt',
    following: 'TikTok/Profile and Settings/Following.txt',
    blocked: 'TikTok/Profile and Settings/Block List.txt',
    settings: 'TikTok/Profile and Settings/Settings.txt',
    profile: 'TikTok/Profile and Settings/Profile Information.txt',
    comments: 'TikTok/Comments/Comments.txt',
    posts: 'TikTok/Post/Posts.txt',
    deletedPosts: 'TikTok/Post/Recently Deleted Posts.txt',
  },
}

/** The 2022 TXT zip (export-format.md §2.3): entry names start with `/`, shorter file names, `Comments/` folder. */
const ZIP_2022_PATHS: Readonly<Record<FileKey, string>> = {
  likes: '/Activity/Likes.txt',
  favorites: '/Activity/Favorite Videos.txt',
  watch: '/Activity/Video Browsing.txt',
  logins: '/Activity/Login History.txt',
  searches: '/Activity/Searches.txt',
  shares: '/Activity/Sharing.txt',
  followers: '/Activity/Follower.txt',
  following: '/Activity/Following.txt',
  status: '/Activity/Status.txt',
  summary: '/Activity/Activity Summary.txt',
  blocked: '/App Settings/Block List.txt',
  settings: '/App Settings/Settings.txt',
  comments: '/Comments/Comments.txt',
  profile: '/Profile/Profile Info.txt',
  posts: '/Videos/Videos.txt',
  deletedPosts: '/Videos/Recently Deleted Posts.txt',
}

/**
 * Dutch names (d3i-infra data-donation-task `tiktok.py` known_files and its algosoc-2026 tests): only the
 * 2025+ layout is documented, so every generation uses it in Dutch.
 */
const NL_PATHS: Readonly<Record<FileKey, string>> = {
  likes: 'TikTok/Likes en favorieten/Likelijst.txt',
  favorites: "TikTok/Likes en favorieten/Favoriete video's.txt",
  watch: 'TikTok/Je activiteit/Kijkgeschiedenis.txt',
  logins: 'TikTok/Je activiteit/Inloggeschiedenis.txt',
  searches: 'TikTok/Je activiteit/Zoekopdrachten.txt',
  shares: 'TikTok/Je activiteit/Geschiedenis delen.txt',
  status: 'TikTok/Je activiteit/Status.txt',
  summary: 'TikTok/Je activiteit/Samenvatting van activiteit.txt',
  followers: 'TikTok/Profiel en instellingen/Volger.txt',
  following: 'TikTok/Profiel en instellingen/Volgend.txt',
  blocked: 'TikTok/Profiel en instellingen/Blokkeringslijst.txt',
  settings: 'TikTok/Profiel en instellingen/Instellingen.txt',
  profile: 'TikTok/Profiel en instellingen/Profielinformatie.txt',
  comments: 'TikTok/Reacties/Reacties.txt',
  posts: 'TikTok/Berichten/Berichten.txt',
  deletedPosts: 'TikTok/Berichten/Onlangs verwijderde berichten.txt',
}

interface Labels {
  date: string
  link: string
  ip: string
  deviceModel: string
  deviceSystem: string
  networkType: string
  carrier: string
  searchTerm: string
  sharedContent: string
  method: string
  username: string
  comment: string
  likes: string
  title: string
  whoCanView: string
  dateDeleted: string
  empty: string
}

const EN_LABELS: Labels = {
  date: 'Date',
  link: 'Link',
  ip: 'IP',
  deviceModel: 'Device Model',
  deviceSystem: 'Device System',
  networkType: 'Network Type',
  carrier: 'Carrier',
  searchTerm: 'Search Term',
  sharedContent: 'Shared Content',
  method: 'Method',
  username: 'Username',
  comment: 'Comment',
  likes: 'Likes',
  title: 'Title',
  whoCanView: 'Who Can View',
  dateDeleted: 'Date Deleted',
  empty: 'You have no data in this section',
}

/** Dutch labels: `Datum`, `Link`, `Gebruikersnaam`, `Zoekterm`, `Gedeelde inhoud`, `Methode`, `Reactie` are documented; the login ones are our best guess. */
const NL_LABELS: Labels = {
  date: 'Datum',
  link: 'Link',
  ip: 'IP-adres',
  deviceModel: 'Apparaatmodel',
  deviceSystem: 'Apparaatsysteem',
  networkType: 'Netwerktype',
  carrier: 'Provider',
  searchTerm: 'Zoekterm',
  sharedContent: 'Gedeelde inhoud',
  method: 'Methode',
  username: 'Gebruikersnaam',
  comment: 'Reactie',
  likes: 'Vind-ik-leuks',
  title: 'Titel',
  whoCanView: 'Who Can View',
  dateDeleted: 'Date Deleted',
  empty: 'Dit gedeelte bevat geen gegevens',
}

type Record_ = ReadonlyArray<readonly [string, string]>

/** Records as `Label: value` lines, one blank line between records, `\n\n\n` at the end (as in real files). */
function txtFile(records: readonly Record_[], empty: string): string {
  if (records.length === 0) return `${empty}\n`
  return records.map((rec) => rec.map(([label, value]) => `${label}: ${value}`).join('\n')).join('\n\n') + '\n\n\n'
}

function newestFirst<T>(rows: readonly T[]): T[] {
  return [...rows].reverse()
}

/** Every file of a TXT export for the spec. Watch history is materialised: use this for small specs only. */
export function renderTxtExport(spec: ExportSpec, options: TxtRenderOptions): Map<string, string> {
  const gen = options.generation
  const nl = options.language === 'nl'
  const paths = nl ? NL_PATHS : options.layout === 'zip-2022' ? ZIP_2022_PATHS : EN_PATHS[gen]
  const L = nl ? NL_LABELS : EN_LABELS
  // Dec 2023 TXT logins carried ` UTC`, Jan 2025 did not; 2026 files write it on every date (export-format.md §2.2).
  const dateSuffix = gen === 'D' ? ' UTC' : ''
  const loginSuffix = gen === 'A' || gen === 'B' || gen === 'D' ? ' UTC' : ''
  const date = (ms: number): string => formatTikTokDate(ms) + dateSuffix
  // ≤2022 files label the video link `Video Link:`.
  const videoLinkLabel = gen === 'A' && !nl ? 'Video Link' : L.link
  const videoRecord = (row: SpecVideo): Record_ => [
    [L.date, date(row.at)],
    [videoLinkLabel, shareLink(row.videoId)],
  ]

  const watchRows: SpecVideo[] = [...spec.watch.descending()]
  const files = new Map<string, string>()
  const put = (key: FileKey, records: readonly Record_[]): void => {
    files.set(paths[key], txtFile(records, L.empty))
  }

  put('likes', newestFirst(spec.likes).map(videoRecord))
  put('favorites', newestFirst(spec.favorites).map((r) => [[L.date, date(r.at)], [L.link, shareLink(r.videoId)]] as const))
  put('watch', watchRows.map(videoRecord))
  // Logins: newest first up to 2023, oldest first from 2025.
  const logins = gen === 'A' || gen === 'B' ? newestFirst(spec.logins) : spec.logins
  put(
    'logins',
    logins.map((r) => [
      [L.date, formatTikTokDate(r.at) + loginSuffix],
      [L.ip, r.ip],
      [L.deviceModel, r.deviceModel],
      [L.deviceSystem, r.deviceSystem],
      [L.networkType, r.networkType],
      [L.carrier, r.carrier],
    ]),
  )
  put('searches', newestFirst(spec.searches).map((r) => [[L.date, date(r.at)], [L.searchTerm, r.term]]))
  put(
    'shares',
    spec.shares.map((r) => [
      [L.date, r.at < 0 ? '1969-12-31 23:59:59' : date(r.at)],
      [L.sharedContent, r.content],
      [L.link, r.videoId === null ? 'https://www.tiktok.com/' : shareLink(r.videoId)],
      [L.method, r.method],
    ]),
  )
  const users = (rows: ExportSpec['followers']): Record_[] => newestFirst(rows).map((r) => [[L.date, date(r.at)], [L.username, r.username ?? 'N/A']])
  put('followers', users(spec.followers))
  put('following', users(spec.following))
  put('blocked', users(spec.blocked))
  put('comments', newestFirst(spec.comments).map((r) => [[L.date, date(r.at)], [L.comment, r.text]]))
  put(
    'posts',
    newestFirst(spec.posts).map((r) => [
      [L.date, date(r.at)],
      [L.likes, String(r.likes)],
      [L.whoCanView, r.whoCanView],
      [L.title, r.title === '' ? 'N/A' : r.title],
    ]),
  )
  put(
    'deletedPosts',
    newestFirst(spec.deletedPosts).map((r) => [
      [L.date, date(r.at)],
      [L.dateDeleted, date(r.deletedAt)],
      [L.likes, String(r.likes)],
      [L.title, r.title === '' ? 'N/A' : r.title],
    ]),
  )
  put(
    'status',
    spec.status.map((r) => [
      ['Screen Resolution', r.resolution],
      ['App Version', r.appVersion],
      ['IDFA', ''],
      ['GAID', r.gaid],
      ['Android ID', r.androidId],
      ['IDFV', r.idfv],
      ['Web ID', ''],
    ]),
  )

  const summary = spec.activitySummary
  files.set(
    paths.summary,
    [
      nl ? 'Opmerking: gegevens kunnen tot enkele dagen vertraagd zijn' : 'Note: data may have delays of up to several days',
      `Videos watched to the end since account registration: ${summary.get('videosWatchedToTheEndSinceAccountRegistration') ?? 0}`,
      `Videos commented on since account registration: ${summary.get('videosCommentedOnSinceAccountRegistration') ?? 0}`,
      `Videos shared since account registration: ${summary.get('videosSharedSinceAccountRegistration') ?? 0}`,
    ].join('\n') + '\n\n\n',
  )
  const p = spec.profile
  files.set(
    paths.profile,
    [
      `Username: ${spec.account.username}`,
      `Display Name: ${p.displayName}`,
      `Bio: ${p.bio === '' ? 'N/A' : p.bio}`,
      `Birthdate: ${p.birthDate}`,
      `Likes Received: ${p.likesReceived}`,
      `Follower Count: ${p.followerCount}`,
      `Following Count: ${p.followingCount}`,
    ].join('\n') + '\n\n\n',
  )
  const settingsLines: string[] = []
  for (const [k, v] of [...spec.settings].sort((a, b) => (a[0] < b[0] ? -1 : 1))) settingsLines.push(`${k}: ${v}`.trimEnd())
  files.set(paths.settings, ['Content Preferences:', 'Keyword filters for videos in For You feed: []', 'Video Languages Preferences: []', '', ...settingsLines].join('\n') + '\n\n\n')
  return files
}
