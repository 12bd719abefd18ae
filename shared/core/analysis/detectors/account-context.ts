// shared/core: Electron-free. Context from the account itself: who can see liked videos (a snapshot setting) and posts the user deleted.
import { formatDate } from '@shared/contract/dates'
import type { CauseEvent } from '@shared/contract/model'
import type { PostRow } from '../../snapshot'
import { settingValue } from '../../summary'
import type { DetectorInput } from '../detector-input'
import { DAY_MS, makeEvent, plural } from '../event-factory'

export function detectLikedVideosPrivate({ snapshot, options }: DetectorInput): CauseEvent[] {
  const value = settingValue(snapshot, 'Who Can View Videos I Liked')
  if (value === null || /^everyone$/i.test(value.trim())) return []
  const at = snapshot.exportedAt ?? snapshot.likes.last ?? 0
  return [
    makeEvent(
      {
        kind: 'liked-videos-private',
        start: at,
        end: at,
        confidence: 'medium',
        title: 'Others cannot see your liked videos',
        explanation: `Your setting "Who can view videos I liked" was "${value}" when the export was made (the export records only the setting at that moment, not when it changed). With it, other people see an empty or hidden Liked tab even though your likes are still there. It does not delete likes.`,
        counts: {},
        rowIds: [],
        actions: ['check-liked-privacy'],
      },
      options.maxRowIds,
    ),
  ]
}

export function detectDeletedPosts({ snapshot, options }: DetectorInput): CauseEvent[] {
  const byDay = new Map<number, PostRow[]>()
  for (const post of snapshot.deletedPosts) {
    if (post.deletedAt === null) continue
    const day = Math.floor(post.deletedAt / DAY_MS)
    const list = byDay.get(day) ?? []
    list.push(post)
    byDay.set(day, list)
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, posts]) => {
      const likes = posts.reduce((s, p) => s + (p.likes ?? 0), 0)
      return makeEvent(
        {
          kind: 'deleted-posts',
          start: day * DAY_MS,
          end: day * DAY_MS + DAY_MS - 1000,
          confidence: 'medium',
          title: `You deleted ${plural(posts.length, 'post')} on ${formatDate(day * DAY_MS)}`,
          explanation: `${plural(posts.length, 'post')} of yours ${posts.length === 1 ? 'was' : 'were'} deleted on ${formatDate(day * DAY_MS)}${likes > 0 ? `, taking ${plural(likes, 'like')} with ${posts.length === 1 ? 'it' : 'them'}` : ''}. Likes on a deleted post disappear from your likes-received total.`,
          counts: { posts: posts.length, likesOnPosts: likes },
          rowIds: posts.map((p) => p.videoId ?? `post:${new Date(p.at).toISOString()}`),
          actions: [],
        },
        options.maxRowIds,
      )
    })
}
