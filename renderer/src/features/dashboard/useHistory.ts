// renderer: hook. Fetches the engine's bucketed like history for one export and unit; drops answers to requests that were superseded.
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

export function useHistory(exportId: string, unit: BucketUnit, olderId?: string): HistoryState {
  const api = useApi()
  const key = `${exportId}|${unit}|${olderId ?? ''}`
  const [answer, setAnswer] = useState<Answer | null>(null)
  useEffect(() => {
    let live = true
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone
    void api.history({ exportId, unit, timeZone, ...(olderId ? { olderId } : {}) }).then(
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
  }, [api, key, exportId, unit, olderId])
  // While a new unit loads, keep showing the previous bars rather than flashing an empty box.
  return { data: answer?.data ?? null, error: answer?.key === key ? answer.error : null, loading: answer?.key !== key }
}
