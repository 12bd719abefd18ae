// renderer: React. The app shell and its state machine: home → importing → dashboard or compare, with error screens and an error boundary.
import { useCallback, useEffect, useRef, useState } from 'react'
import { ERROR_TEXT } from '@shared/contract/errors'
import type { AppError, Result } from '@shared/contract/result'
import type { ComparisonView, ExportView, ImportProgress } from '@shared/contract/views'
import type { RendererApi } from './api'
import './design/theme.css'
import './design/layout.css'
import { ApiContext } from './api-context'
import { CompareScreen } from './features/compare/CompareScreen'
import { Dashboard } from './features/dashboard/Dashboard'
import { CrashScreen } from './features/errors/CrashScreen'
import { ErrorBoundary } from './features/errors/ErrorBoundary'
import { ErrorScreen } from './features/errors/ErrorScreen'
import { HomeScreen } from './features/home/HomeScreen'
import { ImportScreen } from './features/import/ImportScreen'

export type Screen =
  | { name: 'home'; notice?: string }
  | { name: 'importing'; what: string }
  | { name: 'dashboard'; view: ExportView }
  | { name: 'compare'; view: ComparisonView; from: ExportView | null }
  | { name: 'error'; error: AppError }
  | { name: 'crash'; message: string }

const screenKey = (s: Screen): string => (s.name === 'dashboard' ? `dashboard:${s.view.exportId}` : s.name === 'compare' ? `compare:${s.view.olderId}:${s.view.newerId}` : s.name)

export interface AppProps {
  api: RendererApi
  /** Tests start on a given screen; the app itself always starts at home. */
  initialScreen?: Screen
}

export function App({ api, initialScreen }: AppProps): React.JSX.Element {
  const [screen, setScreen] = useState<Screen>(initialScreen ?? { name: 'home' })
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  // Only the latest request may change the screen: a slow answer to an abandoned request is dropped.
  const requestSeq = useRef(0)

  useEffect(() => api.onImportProgress(setProgress), [api])

  // Dropping a file anywhere else must not make the window navigate to it.
  useEffect(() => {
    const stop = (e: DragEvent): void => e.preventDefault()
    window.addEventListener('dragover', stop)
    window.addEventListener('drop', stop)
    return () => {
      window.removeEventListener('dragover', stop)
      window.removeEventListener('drop', stop)
    }
  }, [])

  const run = useCallback(async <T,>(call: () => Promise<Result<T>>, onOk: (value: T) => Screen): Promise<void> => {
    const seq = ++requestSeq.current
    let next: Screen
    try {
      const res = await call()
      if (res.ok) next = onOk(res.value)
      else if (res.error.code === 'CANCELLED') next = { name: 'home', notice: ERROR_TEXT.CANCELLED.title }
      else next = { name: 'error', error: res.error }
    } catch (err) {
      // Only an IPC breakdown lands here: main never throws across IPC, it returns a Result.
      next = { name: 'crash', message: err instanceof Error ? err.message : String(err) }
    }
    if (seq === requestSeq.current) setScreen(next)
  }, [])

  const goHome = useCallback(() => {
    requestSeq.current++
    setScreen({ name: 'home' })
  }, [])

  const startImport = useCallback(
    (what: string, call: () => Promise<Result<ExportView>>) => {
      setProgress(null)
      setScreen({ name: 'importing', what })
      void run(call, (view) => ({ name: 'dashboard', view }))
    },
    [run],
  )

  const importGrant = useCallback((token: string, what: string) => startImport(what, () => api.startImport(token)), [api, startImport])
  const importSample = useCallback(() => startImport('The sample export', () => api.importSample()), [api, startImport])
  const openImport = useCallback((id: string) => void run(() => api.openImport(id), (view) => ({ name: 'dashboard', view })), [api, run])
  const compare = useCallback(
    (olderId: string, newerId: string) => void run(() => api.compareImports(olderId, newerId), (view) => ({ name: 'compare', view, from: null })),
    [api, run],
  )

  let content: React.JSX.Element
  switch (screen.name) {
    case 'home':
      content = <HomeScreen notice={screen.notice} onImportGrant={importGrant} onSample={importSample} onOpen={openImport} onCompare={compare} />
      break
    case 'importing':
      content = <ImportScreen what={screen.what} progress={progress} onCancel={() => void api.cancelImport()} />
      break
    case 'dashboard': {
      const view = screen.view
      content = (
        <Dashboard
          view={view}
          onHome={goHome}
          onCompare={view.comparison ? () => view.comparison && setScreen({ name: 'compare', view: view.comparison, from: view }) : undefined}
        />
      )
      break
    }
    case 'compare': {
      const from = screen.from
      content = <CompareScreen view={screen.view} onBack={from ? () => setScreen({ name: 'dashboard', view: from }) : goHome} backLabel={from ? 'Back to the dashboard' : 'Back to the start'} />
      break
    }
    case 'error':
      content = <ErrorScreen error={screen.error} onBack={goHome} onSample={importSample} />
      break
    case 'crash':
      content = <CrashScreen message={screen.message} onReset={goHome} />
      break
  }

  return (
    <ApiContext.Provider value={api}>
      <ErrorBoundary resetKey={screenKey(screen)} onReset={goHome}>
        {content}
      </ErrorBoundary>
    </ApiContext.Provider>
  )
}
