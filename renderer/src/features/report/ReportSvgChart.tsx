// renderer: React. The printed charts as plain fixed-size SVG: bars and lines on round ticks, titled axes, and numbered event markers in lanes (none hidden) keyed to the events table.
import type { EventKind } from '@shared/contract/model'
import type { BucketUnit } from '@shared/contract/views'
import { EVENT_STYLE } from '../dashboard/event-style'
import { assignLanes, niceScale, xTicks } from './report-chart-model'

/** ≈180 mm: fits inside A4 and US Letter at the report's 14 mm side margins. */
export const REPORT_CHART_WIDTH = 680

export interface ChartSeries {
  key: string
  type: 'bar' | 'line'
  axis: 'left' | 'right'
  color: string
  values: ReadonlyArray<number | null>
  /** Bars sharing a stack id are stacked (negative values stack downwards). */
  stack?: string
}

/** A numbered event: `n` is its row in the events table; `from`–`to` the buckets it covers. */
export interface ChartMarker {
  n: number
  kind: EventKind
  from: number
  to: number
}

export interface ReportSvgChartProps {
  starts: readonly string[]
  unit: BucketUnit
  series: readonly ChartSeries[]
  markers?: readonly ChartMarker[]
  leftLabel: string
  rightLabel?: string
  /** Height of the plot area (markers and axes are added above and below). */
  plotHeight: number
  /** What the x axis counts, e.g. "Weeks (UTC)". */
  xLabel: string
  testId: string
}

const MARKER = 15
const LANE = MARKER + 3
const AXIS_FONT = 10
const MAX_BAR = 28

/** Dark text on light fills, white on dark ones (WCAG relative luminance). */
export function textOn(hex: string): string {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
  const lum = 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0)
  return lum > 0.3 ? '#16191d' : '#ffffff'
}

function extent(series: readonly ChartSeries[], axis: 'left' | 'right'): [number, number] {
  let lo = 0
  let hi = 0
  const stacks = new Map<string, { pos: number[]; neg: number[] }>()
  for (const s of series.filter((x) => x.axis === axis)) {
    s.values.forEach((v, i) => {
      if (v === null) return
      if (s.type === 'bar' && s.stack !== undefined) {
        const st = stacks.get(s.stack) ?? { pos: [], neg: [] }
        stacks.set(s.stack, st)
        if (v >= 0) st.pos[i] = (st.pos[i] ?? 0) + v
        else st.neg[i] = (st.neg[i] ?? 0) + v
        return
      }
      lo = Math.min(lo, v)
      hi = Math.max(hi, v)
    })
  }
  for (const st of stacks.values()) {
    for (const v of st.pos) if (v !== undefined) hi = Math.max(hi, v)
    for (const v of st.neg) if (v !== undefined) lo = Math.min(lo, v)
  }
  return [lo, hi]
}

/** True when every value drawn on the axis is a whole number (likes, views, followers), so its ticks are whole too. */
function counts(series: readonly ChartSeries[], axis: 'left' | 'right'): boolean {
  return series.filter((s) => s.axis === axis).every((s) => s.values.every((v) => v === null || Number.isInteger(v)))
}

const fmt = new Intl.NumberFormat('en-US')
/** 600000 → "600k": big counts keep their axis narrow. */
function tickText(v: number): string {
  const a = Math.abs(v)
  if (a >= 1_000_000) return `${fmt.format(Math.round((v / 1_000_000) * 10) / 10)}M`
  if (a >= 10_000) return `${fmt.format(Math.round((v / 1000) * 10) / 10)}k`
  return fmt.format(v)
}

