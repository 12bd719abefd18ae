// renderer: plain-English formatting of dates, counts and contract codes for display; one date style everywhere ("10 Mar 2025, 14:00 UTC").
import type { Confidence, ExportFormat, Generation } from '@shared/contract/model'
import type { BucketUnit, LikeStatus } from '@shared/contract/views'

// Spelled out rather than left to Intl: some locales' short months ("Sept") or 12-hour clocks would mix styles on one screen.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
// Thousands separators the same on every machine, so "1,538" reads alike in the app, the report and the tests.
const numberFmt = new Intl.NumberFormat('en-US')

const valid = (iso: string | null | undefined): Date | null => {
  if (!iso) return null
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

const two = (n: number): string => String(n).padStart(2, '0')
const day = (d: Date): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`

/** "10 Mar 2025" (the UTC calendar day; the engine's dates are UTC). */
export function formatDate(iso: string | null | undefined): string {
  const d = valid(iso)
  return d ? day(d) : 'unknown date'
}

/** "10 Mar 2025, 14:00 UTC": 24-hour, always UTC and always saying so. */
export function formatDateTime(iso: string | null | undefined): string {
  const d = valid(iso)
  return d ? `${day(d)}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} UTC` : 'unknown time'
}

/** "3 May 2024", "3–9 May 2024", "28 Apr – 3 May 2024" or "3 Mar 2024 – 9 Apr 2025": one date when both ends fall on the same day. */
export function formatRange(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return 'no dates'
  const a = valid(from)
  const b = valid(to)
  if (!a || !b) return a ? formatDate(from) : formatDate(to)
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${day(a)} – ${day(b)}`
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} – ${day(b)}`
  if (a.getUTCDate() !== b.getUTCDate()) return `${a.getUTCDate()}–${day(b)}`
  return day(a)
}

/** "Mar 2025" */
export function formatMonth(iso: string | null | undefined): string {
  const d = valid(iso)
  return d ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : 'unknown month'
}

/** A chart bucket (UTC bucket starts from the engine): "Mar 2025", "Week of 10 Mar 2025" or "10 Mar 2025". */
export function formatBucket(iso: string, unit: BucketUnit): string {
  if (!valid(iso)) return iso
  if (unit === 'month') return formatMonth(iso)
  return unit === 'week' ? `Week of ${formatDate(iso)}` : formatDate(iso)
}

export function formatBucketTick(iso: string, unit: BucketUnit): string {
  if (!valid(iso)) return iso
  return unit === 'month' ? formatMonth(iso) : formatDate(iso)
}

export function formatNumber(n: number): string {
  return numberFmt.format(n)
}

/** Axis ticks: 600,000 as "600k", 1,200,000 as "1.2M"; small numbers with separators. */
export function formatAxisNumber(n: number): string {
  const abs = Math.abs(n)
  if (abs >= 1_000_000) return `${formatNumber(Math.round(n / 100_000) / 10)}M`
  if (abs >= 10_000) return `${formatNumber(Math.round(n / 100) / 10)}k`
  return formatNumber(n)
}

export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`
}

export const CONFIDENCE_LABEL: Readonly<Record<Confidence, string>> = {
  high: 'High confidence',
  medium: 'Medium confidence',
  low: 'Low confidence',
}

/** The file type in plain words; the layout letter is for the Details panel (`formatLayout`). */
export function formatLabel(format: ExportFormat, generation: Generation | null): string {
  const base = format === 'json' ? 'JSON export' : format === 'txt' ? 'TXT export' : 'TikTok Studio CSV'
  return generation ? `${base}, layout ${generation}` : base
}

export function formatKind(format: ExportFormat): string {
  return format === 'json' ? 'JSON export' : format === 'txt' ? 'Text export' : 'TikTok Studio data'
}

export { SECTION_LABEL } from '@shared/contract/model'

export const STATUS_LABEL: Readonly<Record<LikeStatus, string>> = {
  present: 'Still there',
  vanished: 'Vanished',
  'in-burst': 'In a burst',
}

/** Evidence counts come with camelCase names of ours ("loginsFromThen"); show them as words. */
export function humanizeKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export function retentionText(days: number | null): string {
  if (days === null) return 'Kept for good'
  if (days % 30 === 0 && days >= 60) return `Last ~${days / 30} months only`
  return `Last ${days} days only`
}

/** An account name as the user knows it: one "@", whatever the export stored ("@@name" and "name" both become "@name"). */
export function formatAccount(name: string | null | undefined): string | null {
  const bare = (name ?? '').trim().replace(/^@+/, '')
  return bare === '' ? null : `@${bare}`
}
