// renderer: React. The events panel: every likely cause, and for the chosen one its explanation, evidence rows and a "what to do" checklist.
import { useEffect, useRef, useState } from 'react'
import { ACTION_TEXT } from '@shared/contract/actions'
import { EVIDENCE_SUBJECT_LABEL, splitEvidenceId } from '@shared/contract/evidence-ids'
import type { CauseEvent } from '@shared/contract/model'
import { CONFIDENCE_LABEL, formatDate, formatDateTime, formatNumber, formatRange, humanizeKey } from '../../format'
import { UserText } from '../../design/UserText'
import { useApi } from '../../useApi'
import { EventGlyph } from './EventGlyph'
import { EVENT_STYLE } from './event-style'

export interface EventsPanelProps {
  events: readonly CauseEvent[]
  selectedId: string | null
  onSelect: (id: string) => void
  panelRef?: React.RefObject<HTMLElement | null>
  /** Events the engine left out of the list (too many of one kind), by kind. */
  omitted?: ReadonlyArray<{ kind: CauseEvent['kind']; count: number }>
  /** Bumped when the selection came from elsewhere (the chart, the verdict): the chosen event is scrolled into view, and focused when `focus` is set. */
  reveal?: { seq: number; focus: boolean }
  /** Numbers of the chart markers, by event id, so the list and the chart point at each other. */
  markerNumbers?: ReadonlyMap<string, number>
}

const SHOWN_ROWS = 8

function EvidenceRow({ id }: { id: string }): React.JSX.Element {
  const api = useApi()
  const { kind, value } = splitEvidenceId(id)
  if (kind === 'video' && /^\d{6,25}$/.test(value)) {
    return (
      <li>
        Liked video{' '}
        <button type="button" className="btn-link btn mono" onClick={() => void api.openVideo(value)} aria-label={`Open video ${value} on TikTok in your browser`}>
          {value}
        </button>
      </li>
    )
  }
  if (kind === 'login') return <li>Login on {formatDateTime(value)}</li>
  if (kind === 'day') return <li>{formatDate(`${value}T12:00:00Z`)}</li>
  if (kind === 'post') return <li>Your post from {formatDateTime(value)}</li>
  const label = EVIDENCE_SUBJECT_LABEL.get(kind)
  if (label !== undefined) {
    return (
      <li>
        {label}: <UserText className="mono">{value}</UserText>
      </li>
    )
  }
  return (
    <li>
      <UserText className="mono">{id}</UserText>
    </li>
  )
}

