// renderer: React. The report's like-history chart: likes (and vanished likes) per bucket, with each event as a numbered marker keyed to the events table, and a legend for every mark drawn.
import type { HistoryView } from '@shared/contract/views'
import { EVENT_STYLE } from '../dashboard/event-style'
import { bucketOf } from './report-chart-model'
import type { ReportEventRow } from './report-format'
import type { ChartMarker } from './ReportSvgChart'
import { ReportSvgChart } from './ReportSvgChart'

export { REPORT_CHART_WIDTH } from './ReportSvgChart'

export interface ReportChartProps {
  history: HistoryView
  /** Numbered event rows; those with a place in time become markers. */
  rows: readonly ReportEventRow[]
  /** The comparison chart: vanished likes only. */
  vanishedOnly?: boolean
  plotHeight?: number
  testId: string
}

const UNIT_WORD = { day: 'day', week: 'week', month: 'month' } as const
const X_LABEL = { day: 'Days (UTC)', week: 'Weeks (each bar is one week, UTC)', month: 'Months (UTC)' } as const

/** Markers for the rows whose date falls inside the chart; the rest are counted so the legend can say where they are. */
export function chartMarkers(rows: readonly ReportEventRow[], starts: readonly string[], unit: HistoryView['unit']): { markers: ChartMarker[]; offChart: number } {
  const markers: ChartMarker[] = []
  let offChart = 0
  for (const r of rows) {
    if (r.markAt === null) continue
    const from = bucketOf(starts, unit, r.markAt.start)
    if (from === null) {
      offChart++
      continue
    }
    markers.push({ n: r.n, kind: r.kind, from, to: bucketOf(starts, unit, r.markAt.end) ?? starts.length - 1 })
  }
  return { markers, offChart }
}

export function ReportChart({ history, rows, vanishedOnly = false, plotHeight = 190, testId }: ReportChartProps): React.JSX.Element {
  const points = history.points
  const starts = points.map((p) => p.start)
  const hasVanished = points.some((p) => (p.vanished ?? 0) > 0)
  const { markers, offChart } = chartMarkers(rows, starts, history.unit)
  const kinds = [...new Map(markers.map((m) => [EVENT_STYLE[m.kind].group, m.kind])).entries()]
  const spans = markers.some((m) => m.to > m.from)

  // A span with watch history but no likes still has buckets; an axis of zeros would look like a drawing fault.
  if (points.every((p) => p.likes === 0 && (p.vanished ?? 0) === 0)) {
    return (
      <p className="muted report-chart-empty" data-testid={testId}>
        There are no dated likes to chart in this export.
      </p>
    )
  }
  const unit = UNIT_WORD[history.unit]
  return (
    <figure className="report-figure">
      <ReportSvgChart
        testId={testId}
        starts={starts}
        unit={history.unit}
        plotHeight={plotHeight}
        leftLabel={vanishedOnly ? `Vanished likes per ${unit}` : `Likes per ${unit}`}
        xLabel={X_LABEL[history.unit]}
        markers={markers}
        series={[
          ...(vanishedOnly ? [] : [{ key: 'likes', type: 'bar' as const, axis: 'left' as const, color: '#7b8da3', values: points.map((p) => p.likes), stack: 'l' }]),
          ...(hasVanished || vanishedOnly ? [{ key: 'vanished', type: 'bar' as const, axis: 'left' as const, color: '#d55e00', values: points.map((p) => p.vanished ?? 0), stack: 'l' }] : []),
        ]}
      />
      <figcaption className="chart-legend small">
        {!vanishedOnly && (
          <span className="legend-item">
            <span className="swatch" style={{ background: '#7b8da3' }} /> {hasVanished ? 'Likes still in the export' : 'Likes'}, per {unit}
          </span>
        )}
        {(hasVanished || vanishedOnly) && (
          <span className="legend-item">
            <span className="swatch" style={{ background: '#d55e00' }} /> Vanished likes, by the {unit} they were given
          </span>
        )}
        {kinds.map(([group, kind]) => (
          <span key={group} className="legend-item">
            <span className="legend-marker" style={{ background: EVENT_STYLE[kind].color }} /> {group}
          </span>
        ))}
        {markers.length > 0 && (
          <span className="legend-item">
            Numbers are the events in the table{spans ? '; a bar and shading show how long an event lasted' : ''}.
          </span>
        )}
        {offChart > 0 && <span className="muted">{offChart === 1 ? '1 event falls' : `${offChart} events fall`} outside these dates (see the table).</span>}
      </figcaption>
    </figure>
  )
}
