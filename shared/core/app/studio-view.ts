// shared/core: Electron-free. Builds the creator view (StudioView) from a snapshot's TikTok Studio data and, when present, the archive's own posts.
import type { StudioDayPoint, StudioPostRow, StudioVideoRow, StudioView } from '@shared/contract/views'
import { isoOrNull } from '../parse/fields'
import type { ExportSnapshot, PostRow, StudioDay } from '../snapshot'

const DAY_MS = 86_400_000

/** Below this many views in a day a rate is noise (1 like from 2 views is "500 per 1,000"), so the day's rate is left blank. */
export const MIN_VIEWS_FOR_RATE = 50

/** Likes per 1,000 views, one decimal; null when there were too few views to divide by. */
function per1000(likes: number | null, views: number | null): number | null {
  if (likes === null || views === null || views < MIN_VIEWS_FOR_RATE) return null
  return Math.round((likes / views) * 10_000) / 10
}

/** The account name in a Studio video link (`https://www.tiktok.com/@name/video/…`), or null. */
function accountFromLink(link: string): string | null {
  const m = /tiktok\.com\/@([A-Za-z0-9._]+)\/video\//.exec(link)
  return m?.[1] ?? null
}

/**
 * The days as one gap-free series (a missing calendar day becomes a row of nulls, so the time axis stays true), with the
 * follower change computed as followers[d] − followers[d−1]. TikTok's own "difference from previous day" column is the
 * change to the next day, so it is not used.
 */
export function studioDays(days: readonly StudioDay[]): StudioDayPoint[] {
  const first = days[0]
  const last = days[days.length - 1]
  if (first === undefined || last === undefined) return []
  const byAt = new Map(days.map((d) => [d.at, d]))
  const out: StudioDayPoint[] = []
  let previousFollowers: number | null = null
  for (let at = first.at; at <= last.at; at += DAY_MS) {
    const d = byAt.get(at)
    const followers = d?.followers ?? null
    out.push({
      date: new Date(at).toISOString(),
      likes: d?.likes ?? null,
      views: d?.videoViews ?? null,
      profileViews: d?.profileViews ?? null,
      comments: d?.comments ?? null,
      shares: d?.shares ?? null,
      followers,
      followerChange: followers !== null && previousFollowers !== null ? followers - previousFollowers : null,
      likesPer1000Views: per1000(d?.likes ?? null, d?.videoViews ?? null),
    })
    previousFollowers = followers
  }
  return out
}

function postRow(p: PostRow): StudioPostRow {
  return { at: new Date(p.at).toISOString(), videoId: p.videoId, title: p.title, likes: p.likes, deletedAt: isoOrNull(p.deletedAt) }
}

const newestFirst = (a: PostRow, b: PostRow): number => b.at - a.at

/** The creator view, or null when the snapshot holds no TikTok Studio data. */
export function studioView(snapshot: ExportSnapshot): StudioView | null {
  const studio = snapshot.studio
  if (studio === null) return null
  const days = studioDays(studio.days)
  let likes = 0
  let views = 0
  let likesWithViews = 0
  let followerLossDays = 0
  let followersLost = 0
  for (const d of days) {
    likes += d.likes ?? 0
    views += d.views ?? 0
    if (d.likes !== null && d.views !== null) likesWithViews += d.likes
    if (d.followerChange !== null && d.followerChange < 0) {
      followerLossDays++
      followersLost -= d.followerChange
    }
  }
  const counted = days.filter((d) => d.followers !== null)
  const topVideos: StudioVideoRow[] = studio.videos.map((v) => ({
    videoId: v.videoId,
    title: v.title,
    url: v.link,
    postedAt: isoOrNull(v.postedAt),
    likes: v.likes,
    views: v.views,
    comments: v.comments,
    shares: v.shares,
  }))
  const account = snapshot.profile.username ?? studio.videos.map((v) => accountFromLink(v.link)).find((a) => a !== null) ?? null
  return {
    account,
    first: days[0]?.date ?? null,
    last: days[days.length - 1]?.date ?? null,
    days,
    totals: {
      likes,
      views,
      followersFirst: counted[0]?.followers ?? null,
      followersLast: counted[counted.length - 1]?.followers ?? null,
      followerLossDays,
      followersLost,
      likesPer1000Views: per1000(likesWithViews, views),
    },
    topVideos,
    posts: [...snapshot.posts].sort(newestFirst).map(postRow),
    deletedPosts: [...snapshot.deletedPosts].sort(newestFirst).map(postRow),
    withArchive: snapshot.format !== 'studio-csv',
    followerGender: studio.followerGender.map((g) => ({ ...g })),
    followerTerritories: studio.followerTerritories.map((t) => ({ ...t })),
  }
}
