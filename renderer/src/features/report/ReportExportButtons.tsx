// renderer: React. "Export PDF" and "Export CSV" for the dashboard and compare screens, with a busy state while main works and where the files went.
import { useState } from 'react'
import type { AppError, Result } from '@shared/contract/result'
import type { ReportTarget } from '@shared/contract/views'
import { useApi } from '../../useApi'

type Status = { kind: 'busy'; what: 'pdf' | 'csv' } | { kind: 'saved'; text: string } | { kind: 'error'; error: AppError } | null

export function ReportExportButtons({ target }: { target: ReportTarget }): React.JSX.Element {
  const api = useApi()
  const [status, setStatus] = useState<Status>(null)
  const busy = status?.kind === 'busy'

  const run = async <T,>(what: 'pdf' | 'csv', call: () => Promise<Result<T | null>>, saved: (v: T) => string): Promise<void> => {
    setStatus({ kind: 'busy', what })
    try {
      const res = await call()
      // null: the user closed the save dialog; nothing to report.
      if (!res.ok) setStatus({ kind: 'error', error: res.error })
      else setStatus(res.value === null ? null : { kind: 'saved', text: saved(res.value) })
    } catch (e) {
      setStatus({ kind: 'error', error: { code: 'READ_FAILED', message: e instanceof Error ? e.message : String(e) } })
    }
  }

  return (
    <div className="report-export" aria-busy={busy}>
      <div className="row" style={{ gap: 8 }}>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => void run('pdf', () => api.exportReportPdf(target), (v) => `Report saved to ${v.savedTo}`)}
          title="A printable report to keep or hand to TikTok support"
        >
          {status?.kind === 'busy' && status.what === 'pdf' ? 'Making the PDF…' : 'Export PDF'}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => void run('csv', () => api.exportReportCsv(target), (v) => `${v.savedTo.length} CSV files saved: ${v.savedTo.join(', ')}`)}
          title="Likes with their status, vanished likes and events, for a spreadsheet"
        >
          {status?.kind === 'busy' && status.what === 'csv' ? 'Writing CSV files…' : 'Export CSV'}
        </button>
      </div>
      <div role="status" aria-live="polite" className="small report-export-status">
        {busy && <progress aria-label={status.what === 'pdf' ? 'Making the PDF' : 'Writing CSV files'} />}
        {status?.kind === 'saved' && <span>{status.text}</span>}
        {status?.kind === 'error' && <span className="notice">{status.error.message}</span>}
      </div>
    </div>
  )
}
