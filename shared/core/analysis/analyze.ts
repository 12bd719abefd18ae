// shared/core: Electron-free. Runs every detector, links events to vanished clusters, and ranks them: export artefacts first, context last.
import type { CauseEvent, Confidence, EventKind } from '@shared/contract/model'
import type { ExportSnapshot } from '../snapshot'
import type { DetectorInput } from './detector-input'
import type { DetectorOptions } from './detector-options'
import { DEFAULT_DETECTOR_OPTIONS } from './detector-options'
import { detectDeletedPosts, detectLikedVideosPrivate } from './detectors/account-context'
import { detectMissingSections, detectPartialExport, detectRetentionWindows, detectTruncation, detectUncheckableWatchHistory } from './detectors/export-artefacts'
import { detectLikeBursts } from './detectors/like-burst'
import { detectLikeGaps } from './detectors/like-gap'
import { detectLoginChanges } from './detectors/login-changes'
import { settleLoginContext } from './detectors/login-context'
import { detectFollowerDrops, detectLikesReceivedDrops, detectReachDrops } from './detectors/studio-drops'
import { detectVanishedLikes, SMALL_CLUSTER_LIKES } from './detectors/vanished-likes'
import type { ExportDiff } from './diff-exports'

export interface AnalyzeInput {
  snapshot: ExportSnapshot
  diff?: ExportDiff | null
  options?: Partial<DetectorOptions>
}

const DETECTORS = [
  detectTruncation,
  detectPartialExport,
  detectMissingSections,
  detectRetentionWindows,
  detectUncheckableWatchHistory,
  detectVanishedLikes,
  detectLikeBursts,
  detectLoginChanges,
  detectLikeGaps,
  detectLikedVideosPrivate,
  detectDeletedPosts,
  detectFollowerDrops,
  detectLikesReceivedDrops,
  detectReachDrops,
] as const

/** Export artefacts must be ruled out before anything is blamed on TikTok. */
const ARTEFACTS: ReadonlySet<EventKind> = new Set(['possible-truncation', 'partial-export', 'missing-section', 'retention-window'])
/** Events that can explain a vanished cluster when they happen near it. */
const NEAR_CAUSES: ReadonlySet<EventKind> = new Set(['like-burst', 'new-device', 'os-change', 'new-network', 'like-gap'])
const CONFIDENCE_ORDER: Readonly<Record<Confidence, number>> = { high: 0, medium: 1, low: 2 }

function rankGroup(e: CauseEvent): number {
  if (ARTEFACTS.has(e.kind)) return 0
  if (e.kind === 'vanished-likes') return 1
  if (NEAR_CAUSES.has(e.kind) && e.nearVanished !== undefined) return 2
  return 3
}

export function analyzeExport(input: AnalyzeInput): CauseEvent[] {
  const options: DetectorOptions = { ...DEFAULT_DETECTOR_OPTIONS, ...input.options }
  const detectorInput: DetectorInput = { snapshot: input.snapshot, diff: input.diff ?? null, options }
  const detected = DETECTORS.flatMap((detect) => detect(detectorInput))
  linkToVanished(detected, options)
  const events = settleLoginContext(detected, options)
  return events.sort(
    (a, b) =>
      rankGroup(a) - rankGroup(b) ||
      CONFIDENCE_ORDER[a.confidence] - CONFIDENCE_ORDER[b.confidence] ||
      (b.nearVanished?.clusters ?? 0) - (a.nearVanished?.clusters ?? 0) ||
      (a.start < b.start ? 1 : a.start > b.start ? -1 : 0),
  )
}

const LOGIN_KINDS: ReadonlySet<EventKind> = new Set(['new-device', 'os-change', 'new-network'])

/**
 * Marks each possible cause with how many vanished clusters started within `nearClusterHours` of it, says so in
 * its explanation, and raises a low confidence to medium: a burst or new device next to vanished likes is a
 * better explanation than one far away from them. A lone vanished like or two is put down to the video, not to a
 * login nearby: with a home address that changes every few days, some new network is always within a day of one.
 */
function linkToVanished(events: CauseEvent[], options: DetectorOptions): void {
  const clusters = events.filter((e) => e.kind === 'vanished-likes').map((e) => ({ at: Date.parse(e.start), likes: e.evidence.counts.vanished ?? 0 }))
  if (clusters.length === 0) return
  const near = options.nearClusterHours * 3_600_000
  for (const e of events) {
    if (!NEAR_CAUSES.has(e.kind)) continue
    const from = Date.parse(e.start) - near
    const to = Date.parse(e.end) + near
    const n = clusters.filter((c) => c.at >= from && c.at <= to && (!LOGIN_KINDS.has(e.kind) || c.likes > SMALL_CLUSTER_LIKES)).length
    if (n === 0) continue
    e.nearVanished = { clusters: n, ofClusters: clusters.length }
    const within = options.nearClusterHours === 24 ? 'a day' : `${options.nearClusterHours} hours`
    e.explanation += ` ${n} of the ${clusters.length} ${clusters.length === 1 ? 'group' : 'groups'} of vanished likes began within ${within} of this.`
    if (e.confidence === 'low') e.confidence = 'medium'
  }
}
