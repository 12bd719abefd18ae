// renderer: React. The like-history chart: likes as bars by day/week/month, watch history or like-rate as a line, cause events as spans and numbered markers, and a labelled zoom.
import { useMemo, useRef, useState } from 'react'
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { CauseEvent } from '@shared/contract/model'
import type { BucketUnit, HistoryPoint } from '@shared/contract/views'
import { formatAxisNumber, formatBucket, formatBucketTick, formatNumber } from '../../format'
import { coarsestNeeded, DAY, defaultUnit, MAX_POINTS, placeEvents, spanOf, unitAllowed } from './chart-model'
import type { TimeSpan } from './chart-model'
import { EventHoverTip, EventLayer } from './EventLayer'
import type { EventHover } from './EventLayer'
import { EventLegend } from './EventLegend'
import { useChartTabStops } from './useChartTabStops'
import { useHistory } from './useHistory'
import { ZoomControl } from './ZoomControl'

export interface LikeHistoryChartProps {
  exportId: string
  /** With a comparison: vanished likes are stacked on the bars by their original like date. */
  olderId?: string | undefined
  likeFirst: string | null
  likeLast: string | null
  events: readonly CauseEvent[]
  selectedEventId: string | null
  onSelectEvent: (id: string, fromKeyboard: boolean) => void
  title?: string
  /** Compare view: show vanished likes only. */
  vanishedOnly?: boolean
  /** The dates the chart opens on (e.g. the weeks of the vanished likes); "Show all" goes to the whole span. */
  focus?: TimeSpan | null
  /** What the "zoom to" button calls the focus dates. */
  focusLabel?: string
  numbers?: ReadonlyMap<string, number>
}

const UNITS: { unit: BucketUnit; label: string; per: string }[] = [
  { unit: 'day', label: 'Days', per: 'day' },
  { unit: 'week', label: 'Weeks', per: 'week' },
  { unit: 'month', label: 'Months', per: 'month' },
]

// ResponsiveContainer takes its height from this box, so the height is set inline rather than left to CSS.
const CHART_HEIGHT = 340

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

/** However many bars share the width, a bucket with vanished likes stays visible: at least this wide and tall. */
const MIN_VANISHED_PX = 3

interface BarShapeProps {
  x?: number
  y?: number
  width?: number
  height?: number
  fill?: string
}

/** The vanished part of a bar, widened and raised to MIN_VANISHED_PX around its own centre and base. */
function VanishedBar({ x = 0, y = 0, width = 0, height = 0, fill }: BarShapeProps): React.JSX.Element {
  if (!(height > 0)) return <g />
  const w = Math.max(MIN_VANISHED_PX, width)
  const h = Math.max(MIN_VANISHED_PX, height)
  return <rect className="vanished-bar" x={x + width / 2 - w / 2} y={y + height - h} width={w} height={h} fill={fill} />
}

