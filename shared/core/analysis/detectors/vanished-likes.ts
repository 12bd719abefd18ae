// shared/core: Electron-free. One event per cluster of likes that were in the older export and are gone from the newer one.
import { formatRange } from '@shared/contract/dates'
import type { CauseEvent } from '@shared/contract/model'
import type { DetectorInput } from '../detector-input'
import { makeEvent, plural } from '../event-factory'

/** Below this share of likes still present in a cluster's span, the whole session is considered gone. */
const WHOLE_SESSION_KEPT_SHARE = 0.2
/**
 * A cluster this small is a lone like or two, not a session: the usual reason is the video itself (deleted or made
 * private by its creator, or the account removed), whatever else was liked around it.
 */
export const SMALL_CLUSTER_LIKES = 2

export function detectVanishedLikes({ diff, options }: DetectorInput): CauseEvent[] {
  if (diff === null) return []
  return diff.clusters.map((cluster) => {
    const n = cluster.likes.length
    const span = n + cluster.keptInSpan
    const small = n <= SMALL_CLUSTER_LIKES
    const wholeSession = !small && cluster.keptInSpan / span < WHOLE_SESSION_KEPT_SHARE
    const when = formatRange(cluster.start, cluster.end, 'to')
    const explanation = small
      ? `${n === 1 ? 'A like' : 'Two likes'} you gave on ${when} ${n === 1 ? 'is' : 'are'} in your earlier export but not in the later one. When a lone like disappears, the usual reason is that the video was deleted or made private by its creator, or the creator's account was removed; check whether the video still exists (its link is in the evidence).`
      : wholeSession
      ? `${plural(n, 'like')} you gave on ${when} are in your earlier export but not in the later one${cluster.keptInSpan > 0 ? `, while only ${plural(cluster.keptInSpan, 'like')} from that time remain` : ', and none from that time remain'}. When a whole session of likes disappears together, the likely reason is that TikTok undid them (users report this after liking many videos quickly) or that they never fully reached TikTok.`
      : `${plural(n, 'like')} from ${when} are gone while ${plural(cluster.keptInSpan, 'other like')} from the same time remain. When a few likes here and there disappear, the likely reason is that those videos were deleted or made private, or their creators' accounts were removed.`
    return makeEvent(
      {
        kind: 'vanished-likes',
        start: cluster.start,
        end: cluster.end,
        confidence: 'high',
        title: small ? `${n === 1 ? 'A like' : 'Two likes'} from ${when} vanished` : `${plural(n, 'like')} from ${when} vanished`,
        explanation,
        counts: { vanished: n, keptInSpan: cluster.keptInSpan },
        rowIds: cluster.likes.map((l) => l.videoId),
        actions: small ? ['check-removed-videos', 'report-problem'] : wholeSession ? ['slow-down-liking', 'check-connection', 'update-app', 'report-problem'] : ['check-removed-videos', 'report-problem'],
      },
      options.maxRowIds,
    )
  })
}
