// renderer: React. The creator charts on one daily time axis: likes received with views, followers with their daily change, and likes per 1,000 views, with cause events.
import { useMemo, useRef, useState } from 'react'
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { CauseEvent, EventKind } from '@shared/contract/model'
import type { StudioDayPoint } from '@shared/contract/views'
import { formatAxisNumber, formatBucket, formatBucketTick, formatNumber } from '../../format'
import { niceAxisMax, placeEvents } from '../dashboard/chart-model'
import { EventHoverTip, EventLayer } from '../dashboard/EventLayer'
import type { EventHover } from '../dashboard/EventLayer'
import { EventLegend } from '../dashboard/EventLegend'
import { useChartTabStops } from '../dashboard/useChartTabStops'

/** A Studio day as the charts use it: `start` places events, gain/loss split the follower change into two colours. */
export interface StudioRow extends StudioDayPoint {
  start: string
  gain: number | null
  loss: number | null
}

export function studioRows(days: readonly StudioDayPoint[]): StudioRow[] {
  return days.map((d) => ({
    ...d,
    start: d.date,
    gain: d.followerChange !== null && d.followerChange >= 0 ? d.followerChange : null,
    loss: d.followerChange !== null && d.followerChange < 0 ? d.followerChange : null,
  }))
}

type LineMetric = 'views' | 'profileViews' | 'comments' | 'shares'

const LINE_LABEL: Readonly<Record<LineMetric, string>> = {
  views: 'Video views',
  profileViews: 'Profile views',
  comments: 'Comments',
  shares: 'Shares',
}

/** Kinds drawn on each chart: each event once, where its numbers are. */
const MAIN_KINDS: ReadonlySet<EventKind> = new Set(['likes-received-drop', 'reach-drop', 'deleted-posts'])
const FOLLOWER_KINDS: ReadonlySet<EventKind> = new Set(['follower-drop'])

const AXIS_WIDTH = 60
const TICK = { fill: 'var(--text-muted)', fontSize: 12 }
/** Count axes from 0 to a round top, so five ticks fall on round numbers. */
const ROUND_DOMAIN: [number, (dataMax: number) => number] = [0, (dataMax) => niceAxisMax(dataMax)]
const GAIN = 'var(--oi-green)'
const LOSS = 'var(--chart-vanished)'

const shown = (n: number | null, unit = ''): string => (n === null ? 'unknown' : `${formatNumber(n)}${unit}`)
const signed = (n: number | null): string => (n === null ? 'unknown' : n > 0 ? `+${formatNumber(n)}` : formatNumber(n))

function DayTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: StudioRow }> }): React.JSX.Element | null {
  const d = payload?.[0]?.payload
  if (!active || !d) return null
  return (
    <div className="chart-tooltip" data-testid="studio-tooltip">
      <strong>{formatBucket(d.date, 'day')}</strong>
      <div>{shown(d.likes)} likes received</div>
      <div>{shown(d.views)} video views</div>
      <div>{shown(d.likesPer1000Views)} likes per 1,000 views</div>
      <div className="muted">
        {shown(d.profileViews)} profile views · {shown(d.comments)} comments · {shown(d.shares)} shares
      </div>
      <div>
        {shown(d.followers)} followers ({signed(d.followerChange)} that day)
      </div>
    </div>
  )
}

interface ChartFrameProps {
  rows: readonly StudioRow[]
  height: number
  testId: string
  label: string
  events: readonly CauseEvent[]
  selectedEventId: string | null
  onSelectEvent: (id: string, fromKeyboard: boolean) => void
  children: React.ReactNode
  legend: React.ReactNode
  numbers?: ReadonlyMap<string, number> | undefined
}

