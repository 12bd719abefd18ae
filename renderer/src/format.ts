// renderer: plain-English formatting of dates, counts and contract codes for display (the user's locale and time zone).
import type { Confidence, ExportFormat, Generation } from '@shared/contract/model'
import type { BucketUnit, LikeStatus } from '@shared/contract/views'

const dateFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })
const dateTimeFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
const monthFmt = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' })
const dayFmtUtc = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const numberFmt = new Intl.NumberFormat()

const valid = (iso: string | null | undefined): Date | null => {
  if (!iso) return null
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? null : d
}

export function formatDate(iso: string | null | undefined): string {
  const d = valid(iso)
  return d ? dateFmt.format(d) : 'unknown date'
}

export function formatDateTime(iso: string | null | undefined): string {
  const d = valid(iso)
  return d ? dateTimeFmt.format(d) : 'unknown time'
}

/** "3 Mar 2024 – 9 Apr 2025", or one date when both ends fall on the same day. */
export function formatRange(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return 'no dates'
  const a = formatDate(from)
  const b = formatDate(to)
  return a === b ? a : `${a} – ${b}`
}

/** Bucket labels come from the engine in UTC bucket starts, so they are shown in UTC to keep the calendar day. */
export function formatBucket(iso: string, unit: BucketUnit): string {
  const d = valid(iso)
  if (!d) return iso
  if (unit === 'month') return monthFmt.format(d)
  return unit === 'week' ? `Week of ${dayFmtUtc.format(d)}` : dayFmtUtc.format(d)
}

export function formatBucketTick(iso: string, unit: BucketUnit): string {
  const d = valid(iso)
  if (!d) return iso
  return unit === 'month' ? monthFmt.format(d) : dayFmtUtc.format(d)
}

export function formatNumber(n: number): string {
  return numberFmt.format(n)
}

export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`
}

export const CONFIDENCE_LABEL: Readonly<Record<Confidence, string>> = {
  high: 'High confidence',
  medium: 'Medium confidence',
  low: 'Low confidence',
}

export function formatLabel(format: ExportFormat, generation: Generation | null): string {
  const base = format === 'json' ? 'JSON export' : format === 'txt' ? 'TXT export' : 'TikTok Studio CSV'
  return generation ? `${base}, layout ${generation}` : base
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
