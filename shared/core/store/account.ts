// shared/core: Electron-free. Whether two exports belong to the same TikTok account, and how to name the account in a list.
import type { ExportSnapshot } from '../snapshot'

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
