// shared/contract: environment-free. The one date style of the app, the report, the CSV and the command line: "10 Mar 2025" and "10 Mar 2025, 14:00 UTC", always UTC.

// Spelled out rather than left to Intl: some locales' short months ("Sept") or 12-hour clocks would mix styles on one screen.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** An ISO-8601 string or epoch milliseconds; anything else reads as an unknown date. */
export type DateInput = string | number | null | undefined

function valid(at: DateInput): Date | null {
  if (at === null || at === undefined || at === '') return null
  const d = new Date(at)
  return Number.isNaN(d.getTime()) ? null : d
}

const two = (n: number): string => String(n).padStart(2, '0')
const day = (d: Date): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`

/** "10 Mar 2025" (the UTC calendar day; the engine's dates are UTC). */
export function formatDate(at: DateInput): string {
  const d = valid(at)
  return d ? day(d) : 'unknown date'
}

/** "10 Mar 2025, 14:00 UTC": 24-hour, always UTC and always saying so. */
export function formatDateTime(at: DateInput): string {
  const d = valid(at)
  return d ? `${day(d)}, ${formatClock(d.getTime())} UTC` : 'unknown time'
}

/** "14:00" (UTC, 24-hour), for a span within one day. */
export function formatClock(at: DateInput): string {
  const d = valid(at)
  return d ? `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : '?'
}

/** "10 Mar", for chart ticks whose axis already shows the year. */
export function formatDayMonth(at: DateInput): string {
  const d = valid(at)
  return d ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''}` : 'unknown date'
}

/** "Mar 2025" */
export function formatMonth(at: DateInput): string {
  const d = valid(at)
  return d ? `${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}` : 'unknown month'
}

/**
 * A span of days, one date when both ends fall on the same day. With the default dash: "3–9 May 2024",
 * "28 Apr – 3 May 2024", "3 Mar 2024 – 9 Apr 2025"; in a sentence, with a word: "3 to 9 May 2024",
 * "between 28 Apr and 3 May 2024".
 */
export function formatRange(from: DateInput, to: DateInput, joiner: '–' | 'to' | 'and' = '–'): string {
  const a = valid(from)
  const b = valid(to)
  if (!a && !b) return 'no dates'
  if (!a || !b) return a ? day(a) : day(b as Date)
  const wide = joiner === '–' ? ' – ' : ` ${joiner} `
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${day(a)}${wide}${day(b)}`
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()] ?? ''}${wide}${day(b)}`
  if (a.getUTCDate() !== b.getUTCDate()) return `${a.getUTCDate()}${joiner === '–' ? '–' : wide}${day(b)}`
  return day(a)
}
