// renderer: hook. Fetches the engine's bucketed like history for one export, unit and (optionally) date window; drops answers to requests that were superseded.
import { useEffect, useState } from 'react'
import type { AppError } from '@shared/contract/result'
import type { BucketUnit, HistoryView } from '@shared/contract/views'
import { useApi } from '../../useApi'

export interface HistoryState {
  data: HistoryView | null
  error: AppError | null
  loading: boolean
}

interface Answer {
  key: string
  data: HistoryView | null
  error: AppError | null
}

/** `window` (ISO dates) asks for part of the history only: needed when a fine unit over the whole span would be too many bars. */
export function useHistory(exportId: string, unit: BucketUnit, olderId?: string, window?: { from: string; to: string } | null): HistoryState {
  const api = useApi()
  const from = window?.from
  const to = window?.to
  const key = `${exportId}|${unit}|${olderId ?? ''}|${from ?? ''}|${to ?? ''}`
  const [answer, setAnswer] = useState<Answer | null>(null)
  useEffect(() => {
    let live = true
    // Buckets are UTC days, like every date on screen.
    void api.history({ exportId, unit, ...(olderId ? { olderId } : {}), ...(from && to ? { from, to } : {}) }).then(
      (res) => {
        if (live) setAnswer(res.ok ? { key, data: res.value, error: null } : { key, data: null, error: res.error })
      },
      (err: unknown) => {
        if (live) setAnswer({ key, data: null, error: { code: 'READ_FAILED', message: err instanceof Error ? err.message : String(err) } })
      },
    )
    return () => {
      live = false
    }
  }, [api, key, exportId, unit, olderId, from, to])
  // While a new unit loads, keep showing the previous bars rather than flashing an empty box.
  return { data: answer?.data ?? null, error: answer?.key === key ? answer.error : null, loading: answer?.key !== key }
}
