// renderer: React. Two exports compared: vanished vs beyond-the-window vs added counts, vanished likes on a timeline, clusters and the events near them.
import { useMemo, useState } from 'react'
import type { ComparisonView } from '@shared/contract/views'
import { formatDate, formatDateTime, formatNumber, plural } from '../../format'
import { useApi } from '../../useApi'
import { useFocusOnMount } from '../../useFocusOnMount'
import { UserText } from '../../design/UserText'
import { focusSpan, spanOf } from '../dashboard/chart-model'
import { EventGlyph } from '../dashboard/EventGlyph'
import { EventsPanel } from '../dashboard/EventsPanel'
import { SkipLinks } from '../dashboard/SkipLinks'
import { LikeHistoryChart } from '../dashboard/LikeHistoryChart'
import { LikesTable } from '../dashboard/LikesTable'
import { ReportExportButtons } from '../report/ReportExportButtons'
import { eventsNear } from './cluster-events'

export interface CompareScreenProps {
  view: ComparisonView
  onBack: () => void
  backLabel: string
}

const SHOWN_VIDEOS = 4

/** Groups this small are a like or two, which the engine puts down to the videos themselves (its SMALL_CLUSTER_LIKES). */
const LONE_LIKES = 2

/** "16 Sep 2025, 20:14 UTC", "16 Sep 2025, 20:14–20:22 UTC" within a day, else both ends in full. */
function timeSpan(start: string, end: string): string {
  const a = formatDateTime(start)
  const b = formatDateTime(end)
  if (a === b) return a
  if (formatDate(start) === formatDate(end)) return `${a.replace(/ UTC$/, '')}–${b.slice(b.indexOf(', ') + 2)}`
  return `${a} – ${b}`
}