export function LikeHistoryChart(props: LikeHistoryChartProps): React.JSX.Element {
  const { exportId, olderId, likeFirst, likeLast, events, selectedEventId, onSelectEvent, vanishedOnly = false, focus = null, numbers } = props
  const full = useMemo(() => spanOf(likeFirst, likeLast), [likeFirst, likeLast])
  const [range, setRange] = useState<TimeSpan | null>(focus)
  const shown = range ?? full
  const [chosenUnit, setUnit] = useState<BucketUnit>(() => defaultUnit(shown))
  // A unit that would draw too many bars for the shown dates gives way to the next coarser one.
  const unit = coarsestNeeded(shown, chosenUnit)
  const [metric, setMetric] = useState<LineMetric>('watched')
  const [hover, setHover] = useState<EventHover | null>(null)
  const [shared, setShared] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  useChartTabStops(box)
  // The whole span when it fits in one request; otherwise only the shown dates (zooming out again fetches anew).
  const fetchWindow = full && !unitAllowed(full, unit) && shown ? { from: new Date(shown.from).toISOString(), to: new Date(shown.to + DAY).toISOString() } : null
  const history = useHistory(exportId, unit, olderId, fetchWindow)
  const points = useMemo(() => {
    const all = history.data?.points ?? []
    if (!shown) return all
    const unitMs = (history.data?.unit === 'month' ? 31 : history.data?.unit === 'week' ? 7 : 1) * DAY
    return all.filter((p) => {
      const t = Date.parse(p.start)
      return t + unitMs > shown.from && t <= shown.to
    })
  }, [history.data, shown])
  const drawnUnit = history.data?.unit ?? unit

  const placed = useMemo(() => placeEvents(points, drawnUnit, events), [points, drawnUnit, events])
  const hasWatch = points.some((p) => p.watched !== null)
  const hasVanished = points.some((p) => (p.vanished ?? 0) > 0)
  const lineKey = !vanishedOnly && hasWatch ? (metric === 'watched' ? 'watched' : metric === 'rate' ? 'likesPer100Watched' : null) : null
  const offChart = events.length - placed.length
  const per = UNITS.find((u) => u.unit === drawnUnit)?.per ?? 'week'
  const zoomed = range !== null && full !== null && (range.from > full.from || range.to < full.to)

  return (
    <section className="card chart-card" aria-labelledby="chart-title" id="chart" tabIndex={-1}>
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
            const allowed = unitAllowed(shown, u)
            return (
              <button
                key={u}
                type="button"
                aria-pressed={unit === u}
                disabled={!allowed}
                title={allowed ? undefined : `More than ${formatNumber(MAX_POINTS)} bars; zoom in first`}
                onClick={() => setUnit(u)}
              >
                {label}
              </button>
            )
          })}
        </div>
      </div>

      <div className="axis-captions small muted" aria-hidden="true">
        <span>{vanishedOnly ? `Vanished likes per ${per}` : `Likes per ${per}`}</span>
        {lineKey && <span>{metric === 'rate' ? 'Likes per 100 watched' : `Videos watched per ${per}`}</span>}
      </div>
      <div ref={box} className="chart-box" data-testid="like-history-chart" style={{ position: 'relative', height: points.length === 0 ? undefined : CHART_HEIGHT }}>
        {history.error ? (
          <p className="notice" role="status">
            The chart could not be drawn: {history.error.message}
          </p>
        ) : points.length === 0 ? (
          <p className="muted chart-empty">{history.loading ? 'Drawing the chart…' : 'There are no dated likes in these dates.'}</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={points} margin={{ top: 40, right: 4, bottom: 4, left: 0 }} barCategoryGap={points.length > 300 ? 0 : '12%'} accessibilityLayer={false}>
              <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
              <XAxis dataKey="start" tickFormatter={(v: string) => formatBucketTick(v, drawnUnit)} minTickGap={36} tick={{ fill: 'var(--text-muted)', fontSize: 12 }} stroke="var(--border)" />
              <YAxis yAxisId="likes" allowDecimals={false} tick={{ fill: 'var(--text-muted)', fontSize: 12 }} tickFormatter={formatAxisNumber} stroke="var(--border)" width={48} />
              {lineKey && <YAxis yAxisId="line" orientation="right" allowDecimals={metric === 'rate'} tick={{ fill: 'var(--text-muted)', fontSize: 12 }} tickFormatter={formatAxisNumber} stroke="var(--border)" width={48} />}
              <Tooltip content={<ChartTooltip unit={drawnUnit} vanishedOnly={vanishedOnly} />} cursor={{ fill: 'var(--surface-2)', opacity: 0.6 }} isAnimationActive={false} />
              {!vanishedOnly && <Bar yAxisId="likes" dataKey="likes" name="Likes" stackId="l" fill="var(--chart-bar)" isAnimationActive={false} />}
              {(hasVanished || vanishedOnly) && <Bar yAxisId="likes" dataKey="vanished" name="Vanished" stackId="l" fill="var(--chart-vanished)" isAnimationActive={false} shape={VanishedBar} />}
              {lineKey && (
                <Line yAxisId="line" type="monotone" dataKey={lineKey} name={metric === 'rate' ? 'Likes per 100 watched' : 'Videos watched'} stroke="var(--chart-line)" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
              )}
              <EventLayer placed={placed} points={points} visible={{ from: 0, to: points.length - 1 }} selectedId={selectedEventId} onSelect={onSelectEvent} onHover={setHover} numbers={numbers} onShared={setShared} />
            </ComposedChart>
          </ResponsiveContainer>
        )}
        <EventHoverTip hover={hover} />
      </div>

      {full && (
        <ZoomControl full={full} value={shown ?? full} onChange={setRange} zoomed={zoomed} focus={focus} focusLabel={props.focusLabel} />
      )}

      <div className="chart-legend small" role="group" aria-label="Legend">
        {!vanishedOnly && (
          <span className="legend-item">
            <span className="swatch" style={{ background: 'var(--chart-bar)' }} /> Likes per {per}
          </span>
        )}
        {(hasVanished || vanishedOnly) && (
          <span className="legend-item">
            <span className="swatch" style={{ background: 'var(--chart-vanished)' }} /> Vanished (by the date they were liked)
          </span>
        )}
        {lineKey && (
          <span className="legend-item">
            <span className="swatch swatch-line" style={{ background: 'var(--chart-line)' }} /> {metric === 'rate' ? 'Likes per 100 videos watched' : 'Videos watched'} (right axis)
          </span>
        )}
        <EventLegend placed={placed} shared={shared} />
        {offChart > 0 && (
          <span className="muted">
            {offChart === 1 ? '1 event is' : `${offChart} events are`} outside these dates; see the list below.
          </span>
        )}
      </div>
    </section>
  )
}
