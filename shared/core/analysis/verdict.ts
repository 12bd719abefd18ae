// shared/core: Electron-free. The one verdict of an import — its first sentence, the cause that explains the most vanished likes, the lines under it — shared by the app, the report and the command line.
import { formatDate, formatRange } from '@shared/contract/dates'
import type { ActionId, CauseEvent, Confidence, EventKind, ExportSummary, Generation } from '@shared/contract/model'
import type { Verdict, VerdictCause, VerdictLine } from '@shared/contract/views'
import { DEFAULT_DETECTOR_OPTIONS } from './detector-options'
import { MIN_WATCH_DAYS_FOR_GAPS } from './detectors/like-gap'
import { SMALL_CLUSTER_LIKES } from './detectors/vanished-likes'
import { studioLead } from './studio-lead'
import type { ExportDiff } from './diff-exports'
import { HOUR_MS, plural } from './event-factory'
import { formatNumber } from '@shared/contract/numbers'

export interface VerdictInput {
  summary: ExportSummary
  /** Every event of the analysis, before the view caps them. */
  events: readonly CauseEvent[]
  /** The comparison with an earlier export, or null. */
  diff: ExportDiff | null
  /** Set when the two compared exports are not shown to be one account: said with the first sentence. */
  doubt?: string | null
}

export const MAX_VERDICT_LINES = 6
const MAX_NEXT_STEPS = 3

const WORDS: Readonly<Record<number, string>> = { 2: 'two', 3: 'three' }
const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 0, medium: 1, low: 2 }
/** On equal counts and confidence, the more direct link wins: likes given inside a burst over likes given near a login. */
const DIRECTNESS: Partial<Record<EventKind, number>> = { 'like-burst': 0, 'vanished-likes': 1, 'like-gap': 2, 'new-device': 3, 'os-change': 4, 'new-network': 5 }
/** Logins and gaps explain vanished likes given within this long of them. */
const NEAR_MS = DEFAULT_DETECTOR_OPTIONS.nearClusterHours * HOUR_MS
/** Categories whose absence hides likes, watch history or logins, the rows the checks read. */
const LIKE_RELATED_CATEGORY = /activity|like|watch|login|favou?rite/i
const LOGIN_KINDS: ReadonlySet<EventKind> = new Set(['new-device', 'os-change', 'new-network'])
const STUDIO_KINDS: ReadonlySet<EventKind> = new Set(['follower-drop', 'likes-received-drop', 'reach-drop'])
/** Facts about the account, not causes of lost likes: shown as "worth knowing". */
const CONTEXT_KINDS: ReadonlySet<EventKind> = new Set(['liked-videos-private', 'deleted-posts'])

/** The category a user must tick to get the like list, by layout. */
const LIKES_CATEGORY: Readonly<Record<Generation, string>> = { A: 'Activity', B: 'Activity', C: 'Your Activity', D: 'Likes and Favorites' }

interface Candidate extends VerdictCause {
  actions: readonly ActionId[]
}

export function buildVerdict(input: VerdictInput): Verdict {
  const { summary, events, diff } = input
  const doubt = input.doubt ?? null
  if (summary.format === 'studio-csv') return creatorVerdict(summary, events)
  if (!summary.sections.likes.present) return likesMissingVerdict(summary)
  if (diff !== null) return comparedVerdict(summary, events, diff, doubt)
  return singleVerdict(summary, events)
}

// ---------------------------------------------------------------------------------------------------------------------
// Statuses.

function likesMissingVerdict(summary: ExportSummary): Verdict {
  const category = summary.generation === null ? "'Activity' (or 'Likes and Favorites')" : `'${LIKES_CATEGORY[summary.generation]}'`
  const text =
    summary.format === 'txt'
      ? `This export has no list of your likes: TikTok leaves out the "Like List" file when ${category} is not ticked. Request a new export with it; LikeTrace has checked nothing about your likes yet.`
      : `This export has no list of your likes: TikTok leaves it out when ${category} is not ticked. Request a new export with it; LikeTrace has checked nothing about your likes yet.`
  return { status: 'likes-not-in-export', text, headline: null, mostLikely: null, lines: [], nextSteps: ['request-new-export'], doubt: null }
}