export function CompareScreen({ view, onBack, backLabel }: CompareScreenProps): React.JSX.Element {
  const api = useApi()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const d = view.diff
  const events = view.events
  const numbers = useMemo(() => new Map(events.map((e, i) => [e.id, i + 1])), [events])
  const clusters = d.clusters
  // The chart opens on the weeks the vanished likes were liked in, not on the whole like history.
  const window = useMemo(() => spanOf(d.window.from, d.window.to), [d.window.from, d.window.to])
  const focus = useMemo(() => focusSpan(d.clusters.map((c) => spanOf(c.start, c.end)).filter((s) => s !== null), window), [d.clusters, window])
  const [selected, setSelected] = useState<string | null>(events[0]?.id ?? null)
  const [reveal, setReveal] = useState({ seq: 0, focus: false })
  const select = (id: string, focusIt = true): void => {
    setSelected(id)
    setReveal((r) => ({ seq: r.seq + 1, focus: focusIt }))
  }

  return (
    <main className="page compare">
      <header className="dash-header">
        <div className="dash-title">
          <h1 ref={heading} tabIndex={-1} className="dash-h1-wrap">
            What vanished between your two exports
          </h1>
          <SkipLinks
            targets={[
              { id: 'chart', label: 'Skip to the chart' },
              { id: 'clusters', label: 'Skip to the groups' },
              { id: 'events', label: 'Skip to the events' },
              { id: 'likes', label: 'Skip to every like' },
            ]}
          />
          <p className="muted small">
            <UserText>{view.olderLabel}</UserText> compared with the export of {formatDate(d.newerExportedAt)}
          </p>
        </div>
        <button type="button" className="btn btn-small dash-back" onClick={onBack}>
          ← {backLabel}
        </button>
        <div className="dash-actions">
          <ReportExportButtons target={{ exportId: view.newerId, olderId: view.olderId }} />
        </div>
      </header>
      {d.accountMatch === 'unknown' && (
        <p className="notice" role="status">
          LikeTrace could not confirm that both exports belong to the same account. If they do not, every like will look vanished or added.
        </p>
      )}

      <div className="counts" data-testid="compare-counts">
        <section className="card count count-vanished" aria-labelledby="count-vanished">
          <p className="count-number" id="count-vanished">
            {formatNumber(d.vanished.count)}
          </p>
          <h2>Vanished</h2>
          <p className="muted small">
            Likes in the older export that the newer one no longer has, although it covers their dates ({formatDate(d.window.from)} – {formatDate(d.window.to)}).
          </p>
        </section>
        <section className="card count" aria-labelledby="count-beyond">
          <p className="count-number" id="count-beyond">
            {formatNumber(d.beyondWindow.count)}
          </p>
          <h2>Beyond the newer export&apos;s reach</h2>
          <p className="muted small">
            Older than the newer export&apos;s first like ({formatDate(d.window.from)}). The newer file simply does not go back that far, so these are likely not lost.
          </p>
        </section>
        <section className="card count" aria-labelledby="count-added">
          <p className="count-number" id="count-added">
            {formatNumber(d.added.count)}
          </p>
          <h2>Added</h2>
          <p className="muted small">New likes since the older export was made.</p>
        </section>
      </div>

      <LikeHistoryChart
        title="Vanished likes, by the date you liked them"
        exportId={view.newerId}
        olderId={view.olderId}
        likeFirst={d.window.from}
        likeLast={d.window.to}
        events={events}
        selectedEventId={selected}
        onSelectEvent={select}
        vanishedOnly
        focus={focus}
        focusLabel="the vanished likes"
        numbers={numbers}
      />

      <section className="card" aria-labelledby="clusters-title" id="clusters">
        <h2 id="clusters-title">Groups of vanished likes, largest first</h2>
        {clusters.length === 0 ? (
          <p className="muted">No likes vanished between these two exports.</p>
        ) : (
          <ol className="clusters" data-testid="clusters">
            {clusters.map((c) => {
              const near = eventsNear(c, events)
              return (
                <li key={c.start} className="cluster">
                  <div className="cluster-head">
                    <strong className="cluster-count">{plural(c.count, 'like')} vanished</strong>
                    <span>{timeSpan(c.start, c.end)}</span>
                  </div>
                  <p className="small muted">
                    {c.count <= LONE_LIKES
                      ? `A lone ${c.count === 1 ? 'like' : 'pair of likes'}: usually the video was deleted or made private by its creator. Check whether it still exists.`
                      : c.keptInSpan === 0
                        ? 'Every like from this span is gone: a whole session vanished.'
                        : `${plural(c.keptInSpan, 'like')} from the same span ${c.keptInSpan === 1 ? 'is' : 'are'} still there, so only part of it vanished.`}
                  </p>
                  {near.length > 0 ? (
                    <div className="small">
                      Near it:{' '}
                      {near.map((e) => (
                        <button key={e.id} type="button" className="chip" onClick={() => select(e.id)}>
                          <EventGlyph kind={e.kind} /> <UserText>{e.title}</UserText>
                        </button>
                      ))}
                    </div>
                  ) : (
                    <p className="small muted">No event sits within a day of it.</p>
                  )}
                  {c.videoIds.length > 0 && (
                    <div className="small cluster-videos">
                      Videos:{' '}
                      {c.videoIds.slice(0, SHOWN_VIDEOS).map((id) => (
                        <button key={id} type="button" className="btn-link btn mono" onClick={() => void api.openVideo(id)} aria-label={`Open vanished video ${id} on TikTok in your browser`}>
                          {id} ↗
                        </button>
                      ))}
                      {c.videoIds.length > SHOWN_VIDEOS && <span className="muted"> and {formatNumber(c.videoIds.length - SHOWN_VIDEOS)} more in the table below</span>}
                    </div>
                  )}
                </li>
              )
            })}
          </ol>
        )}
      </section>

      <EventsPanel events={events} selectedId={selected} onSelect={setSelected} reveal={reveal} markerNumbers={numbers} />
      <LikesTable exportId={view.newerId} olderId={view.olderId} initialStatus="vanished" />
    </main>
  )
}
