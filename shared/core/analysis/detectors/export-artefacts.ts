// shared/core: Electron-free. Detectors for export artefacts — cut-off like lists, partial exports, missing sections, short retention — ruled out before anything is blamed on TikTok.
import { formatDate } from '@shared/contract/dates'
import type { CauseEvent, Generation, SectionName } from '@shared/contract/model'
import { FAVORITES_LEAD_DAYS, KNOWN_LIKE_CAPS, TRUNCATION_MIN_LIKES } from '../../parse/assess'
import type { DetectorInput } from '../detector-input'
import { DAY_MS, makeEvent, plural } from '../event-factory'
import { MIN_WATCH_DAYS_FOR_GAPS } from './like-gap'
import { formatNumber } from '@shared/contract/numbers'

export function detectTruncation({ snapshot, options }: DetectorInput): CauseEvent[] {
  const likes = snapshot.likes
  const oldestLike = likes.first
  if (oldestLike === undefined) return []
  const oldestFavorite = snapshot.favorites.first
  const exactCap = KNOWN_LIKE_CAPS.includes(likes.length)
  const favoritesLead = oldestFavorite !== undefined && likes.length >= TRUNCATION_MIN_LIKES && oldestLike - oldestFavorite > FAVORITES_LEAD_DAYS * DAY_MS
  if (!exactCap && !favoritesLead) return []
  const reasons: string[] = []
  if (exactCap) reasons.push(`the like list holds exactly ${formatNumber(likes.length)} likes, a size at which TikTok has cut exports off before`)
  if (favoritesLead && oldestFavorite !== undefined) {
    reasons.push(`your favourites go back to ${formatDate(oldestFavorite)}, but your likes only to ${formatDate(oldestLike)}`)
  }
  return [
    makeEvent(
      {
        kind: 'possible-truncation',
        start: favoritesLead && oldestFavorite !== undefined ? oldestFavorite : oldestLike,
        end: oldestLike,
        confidence: exactCap ? 'high' : 'medium',
        title: 'The like list may be cut off by the export',
        explanation: `Likes older than ${formatDate(oldestLike)} are likely missing from this file, not from your account: ${reasons.join('; ')}. Do not count them as lost.`,
        counts: { likes: likes.length, favorites: snapshot.favorites.length, daysFavoritesAhead: oldestFavorite !== undefined ? Math.max(0, Math.round((oldestLike - oldestFavorite) / DAY_MS)) : 0 },
        rowIds: likes.rows(0, 20).map((l) => l.videoId),
        actions: ['request-new-export', 'compare-exports'],
      },
      options.maxRowIds,
    ),
  ]
}

function exportMoment(input: DetectorInput): number {
  const s = input.snapshot
  return s.exportedAt ?? s.likes.last ?? 0
}

export function detectPartialExport(input: DetectorInput): CauseEvent[] {
  const { snapshot, options } = input
  if (!snapshot.partial) return []
  const at = exportMoment(input)
  return [
    makeEvent(
      {
        kind: 'partial-export',
        start: at,
        end: at,
        confidence: 'high',
        title: 'Only some categories were exported',
        explanation: `This export leaves out: ${snapshot.missingCategories.join(', ')}. LikeTrace can only check what is in the file, so causes that need those categories cannot be ruled in or out.`,
        counts: { missingCategories: snapshot.missingCategories.length },
        rowIds: [],
        actions: ['request-new-export'],
      },
      options.maxRowIds,
    ),
  ]
}

/** The category that holds each checked section, per JSON generation: a section is missing only if its category is there. */
const SECTION_CATEGORY: Readonly<Record<Generation, Partial<Record<SectionName, string>>>> = {
  A: { likes: 'Activity', watchHistory: 'Activity', logins: 'Activity' },
  B: { likes: 'Activity', watchHistory: 'Activity', logins: 'Activity' },
  C: { likes: 'Your Activity', watchHistory: 'Your Activity', logins: 'Your Activity' },
  D: { likes: 'Likes and Favorites', watchHistory: 'Your Activity', logins: 'Your Activity' },
}

const SECTION_WORDS: Partial<Record<SectionName, string>> = { likes: 'like list', watchHistory: 'watch history', logins: 'login history' }

