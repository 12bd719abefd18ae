// renderer: pure helpers. Dates and numbers for the printed report: fixed locale by paper and UTC, so the same data prints the same words anywhere.
import { formatClock, formatDate, formatDateTime, formatDayMonth, formatMonth, formatRange } from '@shared/contract/dates'
import { EVIDENCE_SUBJECT_LABEL, splitEvidenceId } from '@shared/contract/evidence-ids'
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
  /** `digits`: exactly that many decimals ("59.0"); none by default. */
  number(n: number, digits?: number): string
}

/**
 * One date style on every page and paper, the app's: "10 Mar 2025" and "10 Mar 2025, 14:00 UTC", always UTC because
 * the export's times are UTC.
 */
export function reportFormat(_paper: PaperSize): ReportFormat {
  const n = new Intl.NumberFormat('en-US')
  const known = (iso: string | null | undefined): iso is string => typeof iso === 'string' && iso !== '' && !Number.isNaN(Date.parse(iso))
  return {
    date: formatDate,
    dateTime: formatDateTime,
    span: (from, to) => {
      if (formatDate(from) !== formatDate(to)) return `${formatDateTime(from)} – ${formatDateTime(to)}`
      return formatClock(from) === formatClock(to) ? formatDateTime(from) : `${formatDate(from)}, ${formatClock(from)} – ${formatClock(to)} UTC`
    },
    range: (from, to) => formatRange(from, to),
    tick: (iso, unit) => {
      if (!known(iso)) return iso
      return unit === 'month' ? formatMonth(iso) : formatDayMonth(iso)
    },
    number: (x, digits) => (digits === undefined ? n.format(x) : new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x)),
  }
}

/** Longest video title printed; the CSV keeps the whole title. */
const TITLE_CHARS = 80

/**
 * A video title for print: emoji left out (a PDF made where no emoji font is installed prints them as empty boxes, and
 * the video id beside the title is what identifies it), spaces collapsed, cut at 80 characters.
 */
export function printableTitle(title: string): string {
  const plain = title
    .replace(/\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\u200D|\uFE0F/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (plain === '') return 'Untitled'
  return plain.length > TITLE_CHARS ? `${plain.slice(0, TITLE_CHARS).trimEnd()}…` : plain
}

/** One line of evidence for an event: its first few named counts, in words; `hide` leaves out counts that mean nothing here. */
export function evidenceLine(e: CauseEvent, f: ReportFormat, max = 3, hide: ReadonlySet<string> = new Set()): string {
  const counts = Object.entries(e.evidence.counts)
    .filter(([k]) => !hide.has(k))
    .slice(0, max)
    .map(([k, v]) => `${humanizeKey(k)}: ${f.number(v)}`)
  return counts.length > 0 ? counts.join(' · ') : 'From the export’s settings and coverage.'
}

/** Longest device, system or network name printed: a name of thousands of characters would fill a page; the CSV has it whole. */
const SUBJECT_CHARS = 60

function clip(text: string): string {
  return text.length > SUBJECT_CHARS ? `${text.slice(0, SUBJECT_CHARS)}…` : text
}

/** Subjects printed per event; a merged line can cite dozens of networks, and the CSV lists every one. */
const SHOWN_SUBJECTS = 6

export interface ReportSubject {
  label: string
  /** From the export (a model name, an address prefix): printed isolated, never as markup. */
  value: string
}

/** The model, system or network an event's explanation says is "listed in the evidence", and how many more there are. */
export function evidenceSubjects(e: CauseEvent): { shown: ReportSubject[]; more: number } {
  const all: ReportSubject[] = []
  for (const id of e.evidence.rowIds) {
    const { kind, value } = splitEvidenceId(id)
    const label = EVIDENCE_SUBJECT_LABEL.get(kind)
    if (label !== undefined) all.push({ label, value: clip(value) })
  }
  return { shown: all.slice(0, SHOWN_SUBJECTS), more: Math.max(0, all.length - SHOWN_SUBJECTS) }
}

/** A row of the report's events table, numbered; the chart's markers carry the same number. */
export interface ReportEventRow {
  n: number
  key: string
  kind: CauseEvent['kind']
  title: string
  start: string
  end: string
  confidence: CauseEvent['confidence']
  explanation: string
  evidence: string
  /** The exact device, system or network behind a login event. */
  subjects: { shown: ReportSubject[]; more: number }
  actions: CauseEvent['actions']
  /** Where the chart marks it; null for what has no place in time (a setting, a category left out). */
  markAt: { start: string; end: string } | null
}

/** Kinds that describe the export or a setting, not a moment: listed, never drawn on a time axis. */
const UNDATED: ReadonlySet<CauseEvent['kind']> = new Set(['partial-export', 'missing-section', 'liked-videos-private'])

/**
 * Events as the report lists them, numbered from 1. Groups of vanished likes become one row in the place of the first
 * (the comparison section lists every like): thirteen near-identical rows would hide the causes below them. Its marker
 * sits on the largest group, and its evidence counts all of them.
 */
export function reportEventRows(events: readonly CauseEvent[], f: ReportFormat, hide: ReadonlySet<string> = new Set()): ReportEventRow[] {
  const vanished = events.filter((e) => e.kind === 'vanished-likes')
  const rows: ReportEventRow[] = []
  const push = (r: Omit<ReportEventRow, 'n'>): void => {
    rows.push({ ...r, n: rows.length + 1 })
  }
  for (const e of events) {
    if (e.kind === 'vanished-likes' && vanished.length > 1) {
      if (e !== vanished[0]) continue
      const count = (v: CauseEvent): number => v.evidence.counts.vanished ?? 0
      const total = vanished.reduce((n, v) => n + count(v), 0)
      const biggest = vanished.reduce((a, b) => (count(b) > count(a) ? b : a))
      push({
        key: 'vanished-all',
        kind: e.kind,
        title: `${f.number(total)} likes vanished, in ${vanished.length} groups`,
        start: vanished.map((v) => v.start).sort()[0] ?? e.start,
        end: vanished.map((v) => v.end).sort().at(-1) ?? e.end,
        confidence: e.confidence,
        explanation: `${f.number(total)} likes in the older export are missing from the newer one, although it covers the dates they were given. The largest group, ${f.number(count(biggest))} likes, was given ${f.span(biggest.start, biggest.end)}; the chart marks it.`,
        evidence: `${f.number(total)} vanished · largest group ${f.number(count(biggest))} · ${vanished.length} groups`,
        subjects: { shown: [], more: 0 },
        actions: e.actions,
        markAt: { start: biggest.start, end: biggest.end },
      })
      continue
    }
    push({
      key: e.id,
      kind: e.kind,
      title: e.title,
      start: e.start,
      end: e.end,
      confidence: e.confidence,
      explanation: e.explanation,
      evidence: evidenceLine(e, f, 6, hide),
      subjects: evidenceSubjects(e),
      actions: e.actions,
      markAt: UNDATED.has(e.kind) ? null : { start: e.start, end: e.end },
    })
  }
  return rows
}
