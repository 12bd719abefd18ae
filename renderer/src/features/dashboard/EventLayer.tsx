// renderer: React (inside a recharts chart). Draws cause events over a time chart: shaded spans for ranges, and one numbered marker per date above the plot ("+2" when more events share it), spread so they never pile up.
import { useEffect, useRef, useState } from 'react'
import { usePlotArea, useXAxisScale } from 'recharts'
import type { CauseEvent } from '@shared/contract/model'
import { formatRange } from '../../format'
import { anchorIndex, groupMarkers } from './chart-model'
import type { PlacedEvent, TimePoint } from './chart-model'
import { layoutMarkers, MARKER_GAP, MARKER_R } from './marker-layout'
import { EVENT_STYLE } from './event-style'

export interface EventLayerProps {
  placed: readonly PlacedEvent[]
  points: readonly TimePoint[]
  /** The shown window, as bucket indices. */
  visible: { from: number; to: number }
  selectedId: string | null
  /** `fromKeyboard`: Enter or Space on a marker; the caller moves focus to the event's explanation. */
  onSelect: (id: string, fromKeyboard: boolean) => void
  onHover: (hover: EventHover | null) => void
  /** The number each event carries in the events list; markers show the same number. */
  numbers?: ReadonlyMap<string, number>
  /** Told whether any marker stands for several events, so the legend explains "+2" only when it is drawn. */
  onShared?: (shared: boolean) => void
}

/** Spans drawn as shading rather than a marker on their own: their marker still sits above them. */
export const BAND_OPACITY = { normal: 0.14, selected: 0.3 } as const

export function EventLayer(props: EventLayerProps): React.JSX.Element | null {
  const scale = useXAxisScale()
  const plot = usePlotArea()
  if (!scale || !plot) return null
  return <EventMarks {...props} scale={scale} plot={plot} />
}

type Scale = NonNullable<ReturnType<typeof useXAxisScale>>
type Plot = NonNullable<ReturnType<typeof usePlotArea>>

