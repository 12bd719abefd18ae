// shared/core: Electron-free. Whether two exports belong to the same TikTok account, and how to name the account in a list.
import type { ExportSnapshot } from '../snapshot'
import { formatNumber } from '@shared/contract/numbers'

export type AccountMatch = 'same' | 'different' | 'unknown'

/** The normalised identity an export carries; either part may be missing (partial and TXT exports often lack both). */
export interface AccountIdentity {
  /** The numeric user id from the Status list: it never changes. */
  uid: string | null
  /** Lower-cased, trimmed, without a leading `@`: TikTok usernames are case-insensitive. Users can rename, so the uid wins. */
  username: string | null
}

function nonEmpty(value: string | null): string | null {
  const trimmed = value?.normalize('NFC').trim() ?? ''
  return trimmed === '' ? null : trimmed
}

/** The username as written, trimmed and without a leading `@` (TXT exports and users write it either way). */
function cleanUsername(value: string | null): string | null {
  return nonEmpty(nonEmpty(value)?.replace(/^@/, '') ?? null)
}

export function accountIdentity(snapshot: ExportSnapshot): AccountIdentity {
  return {
    uid: nonEmpty(snapshot.status.uid),
    username: cleanUsername(snapshot.profile.username)?.toLowerCase() ?? null,
  }
}

/**
 * By uid when both have one, else by username when both have one. Anything less is 'unknown', never 'same':
 * comparing two people's like lists would report thousands of "lost" likes.
 */
export function compareIdentities(a: AccountIdentity, b: AccountIdentity): AccountMatch {
  if (a.uid !== null && b.uid !== null) return a.uid === b.uid ? 'same' : 'different'
  if (a.username !== null && b.username !== null) return a.username === b.username ? 'same' : 'different'
  return 'unknown'
}

export function compareAccounts(a: ExportSnapshot, b: ExportSnapshot): AccountMatch {
  return compareIdentities(accountIdentity(a), accountIdentity(b))
}

/** `@username`, else the display name, else `UID …`, else null; for lists of imports, not for comparing. */
export function accountLabel(snapshot: ExportSnapshot): string | null {
  const username = cleanUsername(snapshot.profile.username)
  if (username !== null) return `@${username}`
  const displayName = nonEmpty(snapshot.profile.displayName)
  if (displayName !== null) return displayName
  const uid = nonEmpty(snapshot.status.uid)
  return uid === null ? null : `UID ${uid}`
}

/**
 * Two exports count as one account on their likes alone when, inside the span both like lists cover, at least this share
 * of the likes of the export with fewer likes there is in the other one too. Measured on the smaller side, lost likes do
 * not lower it: the export that lost likes still has each remaining one in the other (the sample pair: 2,388 of 2,388,
 * though 84 vanished). Two people share only the odd trending video (the sample against the real TXT export: 0 of
 * 1,151). A half leaves a wide margin both ways: re-liked or re-ordered lists stay one account, strangers never pass.
 */
export const SHARED_LIKES_MIN_SHARE = 0.5
/** Fewer likes than this in the common span say nothing either way: a handful of shared likes could be chance. */
export const SHARED_LIKES_MIN_COUNT = 20

/** How much two like lists overlap inside the span both cover. */
export interface LikeOverlap {
  /** Likes of the export with fewer likes in the common span, inside it. */
  inWindow: number
  /** Of those, how many the other export has too. */
  shared: number
}

export function likeOverlap(a: ExportSnapshot, b: ExportSnapshot): LikeOverlap {
  const from = Math.max(a.likes.first ?? Infinity, b.likes.first ?? Infinity)
  const to = Math.min(a.likes.last ?? -Infinity, b.likes.last ?? -Infinity)
  if (!(from <= to)) return { inWindow: 0, shared: 0 }
  const inside = (s: ExportSnapshot): readonly string[] => {
    const start = s.likes.indexAtOrAfter(from)
    let end = start
    while (end < s.likes.length && (s.likes.times[end] as number) <= to) end++
    return s.likes.ids().slice(start, end)
  }
  const ia = inside(a)
  const ib = inside(b)
  const [small, other] = ia.length <= ib.length ? [ia, b] : [ib, a]
  const ids = new Set(other.likes.ids())
  let shared = 0
  for (const id of small) if (ids.has(id)) shared++
  return { inWindow: small.length, shared }
}

/** Whether two exports are shown to be one account, and by what: the same uid or username, or enough likes in common. */
export interface AccountEvidence {
  match: AccountMatch
  by: 'identity' | 'shared-likes' | null
  overlap: LikeOverlap
}

export function accountEvidence(a: ExportSnapshot, b: ExportSnapshot): AccountEvidence {
  const overlap = likeOverlap(a, b)
  const match = compareAccounts(a, b)
  if (match !== 'unknown') return { match, by: 'identity', overlap }
  const shown = overlap.inWindow >= SHARED_LIKES_MIN_COUNT && overlap.shared >= overlap.inWindow * SHARED_LIKES_MIN_SHARE
  return shown ? { match: 'same', by: 'shared-likes', overlap } : { match: 'unknown', by: null, overlap }
}

/** The doubt a comparison must state next to its verdict, or null when the two exports are shown to be one account. */
export function pairingDoubt(evidence: AccountEvidence): string | null {
  if (evidence.match === 'same') return null
  const { inWindow, shared } = evidence.overlap
  const likes =
    inWindow === 0
      ? 'their like lists do not cover the same time'
      : `only ${formatNumber(shared)} of ${formatNumber(inWindow)} likes from the time both cover are in both`
  return `These exports may be of two different accounts: one of them does not name its account, and ${likes}.`
}
