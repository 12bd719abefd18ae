// renderer: React (inside a recharts chart). Draws cause events over the like history: bands for ranges, glyph markers for moments, focusable and clickable.
import { usePlotArea, useXAxisScale } from 'recharts'
import type { CauseEvent } from '@shared/contract/model'
import { formatRange } from '../../format'
import type { PlacedEvent, TimePoint } from './chart-model'
import { EVENT_STYLE } from './event-style'
import { GlyphShapeSvg } from './EventGlyph'

export interface EventLayerProps {
  placed: readonly PlacedEvent[]
  points: readonly TimePoint[]
  /** The brushed window, as bucket indices. */
  visible: { from: number; to: number }
  selectedId: string | null
  onSelect: (id: string) => void
  onHover: (hover: { event: CauseEvent; x: number; y: number } | null) => void
}

const LANE = 16
const MIN_GAP = 15

export function EventLayer({ placed, points, visible, selectedId, onSelect, onHover }: EventLayerProps): React.JSX.Element | null {
  const scale = useXAxisScale()
  const plot = usePlotArea()
  if (!scale || !plot) return null

  const xAt = (index: number, position: 'start' | 'middle' | 'end'): number | undefined => {
    const p = points[index]
    return p ? scale(p.start, { position }) : undefined
  }

  const bands: React.JSX.Element[] = []
  const markers: { placed: PlacedEvent; x: number }[] = []
  for (const item of placed) {
    if (item.to < visible.from || item.from > visible.to) continue
    const from = Math.max(item.from, visible.from)
    const to = Math.min(item.to, visible.to)
    if (item.moment) {
      const x = xAt(from, 'middle')
      if (x !== undefined) markers.push({ placed: item, x })
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
        fillOpacity={selected ? 0.3 : 0.14}
        stroke={selected ? style.color : 'none'}
        pointerEvents="none"
      />,
    )
    markers.push({ placed: item, x: (x1 + x2) / 2 })
  }

  // Markers that would overlap go up into a higher lane rather than hide each other.
  markers.sort((a, b) => a.x - b.x)
  const laneEnds: number[] = []
  const laid = markers.map((m) => {
    let lane = laneEnds.findIndex((end) => m.x - end >= MIN_GAP)
    if (lane === -1) {
      lane = laneEnds.length < 3 ? laneEnds.length : 0
    }
    laneEnds[lane] = m.x
    return { ...m, lane }
  })

  return (
    <g className="event-layer" aria-label="Likely-cause events">
      {bands}
      {laid.map(({ placed: item, x, lane }) => {
        const e = item.event
        const style = EVENT_STYLE[e.kind]
        const y = plot.y - 10 - lane * LANE
        const selected = e.id === selectedId
        const label = `${e.title}, ${formatRange(e.start, e.end)}`
        return (
          <g
            key={`marker-${e.id}`}
            className={`event-marker${selected ? ' event-marker-selected' : ''}`}
            data-event-id={e.id}
            data-event-kind={e.kind}
            role="button"
            tabIndex={0}
            aria-label={label}
            aria-pressed={selected}
            transform={`translate(${x},${y})`}
            onClick={() => onSelect(e.id)}
            onKeyDown={(ev) => {
              if (ev.key === 'Enter' || ev.key === ' ') {
                ev.preventDefault()
                onSelect(e.id)
              }
            }}
            onMouseEnter={() => onHover({ event: e, x, y })}
            onMouseLeave={() => onHover(null)}
            onFocus={() => onHover({ event: e, x, y })}
            onBlur={() => onHover(null)}
          >
            <title>{label}</title>
            {item.moment && (
              <line className="event-line" x1={0} x2={0} y1={6} y2={plot.y + plot.height - y} stroke={style.color} strokeWidth={selected ? 2.5 : 1.5} strokeDasharray="4 3" />
            )}
            <circle className="marker-hit" r={10} fill="transparent" />
            <circle className="marker-focus" r={10} fill="none" />
            <GlyphShapeSvg kind={e.kind} r={selected ? 8 : 6.5} />
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
}

/** The tooltip of a hovered event marker: its title and dates. */
export function EventHoverTip({ hover }: { hover: EventHover | null }): React.JSX.Element | null {
  if (!hover) return null
  return (
    <div className="chart-tooltip event-tooltip" style={{ left: hover.x, top: hover.y + 14 }} role="tooltip">
      <strong>{hover.event.title}</strong>
      <div className="muted small">{formatRange(hover.event.start, hover.event.end)} · click for details</div>
    </div>
  )
}