function EventMarks({ placed, points, visible, selectedId, onSelect, onHover, numbers, onShared, scale, plot }: EventLayerProps & { scale: Scale; plot: Plot }): React.JSX.Element {
  // Roving focus: the chart's markers are one Tab stop; arrow keys move between them.
  const [active, setActive] = useState(0)
  const layer = useRef<SVGGElement>(null)

  const xAt = (index: number, position: 'start' | 'middle' | 'end'): number | undefined => {
    const p = points[index]
    return p ? scale(p.start, { position }) : undefined
  }

  const bands: React.JSX.Element[] = []
  const shown: PlacedEvent[] = []
  const spanX = new Map<string, number>()
  for (const item of placed) {
    if (item.to < visible.from || item.from > visible.to) continue
    const from = Math.max(item.from, visible.from)
    const to = Math.min(item.to, visible.to)
    const clamped = { ...item, from, to }
    shown.push(clamped)
    if (item.moment) continue
    const x1 = xAt(from, 'start')
    const x2 = xAt(to, 'end')
    if (x1 === undefined || x2 === undefined) continue
    spanX.set(item.event.id, (x1 + x2) / 2)
    const style = EVENT_STYLE[item.event.kind]
    const selected = item.event.id === selectedId
    bands.push(
      <rect
        key={`band-${item.event.id}`}
        className="event-band"
        data-event-kind={item.event.kind}
        x={x1}
        y={plot.y}
        width={Math.max(2, x2 - x1)}
        height={plot.height}
        fill={style.color}
        fillOpacity={selected ? BAND_OPACITY.selected : BAND_OPACITY.normal}
        stroke={selected ? style.color : 'none'}
        pointerEvents="none"
      />,
    )
  }

  // One marker per date (day, week or month): events on one date share it, so markers never pile up. Where the dates
  // are narrower than a marker (months across years), neighbouring dates share one too.
  const perDate: Array<{ members: PlacedEvent[]; x: number }> = []
  for (const members of groupMarkers(shown, numbers)) {
    const first = members[0]!
    const x = members.length === 1 && !first.moment ? spanX.get(first.event.id) : xAt(anchorIndex(first), 'middle')
    if (x !== undefined) perDate.push({ members, x })
  }
  perDate.sort((a, b) => a.x - b.x)
  const rank = (p: PlacedEvent): number => numbers?.get(p.event.id) ?? Number.MAX_SAFE_INTEGER
  const anchors: Array<{ members: PlacedEvent[]; x: number; from: number }> = []
  for (const g of perDate) {
    const last = anchors[anchors.length - 1]
    if (last !== undefined && g.x - last.from < MARKER_GAP) {
      last.members = [...last.members, ...g.members].sort((a, b) => rank(a) - rank(b))
      last.x = (last.from + g.x) / 2
    } else anchors.push({ members: g.members, x: g.x, from: g.x })
  }
  const shared = anchors.some((a) => a.members.length > 1)
  useEffect(() => onShared?.(shared), [onShared, shared])
  const laid = layoutMarkers(
    anchors.map((a) => a.x),
    plot.x,
    plot.x + plot.width,
  ).map((pos, i) => ({ ...anchors[i]!, ...pos }))
  // Left to right, so the arrow keys follow what the eye sees.
  laid.sort((a, b) => a.cx - b.cx || a.row - b.row)
  const focusIndex = Math.min(active, Math.max(0, laid.length - 1))
  const total = laid.reduce((n, g) => n + g.members.length, 0)

  const move = (to: number): void => {
    const next = (to + laid.length) % laid.length
    setActive(next)
    layer.current?.querySelector<SVGGElement>(`.event-marker[data-marker-index="${next}"]`)?.focus()
  }

  return (
    <g
      ref={layer}
      className="event-layer"
      role="group"
      aria-label={`${total} ${total === 1 ? 'event' : 'events'} on the chart, at ${laid.length} ${laid.length === 1 ? 'date' : 'dates'}; arrow keys move between them, Enter opens one`}
    >
      {bands}
      {laid.map(({ members, x, cx, row }, i) => {
        const numberOf = (p: PlacedEvent): number => numbers?.get(p.event.id) ?? i + 1
        const chosen = members.findIndex((m) => m.event.id === selectedId)
        const selected = chosen >= 0
        // The marker shows the chosen event's number when one of its events is open, else the most important one's.
        const face = members[Math.max(0, chosen)]!
        const e = face.event
        const style = EVENT_STYLE[e.kind]
        const cy = plot.y - 14 - row * (MARKER_R * 2 + 4)
        const n = numberOf(face)
        const more = members.length - 1
        const label =
          more === 0
            ? `${n}: ${e.title}, ${formatRange(e.start, e.end)}`
            : `${members.length} events: ${members.map((m) => `${numberOf(m)}: ${m.event.title}, ${formatRange(m.event.start, m.event.end)}`).join('; ')}`
        // A second click (or Enter) on a shared marker opens its next event.
        const next = members[selected ? (chosen + 1) % members.length : 0]!.event.id
        const hover = (): void =>
          onHover({ events: members.map((m) => ({ event: m.event, number: numberOf(m) })), x: cx, y: cy, align: cx > plot.x + plot.width * 0.7 ? 'right' : cx < plot.x + plot.width * 0.3 ? 'left' : 'center' })
        return (
          <g key={`marker-${members.map((m) => m.event.id).join('|')}`}>
            {/* A short leader from the marker to its date on the plot's top edge; nothing is drawn across the bars. */}
            <path className="event-leader" d={`M${cx},${cy + MARKER_R} L${x},${plot.y - 3} L${x},${plot.y + 4}`} fill="none" stroke={style.color} strokeWidth={1.5} pointerEvents="none" />
            <g
              className={`event-marker${selected ? ' event-marker-selected' : ''}`}
              data-event-id={e.id}
              data-event-ids={members.map((m) => m.event.id).join(' ')}
              data-event-kind={e.kind}
              data-marker-index={i}
              data-events={members.length}
              role="button"
              tabIndex={i === focusIndex ? 0 : -1}
              aria-label={label}
              aria-pressed={selected}
              transform={`translate(${cx},${cy})`}
              onClick={() => {
                setActive(i)
                onSelect(next, false)
              }}
              onKeyDown={(ev) => {
                if (ev.key === 'Enter' || ev.key === ' ') {
                  ev.preventDefault()
                  setActive(i)
                  onHover(null)
                  onSelect(next, true)
                } else if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') {
                  ev.preventDefault()
                  move(i + 1)
                } else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') {
                  ev.preventDefault()
                  move(i - 1)
                } else if (ev.key === 'Home') {
                  ev.preventDefault()
                  move(0)
                } else if (ev.key === 'End') {
                  ev.preventDefault()
                  move(laid.length - 1)
                }
              }}
              onMouseEnter={hover}
              onMouseLeave={() => onHover(null)}
              onFocus={() => {
                setActive(i)
                hover()
              }}
              onBlur={() => onHover(null)}
            >
              <title>{label}</title>
              <circle className="marker-focus" r={MARKER_R + 4} fill="none" />
              <circle className="marker-disc" r={MARKER_R} stroke={style.color} strokeWidth={3} />
              <text className="marker-text" textAnchor="middle" dominantBaseline="central" fontSize={n > 9 ? 10 : 11} fontWeight={700}>
                {n}
              </text>
            </g>
            {/* Beside the button, not in it: its name already says how many events it stands for. */}
            {more > 0 && (
              <g transform={`translate(${cx},${cy})`} pointerEvents="none">
                <MoreBadge more={more} />
              </g>
            )}
          </g>
        )
      })}
    </g>
  )
}