function creatorVerdict(summary: ExportSummary, events: readonly CauseEvent[]): Verdict {
  const studio = summary.sections.studio
  const span = studio && studio.first !== null && studio.last !== null ? ` (${formatRange(studio.first, studio.last)})` : ''
  const found = events.filter((e) => STUDIO_KINDS.has(e.kind))
  const covers = `These TikTok Studio files cover ${plural(studio?.days ?? 0, 'day')}${span} of likes received, views and followers; they hold no likes you gave.`
  const top = studioLead(found)
  const drops = top === null ? [] : [top, ...ranked(found.filter((e) => e !== top))]
  if (top === null) {
    const text = `${covers} Nothing in them looks like likes or followers being taken away in bulk, or like a lasting fall in views.`
    return { status: 'creator', text, headline: null, mostLikely: null, lines: contextLines(events, [], summary.missingCategories), nextSteps: [], doubt: null }
  }
  const mostLikely: VerdictCause = { eventId: top.id, kind: top.kind, confidence: top.confidence, explains: 0, text: `${top.title}.` }
  const text = `${covers} The change to look at first: ${lowerFirst(top.title)} (${top.confidence} confidence).`
  const lines = drops.slice(1).map((e): VerdictLine => ({ eventId: e.id, kind: e.kind, confidence: e.confidence, role: 'cause', text: `${e.title}.` }))
  return { status: 'creator', text, headline: { value: drops.length, label: drops.length === 1 ? 'change to look at' : 'changes to look at' }, mostLikely, lines: cap(lines), nextSteps: steps(top.actions), doubt: null }
}

function comparedVerdict(summary: ExportSummary, events: readonly CauseEvent[], diff: ExportDiff, doubt: string | null): Verdict {
  const vanished = diff.vanished.length
  const between = exportSpan(diff)
  const lead = doubt === null ? '' : 'If these two exports are of one account, '
  if (vanished === 0) {
    const checked = diff.older.likes.length - diff.beyondWindow.length
    let text = `${upperFirst(`${lead}no likes vanished ${between}`)}: all ${plural(checked, 'like')} of the earlier export that this one reaches back to are still there.`
    if (diff.beyondWindow.length > 0) text += ` ${plural(diff.beyondWindow.length, 'older like')} ${diff.beyondWindow.length === 1 ? 'is' : 'are'} older than this export reaches, so ${diff.beyondWindow.length === 1 ? 'it was' : 'they were'} not checked.`
    const lines = [...checkFirstLines(events), ...contextLines(events, [], summary.missingCategories)]
    return { status: 'nothing-found', text: withDoubt(text, doubt), headline: { value: 0, label: 'likes vanished' }, mostLikely: null, lines: cap(lines), nextSteps: ['compare-exports'], doubt }
  }

  const candidates = rankCandidates(vanishedCandidates(events, diff))
  const best = candidates[0] ?? null
  const fact = `${upperFirst(`${lead}${plural(vanished, 'like')} vanished ${between}`)}.`
  let text = fact
  if (best !== null) {
    const share = best.explains < vanished ? `, ${formatNumber(best.explains)} of them` : ''
    text += ` Most likely (${best.confidence} confidence${share}): ${best.text}`
  }
  const lines: VerdictLine[] = [...checkFirstLines(events)]
  const finding = findingLine(events, diff)
  if (finding !== null) lines.push(finding)
  for (const c of candidates.slice(1)) {
    lines.push({ eventId: c.eventId, kind: c.kind, confidence: c.confidence, role: 'cause', text: upperFirst(c.text) })
  }
  lines.push(...contextLines(events, lines, summary.missingCategories))
  const nextSteps = steps(best?.actions ?? [], ['report-problem'])
  const mostLikely: VerdictCause | null = best === null ? null : { eventId: best.eventId, kind: best.kind, confidence: best.confidence, explains: best.explains, text: best.text }
  return { status: 'likes-vanished', text: withDoubt(text, doubt), headline: { value: vanished, label: vanished === 1 ? 'like vanished' : 'likes vanished' }, mostLikely, lines: cap(lines), nextSteps, doubt }
}

