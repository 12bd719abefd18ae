// renderer: React. The small shape that marks an event kind, drawn the same in the chart, the legend and the lists.
import type { EventKind } from '@shared/contract/model'
import { EVENT_STYLE, type GlyphShape } from './event-style'

function shapePath(shape: GlyphShape, r: number): React.JSX.Element {
  switch (shape) {
    case 'square':
      return <rect x={-r * 0.8} y={-r * 0.8} width={r * 1.6} height={r * 1.6} />
    case 'cross':
      return <path d={`M${-r},${-r * 0.45} L${-r * 0.45},${-r} L0,${-r * 0.55} L${r * 0.45},${-r} L${r},${-r * 0.45} L${r * 0.55},0 L${r},${r * 0.45} L${r * 0.45},${r} L0,${r * 0.55} L${-r * 0.45},${r} L${-r},${r * 0.45} L${-r * 0.55},0 Z`} />
    case 'triangle':
      return <path d={`M0,${-r} L${r},${r * 0.8} L${-r},${r * 0.8} Z`} />
    case 'down':
      return <path d={`M0,${r} L${r},${-r * 0.8} L${-r},${-r * 0.8} Z`} />
    case 'diamond':
      return <path d={`M0,${-r} L${r},0 L0,${r} L${-r},0 Z`} />
    case 'circle':
      return <circle r={r * 0.85} />
    case 'ring':
      return <circle r={r * 0.7} fillOpacity={0.25} strokeWidth={2.5} />
    case 'bar':
      return <rect x={-r} y={-r * 0.45} width={r * 2} height={r * 0.9} />
  }
}

/** The glyph as SVG children, centred on (0,0); for use inside a chart. */
export function GlyphShapeSvg({ kind, r = 7 }: { kind: EventKind; r?: number }): React.JSX.Element {
  const style = EVENT_STYLE[kind]
  return (
    <g fill={style.color} stroke="var(--text)" strokeWidth={1.2} strokeLinejoin="round">
      {shapePath(style.shape, r)}
    </g>
  )
}

/** The glyph as an inline icon next to text. */
export function EventGlyph({ kind, size = 14 }: { kind: EventKind; size?: number }): React.JSX.Element {
  return (
    <svg width={size} height={size} viewBox="-9 -9 18 18" aria-hidden="true" style={{ flex: 'none', verticalAlign: 'middle' }}>
      <GlyphShapeSvg kind={kind} r={7} />
    </svg>
  )
}
