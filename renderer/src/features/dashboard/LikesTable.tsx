// renderer: React. The virtualised likes table (date, video, upload date, status) with filters; a click opens the video in the default browser.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState } from 'react'
import type { LikeStatus } from '@shared/contract/views'
import { formatDate, formatDateTime, formatNumber, STATUS_LABEL } from '../../format'
import { useApi } from '../../useApi'
import { useLikesPages } from './useLikesPages'

export interface LikesTableProps {
  exportId: string
  /** With a comparison the vanished likes (from the older export) are listed too. */
  olderId?: string | undefined
  initialStatus?: LikeStatus | 'all'
}

const ROW_HEIGHT = 36
const SCROLL_HEIGHT = 420

export function LikesTable({ exportId, olderId, initialStatus = 'all' }: LikesTableProps): React.JSX.Element {
  const api = useApi()
  const [status, setStatus] = useState<LikeStatus | 'all'>(initialStatus)
  const [order, setOrder] = useState<'newest' | 'oldest'>('newest')
  const [openError, setOpenError] = useState<string | null>(null)
  // The table is one Tab stop: arrow keys move a highlighted row, Enter opens its video (a Tab per row would be 100+ stops).
  const [active, setActive] = useState(0)
  const [focused, setFocused] = useState(false)
  const { total, error, rowAt, ensure } = useLikesPages({ exportId, olderId, status, order })
  const scrollRef = useRef<HTMLDivElement>(null)

  // TanStack Virtual returns fresh functions each render by design; the React Compiler lint rule flags that, and nothing here is memoised on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const firstIndex = items[0]?.index ?? 0
  const lastIndex = items[items.length - 1]?.index ?? 0

  useEffect(() => {
    if (total) ensure(firstIndex, lastIndex)
  }, [ensure, firstIndex, lastIndex, total])

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 })
    setActive(0)
  }, [status, order])

  const activeRow = rowAt(active)
  const onKeyDown = (e: React.KeyboardEvent): void => {
    const last = Math.max(0, (total ?? 0) - 1)
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }
    let next: number | null = null
    if (e.key in step) next = active + (step[e.key] ?? 0)
    else if (e.key === 'Home') next = 0
    else if (e.key === 'End') next = last
    else if ((e.key === 'Enter' || e.key === ' ') && activeRow) {
      e.preventDefault()
      void open(activeRow.videoId)
      return
    }
    if (next === null) return
    e.preventDefault()
    const clamped = Math.min(last, Math.max(0, next))
    setActive(clamped)
    virtualizer.scrollToIndex(clamped, { align: 'auto' })
  }

  const open = async (videoId: string): Promise<void> => {
    const res = await api.openVideo(videoId)
    setOpenError(res.ok ? null : res.error.message)
  }

  return (
    <section className="card likes-card" aria-labelledby="likes-title" id="likes">
      <div className="row" style={{ marginBottom: 8 }}>
        <h2 id="likes-title" style={{ margin: 0 }}>
          Every like
        </h2>
        <span className="muted small" aria-live="polite" data-testid="likes-count">
          {total === null ? 'Loading…' : `${formatNumber(total)} ${total === 1 ? 'like' : 'likes'}`}
        </span>
        <span className="spacer" />
        <label className="small row" style={{ gap: 6 }}>
          Show
          <select value={status} onChange={(e) => setStatus(e.target.value as LikeStatus | 'all')} aria-label="Show likes with status">
            <option value="all">All likes</option>
            <option value="present">Still there</option>
            <option value="vanished" disabled={!olderId}>
              Vanished{olderId ? '' : ' (needs a second export)'}
            </option>
            <option value="in-burst">In a burst</option>
          </select>
        </label>
        <label className="small row" style={{ gap: 6 }}>
          Order
          <select value={order} onChange={(e) => setOrder(e.target.value as 'newest' | 'oldest')}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
      </div>
      {(error ?? openError) && (
        <p className="notice small" role="status">
          {error ?? openError}
        </p>
      )}
      <div className="likes-table" role="table" aria-label="Likes" aria-rowcount={(total ?? 0) + 1}>
        <div role="rowgroup" className="likes-head">
          <div role="row" className="likes-row" aria-rowindex={1}>
            <span role="columnheader">Liked on</span>
            <span role="columnheader">Video</span>
            <span role="columnheader">Uploaded</span>
            <span role="columnheader">Status</span>
          </div>
        </div>
        {/* The fixed height is what makes virtualisation work, so it lives here and not only in CSS. */}
        <div
          ref={scrollRef}
          className="likes-scroll"
          role="rowgroup"
          aria-label="Likes: arrow keys move between rows, Enter opens the video"
          data-testid="likes-scroll"
          tabIndex={total ? 0 : -1}
          onKeyDown={onKeyDown}
          onFocus={(e) => setFocused(e.target === e.currentTarget)}
          onBlur={() => setFocused(false)}
          style={{ height: SCROLL_HEIGHT, overflow: 'auto', position: 'relative' }}
        >
          {total === 0 && <p className="muted likes-empty">No likes match this filter.</p>}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rowAt(item.index)
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={`likes-row likes-body-row${row?.status === 'vanished' ? ' row-vanished' : ''}${item.index === active ? ' likes-row-active' : ''}`}
                  data-testid="like-row"
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}
                  onClick={row ? () => void open(row.videoId) : undefined}
                >
                  {row ? (
                    <>
                      <span role="cell">{formatDateTime(row.at)}</span>
                      <span role="cell">
                        <button
                          type="button"
                          className="btn-link btn mono"
                          tabIndex={-1}
                          onClick={(e) => {
                            e.stopPropagation()
                            setActive(item.index)
                            void open(row.videoId)
                          }}
                          aria-label={`Open video ${row.videoId} on TikTok in your browser`}
                          title="Opens tiktok.com in your browser"
                        >
                          {row.videoId} ↗
                        </button>
                      </span>
                      <span role="cell">{row.uploadedAt ? formatDate(row.uploadedAt) : <span className="muted">unknown</span>}</span>
                      <span role="cell">
                        <span className={`badge status-${row.status}`}>{STATUS_LABEL[row.status]}</span>
                      </span>
                    </>
                  ) : (
                    <span role="cell" className="muted">
                      Loading…
                    </span>
                  )}
                </div>
              )
            })}
          </div>
        </div>
      </div>
      {/* Last in the card, so its text appearing never moves the rows under the pointer. */}
      <p className="visually-hidden" aria-live="polite">
        {focused && activeRow ? `Row ${formatNumber(active + 1)} of ${formatNumber(total ?? 0)}: liked ${formatDateTime(activeRow.at)}, ${STATUS_LABEL[activeRow.status]}` : ''}
      </p>
      <p className="muted small" style={{ margin: '6px 0 0' }}>
        Upload dates are worked out from each video&apos;s id. Opening a video starts your web browser at tiktok.com, the only time LikeTrace hands anything to the internet.
      </p>
    </section>
  )
}
