// renderer: React. The legend entries for what an event layer draws: numbered markers (ring colour by kind) and shaded spans, each drawn as on the chart.
import type { EventKind } from '@shared/contract/model'
import type { PlacedEvent } from './chart-model'
import { BAND_OPACITY, MoreBadge } from './EventLayer'
import { EVENT_STYLE } from './event-style'

/** What a shaded span means, by kind; a kind not listed is named by its group. */
const BAND_TEXT: Partial<Record<EventKind, string>> = {
  'retention-window': 'Grey shading: the only dates TikTok still keeps watch or login history for (older entries are deleted, not missing)',
  'like-gap': 'Days with far fewer likes than usual',
  'reach-drop': 'Days views fell',
}

function MarkerSwatch({ color }: { color: string }): React.JSX.Element {
  return (
    <svg width={18} height={18} viewBox="-9 -9 18 18" aria-hidden="true" style={{ flex: 'none' }}>
      <circle r={7} fill="var(--surface)" stroke={color} strokeWidth={3} />
    </svg>
  )
}

/** `shared`: the chart drew a marker that stands for several events (its "+2" is explained only then). */
export function EventLegend({ placed, shared = false }: { placed: readonly PlacedEvent[]; shared?: boolean }): React.JSX.Element | null {
  if (placed.length === 0) return null
  const groups = new Map<string, string>()
  const bands = new Map<EventKind, string>()
  for (const p of placed) {
    const style = EVENT_STYLE[p.event.kind]
    if (!groups.has(style.group)) groups.set(style.group, style.color)
    if (!p.moment && !bands.has(p.event.kind)) bands.set(p.event.kind, style.color)
  }
  return (
    <>
      <span className="legend-item">
        <svg width={18} height={18} viewBox="-9 -9 18 18" aria-hidden="true" style={{ flex: 'none' }}>
          <circle r={8} fill="var(--surface)" stroke="var(--text-muted)" strokeWidth={2} />
          <text textAnchor="middle" dominantBaseline="central" fontSize={10} fontWeight={700} fill="var(--text)">
            1
          </text>
        </svg>
        Numbered markers: events, numbered as in the list below
      </span>
      {shared && (
        <span className="legend-item">
          <svg width={22} height={30} viewBox="-11 -21 22 30" aria-hidden="true" style={{ flex: 'none' }} className="event-marker">
            <circle className="marker-disc" r={8} stroke="var(--text-muted)" strokeWidth={2} />
            <text className="marker-text" textAnchor="middle" dominantBaseline="central" fontSize={10} fontWeight={700}>
              1
            </text>
            <MoreBadge more={2} />
          </svg>
          More events on the same date (click the marker again for the next)
        </span>
      )}
      {[...groups].map(([group, color]) => (
        <span key={group} className="legend-item">
          <MarkerSwatch color={color} /> {group}
        </span>
      ))}
      {[...bands].map(([kind, color]) => (
        <span key={`band-${kind}`} className="legend-item">
          <svg width={16} height={14} aria-hidden="true" style={{ flex: 'none' }}>
            <rect x={0.5} y={0.5} width={15} height={13} fill={color} fillOpacity={BAND_OPACITY.normal * 2} stroke={color} strokeOpacity={0.6} />
          </svg>{' '}
          {BAND_TEXT[kind] ?? `Shaded span: ${EVENT_STYLE[kind].group.toLowerCase()}`}
        </span>
      ))}
    </>
  )
}