/** One chart of the set: same x axis, same axis widths and a synced tooltip, so the charts line up day for day. */
function ChartFrame({ rows, height, testId, label, events, selectedEventId, onSelectEvent, children, legend, numbers }: ChartFrameProps): React.JSX.Element {
  const placed = useMemo(() => placeEvents(rows, 'day', events), [rows, events])
  const [hover, setHover] = useState<EventHover | null>(null)
  const [shared, setShared] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  useChartTabStops(box)
  return (
    <figure className="studio-chart" aria-label={label}>
      <div ref={box} className="chart-box" data-testid={testId} style={{ position: 'relative', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows as StudioRow[]} syncId="studio-days" margin={{ top: placed.length > 0 ? 40 : 12, right: 8, bottom: 4, left: 0 }} barCategoryGap={rows.length > 120 ? 0 : '12%'} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis dataKey="start" tickFormatter={(v: string) => formatBucketTick(v, 'day')} minTickGap={36} tick={TICK} stroke="var(--border)" />
            {children}
            <Tooltip content={<DayTooltip />} cursor={{ fill: 'var(--surface-2)', opacity: 0.6 }} isAnimationActive={false} />
            <EventLayer placed={placed} points={rows} visible={{ from: 0, to: Math.max(0, rows.length - 1) }} selectedId={selectedEventId} onSelect={onSelectEvent} onHover={setHover} numbers={numbers} onShared={setShared} />
          </ComposedChart>
        </ResponsiveContainer>
        <EventHoverTip hover={hover} />
      </div>
      <figcaption className="chart-legend small">
        {legend}
        <EventLegend placed={placed} shared={shared} />
      </figcaption>
    </figure>
  )
}

export interface StudioChartsProps {
  days: readonly StudioDayPoint[]
  events: readonly CauseEvent[]
  selectedEventId: string | null
  onSelectEvent: (id: string, fromKeyboard: boolean) => void
  numbers?: ReadonlyMap<string, number> | undefined
}

export function StudioCharts({ days, events, selectedEventId, onSelectEvent, numbers }: StudioChartsProps): React.JSX.Element {
  const rows = useMemo(() => studioRows(days), [days])
  const [metric, setMetric] = useState<LineMetric>('views')
  const mainEvents = useMemo(() => events.filter((e) => MAIN_KINDS.has(e.kind)), [events])
  const followerEvents = useMemo(() => events.filter((e) => FOLLOWER_KINDS.has(e.kind)), [events])
  const hasFollowers = rows.some((r) => r.followers !== null)
  const hasRate = rows.some((r) => r.likesPer1000Views !== null)
  const hasNegativeLikes = rows.some((r) => (r.likes ?? 0) < 0)

  if (rows.length === 0) return <p className="muted">The TikTok Studio files hold no dated days to chart.</p>

  return (
    <div className="studio-charts">
      <div className="row chart-toolbar">
        <h3 id="studio-main-title" style={{ margin: 0 }}>
          Likes received and views, day by day
        </h3>
        <span className="spacer" />
        <label className="small row" style={{ gap: 6 }}>
          Line:
          <select value={metric} onChange={(e) => setMetric(e.target.value as LineMetric)}>
            {(Object.keys(LINE_LABEL) as LineMetric[]).map((m) => (
              <option key={m} value={m}>
                {LINE_LABEL[m]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ChartFrame
        rows={rows}
        height={320}
        testId="studio-likes-chart"
        label="Likes received and views per day"
        events={mainEvents}
        selectedEventId={selectedEventId}
        onSelectEvent={onSelectEvent}
        numbers={numbers}
        legend={
          <>
            <span className="legend-item">
              <span className="swatch" style={{ background: 'var(--chart-bar)' }} /> Likes received (left axis)
            </span>
            <span className="legend-item">
              <span className="swatch swatch-line" style={{ background: 'var(--chart-line)' }} /> {LINE_LABEL[metric]} (right axis)
            </span>
          </>
        }
      >
        <YAxis yAxisId="likes" allowDecimals={false} domain={ROUND_DOMAIN} tickCount={5} tick={TICK} stroke="var(--border)" width={AXIS_WIDTH} tickFormatter={formatAxisNumber} />
        <YAxis yAxisId="line" orientation="right" allowDecimals={false} domain={ROUND_DOMAIN} tickCount={5} tick={TICK} stroke="var(--border)" width={AXIS_WIDTH} tickFormatter={formatAxisNumber} />
        {hasNegativeLikes && <ReferenceLine yAxisId="likes" y={0} stroke="var(--text-muted)" />}
        <Bar yAxisId="likes" dataKey="likes" name="Likes received" fill="var(--chart-bar)" isAnimationActive={false} />
        <Line yAxisId="line" type="monotone" dataKey={metric} name={LINE_LABEL[metric]} stroke="var(--chart-line)" strokeWidth={1.6} dot={false} connectNulls={false} isAnimationActive={false} />
      </ChartFrame>

      {hasRate && (
        <>
          <h3 id="studio-rate-title">Likes per 1,000 views</h3>
          <p className="muted small chart-note">
            This tells a fall in likes apart from a fall in reach. When views fall and this line holds, fewer people saw your videos. When this line falls while views hold, people
            liked less, or likes were taken away afterwards.
          </p>
          <ChartFrame
            rows={rows}
            height={200}
            testId="studio-rate-chart"
            label="Likes per 1,000 views per day"
            events={[]}
            selectedEventId={selectedEventId}
            onSelectEvent={onSelectEvent}
            numbers={numbers}
            legend={
              <span className="legend-item">
                <span className="swatch swatch-line" style={{ background: 'var(--oi-purple)' }} /> Likes per 1,000 views (days with under 50 views are left blank: too few to give a rate)
              </span>
            }
          >
            <YAxis yAxisId="rate" domain={ROUND_DOMAIN} tickCount={5} tick={TICK} stroke="var(--border)" width={AXIS_WIDTH} tickFormatter={formatAxisNumber} />
            <YAxis yAxisId="pad" orientation="right" tick={false} axisLine={false} width={AXIS_WIDTH} />
            <Line yAxisId="rate" type="monotone" dataKey="likesPer1000Views" name="Likes per 1,000 views" stroke="var(--oi-purple)" strokeWidth={1.6} dot={false} connectNulls={false} isAnimationActive={false} />
          </ChartFrame>
        </>
      )}

      {hasFollowers && (
        <>
          <h3 id="studio-followers-title">Followers and their daily change</h3>
          <ChartFrame
            rows={rows}
            height={240}
            testId="studio-followers-chart"
            label="Followers and daily change"
            events={followerEvents}
            selectedEventId={selectedEventId}
            onSelectEvent={onSelectEvent}
            numbers={numbers}
            legend={
              <>
                <span className="legend-item">
                  <span className="swatch swatch-line" style={{ background: 'var(--chart-line)' }} /> Followers (left axis)
                </span>
                <span className="legend-item">
                  <span className="swatch" style={{ background: GAIN }} /> Gained that day (right axis)
                </span>
                <span className="legend-item">
                  <span className="swatch" style={{ background: LOSS }} /> Lost that day (right axis)
                </span>
              </>
            }
          >
            <YAxis yAxisId="followers" domain={['auto', 'auto']} allowDecimals={false} tick={TICK} stroke="var(--border)" width={AXIS_WIDTH} tickFormatter={formatAxisNumber} />
            <YAxis yAxisId="change" orientation="right" allowDecimals={false} tick={TICK} stroke="var(--border)" width={AXIS_WIDTH} tickFormatter={formatAxisNumber} />
            <ReferenceLine yAxisId="change" y={0} stroke="var(--border)" />
            <Bar yAxisId="change" dataKey="gain" name="Gained" stackId="change" fill={GAIN} isAnimationActive={false} />
            <Bar yAxisId="change" dataKey="loss" name="Lost" stackId="change" fill={LOSS} isAnimationActive={false} />
            <Line yAxisId="followers" type="monotone" dataKey="followers" name="Followers" stroke="var(--chart-line)" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
          </ChartFrame>
        </>
      )}
    </div>
  )
}