export function detectMissingSections(input: DetectorInput): CauseEvent[] {
  const { snapshot, options } = input
  if (snapshot.format !== 'json' || snapshot.generation === null) return []
  const categories = SECTION_CATEGORY[snapshot.generation]
  const at = exportMoment(input)
  const events: CauseEvent[] = []
  for (const [section, category] of Object.entries(categories) as Array<[SectionName, string]>) {
    if (snapshot.sectionsPresent.has(section) || snapshot.missingCategories.includes(category)) continue
    events.push(
      makeEvent(
        {
          kind: 'missing-section',
          start: at,
          end: at,
          confidence: 'high',
          title: `The export has no ${SECTION_WORDS[section]}`,
          explanation: `"${category}" is in the file but its ${SECTION_WORDS[section]} is not. TikTok's export service sometimes leaves sections out (reported when it is busy). Checks that need the ${SECTION_WORDS[section]} are skipped.`,
          counts: {},
          rowIds: [],
          actions: ['request-new-export'],
        },
        options.maxRowIds,
      ),
    )
  }
  return events
}

/** TikTok is known to keep about this long of watch and login history; a window near it is worth naming as the reason. */
const KNOWN_RETENTION_DAYS = 180

export function detectRetentionWindows({ snapshot, options }: DetectorInput): CauseEvent[] {
  const oldestLike = snapshot.likes.first
  if (oldestLike === undefined) return []
  const events: CauseEvent[] = []
  const windows: Array<[string, ArrayLike<number>]> = [
    ['watch history', snapshot.watchTimes],
    ['login history', snapshot.logins.map((l) => l.at)],
  ]
  for (const [name, times] of windows) {
    if (times.length === 0) continue
    const first = times[0] as number
    const last = times[times.length - 1] as number
    if (first - oldestLike < 7 * DAY_MS) continue
    const days = Math.max(1, Math.round((last - first) / DAY_MS))
    // Say what the file shows; TikTok's ~6 months is named as the reason only when the window is about that long.
    const known = days <= KNOWN_RETENTION_DAYS + 20 ? ` TikTok keeps about six months of ${name}, so this is expected.` : ''
    events.push(
      makeEvent(
        {
          kind: 'retention-window',
          start: first,
          end: last,
          confidence: 'low',
          title: `Your ${name} only goes back to ${formatDate(first)}`,
          explanation: `This export's ${name} runs from ${formatDate(first)} to ${formatDate(last)} (${plural(days, 'day')}), while your likes go back to ${formatDate(oldestLike)}.${known} Before ${formatDate(first)}, LikeTrace cannot compare likes with your ${name}; that is a limit of the export, not a sign of lost likes.`,
          counts: { rows: times.length, days },
          rowIds: [],
          actions: [],
        },
        options.maxRowIds,
      ),
    )
  }
  return events
}

/**
 * The check for days without likes needs a week of watch history. A watch history that is in the export but empty
 * (or too short) is said plainly as a limit, so it is never shown as covered.
 */
export function detectUncheckableWatchHistory({ snapshot, options }: DetectorInput): CauseEvent[] {
  if (!snapshot.sectionsPresent.has('watchHistory') || snapshot.likes.length === 0) return []
  const watch = snapshot.watchTimes
  const at = snapshot.exportedAt ?? (snapshot.likes.last as number)
  const first = watch[0]
  const last = watch[watch.length - 1]
  // Counted as the gap check counts: calendar days (UTC) from the first to the last row.
  const days = first !== undefined && last !== undefined ? Math.floor(last / DAY_MS) - Math.floor(first / DAY_MS) : 0
  if (watch.length > 0 && days >= MIN_WATCH_DAYS_FOR_GAPS) return []
  const empty = watch.length === 0
  return [
    makeEvent(
      {
        kind: 'retention-window',
        start: empty || first === undefined ? at : first,
        end: empty || last === undefined ? at : last,
        confidence: 'low',
        title: empty ? 'The watch history in this export is empty' : `The watch history covers too little to check for days without likes`,
        explanation: empty
          ? 'The export has a watch history with no rows in it, so LikeTrace cannot compare your likes with what you watched: days with unusually few likes cannot be found. This is a limit of the export, not a sign of lost likes.'
          : `The watch history holds ${plural(watch.length, 'video')} over less than ${plural(MIN_WATCH_DAYS_FOR_GAPS, 'day')}, too little to learn your usual like rate, so days with unusually few likes cannot be found. This is a limit of the export, not a sign of lost likes.`,
        counts: { rows: watch.length, days },
        rowIds: [],
        actions: ['request-new-export'],
      },
      options.maxRowIds,
    ),
  ]
}
