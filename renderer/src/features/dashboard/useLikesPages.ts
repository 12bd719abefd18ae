// renderer: hook. Fetches the likes list page by page as rows scroll into view; the renderer never holds more than the pages it has shown.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LikeRow, LikeStatus } from '@shared/contract/views'
import { useApi } from '../../useApi'

export const PAGE_SIZE = 200

export interface LikesQuery {
  exportId: string
  olderId?: string | undefined
  status: LikeStatus | 'all'
  order: 'newest' | 'oldest'
}

export interface LikesPages {
  total: number | null
  error: string | null
  rowAt: (index: number) => LikeRow | undefined
  /** Asks for the pages covering these rows; cheap when they are already there or on their way. */
  ensure: (fromIndex: number, toIndex: number) => void
}

interface Cache {
  key: string
  pages: Map<number, LikeRow[]>
  pending: Set<number>
}

interface Meta {
  key: string
  total: number | null
  error: string | null
}

export function useLikesPages(query: LikesQuery): LikesPages {
  const api = useApi()
  const { exportId, olderId, status, order } = query
  const key = `${exportId}|${olderId ?? ''}|${status}|${order}`
  // One cache per query: a filter change starts a new one, and answers for the old one are dropped.
  const cache = useRef<Cache>({ key, pages: new Map(), pending: new Set() })
  const [meta, setMeta] = useState<Meta>({ key: '', total: null, error: null })

  const current = useCallback((): Cache => {
    if (cache.current.key !== key) cache.current = { key, pages: new Map(), pending: new Set() }
    return cache.current
  }, [key])

  const fetchPage = useCallback(
    (page: number) => {
      const c = current()
      if (c.pages.has(page) || c.pending.has(page)) return
      c.pending.add(page)
      void api.likesPage({ exportId, ...(olderId ? { olderId } : {}), offset: page * PAGE_SIZE, limit: PAGE_SIZE, status, order }).then((res) => {
        if (cache.current !== c) return
        c.pending.delete(page)
        if (!res.ok) {
          setMeta({ key: c.key, total: null, error: res.error.message })
          return
        }
        c.pages.set(page, res.value.rows)
        setMeta({ key: c.key, total: res.value.total, error: null })
      })
    },
    [api, current, exportId, olderId, status, order],
  )

  useEffect(() => {
    fetchPage(0)
  }, [fetchPage])

  const ensure = useCallback(
    (fromIndex: number, toIndex: number) => {
      for (let p = Math.floor(fromIndex / PAGE_SIZE); p <= Math.floor(toIndex / PAGE_SIZE); p++) fetchPage(p)
    },
    [fetchPage],
  )

  const fresh = meta.key === key
  const rowAt = (index: number): LikeRow | undefined => (cache.current.key === key ? cache.current.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE] : undefined)
  return { total: fresh ? meta.total : null, error: fresh ? meta.error : null, rowAt, ensure }
}
