// renderer: React. The report's like-history chart: fixed size, no animation, no tooltip or brush, cause events drawn as on screen (print-safe recharts).
import { useMemo } from 'react'
import { Bar, CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts'
import type { CauseEvent } from '@shared/contract/model'
import type { HistoryView } from '@shared/contract/views'
import { placeEvents } from '../dashboard/chart-model'
import { EventGlyph } from '../dashboard/EventGlyph'
import { EventLayer } from '../dashboard/EventLayer'
import { EVENT_STYLE } from '../dashboard/event-style'
import type { ReportFormat } from './report-format'

/** ≈180 mm: fits inside A4 and US Letter at the report's 14 mm side margins. No ResponsiveContainer: it does not resize for print. */
export const REPORT_CHART_WIDTH = 680
export const REPORT_CHART_HEIGHT = 300

export interface ReportChartProps {
  history: HistoryView
  events: readonly CauseEvent[]
  format: ReportFormat
  /** The comparison chart: vanished likes only. */
  vanishedOnly?: boolean
  testId: string
}

const noop = (): void => undefined

export function ReportChart({ history, events, format, vanishedOnly = false, testId }: ReportChartProps): React.JSX.Element {
  const points = history.points
  const placed = useMemo(() => placeEvents(points, history.unit, events), [points, history.unit, events])
  const hasVanished = points.some((p) => (p.vanished ?? 0) > 0)
  const groups = useMemo(() => {
    const seen = new Map<string, CauseEvent['kind']>()
    for (const p of placed) if (!seen.has(EVENT_STYLE[p.event.kind].group)) seen.set(EVENT_STYLE[p.event.kind].group, p.event.kind)
    return [...seen.entries()]
  }, [placed])
  const offChart = events.length - placed.length

  // A span with watch history but no likes still has buckets; an axis of zeros would look like a drawing fault.
  if (points.every((p) => p.likes === 0 && (p.vanished ?? 0) === 0)) {
    return (
      <p className="muted report-chart-empty" data-testid={testId}>
        There are no dated likes to chart in this export.
      </p>
    )
  }
  return (
    <figure className="report-figure" data-testid={testId}>
      <ComposedChart
        width={REPORT_CHART_WIDTH}
        height={REPORT_CHART_HEIGHT}
        data={points}
        margin={{ top: 58, right: 12, bottom: 4, left: 0 }}
        barCategoryGap={points.length > 120 ? 0 : '12%'}
      >
        <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
        <XAxis dataKey="start" tickFormatter={(v: string) => format.tick(v, history.unit)} minTickGap={36} tick={{ fill: 'var(--text-muted)', fontSize: 11 }} stroke="var(--border)" />
        <YAxis
          allowDecimals={false}
          tick={{ fill: 'var(--text-muted)', fontSize: 11 }}
          stroke="var(--border)"
          width={52}
          label={{ value: vanishedOnly ? 'Vanished likes' : 'Likes', angle: -90, position: 'insideLeft', fill: 'var(--text-muted)', fontSize: 11, dy: 30 }}
        />
        {!vanishedOnly && <Bar dataKey="likes" stackId="l" fill="var(--chart-bar)" isAnimationActive={false} />}
        {(hasVanished || vanishedOnly) && <Bar dataKey="vanished" stackId="l" fill="var(--chart-vanished)" isAnimationActive={false} />}
        <EventLayer placed={placed} points={points} visible={{ from: 0, to: points.length - 1 }} selectedId={null} onSelect={noop} onHover={noop} />
      </ComposedChart>
      <figcaption className="chart-legend small">
        {!vanishedOnly && (
          <span className="legend-item">
            <span className="swatch" style={{ background: 'var(--chart-bar)' }} /> Likes per {history.unit}
          </span>
        )}
        {(hasVanished || vanishedOnly) && (
          <span className="legend-item">
            <span className="swatch" style={{ background: 'var(--chart-vanished)' }} /> Vanished (by the date they were liked)
          </span>
        )}
        {groups.map(([group, kind]) => (
          <span key={group} className="legend-item">
            <EventGlyph kind={kind} /> {group}
          </span>
        ))}
        {offChart > 0 && <span className="muted">{offChart === 1 ? '1 event is' : `${offChart} events are`} outside the charted dates (see the events table).</span>}
      </figcaption>
    </figure>
  )
}
