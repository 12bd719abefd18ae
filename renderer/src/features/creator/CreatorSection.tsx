// renderer: React. The creator view ("Likes you received") from TikTok Studio data: totals, daily charts with events, top videos, own and deleted posts, audience.
import { useState } from 'react'
import type { CauseEvent } from '@shared/contract/model'
import type { StudioPostRow, StudioVideoRow, StudioView } from '@shared/contract/views'
import { formatBucket, formatDate, formatNumber, formatRange, plural } from '../../format'
import { UserText } from '../../design/UserText'
import { useApi } from '../../useApi'
import { StudioCharts } from './StudioCharts'

export interface CreatorSectionProps {
  studio: StudioView
  events: readonly CauseEvent[]
  selectedEventId: string | null
  onSelectEvent: (id: string, fromKeyboard: boolean) => void
  /** Event numbers as in the events list, shown on the chart markers. */
  numbers?: ReadonlyMap<string, number>
}

const SHOWN_POSTS = 20

function rate(likes: number | null, views: number | null): string {
  return likes === null || views === null || views < 50 ? '—' : formatNumber(Math.round((likes / views) * 10_000) / 10)
}

const count = (n: number | null): string => (n === null ? '—' : formatNumber(n))

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }): React.JSX.Element {
  return (
    <div className="stat">
      <div className="stat-label small muted">{label}</div>
      <div className="stat-value">{value}</div>
      {detail && <div className="small muted">{detail}</div>}
    </div>
  )
}

function VideoTitle({ videoId, title }: { videoId: string | null; title: string | null }): React.JSX.Element {
  const api = useApi()
  const text = title && title.trim() !== '' ? title : 'Untitled video'
  if (videoId === null) return <UserText truncate>{text}</UserText>
  // The visible title is the button's name (a shortened label would not match what is read on screen); the hint says where it opens.
  return (
    <button type="button" className="btn-link btn video-title" title={text} onClick={() => void api.openVideo(videoId)}>
      <bdi className="user-text">{text}</bdi>
      <span className="visually-hidden"> (opens on TikTok in your browser)</span>
    </button>
  )
}

