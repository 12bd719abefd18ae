// shared/core: Electron-free. Judges a freshly read snapshot: when it was exported, whether it is partial, and whether its like list looks cut off.
import { formatDate } from '@shared/contract/dates'
import { SECTION_LABEL } from '@shared/contract/model'
import type { ExportSnapshot } from '../snapshot'
import type { WarningLog } from './warnings'
import { formatNumber } from '@shared/contract/numbers'

export interface AssessInputs {
  newestEntry: number | null
  signedUrlTime: number | null
  containerTime: number | null
  /** Missing top-level categories of a JSON export, or null for TXT/Studio input. */
  jsonMissingCategories: readonly string[] | null
  /** Kinds of TXT files that were read. */
  txtKinds: ReadonlySet<string>
  warnings: WarningLog
}

/** Like-list lengths at which TikTok has been seen to cut exports off (export-format.md §0.4, §5.4). */
export const KNOWN_LIKE_CAPS: readonly number[] = [6_000, 8_000]

const DAY = 86_400_000
/**
 * Favourites older than the oldest like by more than this suggest the like list was cut, not that the user
 * stopped liking: people who bookmark videos like far more of them. One year keeps casual users out.
 */
export const FAVORITES_LEAD_DAYS = 365
/** Below this many likes, a short like history is more likely a light user than a truncated list. */
export const TRUNCATION_MIN_LIKES = 1_000

/**
 * TXT files every full TXT export has, with the category name a user would recognise. TikTok writes each of them
 * even when the section is empty (a 0-byte file in 2022, "You have no data in this section" later), so a folder
 * without one of them is a partial request or a partial copy (export-format.md §2.1, §2.3).
 */
const TXT_FULL_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['likes', 'Like List'],
  ['favorites', 'Favorite Videos'],
  ['watchHistory', 'Watch History'],
  ['logins', 'Login History'],
  ['searches', 'Searches'],
  ['shares', 'Share History'],
  ['profile', 'Profile'],
  ['settings', 'Settings'],
]

/** Sections the detectors read likes against: present but empty means their checks could not run. */
const CHECKED_SECTIONS = ['likes', 'watchHistory', 'logins'] as const
const CHECK_NEEDING: Readonly<Record<(typeof CHECKED_SECTIONS)[number], string>> = {
  likes: 'every check of your likes',
  watchHistory: 'the check for days of watching without liking',
  logins: 'the checks for new devices, system updates and networks',
}

export function assessExport(snapshot: ExportSnapshot, inputs: AssessInputs): void {
  const { warnings } = inputs
  // A signed URL is minted at export time; a zip name stamp is the archive's creation; the newest row is a lower bound.
  const candidates: Array<[number | null, ExportSnapshot['exportedAtSource']]> = [
    [inputs.signedUrlTime, 'signed-url'],
    [inputs.containerTime, 'file-name'],
    [inputs.newestEntry, 'newest-entry'],
  ]
  for (const [time, source] of candidates) {
    if (time === null) continue
    if (snapshot.exportedAt === null || time > snapshot.exportedAt) {
      snapshot.exportedAt = time
      snapshot.exportedAtSource = source
    }
  }
  if (snapshot.studio && snapshot.exportedAt === null && snapshot.studio.days.length > 0) {
    snapshot.exportedAt = snapshot.studio.days[snapshot.studio.days.length - 1]?.at ?? null
    snapshot.exportedAtSource = 'newest-entry'
  }

  if (inputs.jsonMissingCategories !== null) {
    snapshot.missingCategories = [...inputs.jsonMissingCategories]
  } else if (snapshot.format === 'txt') {
    snapshot.missingCategories = TXT_FULL_KINDS.filter(([kind]) => !inputs.txtKinds.has(kind)).map(([, name]) => name)
  }
  snapshot.partial = snapshot.missingCategories.length > 0
  if (snapshot.partial) {
    warnings.add(
      'PARTIAL_EXPORT',
      `Only some categories were requested; missing: ${snapshot.missingCategories.join(', ')}. What is not in the file cannot be checked.`,
    )
  }

  const likes = snapshot.likes
  if (KNOWN_LIKE_CAPS.includes(likes.length)) {
    warnings.add(
      'POSSIBLE_TRUNCATION',
      `The like list holds exactly ${formatNumber(likes.length)} likes, a size at which TikTok has cut exports off before. Older likes may be missing from the file, not from your account.`,
    )
  } else if (likes.length >= TRUNCATION_MIN_LIKES && snapshot.favorites.length > 0) {
    const oldestLike = likes.first ?? Infinity
    const oldestFavorite = snapshot.favorites.first ?? Infinity
    if (oldestLike - oldestFavorite > FAVORITES_LEAD_DAYS * DAY) {
      warnings.add(
        'POSSIBLE_TRUNCATION',
        `Your favourites go back to ${formatDate(oldestFavorite)} but your likes only to ${formatDate(oldestLike)}. The like list may have been cut off by TikTok's export.`,
      )
    }
  }
  if (snapshot.format !== 'studio-csv') warnEmptySections(snapshot, warnings)
  if (snapshot.format !== 'studio-csv' && !snapshot.sectionsPresent.has('likes') && !snapshot.partial) {
    warnings.add('MISSING_SECTION', 'The export has no like list. Request a new export and make sure "Likes" is included.')
  }
}

/** Sections that are in the export but hold no rows (a 0-byte file, a `null` list, "no data in this section"). */
export function emptySections(snapshot: ExportSnapshot): Array<(typeof CHECKED_SECTIONS)[number]> {
  return CHECKED_SECTIONS.filter((name) => snapshot.sectionsPresent.has(name) && sectionLength(snapshot, name) === 0)
}

function sectionLength(snapshot: ExportSnapshot, name: (typeof CHECKED_SECTIONS)[number]): number {
  return name === 'watchHistory' ? snapshot.watchTimes.length : snapshot[name].length
}

/** One warning for all of them (warnings are kept by code): each section with the check it stopped. */
function warnEmptySections(snapshot: ExportSnapshot, warnings: WarningLog): void {
  const empty = emptySections(snapshot)
  if (empty.length === 0) return
  const each = empty.map((name) => `The ${SECTION_LABEL[name]} section is in the export but empty, so ${CHECK_NEEDING[name]} could not run.`)
  warnings.add('EMPTY_SECTION', `${each.join(' ')} If you expected entries there, request a new export.`, empty.length)
}
