// shared/core: Electron-free. Detectors for export artefacts — cut-off like lists, partial exports, missing sections, short retention — ruled out before anything is blamed on TikTok.
import type { CauseEvent, Generation, SectionName } from '@shared/contract/model'
import { FAVORITES_LEAD_DAYS, KNOWN_LIKE_CAPS, TRUNCATION_MIN_LIKES } from '../../parse/assess'
import type { DetectorInput } from '../detector-input'
import { DAY_MS, dayLabel, makeEvent, plural } from '../event-factory'

export function detectTruncation({ snapshot, options }: DetectorInput): CauseEvent[] {
  const likes = snapshot.likes
  const oldestLike = likes[0]?.at
  if (oldestLike === undefined) return []
  const oldestFavorite = snapshot.favorites[0]?.at
  const exactCap = KNOWN_LIKE_CAPS.includes(likes.length)
  const favoritesLead = oldestFavorite !== undefined && likes.length >= TRUNCATION_MIN_LIKES && oldestLike - oldestFavorite > FAVORITES_LEAD_DAYS * DAY_MS
  if (!exactCap && !favoritesLead) return []
  const reasons: string[] = []
  if (exactCap) reasons.push(`the like list holds exactly ${likes.length.toLocaleString('en-US')} likes, a size at which TikTok has cut exports off before`)
  if (favoritesLead && oldestFavorite !== undefined) {
    reasons.push(`your favourites go back to ${dayLabel(oldestFavorite)}, but your likes only to ${dayLabel(oldestLike)}`)
  }
  return [
    makeEvent(
      {
        kind: 'possible-truncation',
        start: favoritesLead && oldestFavorite !== undefined ? oldestFavorite : oldestLike,
        end: oldestLike,
        confidence: exactCap ? 'high' : 'medium',
        title: 'The like list may be cut off by the export',
        explanation: `Likes older than ${dayLabel(oldestLike)} are likely missing from this file, not from your account: ${reasons.join('; ')}. Do not count them as lost.`,
        counts: { likes: likes.length, favorites: snapshot.favorites.length, daysFavoritesAhead: oldestFavorite !== undefined ? Math.max(0, Math.round((oldestLike - oldestFavorite) / DAY_MS)) : 0 },
        rowIds: likes.slice(0, 20).map((l) => l.videoId),
        actions: ['request-new-export', 'compare-exports'],
      },
      options.maxRowIds,
    ),
  ]
}

function exportMoment(input: DetectorInput): number {
  const s = input.snapshot
  return s.exportedAt ?? s.likes[s.likes.length - 1]?.at ?? 0
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

export function detectRetentionWindows({ snapshot, options }: DetectorInput): CauseEvent[] {
  const oldestLike = snapshot.likes[0]?.at
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
    const days = Math.round((last - first) / DAY_MS)
    events.push(
      makeEvent(
        {
          kind: 'retention-window',
          start: first,
          end: last,
          confidence: 'low',
          title: `The ${name} covers only the last ${plural(days, 'day')}`,
          explanation: `TikTok keeps about six months of ${name}, while your likes go back to ${dayLabel(oldestLike)}. Before ${dayLabel(first)}, LikeTrace cannot compare likes with your ${name}; that is a limit of the export, not a sign of lost likes.`,
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
