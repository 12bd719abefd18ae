// shared/core: Electron-free. Exact two-export diff by video id: vanished likes, likes beyond the newer export's window, added likes, and vanished clusters.
import type { DatedVideo, ExportSnapshot } from '../snapshot'
import type { AccountEvidence } from '../store/account'
import { accountEvidence } from '../store/account'
import { lowerBound } from './like-history'

export interface Cluster {
  start: number
  end: number
  likes: DatedVideo[]
  /** Likes liked inside the cluster's span that the newer export still has. */
  keptInSpan: number
}

export interface ExportDiff {
  /** 'same' when shown to be one account (same uid or username, or enough likes in common); 'unknown' is compared with a stated doubt. */
  accountMatch: 'same' | 'unknown'
  /** What showed (or failed to show) that both exports are one account. */
  account: AccountEvidence
  older: ExportSnapshot
  newer: ExportSnapshot
  /** The newer export's covered window: likes older than `from` cannot be checked in it (a cut-off list, not unlikes). */
  window: { from: number | null; to: number | null }
  /** In the older export, missing from the newer one, inside its window: these likes are gone. */
  vanished: DatedVideo[]
  /** In the older export, older than the newer export's oldest like. */
  beyondWindow: DatedVideo[]
  /** In the newer export only. */
  added: DatedVideo[]
  clusters: Cluster[]
}

export type DiffOutcome = { ok: true; diff: ExportDiff; swapped: boolean } | { ok: false; code: 'DIFFERENT_ACCOUNTS'; message: string }

/**
 * Vanished likes within this many hours of each other form one cluster: one evening's liking is one cluster,
 * the next day's is another, so a chart can say "these 120 likes from 10 March vanished".
 */
export const CLUSTER_GAP_HOURS = 6

function exportTime(s: ExportSnapshot): number {
  return s.exportedAt ?? s.likes.last ?? 0
}

/**
 * Compares two exports of one account. Order does not matter: the one exported later is "newer".
 * Refuses when both carry an identity and they differ; compares with `accountMatch: 'unknown'` when either lacks one
 * and their likes do not show them to be one account (the verdict then states the doubt).
 */
export function diffExports(a: ExportSnapshot, b: ExportSnapshot): DiffOutcome {
  const account = accountEvidence(a, b)
  const match = account.match
  if (match === 'different') {
    return {
      ok: false,
      code: 'DIFFERENT_ACCOUNTS',
      message: 'These two exports belong to different TikTok accounts, so comparing them would say nothing about lost likes. Compare two exports of the same account.',
    }
  }
  const swapped = exportTime(a) > exportTime(b)
  const older = swapped ? b : a
  const newer = swapped ? a : b

  // Every id of both lists is looked up once: made here (and kept by the lists), while only the differences become rows.
  const newerIdList = newer.likes.ids()
  const olderIdList = older.likes.ids()
  const newerIds = new Set(newerIdList)
  const olderIds = new Set(olderIdList)
  const from = newer.likes.first ?? null
  const vanished: DatedVideo[] = []
  const beyondWindow: DatedVideo[] = []
  for (let i = 0; i < olderIdList.length; i++) {
    const videoId = olderIdList[i] as string
    if (newerIds.has(videoId)) continue
    const at = older.likes.times[i] as number
    if (from === null || at < from) beyondWindow.push({ at, videoId })
    else vanished.push({ at, videoId })
  }
  const added: DatedVideo[] = []
  for (let i = 0; i < newerIdList.length; i++) {
    const videoId = newerIdList[i] as string
    if (!olderIds.has(videoId)) added.push({ at: newer.likes.times[i] as number, videoId })
  }
  const diff: ExportDiff = {
    accountMatch: match,
    account,
    older,
    newer,
    window: { from, to: newer.exportedAt },
    vanished,
    beyondWindow,
    added,
    clusters: clusterVanished(vanished, newer.likes.times),
  }
  return { ok: true, diff, swapped }
}

/** Groups vanished likes (sorted by like time) into clusters separated by more than CLUSTER_GAP_HOURS. */
export function clusterVanished(vanished: readonly DatedVideo[], keptTimes: ArrayLike<number>, gapHours = CLUSTER_GAP_HOURS): Cluster[] {
  const gap = gapHours * 3_600_000
  const clusters: Cluster[] = []
  let current: DatedVideo[] = []
  const close = (): void => {
    if (current.length === 0) return
    const start = (current[0] as DatedVideo).at
    const end = (current[current.length - 1] as DatedVideo).at
    const keptInSpan = lowerBound(keptTimes, end + 1) - lowerBound(keptTimes, start)
    clusters.push({ start, end, likes: current, keptInSpan })
    current = []
  }
  for (const like of vanished) {
    const last = current[current.length - 1]
    if (last !== undefined && like.at - last.at > gap) close()
    current.push(like)
  }
  close()
  return clusters
}
