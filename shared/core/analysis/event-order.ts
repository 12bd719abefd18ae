// shared/core: Electron-free. The one order in which every view lists events and vanished groups (dashboard, report, CSV, command line): what happened and its likely causes first, lone vanished likes after them, context next, the export's retention limits last; the largest group first.
import type { CauseEvent, EventKind, VanishedCluster } from '@shared/contract/model'
import { SMALL_CLUSTER_LIKES } from './detectors/vanished-likes'

/** 0: vanished likes and causes (and a cut-off like list, which hides likes); 1: context; 2: limits of what the export keeps. */
const TIER: Readonly<Record<EventKind, number>> = {
  'possible-truncation': 0,
  'vanished-likes': 0,
  'like-burst': 0,
  'like-gap': 0,
  'new-device': 0,
  'os-change': 0,
  'new-network': 0,
  'deleted-posts': 0,
  'follower-drop': 0,
  'likes-received-drop': 0,
  'reach-drop': 0,
  'liked-videos-private': 1,
  'partial-export': 1,
  'missing-section': 1,
  'retention-window': 2,
}

/**
 * Stable: within a tier the engine's ranking is kept. Vanished groups go largest first, then the event the verdict
 * names as the most likely cause or the strongest lead (`leadId`), then the other causes. A lone vanished like or two
 * (most often a video its creator deleted) follows the causes, so a dozen of them never push the causes off the
 * first screen.
 */
export function orderEvents(events: readonly CauseEvent[], leadId: string | null = null): CauseEvent[] {
  return events
    .map((e, i) => ({ e, i, rank: rank(e, leadId) }))
    .sort((a, b) => a.rank - b.rank || vanishedSize(b.e) - vanishedSize(a.e) || a.i - b.i)
    .map(({ e }) => e)
}

/** 0: a cut-off list and vanished groups; 1: the lead; 2: other causes; 3: lone vanished likes; 4: context; 5: limits. */
function rank(e: CauseEvent, leadId: string | null): number {
  if (TIER[e.kind] === 1) return 4
  if (TIER[e.kind] === 2) return 5
  if (e.kind === 'vanished-likes') return vanishedSize(e) <= SMALL_CLUSTER_LIKES ? 3 : 0
  if (e.kind === 'possible-truncation') return 0
  return e.id === leadId ? 1 : 2
}

function vanishedSize(e: CauseEvent): number {
  return e.kind === 'vanished-likes' ? (e.evidence.counts.vanished ?? e.evidence.counts.likes ?? 0) : 0
}

/** Groups of vanished likes, largest first; equal sizes keep their date order. */
export function clustersBySize(clusters: readonly VanishedCluster[]): VanishedCluster[] {
  return [...clusters].sort((a, b) => b.count - a.count || Date.parse(a.start) - Date.parse(b.start))
}
