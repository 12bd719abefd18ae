// renderer: React. The report's creator section from TikTok Studio data: titled daily charts (likes and views, likes per 1,000 views, followers) with the Studio events numbered as in the table, and the top videos.
import type { EventKind } from '@shared/contract/model'
import type { StudioView } from '@shared/contract/views'
import { EVENT_STYLE } from '../dashboard/event-style'
import { chartMarkers } from './ReportChart'
import type { ReportEventRow, ReportFormat } from './report-format'
import { printableTitle } from './report-format'
import { ReportSvgChart } from './ReportSvgChart'
import { ReportTableHead } from './ReportTableHead'

/** Top videos printed; all are in the CSV. */
const SHOWN_VIDEOS = 10
const LIKE_KINDS: ReadonlySet<EventKind> = new Set(['likes-received-drop', 'reach-drop', 'deleted-posts'])
const BAR = '#7b8da3'
const LINE = '#0072b2'
const LOSS = '#d55e00'
const GAIN = '#009e73'

function Legend({ items, rows }: { items: Array<{ color: string; line?: boolean; text: string }>; rows: readonly ReportEventRow[] }): React.JSX.Element {
  const kinds = [...new Map(rows.map((r) => [EVENT_STYLE[r.kind].group, r.kind])).entries()]
  return (
    <figcaption className="chart-legend small">
      {items.map((it) => (
        <span key={it.text} className="legend-item">
          <span className={it.line ? 'swatch swatch-line' : 'swatch'} style={{ background: it.color }} /> {it.text}
        </span>
      ))}
      {kinds.map(([group, kind]) => (
        <span key={group} className="legend-item">
          <span className="legend-marker" style={{ background: EVENT_STYLE[kind].color }} /> {group} (numbered as in the events table; a bar and shading show how long it lasted)
        </span>
      ))}
    </figcaption>
  )
}

export function ReportCreator({ studio, rows, f }: { studio: StudioView; rows: readonly ReportEventRow[]; f: ReportFormat }): React.JSX.Element {
  const days = studio.days
  const starts = days.map((d) => d.date)
  const likeRows = rows.filter((r) => LIKE_KINDS.has(r.kind))
  const followerRows = rows.filter((r) => r.kind === 'follower-drop')
  const likeMarks = chartMarkers(likeRows, starts, 'day').markers
  const followerMarks = chartMarkers(followerRows, starts, 'day').markers
  const t = studio.totals
  const n = (v: number | null): string => (v === null ? '—' : f.number(v))
  const hasRate = days.some((d) => d.likesPer1000Views !== null)
  return (
    <section className="report-flow" aria-labelledby="creator-heading" data-testid="report-creator">
      {/* The heading, the totals and the first chart stay together; on a short page 1 they follow the answer on it. */}
      <div className="report-keep">
      <h2 id="creator-heading">Likes, views and followers (TikTok Studio)</h2>
      <p className="small muted">
        {f.number(days.length)} days, {f.range(studio.first, studio.last)} (UTC days; gaps where TikTok wrote &ldquo;undefined&rdquo;). In all: {f.number(t.likes)} likes received,{' '}
        {f.number(t.views)} video views, {n(t.likesPer1000Views)} likes per 1,000 views; followers {n(t.followersFirst)} → {n(t.followersLast)}.
      </p>
      <figure className="report-figure">
        <h3 className="report-chart-title">Likes received and video views, per day</h3>
        <ReportSvgChart
          testId="report-studio-likes-chart"
          starts={starts}
          unit="day"
          plotHeight={130}
          leftLabel="Likes received"
          rightLabel="Video views"
          xLabel="Days (UTC)"
          markers={likeMarks}
          series={[
            { key: 'likes', type: 'bar', axis: 'left', color: BAR, values: days.map((d) => d.likes) },
            { key: 'views', type: 'line', axis: 'right', color: LINE, values: days.map((d) => d.views) },
          ]}
        />
        <Legend
          rows={likeRows.filter((r) => likeMarks.some((m) => m.n === r.n))}
          items={[
            { color: BAR, text: 'Likes received per day (left axis)' },
            { color: LINE, line: true, text: 'Video views per day (right axis)' },
          ]}
        />
      </figure>
      </div>
      {hasRate && (
        <figure className="report-figure">
          <h3 className="report-chart-title">Likes per 1,000 views, per day</h3>
          <ReportSvgChart
            testId="report-studio-rate-chart"
            starts={starts}
            unit="day"
            plotHeight={70}
            leftLabel="Likes / 1,000 views"
            xLabel="Days (UTC)"
            markers={likeMarks}
            series={[{ key: 'rate', type: 'line', axis: 'left', color: LINE, values: days.map((d) => d.likesPer1000Views) }]}
          />
          <figcaption className="chart-legend small">
            <span className="legend-item">
              <span className="swatch swatch-line" style={{ background: LINE }} /> Likes per 1,000 views (blank on days under 50 views). Flat while views fall: fewer people saw
              the videos, and those who did liked them as before.
            </span>
          </figcaption>
        </figure>
      )}
      <figure className="report-figure">
        <h3 className="report-chart-title">Followers, and their change per day</h3>
        <ReportSvgChart
          testId="report-studio-followers-chart"
          starts={starts}
          unit="day"
          plotHeight={90}
          leftLabel="Change per day"
          rightLabel="Followers"
          xLabel="Days (UTC)"
          markers={followerMarks}
          series={[
            { key: 'gain', type: 'bar', axis: 'left', color: GAIN, values: days.map((d) => (d.followerChange !== null && d.followerChange > 0 ? d.followerChange : null)), stack: 'c' },
            { key: 'loss', type: 'bar', axis: 'left', color: LOSS, values: days.map((d) => (d.followerChange !== null && d.followerChange < 0 ? d.followerChange : null)), stack: 'c' },
            { key: 'followers', type: 'line', axis: 'right', color: LINE, values: days.map((d) => d.followers) },
          ]}
        />
        <Legend
          rows={followerRows.filter((r) => followerMarks.some((m) => m.n === r.n))}
          items={[
            { color: GAIN, text: 'Followers gained that day (left axis)' },
            { color: LOSS, text: 'Followers lost that day (left axis)' },
            { color: LINE, line: true, text: 'Followers (right axis)' },
          ]}
        />
      </figure>
      {studio.topVideos.length > 0 && (
        <>
          <h3>Top videos (TikTok Studio&apos;s list, most viewed first)</h3>
          <p className="small muted">Each video id links to the video on tiktok.com, as TikTok Studio gives it.</p>
          <table className="report-table" data-testid="report-top-videos">
            <ReportTableHead
              columns={[
                { label: 'Video', width: '52%' },
                { label: 'Posted', width: '16%' },
                { label: 'Likes', num: true, width: '10%' },
                { label: 'Views', num: true, width: '12%' },
                { label: 'Comments', num: true, width: '10%' },
              ]}
            />
            <tbody>
              {studio.topVideos.slice(0, SHOWN_VIDEOS).map((v, i) => (
                <tr key={`${v.videoId ?? 'v'}-${i}`}>
                  <td className="report-video-cell">
                    <bdi>{printableTitle(v.title)}</bdi>
                    {v.url && (
                      <div className="small">
                        <a className="mono" href={v.url}>
                          {v.videoId ? `video ${v.videoId}` : v.url}
                        </a>
                      </div>
                    )}
                  </td>
                  <td className="nowrap">{f.date(v.postedAt)}</td>
                  <td className="num">{n(v.likes)}</td>
                  <td className="num">{n(v.views)}</td>
                  <td className="num">{n(v.comments)}</td>
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
