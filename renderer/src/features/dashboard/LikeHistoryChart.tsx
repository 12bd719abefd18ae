// renderer: React. The like-history chart: likes as bars by day/week/month, watch history or like-rate as a line, cause events as bands and markers, brush to zoom.
import { useMemo, useState } from 'react'
import { Bar, Brush, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { CauseEvent, EventKind } from '@shared/contract/model'
import type { BucketUnit, HistoryPoint } from '@shared/contract/views'
import { formatBucket, formatBucketTick, formatNumber } from '../../format'
import { defaultUnit, MAX_POINTS, placeEvents, unitAllowed } from './chart-model'
import { EventGlyph } from './EventGlyph'
import { EventHoverTip, EventLayer } from './EventLayer'
import type { EventHover } from './EventLayer'
import { EVENT_STYLE } from './event-style'
import { useHistory } from './useHistory'

export interface LikeHistoryChartProps {
  exportId: string
  /** With a comparison: vanished likes are stacked on the bars by their original like date. */
  olderId?: string | undefined
  likeFirst: string | null
  likeLast: string | null
  events: readonly CauseEvent[]
  selectedEventId: string | null
  onSelectEvent: (id: string) => void
  title?: string
  /** Compare view: show vanished likes only. */
  vanishedOnly?: boolean
}

const UNITS: { unit: BucketUnit; label: string }[] = [
  { unit: 'day', label: 'Days' },
  { unit: 'week', label: 'Weeks' },
  { unit: 'month', label: 'Months' },
]

// ResponsiveContainer takes its height from this box, so the height is set inline rather than left to CSS.
const CHART_HEIGHT = 360

type LineMetric = 'watched' | 'rate' | 'none'

interface TooltipEntry {
  payload?: HistoryPoint
}

function ChartTooltip({ active, payload, unit, vanishedOnly }: { active?: boolean; payload?: readonly TooltipEntry[]; unit: BucketUnit; vanishedOnly: boolean }): React.JSX.Element | null {
  const p = payload?.[0]?.payload
  if (!active || !p) return null
  return (
    <div className="chart-tooltip">
      <strong>{formatBucket(p.start, unit)}</strong>
      {!vanishedOnly && <div>{formatNumber(p.likes)} likes</div>}
      {p.vanished !== null && p.vanished > 0 && <div className="tt-vanished">{formatNumber(p.vanished)} vanished</div>}
      {!vanishedOnly && p.watched !== null && <div>{formatNumber(p.watched)} videos watched</div>}
      {!vanishedOnly && p.likesPer100Watched !== null && <div>{p.likesPer100Watched} likes per 100 watched</div>}
    </div>
  )
}

export function LikeHistoryChart(props: LikeHistoryChartProps): React.JSX.Element {
  const { exportId, olderId, likeFirst, likeLast, events, selectedEventId, onSelectEvent, vanishedOnly = false } = props
  const [unit, setUnit] = useState<BucketUnit>(() => defaultUnit(likeFirst, likeLast))
  const [metric, setMetric] = useState<LineMetric>('watched')
  const [zoom, setZoom] = useState<{ key: string; from: number; to: number } | null>(null)
  const [hover, setHover] = useState<EventHover | null>(null)
  const history = useHistory(exportId, unit, olderId)
  const points = useMemo(() => history.data?.points ?? [], [history.data])
  const dataKey = `${exportId}:${unit}:${points.length}`

  const placed = useMemo(() => placeEvents(points, unit, events), [points, unit, events])
  const hasWatch = points.some((p) => p.watched !== null)
  const hasVanished = points.some((p) => (p.vanished ?? 0) > 0)
  const lineKey = !vanishedOnly && hasWatch ? (metric === 'watched' ? 'watched' : metric === 'rate' ? 'likesPer100Watched' : null) : null
  // A zoom belongs to the data it was made on; a new unit starts unzoomed.
  const visible = zoom && zoom.key === dataKey ? { from: zoom.from, to: zoom.to } : { from: 0, to: Math.max(0, points.length - 1) }
  const zoomed = visible.from > 0 || visible.to < points.length - 1

  const kinds = useMemo(() => {
    const seen = new Map<string, EventKind>()
    for (const p of placed) if (!seen.has(EVENT_STYLE[p.event.kind].group)) seen.set(EVENT_STYLE[p.event.kind].group, p.event.kind)
    return [...seen.entries()]
  }, [placed])
  const offChart = events.length - placed.length

  return (
    <section className="card chart-card" aria-labelledby="chart-title">
      <div className="row chart-toolbar">
        <h2 id="chart-title" style={{ margin: 0 }}>
          {props.title ?? 'Your likes over time'}
        </h2>
        <span className="spacer" />
        {!vanishedOnly && hasWatch && (
          <label className="small row" style={{ gap: 6 }}>
            Line:
            <select value={metric} onChange={(e) => setMetric(e.target.value as LineMetric)}>
              <option value="watched">Videos watched</option>
              <option value="rate">Likes per 100 videos watched</option>
              <option value="none">No line</option>
            </select>
          </label>
        )}
        <div className="segmented" role="group" aria-label="Group likes by">
          {UNITS.map(({ unit: u, label }) => {
            const allowed = unitAllowed(likeFirst, likeLast, u)
            return (
              <button
                key={u}
                type="button"
                aria-pressed={unit === u}
                disabled={!allowed}
                title={allowed ? undefined : `More than ${formatNumber(MAX_POINTS)} bars; zoom in with weeks first`}
                onClick={() => setUnit(u)}
              >
                {label}
              </button>
            )
          })}
        </div>
        <button type="button" className="btn btn-small" disabled={!zoomed} onClick={() => setZoom(null)}>
          Show all
        </button>
      </div>

      <div className="chart-box" data-testid="like-history-chart" style={{ position: 'relative', height: CHART_HEIGHT }}>
        {history.error ? (
          <p className="notice" role="status">
            The chart could not be drawn: {history.error.message}
          </p>
        ) : points.length === 0 ? (
          <p className="muted chart-empty">{history.loading ? 'Drawing the chart…' : 'There are no dated likes to chart in this export.'}</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={points} margin={{ top: 58, right: 8, bottom: 4, left: 0 }} barCategoryGap={points.length > 300 ? 0 : '12%'} accessibilityLayer>
              <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
              <XAxis
                dataKey="start"
                tickFormatter={(v: string) => formatBucketTick(v, unit)}
                minTickGap={28}
                tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
                stroke="var(--border)"
              />
              <YAxis
                yAxisId="likes"
                allowDecimals={false}
                tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
                stroke="var(--border)"
                width={52}
                label={{ value: vanishedOnly ? 'Vanished likes' : 'Likes', angle: -90, position: 'insideLeft', fill: 'var(--text-muted)', fontSize: 12, dy: 30 }}
              />
              {lineKey && (
                <YAxis
                  yAxisId="line"
                  orientation="right"
                  tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
                  stroke="var(--border)"
                  width={56}
                  label={{ value: metric === 'rate' ? 'per 100 watched' : 'Watched', angle: 90, position: 'insideRight', fill: 'var(--text-muted)', fontSize: 12, dy: 40 }}
                />
              )}
              <Tooltip content={<ChartTooltip unit={unit} vanishedOnly={vanishedOnly} />} cursor={{ fill: 'var(--surface-2)', opacity: 0.6 }} isAnimationActive={false} />
              {!vanishedOnly && <Bar yAxisId="likes" dataKey="likes" name="Likes" stackId="l" fill="var(--chart-bar)" isAnimationActive={false} />}
              {(hasVanished || vanishedOnly) && <Bar yAxisId="likes" dataKey="vanished" name="Vanished" stackId="l" fill="var(--chart-vanished)" isAnimationActive={false} />}
              {lineKey && (
                <Line yAxisId="line" type="monotone" dataKey={lineKey} name={metric === 'rate' ? 'Likes per 100 watched' : 'Videos watched'} stroke="var(--chart-line)" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
              )}
              <EventLayer placed={placed} points={points} visible={visible} selectedId={selectedEventId} onSelect={onSelectEvent} onHover={setHover} />
              {points.length > 8 && (
                <Brush
                  dataKey="start"
                  height={26}
                  travellerWidth={10}
                  startIndex={visible.from}
                  endIndex={visible.to}
                  tickFormatter={(v: string) => formatBucketTick(v, unit)}
                  stroke="var(--accent)"
                  fill="var(--surface)"
                  onChange={(r) => {
                    if (r.startIndex !== undefined && r.endIndex !== undefined) setZoom({ key: dataKey, from: r.startIndex, to: r.endIndex })
                  }}
                />
              )}
            </ComposedChart>
          </ResponsiveContainer>
        )}
        <EventHoverTip hover={hover} />
      </div>

      <div className="chart-legend small" aria-label="Legend">
        {!vanishedOnly && (
          <span className="legend-item">
            <span className="swatch" style={{ background: 'var(--chart-bar)' }} /> Likes
          </span>
        )}
        {(hasVanished || vanishedOnly) && (
          <span className="legend-item">
            <span className="swatch" style={{ background: 'var(--chart-vanished)' }} /> Vanished (by the date they were liked)
          </span>
        )}
        {lineKey && (
          <span className="legend-item">
            <span className="swatch swatch-line" style={{ background: 'var(--chart-line)' }} /> {metric === 'rate' ? 'Likes per 100 videos watched' : 'Videos watched'}
          </span>
        )}
        {kinds.map(([group, kind]) => (
          <span key={group} className="legend-item">
            <EventGlyph kind={kind} /> {group}
          </span>
        ))}
        {offChart > 0 && <span className="muted">{offChart === 1 ? '1 event is' : `${offChart} events are`} outside the charted dates; see the list below.</span>}
      </div>
      <p className="muted small" style={{ margin: '4px 0 0' }}>
        Drag the handles under the chart to zoom. Click a marker, or focus it with Tab and press Enter, to read about that event.
      </p>
    </section>
  )
}
