// renderer: pure helpers. Scales for the printed charts: round y ticks (50/100/150), month or day x ticks, and marker lanes so no numbered marker hides another.
import { formatDayMonth, formatMonth } from '@shared/contract/dates'
import type { BucketUnit } from '@shared/contract/views'

const DAY = 86_400_000

export interface NiceScale {
  min: number
  max: number
  ticks: number[]
}

/**
 * A y scale over [min, max] with 3–6 ticks at 1, 2 or 5 × 10^k (so 50/100/150, never 55/110/165); always includes 0.
 * `whole`: the values are counts, so no tick falls between two of them (no "0.5 likes").
 */
export function niceScale(lo: number, hi: number, target = 4, whole = false): NiceScale {
  const min = Math.min(0, lo)
  const max = Math.max(0, hi)
  if (max - min <= 0) return { min: 0, max: 1, ticks: [0, 1] }
  const raw = (max - min) / target
  const pow = 10 ** Math.floor(Math.log10(raw))
  const nice = ([1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow) || 1
  const step = whole ? Math.max(1, nice) : nice
  const from = Math.floor(min / step) * step
  const to = Math.ceil(max / step) * step
  const ticks: number[] = []
  // Rounded so 0.1 steps do not print 0.30000000000000004.
  for (let v = from; v <= to + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6)
  return { min: from, max: to, ticks }
}

export interface XTick {
  index: number
  label: string
}

/**
 * Where to label the x axis: at month starts ("Mar 2025", or just the year when a label per year is enough), thinned
 * to at most `most`; for a span too short to show three month starts, at every 1, 2, 7 or 14 days ("16 Sep").
 */
export function xTicks(starts: readonly string[], unit: BucketUnit, most = 8): XTick[] {
  const dates = starts.map((s) => new Date(s))
  const monthStarts: number[] = []
  dates.forEach((d, i) => {
    const prev = dates[i - 1]
    if (i === 0 ? d.getUTCDate() <= 7 || unit === 'month' : prev !== undefined && prev.getUTCMonth() !== d.getUTCMonth()) monthStarts.push(i)
  })
  if (monthStarts.length >= 3 || unit === 'month') {
    const monthNo = (i: number): number => {
      const d = dates[i] as Date
      return d.getUTCFullYear() * 12 + d.getUTCMonth()
    }
    // Every month, else every 2nd, quarter, half-year, year…: calendar steps read best.
    let step = 1
    let pick = monthStarts
    for (step of [1, 2, 3, 6, 12, 24, 60]) {
      pick = monthStarts.filter((i) => monthNo(i) % step === 0)
      if (pick.length <= most) break
    }
    return pick.map((i) => {
      const d = dates[i] as Date
      return { index: i, label: step >= 12 ? String(d.getUTCFullYear()) : formatMonth(d.getTime()) }
    })
  }
  const daysPer = unit === 'week' ? 7 : 1
  const spanDays = dates.length * daysPer
  const every = [1, 2, 7, 14, 28].find((k) => spanDays / k <= most) ?? 28
  const stride = Math.max(1, Math.round(every / daysPer))
  const out: XTick[] = []
  for (let i = 0; i < dates.length; i += stride) {
    const d = dates[i] as Date
    out.push({ index: i, label: formatDayMonth(d.getTime()) })
  }
  return out
}

/** The bucket holding `iso`: the last bucket starting at or before it, or null when it falls outside the chart. */
export function bucketOf(starts: readonly string[], unit: BucketUnit, iso: string): number | null {
  const t = Date.parse(iso)
  if (Number.isNaN(t) || starts.length === 0) return null
  const first = Date.parse(starts[0] as string)
  const last = Date.parse(starts[starts.length - 1] as string) + (unit === 'month' ? 31 : unit === 'week' ? 7 : 1) * DAY
  if (t < first || t >= last) return null
  let i = 0
  while (i + 1 < starts.length && Date.parse(starts[i + 1] as string) <= t) i++
  return i
}

export interface LaneInput {
  x: number
  xEnd: number
}

/** Stacks markers that would touch into lanes above one another (lane 0 lowest): every marker stays visible. */
export function assignLanes(items: readonly LaneInput[], size: number): number[] {
  const order = items.map((it, i) => ({ ...it, i })).sort((a, b) => a.x - b.x || a.i - b.i)
  const laneEnds: number[] = []
  const lanes = new Array<number>(items.length).fill(0)
  for (const it of order) {
    let lane = laneEnds.findIndex((end) => end + 2 <= it.x - size / 2)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = Math.max(it.x + size / 2, it.xEnd)
    lanes[it.i] = lane
  }
  return lanes
}
