// renderer: pure helper. Which cause events sit near a cluster of vanished likes (within a day either side), nearest first.
import type { CauseEvent, VanishedCluster } from '@shared/contract/model'

const DAY = 86_400_000

const within = (t: number, from: number, to: number): boolean => t >= from && t <= to

export function eventsNear(cluster: VanishedCluster, events: readonly CauseEvent[], slackMs: number = DAY): CauseEvent[] {
  const from = Date.parse(cluster.start) - slackMs
  const to = Date.parse(cluster.end) + slackMs
  const mid = (Date.parse(cluster.start) + Date.parse(cluster.end)) / 2
  return events
    // An event is near when it starts or ends within the slack; a months-long range (a retention window) merely overlapping says nothing.
    .filter((e) => e.kind !== 'vanished-likes' && (within(Date.parse(e.start), from, to) || within(Date.parse(e.end), from, to)))
    .sort((a, b) => Math.abs(Date.parse(a.start) - mid) - Math.abs(Date.parse(b.start) - mid))
}
