// shared/core: Electron-free. Builds CauseEvent DTOs with bounded evidence (dates in their words come from shared/contract/dates).
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

export { plural } from '@shared/contract/numbers'

export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000
