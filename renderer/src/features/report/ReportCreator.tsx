// renderer: React. The report's creator section from TikTok Studio data: totals, fixed-size daily charts with the Studio events, and the top videos (print-safe recharts).
import { useMemo } from 'react'
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts'
import type { CauseEvent, EventKind } from '@shared/contract/model'
import type { StudioView } from '@shared/contract/views'
import { placeEvents } from '../dashboard/chart-model'
import { EventGlyph } from '../dashboard/EventGlyph'
import { EventLayer } from '../dashboard/EventLayer'
import { EVENT_STYLE } from '../dashboard/event-style'
import { studioRows } from '../creator/StudioCharts'
import { REPORT_CHART_WIDTH } from './ReportChart'
import type { ReportFormat } from './report-format'

/** Top videos printed; all are in the CSV. */
const SHOWN_VIDEOS = 15
const STUDIO_KINDS: ReadonlySet<EventKind> = new Set(['likes-received-drop', 'reach-drop', 'follower-drop', 'deleted-posts'])
const TICK = { fill: 'var(--text-muted)', fontSize: 11 }
const noop = (): void => undefined

export function ReportCreator({ studio, events, f }: { studio: StudioView; events: readonly CauseEvent[]; f: ReportFormat }): React.JSX.Element {
  const rows = useMemo(() => studioRows(studio.days), [studio.days])
  const studioEvents = useMemo(() => events.filter((e) => STUDIO_KINDS.has(e.kind)), [events])
  const likePlaced = useMemo(() => placeEvents(rows, 'day', studioEvents.filter((e) => e.kind !== 'follower-drop')), [rows, studioEvents])
  const followerPlaced = useMemo(() => placeEvents(rows, 'day', studioEvents.filter((e) => e.kind === 'follower-drop')), [rows, studioEvents])
  const groups = [...new Map(studioEvents.map((e) => [EVENT_STYLE[e.kind].group, e.kind] as const)).entries()]
  const t = studio.totals
  const n = (v: number | null): string => (v === null ? '—' : f.number(v))
  const tick = (v: string): string => f.tick(v, 'day')
  return (
    <section className="report-section" aria-labelledby="creator-heading" data-testid="report-creator">
      <h2 id="creator-heading">Likes you received (TikTok Studio)</h2>
      <p className="small muted">
        {f.number(studio.days.length)} days of TikTok Studio analytics, {f.date(studio.first)} – {f.date(studio.last)} (UTC days; blank where TikTok wrote “undefined”). Likes{' '}
        {f.number(t.likes)} · views {f.number(t.views)} · likes per 1,000 views {n(t.likesPer1000Views)} · followers {n(t.followersFirst)} → {n(t.followersLast)}, down on{' '}
        {f.number(t.followerLossDays)} days ({f.number(t.followersLost)} lost on those days).
      </p>
      <figure className="report-figure" data-testid="report-studio-likes-chart">
        <ComposedChart width={REPORT_CHART_WIDTH} height={240} data={rows} margin={{ top: likePlaced.length > 0 ? 52 : 10, right: 4, bottom: 4, left: 0 }} barCategoryGap={0}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="start" tickFormatter={tick} minTickGap={36} tick={TICK} stroke="var(--border)" />
          <YAxis yAxisId="likes" allowDecimals={false} tick={TICK} stroke="var(--border)" width={52} />
          <YAxis yAxisId="views" orientation="right" allowDecimals={false} tick={TICK} stroke="var(--border)" width={52} />
          <Bar yAxisId="likes" dataKey="likes" fill="var(--chart-bar)" isAnimationActive={false} />
          <Line yAxisId="views" dataKey="views" stroke="var(--chart-line)" strokeWidth={1.4} dot={false} connectNulls={false} isAnimationActive={false} />
          <EventLayer placed={likePlaced} points={rows} visible={{ from: 0, to: Math.max(0, rows.length - 1) }} selectedId={null} onSelect={noop} onHover={noop} />
        </ComposedChart>
        <figcaption className="chart-legend small">
          <span className="legend-item">
            <span className="swatch" style={{ background: 'var(--chart-bar)' }} /> Likes received per day (left)
          </span>
          <span className="legend-item">
            <span className="swatch swatch-line" style={{ background: 'var(--chart-line)' }} /> Video views per day (right)
          </span>
          {groups.map(([group, kind]) => (
            <span key={group} className="legend-item">
              <EventGlyph kind={kind} /> {group}
            </span>
          ))}
        </figcaption>
      </figure>
      <figure className="report-figure" data-testid="report-studio-followers-chart">
        <ComposedChart width={REPORT_CHART_WIDTH} height={180} data={rows} margin={{ top: followerPlaced.length > 0 ? 52 : 10, right: 4, bottom: 4, left: 0 }} barCategoryGap={0}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="start" tickFormatter={tick} minTickGap={36} tick={TICK} stroke="var(--border)" />
          <YAxis yAxisId="followers" domain={['auto', 'auto']} allowDecimals={false} tick={TICK} stroke="var(--border)" width={52} />
          <YAxis yAxisId="change" orientation="right" allowDecimals={false} tick={TICK} stroke="var(--border)" width={52} />
          <ReferenceLine yAxisId="change" y={0} stroke="var(--border)" />
          <Bar yAxisId="change" dataKey="gain" stackId="c" fill="var(--oi-green)" isAnimationActive={false} />
          <Bar yAxisId="change" dataKey="loss" stackId="c" fill="var(--chart-vanished)" isAnimationActive={false} />
          <Line yAxisId="followers" dataKey="followers" stroke="var(--chart-line)" strokeWidth={1.6} dot={false} connectNulls={false} isAnimationActive={false} />
          <EventLayer placed={followerPlaced} points={rows} visible={{ from: 0, to: Math.max(0, rows.length - 1) }} selectedId={null} onSelect={noop} onHover={noop} />
        </ComposedChart>
        <figcaption className="chart-legend small">
          <span className="legend-item">
            <span className="swatch swatch-line" style={{ background: 'var(--chart-line)' }} /> Followers (left)
          </span>
          <span className="legend-item">
            <span className="swatch" style={{ background: 'var(--oi-green)' }} /> Gained / <span className="swatch" style={{ background: 'var(--chart-vanished)' }} /> lost that day,
            followers[day] − followers[day before] (right)
          </span>
        </figcaption>
      </figure>
      {studio.topVideos.length > 0 && (
        <>
          <h3>Top videos</h3>
          <table className="report-table" data-testid="report-top-videos">
            <thead>
              <tr>
                <th scope="col">Video</th>
                <th scope="col">Posted</th>
                <th scope="col">Likes</th>
                <th scope="col">Views</th>
                <th scope="col">Comments</th>
                <th scope="col">Shares</th>
              </tr>
            </thead>
            <tbody>
              {studio.topVideos.slice(0, SHOWN_VIDEOS).map((v, i) => (
                <tr key={`${v.videoId ?? 'v'}-${i}`}>
                  <td style={{ width: '50%', overflowWrap: 'anywhere' }}>
                    {v.title.length > 90 ? `${v.title.slice(0, 90)}…` : v.title || 'Untitled'}
                    {v.url && (
                      <div className="small">
                        <a className="mono" href={v.url}>
                          {v.url}
                        </a>
                      </div>
                    )}
                  </td>
                  <td style={{ whiteSpace: 'nowrap' }}>{f.date(v.postedAt)}</td>
                  <td>{n(v.likes)}</td>
                  <td>{n(v.views)}</td>
                  <td>{n(v.comments)}</td>
                  <td>{n(v.shares)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {studio.topVideos.length > SHOWN_VIDEOS && <p className="small muted">{f.number(studio.topVideos.length - SHOWN_VIDEOS)} more in the top-videos CSV.</p>}
        </>
      )}
      {studio.withArchive && (
        <p className="small muted">
          From the data archive: {f.number(studio.posts.length)} posts of your own and {f.number(studio.deletedPosts.length)} recently deleted posts (deleted posts take their likes
          with them).
        </p>
      )}
    </section>
  )
}