function TopVideos({ videos }: { videos: readonly StudioVideoRow[] }): React.JSX.Element {
  return (
    <section className="card" aria-labelledby="top-videos-title">
      <h3 id="top-videos-title">Your top videos ({formatNumber(videos.length)})</h3>
      <p className="muted small">From TikTok Studio's Content file: totals when the data was downloaded, most viewed first.</p>
      <div className="table-scroll">
        <table className="data-table small" data-testid="top-videos">
          <thead>
            <tr>
              <th scope="col">Video</th>
              <th scope="col">Posted</th>
              <th scope="col" className="num">
                Likes
              </th>
              <th scope="col" className="num">
                Views
              </th>
              <th scope="col" className="num">
                Likes per 1,000 views
              </th>
              <th scope="col" className="num">
                Comments
              </th>
              <th scope="col" className="num">
                Shares
              </th>
            </tr>
          </thead>
          <tbody>
            {videos.map((v, i) => (
              <tr key={`${v.videoId ?? 'video'}-${i}`}>
                <td className="title-cell">
                  <VideoTitle videoId={v.videoId} title={v.title} />
                </td>
                <td className="nowrap">{v.postedAt ? formatBucket(v.postedAt, 'day') : 'unknown'}</td>
                <td className="num">{count(v.likes)}</td>
                <td className="num">{count(v.views)}</td>
                <td className="num">{rate(v.likes, v.views)}</td>
                <td className="num">{count(v.comments)}</td>
                <td className="num">{count(v.shares)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function PostTable({ id, title, note, posts, deleted }: { id: string; title: string; note: string; posts: readonly StudioPostRow[]; deleted: boolean }): React.JSX.Element {
  const [all, setAll] = useState(false)
  const rows = all ? posts : posts.slice(0, SHOWN_POSTS)
  return (
    <section className="card" aria-labelledby={id}>
      <h3 id={id}>
        {title} ({formatNumber(posts.length)})
      </h3>
      <p className="muted small">{note}</p>
      {posts.length === 0 ? (
        <p className="muted">None in this export.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table small" data-testid={deleted ? 'deleted-posts' : 'own-posts'}>
              <thead>
                <tr>
                  <th scope="col">Posted</th>
                  {deleted && <th scope="col">Deleted</th>}
                  <th scope="col">Video</th>
                  <th scope="col" className="num">
                    Likes
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p, i) => (
                  <tr key={`${p.videoId ?? 'post'}-${p.at}-${i}`}>
                    <td className="nowrap">{formatDate(p.at)}</td>
                    {deleted && <td className="nowrap">{formatDate(p.deletedAt)}</td>}
                    <td className="title-cell">
                      <VideoTitle videoId={p.videoId} title={p.title} />
                    </td>
                    <td className="num">{count(p.likes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {posts.length > SHOWN_POSTS && (
            <button type="button" className="btn btn-small" onClick={() => setAll(!all)}>
              {all ? `Show the first ${SHOWN_POSTS}` : `Show all ${formatNumber(posts.length)}`}
            </button>
          )}
        </>
      )}
    </section>
  )
}

function Shares({ title, shares }: { title: string; shares: ReadonlyArray<{ label: string; share: number }> }): React.JSX.Element | null {
  if (shares.length === 0) return null
  return (
    <div className="audience-block">
      <h4>{title}</h4>
      <ul className="share-list small">
        {shares.map((s) => (
          <li key={s.label}>
            <span className="share-label">{s.label}</span>
            <span className="share-bar" aria-hidden="true">
              <span style={{ width: `${Math.min(100, Math.max(0, s.share * 100))}%` }} />
            </span>
            <span className="num">{(s.share * 100).toFixed(1)} %</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** "on 3 May 2025" for a single day of losses, "on those 4 days" for several. */
function lossDays(studio: StudioView): string {
  const t = studio.totals
  if (t.followerLossDays !== 1) return `on those ${formatNumber(t.followerLossDays)} days`
  const day = studio.days.find((d) => d.followerChange !== null && d.followerChange < 0)
  return day ? `on ${formatDate(day.date)}` : 'on that day'
}

export function CreatorSection({ studio, events, selectedEventId, onSelectEvent, numbers }: CreatorSectionProps): React.JSX.Element {
  const t = studio.totals
  const followerDelta = t.followersFirst !== null && t.followersLast !== null ? t.followersLast - t.followersFirst : null
  return (
    <section className="creator" aria-labelledby="creator-title" data-testid="creator-section" id="creator">
      <div className="card">
        <h2 id="creator-title">Likes you received</h2>
        <p className="muted" data-testid="creator-span">
          TikTok Studio data for {plural(studio.days.length, 'day')}: {formatRange(studio.first, studio.last)}. Days TikTok's files leave empty are left empty here too, not counted as zero.
        </p>
        <div className="stats">
          <Stat label="Likes received" value={formatNumber(t.likes)} />
          <Stat label="Video views" value={formatNumber(t.views)} />
          <Stat label="Likes per 1,000 views" value={t.likesPer1000Views === null ? '—' : formatNumber(t.likesPer1000Views)} detail="over the whole span" />
          <Stat
            label="Followers"
            value={t.followersLast === null ? '—' : formatNumber(t.followersLast)}
            detail={followerDelta === null ? undefined : `${followerDelta >= 0 ? '+' : ''}${formatNumber(followerDelta)} since the first day`}
          />
          <Stat
            label={t.followerLossDays === 1 ? 'Day with fewer followers' : 'Days with fewer followers'}
            value={formatNumber(t.followerLossDays)}
            detail={t.followerLossDays > 0 ? `${plural(t.followersLost, 'follower')} lost ${lossDays(studio)}` : undefined}
          />
        </div>
        <StudioCharts days={studio.days} events={events} selectedEventId={selectedEventId} onSelectEvent={onSelectEvent} numbers={numbers} />
      </div>
      {studio.topVideos.length > 0 && <TopVideos videos={studio.topVideos} />}
      {studio.withArchive ? (
        <div className="creator-posts">
          <PostTable id="own-posts-title" title="Your posts" note="From your data archive, newest first, with the like count TikTok gives for each." posts={studio.posts} deleted={false} />
          <PostTable
            id="deleted-posts-title"
            title="Recently deleted posts"
            note="Posts you deleted in the last 30 days: their likes no longer count toward your total."
            posts={studio.deletedPosts}
            deleted
          />
        </div>
      ) : (
        <p className="notice small">
          To see your own posts with their likes and the posts you deleted, drop your TikTok data archive (TikTok_Data_….zip) together with these Studio files.
        </p>
      )}
      {(studio.followerGender.length > 0 || studio.followerTerritories.length > 0) && (
        <section className="card audience" aria-labelledby="audience-title">
          <h3 id="audience-title">Your followers</h3>
          <div className="audience-grid">
            <Shares title="Gender" shares={studio.followerGender} />
            <Shares title="Top territories" shares={studio.followerTerritories} />
          </div>
        </section>
      )}
    </section>
  )
}