export function ReportSvgChart({ starts, unit, series, markers = [], leftLabel, rightLabel, plotHeight, xLabel, testId }: ReportSvgChartProps): React.JSX.Element {
  const n = Math.max(1, starts.length)
  const left = 58
  const right = rightLabel ? 58 : 14
  const plotW = REPORT_CHART_WIDTH - left - right
  const band = plotW / n
  const xAt = (i: number): number => left + i * band
  const items = markers.map((m) => ({ x: xAt(m.from) + band / 2, xEnd: xAt(m.to) + band / 2 }))
  const lanes = assignLanes(items, MARKER)
  const laneCount = markers.length === 0 ? 0 : Math.max(...lanes) + 1
  const top = 8 + laneCount * LANE
  const height = top + plotHeight + 40
  const yL = niceScale(...extent(series, 'left'), 4, counts(series, 'left'))
  const yR = rightLabel ? niceScale(...extent(series, 'right'), 4, counts(series, 'right')) : null
  const yOf = (scale: { min: number; max: number }, v: number): number => top + plotHeight - ((v - scale.min) / (scale.max - scale.min)) * plotHeight
  const scaleOf = (axis: 'left' | 'right'): { min: number; max: number } => (axis === 'right' && yR ? yR : yL)
  const barSeries = series.filter((s) => s.type === 'bar')
  // Side-by-side groups: one slot per stack (or per unstacked bar series).
  const slots = [...new Set(barSeries.map((s) => s.stack ?? s.key))]
  const gap = n > 120 ? 0 : band * 0.15
  // A bar is never wider than MAX_BAR: a chart of one or two days is a few bars, not a wall.
  const slotW = Math.min(MAX_BAR, (band - gap) / Math.max(1, slots.length))
  const inset = (band - slotW * Math.max(1, slots.length)) / 2
  const base = new Map<string, { pos: number[]; neg: number[] }>()
  const ticks = xTicks(starts, unit)

  return (
    <svg className="report-svg-chart" data-testid={testId} width={REPORT_CHART_WIDTH} height={height} viewBox={`0 0 ${REPORT_CHART_WIDTH} ${height}`} role="img" aria-label={`${leftLabel} by ${xLabel}`}>
      {yL.ticks.map((t) => (
        <g key={`yl${t}`}>
          <line x1={left} x2={left + plotW} y1={yOf(yL, t)} y2={yOf(yL, t)} stroke={t === 0 ? '#9aa3ad' : '#e3e7ec'} />
          <text x={left - 5} y={yOf(yL, t) + 3.5} textAnchor="end" fontSize={AXIS_FONT} fill="#4d5560">
            {tickText(t)}
          </text>
        </g>
      ))}
      {yR?.ticks.map((t) => (
        <text key={`yr${t}`} x={left + plotW + 5} y={yOf(yR, t) + 3.5} fontSize={AXIS_FONT} fill="#4d5560">
          {tickText(t)}
        </text>
      ))}
      <text transform={`translate(12 ${top + plotHeight / 2}) rotate(-90)`} textAnchor="middle" fontSize={AXIS_FONT} fill="#4d5560">
        {leftLabel}
      </text>
      {rightLabel && (
        <text transform={`translate(${REPORT_CHART_WIDTH - 8} ${top + plotHeight / 2}) rotate(90)`} textAnchor="middle" fontSize={AXIS_FONT} fill="#4d5560">
          {rightLabel}
        </text>
      )}
      {markers.map((m, i) =>
        m.to > m.from ? <rect key={`band${m.n}-${i}`} x={xAt(m.from)} y={top} width={xAt(m.to + 1) - xAt(m.from)} height={plotHeight} fill={EVENT_STYLE[m.kind].color} opacity={0.1} /> : null,
      )}
      {barSeries.map((s) => {
        const slot = slots.indexOf(s.stack ?? s.key)
        const sc = scaleOf(s.axis)
        const stackKey = s.stack ?? s.key
        const st = base.get(stackKey) ?? { pos: [], neg: [] }
        base.set(stackKey, st)
        return (
          <g key={s.key} fill={s.color} data-series={s.key}>
            {s.values.map((v, i) => {
              if (v === null || v === 0) return null
              const from = v >= 0 ? (st.pos[i] ?? 0) : (st.neg[i] ?? 0)
              const to = from + v
              if (v >= 0) st.pos[i] = to
              else st.neg[i] = to
              const y1 = yOf(sc, Math.max(from, to))
              const y2 = yOf(sc, Math.min(from, to))
              return <rect key={i} x={xAt(i) + inset + slot * slotW} y={y1} width={Math.max(0.6, slotW)} height={Math.max(0.5, y2 - y1)} />
            })}
          </g>
        )
      })}
      {series
        .filter((s) => s.type === 'line')
        .map((s) => {
          const sc = scaleOf(s.axis)
          const runs: string[] = []
          let run = ''
          s.values.forEach((v, i) => {
            if (v === null) {
              if (run) runs.push(run)
              run = ''
              return
            }
            run += `${run ? 'L' : 'M'}${(xAt(i) + band / 2).toFixed(1)} ${yOf(sc, v).toFixed(1)}`
          })
          if (run) runs.push(run)
          return <path key={s.key} data-series={s.key} d={runs.join(' ')} fill="none" stroke={s.color} strokeWidth={1.6} />
        })}
      <line x1={left} x2={left + plotW} y1={top + plotHeight} y2={top + plotHeight} stroke="#9aa3ad" />
      {ticks.map((t) => (
        <g key={`x${t.index}`}>
          <line x1={xAt(t.index)} x2={xAt(t.index)} y1={top + plotHeight} y2={top + plotHeight + 4} stroke="#9aa3ad" />
          <text x={xAt(t.index)} y={top + plotHeight + 15} textAnchor="middle" fontSize={AXIS_FONT} fill="#4d5560">
            {t.label}
          </text>
        </g>
      ))}
      <text x={left + plotW / 2} y={top + plotHeight + 32} textAnchor="middle" fontSize={AXIS_FONT} fill="#4d5560">
        {xLabel}
      </text>
      {/* Guides and span bars first, then every numbered circle above them: no line crosses a number. */}
      {markers.map((m, i) => {
        const it = items[i] as { x: number; xEnd: number }
        const y = top - 4 - (lanes[i] ?? 0) * LANE - MARKER / 2
        const color = EVENT_STYLE[m.kind].color
        return (
          <g key={`g${m.n}-${i}`}>
            {it.xEnd > it.x + 1 && <line x1={it.x} x2={it.xEnd} y1={y} y2={y} stroke={color} strokeWidth={3} strokeLinecap="round" />}
            <line x1={it.x} x2={it.x} y1={y + MARKER / 2} y2={top} stroke={color} strokeWidth={1.2} />
          </g>
        )
      })}
      {markers.map((m, i) => {
        const it = items[i] as { x: number; xEnd: number }
        const y = top - 4 - (lanes[i] ?? 0) * LANE - MARKER / 2
        const color = EVENT_STYLE[m.kind].color
        return (
          <g key={`m${m.n}-${i}`} className="report-marker" data-event-number={m.n} data-event-kind={m.kind}>
            <circle cx={it.x} cy={y} r={MARKER / 2} fill={color} stroke="#16191d" strokeWidth={0.8} />
            <text x={it.x} y={y + 3.4} textAnchor="middle" fontSize={9.5} fontWeight={700} fill={textOn(color)}>
              {m.n}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
