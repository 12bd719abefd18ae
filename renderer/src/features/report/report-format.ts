// renderer: pure helpers. Dates and numbers for the printed report: fixed locale by paper and UTC, so the same data prints the same words anywhere.
import type { CauseEvent } from '@shared/contract/model'
import type { BucketUnit, PaperSize } from '@shared/contract/views'
import { humanizeKey } from '../../format'

export interface ReportFormat {
  date(iso: string | null | undefined): string
  dateTime(iso: string | null | undefined): string
  /** "3 Mar 2025, 18:02 – 18:26 UTC" when both ends fall on one day. */
  span(from: string, to: string): string
  range(from: string | null | undefined, to: string | null | undefined): string
  tick(iso: string, unit: BucketUnit): string
  number(n: number): string
}

/** US Letter readers get "Mar 1, 2025", A4 readers "1 Mar 2025"; always UTC, because the export's times are UTC. */
export function reportFormat(paper: PaperSize): ReportFormat {
  const locale = paper === 'Letter' ? 'en-US' : 'en-GB'
  const d = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
  const dt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  const n = new Intl.NumberFormat('en-US')
  const valid = (iso: string | null | undefined): Date | null => {
    if (!iso) return null
    const v = new Date(iso)
    return Number.isNaN(v.getTime()) ? null : v
  }
  const date = (iso: string | null | undefined): string => {
    const v = valid(iso)
    return v ? d.format(v) : 'unknown date'
  }
  const dateTime = (iso: string | null | undefined): string => {
    const v = valid(iso)
    return v ? `${dt.format(v)} UTC` : 'unknown time'
  }
  const time = (iso: string): string => {
    const v = valid(iso)
    return v ? `${String(v.getUTCHours()).padStart(2, '0')}:${String(v.getUTCMinutes()).padStart(2, '0')}` : '?'
  }
  return {
    date,
    dateTime,
    span: (from, to) => {
      if (date(from) !== date(to)) return `${dateTime(from)} – ${dateTime(to)}`
      return time(from) === time(to) ? dateTime(from) : `${date(from)}, ${time(from)} – ${time(to)} UTC`
    },
    range: (from, to) => {
      if (!from && !to) return 'no dates'
      const a = date(from)
      const b = date(to)
      return a === b ? a : `${a} – ${b}`
    },
    tick: (iso, unit) => {
      const v = valid(iso)
      if (!v) return iso
      return unit === 'month' ? month.format(v) : d.format(v)
    },
    number: (x) => n.format(x),
  }
}

/** One line of evidence for an event: its first few named counts and how many rows it cites. */
export function evidenceLine(e: CauseEvent, f: ReportFormat, max = 3): string {
  const counts = Object.entries(e.evidence.counts)
    .slice(0, max)
    .map(([k, v]) => `${humanizeKey(k)}: ${f.number(v)}`)
  const rows = e.evidence.rowIds.length
  if (rows > 0) counts.push(`${f.number(rows)}${e.evidence.rowIdsTruncated ? '+' : ''} ${rows === 1 ? 'row' : 'rows'} cited`)
  return counts.length > 0 ? counts.join(' · ') : 'From the export’s settings and coverage.'
}

/** A row of the report's event lists: one event, or all groups of vanished likes folded into one. */
export interface ReportEventRow {
  key: string
  kind: CauseEvent['kind']
  title: string
  start: string
  end: string
  confidence: CauseEvent['confidence']
  evidence: string
  actions: CauseEvent['actions']
}

/**
 * Events as the report lists them. Groups of vanished likes become one row in the place of the first (the comparison
 * section lists every group): thirteen near-identical rows would hide the causes below them.
 */
export function reportEventRows(events: readonly CauseEvent[], f: ReportFormat): ReportEventRow[] {
  const vanished = events.filter((e) => e.kind === 'vanished-likes')
  const rows: ReportEventRow[] = []
  for (const e of events) {
    if (e.kind === 'vanished-likes' && vanished.length > 1) {
      if (e !== vanished[0]) continue
      const total = vanished.reduce((n, v) => n + (v.evidence.counts.vanished ?? 0), 0)
      const biggest = Math.max(...vanished.map((v) => v.evidence.counts.vanished ?? 0))
      rows.push({
        key: 'vanished-all',
        kind: e.kind,
        title: `${f.number(total)} likes vanished, in ${vanished.length} groups`,
        start: vanished.map((v) => v.start).sort()[0] ?? e.start,
        end: vanished.map((v) => v.end).sort().at(-1) ?? e.end,
        confidence: e.confidence,
        evidence: `Vanished: ${f.number(total)} · Largest group: ${f.number(biggest)} · Groups: ${vanished.length}`,
        actions: e.actions,
      })
      continue
    }
    rows.push({ key: e.id, kind: e.kind, title: e.title, start: e.start, end: e.end, confidence: e.confidence, evidence: evidenceLine(e, f, 6), actions: e.actions })
  }
  return rows
}
