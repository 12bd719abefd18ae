// shared/core: Electron-free. Keeps login changes next to vanished likes or a like gap as possible causes, and folds the rest into one context line per kind.
import { formatDate, formatRange } from '@shared/contract/dates'
import type { CauseEvent, EventKind } from '@shared/contract/model'
import type { DetectorOptions } from '../detector-options'
import { DAY_MS, makeEvent, plural } from '../event-factory'
import { SUBJECT_ID } from './login-changes'

type LoginKind = 'new-device' | 'os-change' | 'new-network'
const LOGIN_KINDS: readonly LoginKind[] = ['new-device', 'os-change', 'new-network']
const isLoginKind = (k: EventKind): k is LoginKind => (LOGIN_KINDS as readonly EventKind[]).includes(k)

/** A login change sits next to a like gap when it falls inside it or within a day of either end. */
function nearGap(e: CauseEvent, gaps: readonly CauseEvent[]): boolean {
  const t = Date.parse(e.start)
  return gaps.some((g) => t >= Date.parse(g.start) - DAY_MS && t <= Date.parse(g.end) + DAY_MS)
}

function subjectWords(kind: LoginKind, n: number): string {
  if (kind === 'new-device') return plural(n, 'new device')
  if (kind === 'os-change') return plural(n, 'system change')
  return plural(n, 'new network')
}

function mergedExplanation(kind: LoginKind, subjects: number, logins: number): string {
  // The subjects themselves (models, systems, address prefixes) are the event's evidence, not words for the first line.
  const what =
    kind === 'new-network'
      ? `Your account connected from ${plural(subjects, 'network')} not seen before in your login history, over ${plural(logins, 'login')} (each is listed in the evidence). Home internet providers hand out new addresses all the time, so new ones are usual.`
      : kind === 'new-device'
        ? `Your account logged in on ${plural(subjects, 'device')} not seen before, over ${plural(logins, 'login')} (each is listed in the evidence). If you do not recognise one of them, secure your account.`
        : `Your devices reported ${plural(subjects, 'system')} not seen before, over ${plural(logins, 'login')} (each is listed in the evidence): updates, or a phone restored or replaced.`
  return `${what} None of them happened within a day of vanished likes or next to days without likes, so they are background, not a likely cause.`
}

/**
 * Login changes are correlation only: one within a day of vanished likes (already marked `nearVanished`) or inside or
 * next to a like gap stays as its own possible cause; the others of each kind become one low-confidence context event
 * that names them all. A single change far from anything stays as it is, at low confidence.
 */
export function settleLoginContext(events: readonly CauseEvent[], options: DetectorOptions): CauseEvent[] {
  const gaps = events.filter((e) => e.kind === 'like-gap')
  const background = new Map<LoginKind, CauseEvent[]>()
  const out: CauseEvent[] = []
  for (const e of events) {
    if (!isLoginKind(e.kind) || e.nearVanished !== undefined || nearGap(e, gaps)) {
      out.push(e)
      continue
    }
    const list = background.get(e.kind) ?? []
    list.push(e)
    background.set(e.kind, list)
  }
  for (const kind of LOGIN_KINDS) {
    const list = background.get(kind) ?? []
    if (list.length === 1) out.push(...list)
    if (list.length < 2) continue
    const first = Date.parse((list[0] as CauseEvent).start)
    const last = Date.parse((list[list.length - 1] as CauseEvent).start)
    const subjects = [...new Set(list.flatMap((e) => e.evidence.rowIds.filter((id) => SUBJECT_ID.test(id))))]
    const logins = list.flatMap((e) => e.evidence.rowIds.filter((id) => !SUBJECT_ID.test(id)))
    const span = formatDate(first) === formatDate(last) ? `on ${formatDate(first)}` : `between ${formatRange(first, last, 'and')}`
    out.push(
      makeEvent(
        {
          kind,
          start: first,
          end: last,
          confidence: 'low',
          title: `${subjectWords(kind, subjects.length)} ${span}`,
          explanation: mergedExplanation(kind, subjects.length, logins.length),
          counts: { merged: list.length, subjects: subjects.length },
          // Subjects first: they are what the line is about, and a long login list must not push them out.
          rowIds: [...subjects, ...logins],
          actions: [...new Set(list.flatMap((e) => e.actions))],
        },
        options.maxRowIds,
      ),
    )
  }
  return out
}