function EventDetail({ event }: { event: CauseEvent }): React.JSX.Element {
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set())
  const counts = Object.entries(event.evidence.counts)
  const rows = event.evidence.rowIds
  const more = rows.length - SHOWN_ROWS
  return (
    <article className="event-detail" aria-labelledby={`event-title-${event.id}`} data-testid="event-detail">
      <div className="row" style={{ gap: 8 }}>
        <EventGlyph kind={event.kind} size={18} />
        <span className="muted small">{EVENT_STYLE[event.kind].group}</span>
        <span className={`badge badge-${event.confidence}`}>{CONFIDENCE_LABEL[event.confidence]}</span>
      </div>
      <h3 id={`event-title-${event.id}`} className="event-detail-title">
        <UserText>{event.title}</UserText>
      </h3>
      <p className="muted small">{formatRange(event.start, event.end)}</p>
      <p>
        <UserText>{event.explanation}</UserText>
      </p>
      {(counts.length > 0 || rows.length > 0) && (
        <>
          <h4>Evidence</h4>
          {counts.length > 0 && (
            <table className="evidence-table">
              <tbody>
                {counts.map(([k, v]) => (
                  <tr key={k}>
                    <th scope="row">{humanizeKey(k)}</th>
                    <td>{formatNumber(v)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {rows.length > 0 && (
            <ul className="evidence-rows small">
              {rows.slice(0, SHOWN_ROWS).map((id) => (
                <EvidenceRow key={id} id={id} />
              ))}
              {(more > 0 || event.evidence.rowIdsTruncated) && <li className="muted">…and more (the counts above have the full numbers)</li>}
            </ul>
          )}
        </>
      )}
      <h4>What you can do</h4>
      {event.actions.length === 0 ? (
        <p className="muted">{event.kind === 'retention-window' ? 'Nothing to do about this one: it explains what the export can and cannot show.' : 'Nothing to do about this one: it is here so you know.'}</p>
      ) : (
        <ul className="checklist" aria-label="What you can do">
          {event.actions.map((a) => {
            const text = ACTION_TEXT[a]
            const checked = done.has(a)
            return (
              <li key={a}>
                <label className={checked ? 'checked' : undefined}>
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() =>
                      setDone((s) => {
                        const next = new Set(s)
                        if (next.has(a)) next.delete(a)
                        else next.add(a)
                        return next
                      })
                    }
                  />
                  <span>
                    <strong>{text.label}</strong>
                    <span className="checklist-detail">{text.detail}</span>
                  </span>
                </label>
              </li>
            )
          })}
        </ul>
      )}
    </article>
  )
}

export function EventsPanel({ events, selectedId, onSelect, panelRef, omitted = [], reveal, markerNumbers }: EventsPanelProps): React.JSX.Element {
  const selected = events.find((e) => e.id === selectedId) ?? events[0] ?? null
  const items = useRef(new Map<string, HTMLButtonElement>())
  const detail = useRef<HTMLDivElement>(null)

  // Only a request from outside moves the page: clicking in the list itself must not jump.
  const seq = reveal?.seq ?? 0
  const wantFocus = reveal?.focus ?? false
  useEffect(() => {
    if (seq === 0 || !selectedId) return
    const item = items.current.get(selectedId)
    if (wantFocus) item?.focus({ preventScroll: true })
    const target = detail.current ?? item
    target?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
    item?.scrollIntoView({ block: 'nearest' })
  }, [seq, wantFocus, selectedId])

  return (
    <section className="card events-panel" aria-labelledby="events-title" ref={panelRef} tabIndex={-1} id="events">
      <h2 id="events-title">What may explain it</h2>
      {events.length === 0 ? (
        <p className="muted">LikeTrace found nothing in this export that explains lost likes.</p>
      ) : (
        <div className="events-grid">
          <ul className="event-list" aria-label="Events, causes first">
            {events.map((e) => {
              const n = markerNumbers?.get(e.id)
              return (
                <li key={e.id}>
                  <button
                    type="button"
                    ref={(el) => {
                      if (el) items.current.set(e.id, el)
                      else items.current.delete(e.id)
                    }}
                    className="event-item"
                    aria-current={selected?.id === e.id ? 'true' : undefined}
                    onClick={() => onSelect(e.id)}
                  >
                    {n !== undefined ? (
                      <>
                        <span className="marker-number" aria-hidden="true">
                          {n}
                        </span>
                        <span className="visually-hidden">Chart marker {n}: </span>
                      </>
                    ) : (
                      <EventGlyph kind={e.kind} />
                    )}
                    <span className="event-item-text">
                      <span className="event-item-title">
                        <UserText>{e.title}</UserText>
                      </span>
                      <span className="muted small">
                        {formatDate(e.start)} · {e.confidence} confidence
                      </span>
                    </span>
                  </button>
                </li>
              )
            })}
          </ul>
          <div ref={detail} className="event-detail-wrap">
            {selected && <EventDetail key={selected.id} event={selected} />}
          </div>
        </div>
      )}
      {omitted.length > 0 && (
        <p className="muted small" data-testid="omitted-events">
          {omitted.map((o) => `${o.count.toLocaleString('en-US')} more “${EVENT_STYLE[o.kind].group}” events`).join(', ')} are not listed here to keep this readable; the most
          telling of each kind are above, and Export CSV lists them all.
        </p>
      )}
    </section>
  )
}
