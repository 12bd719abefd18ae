// shared/core: Electron-free. Which TikTok Studio change a creator should look at first; the verdict, the events list and the creator report all lead with it.
import type { CauseEvent } from '@shared/contract/model'

const byLength = (e: CauseEvent): number => Date.parse(e.end) - Date.parse(e.start)

/**
 * The longest fall in views (fewer people were shown the videos, which explains fewer likes received), else the
 * largest fall in likes received, else the largest follower drop.
 */
export function studioLead(events: readonly CauseEvent[]): CauseEvent | null {
  const of = (kind: CauseEvent['kind']): CauseEvent[] => events.filter((e) => e.kind === kind)
  const reach = of('reach-drop').sort((a, b) => byLength(b) - byLength(a))[0]
  if (reach) return reach
  const likes = of('likes-received-drop').sort((a, b) => (a.evidence.counts.likes ?? 0) - (b.evidence.counts.likes ?? 0))[0]
  if (likes) return likes
  return of('follower-drop').sort((a, b) => (b.evidence.counts.lost ?? 0) - (a.evidence.counts.lost ?? 0))[0] ?? null
}
