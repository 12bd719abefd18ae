// renderer: React. The #/report route: reads its request from the URL, asks for the report's data, draws ReportView, then signals "ready to print" (title step, final title, state attribute).
import { useEffect, useMemo, useState } from 'react'
import type { AppError } from '@shared/contract/result'
import type { PaperSize, ReportData, ReportRequest } from '@shared/contract/views'
import { REPORT_FAILED_TITLE, REPORT_READY_TITLE, REPORT_ROUTE, REPORT_STATE_ATTRIBUTE } from '@shared/contract/views'
import type { RendererApi } from '../../api'
import { ReportView } from './ReportView'

const PAPERS: ReadonlySet<string> = new Set<PaperSize>(['A4', 'Letter'])

/** `#/report?exportId=…&generatedAt=…&paper=A4[&olderId=…]` → the request; main validates it again before answering. */
export function parseReportRequest(hash: string): ReportRequest | null {
  if (!hash.startsWith(`${REPORT_ROUTE}?`)) return null
  const q = new URLSearchParams(hash.slice(REPORT_ROUTE.length + 1))
  const exportId = q.get('exportId')
  const generatedAt = q.get('generatedAt')
  const paper = q.get('paper')
  const olderId = q.get('olderId')
  if (!exportId || !generatedAt || !paper || !PAPERS.has(paper)) return null
  return { exportId, generatedAt, paper: paper as PaperSize, ...(olderId ? { olderId } : {}) }
}

export function isReportRoute(hash: string): boolean {
  return hash === REPORT_ROUTE || hash.startsWith(`${REPORT_ROUTE}?`)
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()))

/**
 * Ready means: data drawn, fonts loaded, and two animation frames later (the first lets React commit and the charts
 * measure, the second lets the browser paint). Animations are off, so nothing changes after that. The ready title is a
 * step, not the end: a frame later the report's own title replaces it (the PDF's Title metadata is read at print time),
 * and only then does the state attribute say "ready".
 */
async function signalReady(title: string): Promise<void> {
  await document.fonts.ready
  await nextFrame()
  await nextFrame()
  document.title = REPORT_READY_TITLE
  await nextFrame()
  document.title = title
  document.documentElement.setAttribute(REPORT_STATE_ATTRIBUTE, 'ready')
}

export function ReportPage({ api, hash }: { api: Pick<RendererApi, 'reportData'>; hash: string }): React.JSX.Element {
  const req = useMemo(() => parseReportRequest(hash), [hash])
  const [answer, setState] = useState<{ data: ReportData } | { error: AppError } | null>(null)
  const state = useMemo(() => (req === null ? { error: { code: 'BAD_ARGS' as const, message: 'This report link is incomplete.' } } : answer), [req, answer])

  useEffect(() => {
    if (req === null) return
    let live = true
    api.reportData(req).then(
      (res) => {
        if (live) setState(res.ok ? { data: res.value } : { error: res.error })
      },
      (e: unknown) => {
        if (live) setState({ error: { code: 'READ_FAILED', message: e instanceof Error ? e.message : String(e) } })
      },
    )
    return () => {
      live = false
    }
  }, [api, req])

  useEffect(() => {
    if (state === null) return
    if ('error' in state) {
      document.title = REPORT_FAILED_TITLE
      document.documentElement.setAttribute(REPORT_STATE_ATTRIBUTE, 'failed')
      return
    }
    void signalReady(state.data.title)
  }, [state])

  if (state === null) return <p className="muted">Preparing the report…</p>
  if ('error' in state) {
    return (
      <p className="notice" role="alert">
        The report could not be made: {state.error.message}
      </p>
    )
  }
  return <ReportView data={state.data} />
}
