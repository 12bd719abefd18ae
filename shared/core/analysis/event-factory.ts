// shared/core: Electron-free. Builds CauseEvent DTOs with bounded evidence, and the date wording events share.
import type { ActionId, CauseEvent, Confidence, EventKind } from '@shared/contract/model'

export interface EventDraft {
  kind: EventKind
  start: number
  end: number
  confidence: Confidence
  title: string
  explanation: string
  counts: Record<string, number>
  rowIds: readonly string[]
  actions: readonly ActionId[]
}

export function makeEvent(draft: EventDraft, maxRowIds: number): CauseEvent {
  const start = new Date(Math.min(draft.start, draft.end)).toISOString()
  const end = new Date(Math.max(draft.start, draft.end)).toISOString()
  return {
    id: `${draft.kind}@${start}`,
    kind: draft.kind,
    start,
    end,
    confidence: draft.confidence,
    title: draft.title,
    explanation: draft.explanation,
    evidence: {
      counts: { ...draft.counts },
      rowIds: draft.rowIds.slice(0, maxRowIds),
      rowIdsTruncated: draft.rowIds.length > maxRowIds,
    },
    actions: [...draft.actions],
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "10 March 2025" (UTC), the way events name days. */
export function dayLabel(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

/**
 * A span of whole days the way a person says it: "1 to 10 August 2025", "28 July to 3 August 2025",
 * "28 December 2024 to 3 January 2025"; one day is just "10 August 2025".
 */
export function dayRangeLabel(fromMs: number, toMs: number, joiner: 'to' | 'and' = 'to'): string {
  const a = new Date(fromMs)
  const b = new Date(toMs)
  if (dayLabel(fromMs) === dayLabel(toMs)) return dayLabel(fromMs)
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${dayLabel(fromMs)} ${joiner} ${dayLabel(toMs)}`
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} ${joiner} ${dayLabel(toMs)}`
  return `${a.getUTCDate()} ${joiner} ${dayLabel(toMs)}`
}

/** "10 March 2025, 21:04 UTC". */
export function timeLabel(ms: number): string {
  const d = new Date(ms)
  return `${dayLabel(ms)}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} UTC`
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000
