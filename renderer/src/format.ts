// renderer: plain-English formatting of dates, counts and contract codes for display; one date style everywhere ("10 Mar 2025, 14:00 UTC").
import type { Confidence, ExportFormat, Generation } from '@shared/contract/model'
import type { BucketUnit, LikeStatus } from '@shared/contract/views'
import { formatDate, formatMonth } from '@shared/contract/dates'
import { formatNumber } from '@shared/contract/numbers'

// One date formatter for the screen and for the engine's titles and explanations.
export { formatDate, formatDateTime, formatMonth, formatRange } from '@shared/contract/dates'

const valid = (iso: string): boolean => !Number.isNaN(new Date(iso).getTime())

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

// Counts as the engine writes them ("1,538 likes"): one formatter for every zone.
export { formatNumber, plural } from '@shared/contract/numbers'

/** Axis ticks: 600,000 as "600k", 1,200,000 as "1.2M"; small numbers with separators. */
export function formatAxisNumber(n: number): string {
  const abs = Math.abs(n)
  if (abs >= 1_000_000) return `${formatNumber(Math.round(n / 100_000) / 10)}M`
  if (abs >= 10_000) return `${formatNumber(Math.round(n / 100) / 10)}k`
  return formatNumber(n)
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
