// shared/core: Electron-free. Which normalised section a JSON list or a TXT file belongs to, across every export generation and language.
import type { SectionName } from '@shared/contract/model'
import { canonicalKey } from './fields'

/** The dated sections plus `status`, which is undated device information. */
export type ListKind = SectionName | 'status'

/**
 * JSON lists by (section key, list key), both canonicalised; the top-level category is ignored because
 * TikTok moved the same section between `Activity`, `Your Activity`, `Likes and Favorites`,
 * `Profile And Settings`, `Video` and `Post` (export-format.md §1.2–1.5, §5.1).
 */
const JSON_LISTS: ReadonlyArray<readonly [ListKind, string, string]> = [
  ['likes', 'Like List', 'ItemFavoriteList'],
  ['favorites', 'Favorite Videos', 'FavoriteVideoList'],
  ['watchHistory', 'Video Browsing History', 'VideoList'],
  ['watchHistory', 'Watch History', 'VideoList'],
  ['logins', 'Login History', 'LoginHistoryList'],
  ['searches', 'Search History', 'SearchList'],
  ['searches', 'Searches', 'SearchList'],
  ['shares', 'Share History', 'ShareHistoryList'],
  ['followers', 'Follower List', 'FansList'],
  ['followers', 'Follower', 'FansList'],
  ['following', 'Following List', 'Following'],
  ['following', 'Following', 'Following'],
  ['blocked', 'Block', 'BlockList'],
  ['blocked', 'Block List', 'BlockList'],
  ['posts', 'Videos', 'VideoList'],
  ['posts', 'Posts', 'VideoList'],
  ['deletedPosts', 'RecentlyDeletedPosts', 'PostList'],
  ['deletedPosts', 'Recently Deleted Posts', 'PostList'],
  ['comments', 'Comments', 'CommentsList'],
  ['status', 'Status', 'Status List'],
]

const JSON_LIST_KIND: ReadonlyMap<string, ListKind> = new Map(
  JSON_LISTS.map(([kind, section, list]) => [`${canonicalKey(section)}/${canonicalKey(list)}`, kind] as const),
)

const JSON_SECTION_KIND: ReadonlyMap<string, ListKind> = new Map(JSON_LISTS.map(([kind, section]) => [canonicalKey(section), kind] as const))

/**
 * The kind of a JSON section object by its name alone. A section can be present while its list is
 * `null` or missing (`"Comment": {"Comments": {}}`): the section still counts as exported, just empty.
 */
export function jsonSectionKind(section: string): ListKind | null {
  return JSON_SECTION_KIND.get(canonicalKey(section)) ?? null
}

/** The kind of a JSON array found at `…/<section>/<list>`, or null for lists the reader does not use. */
export function jsonListKind(section: string | undefined, list: string | undefined): ListKind | null {
  if (section === undefined || list === undefined) return null
  return JSON_LIST_KIND.get(`${canonicalKey(section)}/${canonicalKey(list)}`) ?? null
}

/**
 * TXT export file names (without `.txt`), English across generations and Dutch.
 * Older and newer names of the same section sit side by side (export-format.md §2.1).
 */
const TXT_FILES: ReadonlyArray<readonly [ListKind, readonly string[]]> = [
  ['likes', ['Like List', 'Likes', 'Likelijst', 'Vind-ik-leuks']],
  ['favorites', ['Favorite Videos', 'Favourite Videos', "Favoriete video's", 'Favoriete videos']],
  ['watchHistory', ['Video Browsing History', 'Video Browsing', 'Browsing History', 'Watch History', 'Kijkgeschiedenis']],
  ['logins', ['Login History', 'Inloggeschiedenis']],
  ['searches', ['Searches', 'Search History', 'Zoekopdrachten', 'Zoekgeschiedenis']],
  ['shares', ['Share History', 'Sharing', 'Deelgeschiedenis', 'Geschiedenis delen']],
  ['followers', ['Follower', 'Followers', 'Follower List', 'Volger', 'Volgers']],
  ['following', ['Following', 'Following List', 'Volgend']],
  ['blocked', ['Block List', 'Blocked', 'Blokkeerlijst', 'Blokkeringslijst']],
  ['posts', ['Posts', 'Post', 'Videos', 'Video', "Video's", 'Berichten']],
  ['deletedPosts', ['Recently Deleted Posts', 'Onlangs verwijderde berichten']],
  ['comments', ['Comments', 'Comment', 'Reacties']],
  ['status', ['Status']],
]

const TXT_FILE_KIND: ReadonlyMap<string, ListKind> = new Map(
  TXT_FILES.flatMap(([kind, names]) => names.map((n) => [canonicalKey(n), kind] as const)),
)

/** The kind of a TXT export file from its base name (`Like List.txt`, `Likelijst.txt`), or null. */
export function txtFileKind(baseName: string): ListKind | null {
  const stem = baseName.replace(/\.txt$/i, '')
  return TXT_FILE_KIND.get(canonicalKey(stem)) ?? null
}

/** How long TikTok keeps each section, in days, where that is known (export-format.md §1.7); null = whole account history. */
export const RETENTION_DAYS: Readonly<Record<SectionName, number | null>> = {
  likes: null,
  favorites: null,
  watchHistory: 180,
  logins: 180,
  searches: 180,
  shares: 180,
  followers: null,
  following: null,
  blocked: null,
  posts: null,
  deletedPosts: 30,
  comments: null,
}