function singleVerdict(summary: ExportSummary, events: readonly CauseEvent[]): Verdict {
  const likes = summary.sections.likes
  const read =
    likes.count === 0
      ? 'This export has a like list, but it is empty.'
      : `LikeTrace read ${plural(likes.count, 'like')}${likes.first !== null && likes.last !== null ? ` (${formatRange(likes.first, likes.last)})` : ''}.`
  const leads = ranked(events.filter((e) => e.kind === 'like-burst' || e.kind === 'like-gap'))
  const top = leads[0]
  const lines: VerdictLine[] = [...checkFirstLines(events)]
  if (top === undefined) {
    const watch = summary.sections.watchHistory
    const watchDays = watch.first !== null && watch.last !== null ? (Date.parse(watch.last) - Date.parse(watch.first)) / 86_400_000 : 0
    // Say what could not be checked: without enough watch history, days with too few likes cannot be found.
    const unchecked =
      likes.count === 0 ? '' : watch.count === 0 ? ', though the export has no watch history to check for days without likes' : watchDays < MIN_WATCH_DAYS_FOR_GAPS ? ', though its watch history is too short to check for days without likes' : ''
    const text = `${read} Nothing in this export points to lost likes${unchecked}. One export cannot show which likes vanished: request another in a few weeks and compare the two in LikeTrace.`
    lines.push(...contextLines(events, lines, summary.missingCategories))
    // A cut-off list, or checks skipped because a category was left out: a complete export comes first.
    const complete = lines.some((l) => l.role === 'check-first' || SKIPPED_CHECK_KINDS.has(l.kind)) ? ['request-new-export' as const] : []
    const nextSteps = steps(complete, ['compare-exports'], events.some((e) => e.kind === 'liked-videos-private') ? ['check-liked-privacy'] : [])
    return { status: 'nothing-found', text, headline: likes.count > 0 ? { value: likes.count, label: likes.count === 1 ? 'like read' : 'likes read' } : null, mostLikely: null, lines: cap(lines), nextSteps, doubt: null }
  }
  const mostLikely: VerdictCause = { eventId: top.id, kind: top.kind, confidence: top.confidence, explains: 0, text: `${upperFirst(leadText(top))}.` }
  const more = leads.length > 1 ? ` (and ${plural(leads.length - 1, 'more like it', 'more like them')})` : ''
  const text = `${read} One export cannot show which likes vanished; the strongest lead (${top.confidence} confidence): ${leadText(top)}${more}.`
  for (const e of leads.slice(1)) lines.push({ eventId: e.id, kind: e.kind, confidence: e.confidence, role: 'cause', text: `${upperFirst(leadText(e))}.` })
  lines.push(...contextLines(events, lines, summary.missingCategories))
  return {
    status: 'possible-cause',
    text,
    headline: { value: likes.count, label: likes.count === 1 ? 'like read' : 'likes read' },
    mostLikely,
    lines: cap(lines),
    nextSteps: steps(top.actions, lines.some((l) => SKIPPED_CHECK_KINDS.has(l.kind)) ? ['request-new-export'] : [], ['compare-exports']),
    doubt: null,
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Causes of vanished likes, each with how many it explains.

/**
 * Every cause that explains at least one vanished like: a burst explains the vanished likes given inside it; a login
 * change or a gap, those in clusters that began within a day of it; scattered small clusters are put down to the videos
 * being deleted or made private; whole sessions that nothing else touches, to likes undone or never received.
 */
export function vanishedCandidates(events: readonly CauseEvent[], diff: ExportDiff): Candidate[] {
  const times = diff.vanished.map((l) => l.at)
  const out: Candidate[] = []
  const touched = new Set<number>()
  for (const e of events) {
    const start = Date.parse(e.start)
    const end = Date.parse(e.end)
    let explains = 0
    if (e.kind === 'like-burst') {
      explains = countBetween(times, start, end)
      diff.clusters.forEach((c, i) => {
        if (c.start <= end && c.end >= start) touched.add(i)
      })
    } else if ((LOGIN_KINDS.has(e.kind) && e.nearVanished !== undefined && e.evidence.counts.merged === undefined) || e.kind === 'like-gap') {
      // A login change counts only where the analysis found it near vanished likes; a merged context line spans months.
      diff.clusters.forEach((c, i) => {
        if (c.start >= start - NEAR_MS && c.start <= end + NEAR_MS) {
          explains += c.likes.length
          touched.add(i)
        }
      })
    }
    if (explains === 0) continue
    // A burst with vanished likes inside it is more than a coincidence; logins and gaps were raised by the analysis when near.
    out.push({ eventId: e.id, kind: e.kind, confidence: e.kind === 'like-burst' ? atLeastMedium(e.confidence) : e.confidence, explains, text: causeText(e, explains), actions: e.actions })
  }

  const vanishedEvents = new Map(events.filter((e) => e.kind === 'vanished-likes').map((e) => [Date.parse(e.start), e]))
  const small = diff.clusters.filter((c) => c.likes.length <= SMALL_CLUSTER_LIKES)
  const smallLikes = small.reduce((s, c) => s + c.likes.length, 0)
  const newestSmall = small[small.length - 1]
  const smallEvent = newestSmall === undefined ? undefined : vanishedEvents.get(newestSmall.start)
  if (smallLikes > 0 && smallEvent !== undefined) {
    const most = Math.max(...small.map((c) => c.likes.length))
    const places = small.length === 1 ? `on ${formatDate(small[0]?.start ?? 0)}` : `${most === 1 ? 'one at a time' : `${WORDS[most] ?? most} at a time at most`}, on ${small.length} different days`
    out.push({
      eventId: smallEvent.id,
      kind: 'vanished-likes',
      confidence: 'medium',
      explains: smallLikes,
      text: `the ${smallLikes === 1 ? 'video was' : 'videos were'} deleted or made private by ${smallLikes === 1 ? 'its creator' : 'their creators'} (${plural(smallLikes, 'like')} vanished ${places}, while the likes around them stayed).`,
      actions: ['check-removed-videos', 'report-problem'],
    })
  }

  // Larger clusters no event sits near: a whole session undone, or never received by TikTok.
  const alone = diff.clusters.filter((c, i) => c.likes.length > SMALL_CLUSTER_LIKES && !touched.has(i))
  const aloneLikes = alone.reduce((s, c) => s + c.likes.length, 0)
  const biggest = [...alone].sort((a, b) => b.likes.length - a.likes.length)[0]
  const biggestEvent = biggest === undefined ? undefined : vanishedEvents.get(biggest.start)
  if (aloneLikes > 0 && biggest !== undefined && biggestEvent !== undefined) {
    out.push({
      eventId: biggestEvent.id,
      kind: 'vanished-likes',
      confidence: 'low',
      explains: aloneLikes,
      text: `TikTok undid ${alone.length === 1 ? 'a whole session' : 'whole sessions'} of likes, or ${alone.length === 1 ? 'it' : 'they'} never fully reached TikTok (${plural(aloneLikes, 'like')} given on ${alone.length === 1 ? formatDate(biggest.start) : `${plural(alone.length, 'day')}`}, with nothing else in the export near ${alone.length === 1 ? 'it' : 'them'}).`,
      actions: ['check-connection', 'update-app', 'report-problem'],
    })
  }
  return out
}

/** Most vanished likes explained first; ties by confidence, then the more direct link, then the later event. */
export function rankCandidates(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort(
    (a, b) =>
      b.explains - a.explains ||
      CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
      (DIRECTNESS[a.kind] ?? 9) - (DIRECTNESS[b.kind] ?? 9) ||
      (a.eventId < b.eventId ? 1 : a.eventId > b.eventId ? -1 : 0),
  )
}

function causeText(e: CauseEvent, explains: number): string {
  const day = formatDate(Date.parse(e.start))
  const n = e.evidence.counts
  if (e.kind === 'like-burst') {
    return `you liked ${plural(n.likes ?? 0, 'video')} in ${plural(n.minutes ?? 0, 'minute')} on ${day}, and ${explains === 1 ? 'one of those likes is' : explains === n.likes ? `all ${formatNumber(explains)} of those likes are` : `${formatNumber(explains)} of those likes are`} gone. Users report that TikTok undoes likes given this fast.`
  }
  const near = `${explains === 1 ? 'the vanished like was' : `${formatNumber(explains)} of the vanished likes were`} given within a day of it`
  if (e.kind === 'like-gap') return `${lowerFirst(e.title)}; ${near}. Likes given then may not have reached TikTok.`
  return `${lowerFirst(e.title)} on ${day}; ${near}. Likes given on a new phone, app or connection sometimes never reach TikTok.`
}

/** A single-export lead in words, without a lead-in. */
function leadText(e: CauseEvent): string {
  if (e.kind === 'like-burst') {
    const n = e.evidence.counts
    return `you liked ${plural(n.likes ?? 0, 'video')} in ${plural(n.minutes ?? 0, 'minute')} on ${formatDate(Date.parse(e.start))}; users report that TikTok undoes likes given this fast`
  }
  return lowerFirst(e.title)
}

// ---------------------------------------------------------------------------------------------------------------------
// Lines.

/**
 * Export artefacts that can change the likes themselves: a like list cut at a known size. A partial export that only
 * left out comments, messages or posts cannot, so it is context at most.
 */
function checkFirstLines(events: readonly CauseEvent[]): VerdictLine[] {
  return events.filter((e) => e.kind === 'possible-truncation').map((e) => ({ eventId: e.id, kind: e.kind, confidence: e.confidence, role: 'check-first' as const, text: `${e.title}.` }))
}

/** Where the vanished likes sit: the biggest cluster, then how many more in how many places. A plain fact: no confidence. */
function findingLine(events: readonly CauseEvent[], diff: ExportDiff): VerdictLine | null {
  const vanished = events.filter((e) => e.kind === 'vanished-likes')
  if (vanished.length === 0) return null
  const biggest = [...vanished].sort((a, b) => (b.evidence.counts.vanished ?? 0) - (a.evidence.counts.vanished ?? 0))[0] as CauseEvent
  const n = biggest.evidence.counts.vanished ?? 0
  const rest = diff.vanished.length - n
  const when = formatDate(Date.parse(biggest.start))
  let text: string
  if (vanished.length === 1) text = n === 1 ? `The vanished like was given on ${when}.` : `All ${plural(n, 'vanished like')} were given on ${formatRange(biggest.start, biggest.end, 'to')}.`
  else if (n <= SMALL_CLUSTER_LIKES) text = `The vanished likes are spread out: ${plural(vanished.length, 'group')}, none with more than ${plural(n, 'like')}.`
  else {
    const others = vanished.length - 1
    const singles = vanished.every((e) => e === biggest || (e.evidence.counts.vanished ?? 0) === 1)
    const restText = singles ? `the other ${formatNumber(rest)} were ${rest === 1 ? 'a single like' : 'single likes'} given at other times` : `the other ${formatNumber(rest)} in ${plural(others, 'smaller group')}`
    text = `${plural(n, 'of the vanished likes', 'of the vanished likes')} were given on ${when}; ${restText}.`
  }
  if (n === 1 && vanished.length === 1) text = `The vanished like was given on ${when}.`
  return { eventId: biggest.id, kind: 'vanished-likes', confidence: null, role: 'finding', text }
}

/** Context lines that say a check was skipped because the export left a category out. */
const SKIPPED_CHECK_KINDS: ReadonlySet<EventKind> = new Set(['partial-export', 'missing-section'])

/** Facts worth knowing next to the verdict: who can see your likes, posts you deleted, what the export left out. No confidence: they are facts. */
function contextLines(events: readonly CauseEvent[], already: readonly VerdictLine[], missingCategories: readonly string[]): VerdictLine[] {
  // Comments, messages or posts left out of the request change nothing about likes given: not worth a line.
  const missing = missingCategories.filter((c) => LIKE_RELATED_CATEGORY.test(c))
  const named = new Set(already.map((l) => l.eventId))
  const out: VerdictLine[] = []
  for (const e of events) {
    if (named.has(e.id)) continue
    if (CONTEXT_KINDS.has(e.kind)) out.push({ eventId: e.id, kind: e.kind, confidence: null, role: 'context', text: `${e.title}.` })
    else if (e.kind === 'missing-section') out.push({ eventId: e.id, kind: e.kind, confidence: null, role: 'context', text: `${e.title}, so checks that need it were skipped.` })
    else if (e.kind === 'partial-export' && missing.length > 0) {
      out.push({ eventId: e.id, kind: e.kind, confidence: null, role: 'context', text: `This export leaves out ${listWords(missing)}, so checks that need ${missing.length === 1 ? 'it' : 'them'} were skipped.` })
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------------
// Helpers.

function ranked(events: readonly CauseEvent[]): CauseEvent[] {
  const size = (e: CauseEvent): number => Math.max(0, ...Object.values(e.evidence.counts).map((v) => Math.abs(v)))
  return [...events].sort((a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || size(b) - size(a) || (a.start < b.start ? 1 : a.start > b.start ? -1 : 0))
}

function atLeastMedium(c: Confidence): Confidence {
  return c === 'low' ? 'medium' : c
}

function cap(lines: VerdictLine[]): VerdictLine[] {
  return lines.slice(0, MAX_VERDICT_LINES)
}

function steps(...lists: ReadonlyArray<readonly ActionId[]>): ActionId[] {
  return [...new Set(lists.flat())].slice(0, MAX_NEXT_STEPS)
}

function withDoubt(text: string, doubt: string | null): string {
  return doubt === null ? text : `${text} ${doubt}`
}

function countBetween(sorted: readonly number[], from: number, to: number): number {
  let n = 0
  for (const t of sorted) if (t >= from && t <= to) n++
  return n
}

/** "between the exports of 2 Jul and 30 Aug 2025". */
function exportSpan(diff: ExportDiff): string {
  const older = diff.older.exportedAt
  const newer = diff.newer.exportedAt
  if (older === null || newer === null) return 'between your two exports'
  return `between the exports of ${formatRange(older, newer, 'and')}`
}

function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`
}

function lowerFirst(text: string): string {
  // Keep proper nouns and device names ("iPhone14,4 updated") as written.
  return /^[A-Z][a-z]/.test(text) && !/^(TikTok|iPhone|Android|Wi-Fi|Pixel|Redmi|Galaxy)/.test(text) ? (text[0] as string).toLowerCase() + text.slice(1) : text
}

function upperFirst(text: string): string {
  return text.length > 0 ? (text[0] as string).toUpperCase() + text.slice(1) : text
}

