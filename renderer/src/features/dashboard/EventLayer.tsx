// renderer: React (inside a recharts chart). Draws cause events over a time chart: shaded spans for ranges, and one row of numbered markers above the plot, spread so they never pile up.
import { useRef, useState } from 'react'
import { usePlotArea, useXAxisScale } from 'recharts'
import type { CauseEvent } from '@shared/contract/model'
import { formatRange } from '../../format'
import type { PlacedEvent, TimePoint } from './chart-model'
import { layoutMarkers, MARKER_R } from './marker-layout'
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
}

/** Spans drawn as shading rather than a marker on their own: their marker still sits above them. */
export const BAND_OPACITY = { normal: 0.14, selected: 0.3 } as const

export function EventLayer({ placed, points, visible, selectedId, onSelect, onHover, numbers }: EventLayerProps): React.JSX.Element | null {
  const scale = useXAxisScale()
  const plot = usePlotArea()
  // Roving focus: the chart's markers are one Tab stop; arrow keys move between them.
  const [active, setActive] = useState(0)
  const layer = useRef<SVGGElement>(null)
  if (!scale || !plot) return null

  const xAt = (index: number, position: 'start' | 'middle' | 'end'): number | undefined => {
    const p = points[index]
    return p ? scale(p.start, { position }) : undefined
  }

  const bands: React.JSX.Element[] = []
  const anchors: { placed: PlacedEvent; x: number }[] = []
  for (const item of placed) {
    if (item.to < visible.from || item.from > visible.to) continue
    const from = Math.max(item.from, visible.from)
    const to = Math.min(item.to, visible.to)
    if (item.moment) {
      const x = xAt(from, 'middle')
      if (x !== undefined) anchors.push({ placed: item, x })
      continue
    }
    const x1 = xAt(from, 'start')
    const x2 = xAt(to, 'end')
    if (x1 === undefined || x2 === undefined) continue
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
    anchors.push({ placed: item, x: (x1 + x2) / 2 })
  }

  const laid = layoutMarkers(
    anchors.map((a) => a.x),
    plot.x,
    plot.x + plot.width,
  ).map((pos, i) => ({ ...anchors[i]!, ...pos }))
  // Left to right, so the arrow keys follow what the eye sees.
  laid.sort((a, b) => a.cx - b.cx || a.row - b.row)
  const focusIndex = Math.min(active, Math.max(0, laid.length - 1))

  const move = (to: number): void => {
    const next = (to + laid.length) % laid.length
    setActive(next)
    layer.current?.querySelector<SVGGElement>(`.event-marker[data-marker-index="${next}"]`)?.focus()
  }

  return (
    <g ref={layer} className="event-layer" role="group" aria-label={`${laid.length} ${laid.length === 1 ? 'event' : 'events'} on the chart; arrow keys move between them, Enter opens one`}>
      {bands}
      {laid.map(({ placed: item, x, cx, row }, i) => {
        const e = item.event
        const style = EVENT_STYLE[e.kind]
        const cy = plot.y - 14 - row * (MARKER_R * 2 + 4)
        const selected = e.id === selectedId
        const n = numbers?.get(e.id) ?? i + 1
        const label = `${n}: ${e.title}, ${formatRange(e.start, e.end)}`
        const hover = (): void => onHover({ event: e, x: cx, y: cy, align: cx > plot.x + plot.width * 0.7 ? 'right' : cx < plot.x + plot.width * 0.3 ? 'left' : 'center' })
        return (
          <g key={`marker-${e.id}`}>
            {/* A short leader from the marker to its date on the plot's top edge; nothing is drawn across the bars. */}
            <path className="event-leader" d={`M${cx},${cy + MARKER_R} L${x},${plot.y - 3} L${x},${plot.y + 4}`} fill="none" stroke={style.color} strokeWidth={1.5} pointerEvents="none" />
            <g
              className={`event-marker${selected ? ' event-marker-selected' : ''}`}
              data-event-id={e.id}
              data-event-kind={e.kind}
              data-marker-index={i}
              role="button"
              tabIndex={i === focusIndex ? 0 : -1}
              aria-label={label}
              aria-pressed={selected}
              transform={`translate(${cx},${cy})`}
              onClick={() => {
                setActive(i)
                onSelect(e.id, false)
              }}
              onKeyDown={(ev) => {
                if (ev.key === 'Enter' || ev.key === ' ') {
                  ev.preventDefault()
                  setActive(i)
                  onHover(null)
                  onSelect(e.id, true)
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
          </g>
        )
      })}
    </g>
  )
}

/** Where the pointer hovers an event marker, for the tooltip drawn over the chart. */
export interface EventHover {
  event: CauseEvent
  x: number
  y: number
  /** Which side of the tooltip sits at x, so it never runs off the chart's edge. */
  align?: 'left' | 'center' | 'right'
}

/** The tooltip of a hovered event marker: its title and dates. */
export function EventHoverTip({ hover }: { hover: EventHover | null }): React.JSX.Element | null {
  if (!hover) return null
  const shift = hover.align === 'right' ? '-100%' : hover.align === 'left' ? '0' : '-50%'
  return (
    <div className="chart-tooltip event-tooltip" style={{ left: hover.x, top: hover.y + 16, transform: `translateX(${shift})` }} role="tooltip">
      <strong>
        <bdi className="user-text">{hover.event.title}</bdi>
      </strong>
      <div className="muted small">{formatRange(hover.event.start, hover.event.end)} · click for details</div>
    </div>
  )
}