/** "+2" on top of a shared marker (not beside it, where the next marker sits): how many more events share its date. */
export function MoreBadge({ more }: { more: number }): React.JSX.Element {
  const w = more > 9 ? 20 : 16
  return (
    <g className="marker-more" aria-hidden="true" transform={`translate(0,${-MARKER_R - 5})`}>
      <rect x={-w / 2} y={-6.5} width={w} height={13} rx={6.5} />
      <text x={0} y={0} textAnchor="middle" dominantBaseline="central" fontSize={9} fontWeight={700}>
        +{more}
      </text>
    </g>
  )
}

/** Where the pointer hovers an event marker, for the tooltip drawn over the chart. */
export interface EventHover {
  /** The events of the hovered marker, with their numbers in the list. */
  events: ReadonlyArray<{ event: CauseEvent; number: number }>
  x: number
  y: number
  /** Which side of the tooltip sits at x, so it never runs off the chart's edge. */
  align?: 'left' | 'center' | 'right'
}

/** The tooltip of a hovered event marker: its events' numbers, titles and dates. */
export function EventHoverTip({ hover }: { hover: EventHover | null }): React.JSX.Element | null {
  if (!hover || hover.events.length === 0) return null
  const shift = hover.align === 'right' ? '-100%' : hover.align === 'left' ? '0' : '-50%'
  const first = hover.events[0]!.event
  const several = hover.events.length > 1
  return (
    <div className="chart-tooltip event-tooltip" style={{ left: hover.x, top: hover.y + 16, transform: `translateX(${shift})` }} role="tooltip">
      {several ? (
        <ol className="tooltip-events">
          {hover.events.map(({ event, number }) => (
            <li key={event.id}>
              <span className="marker-number">{number}</span>
              <span>
                <bdi className="user-text">{event.title}</bdi> <span className="muted small">{formatRange(event.start, event.end)}</span>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <strong>
          <bdi className="user-text">{first.title}</bdi>
        </strong>
      )}
      <div className="muted small">{several ? 'Click again for the next one' : `${formatRange(first.start, first.end)} · click for details`}</div>
    </div>
  )
}
