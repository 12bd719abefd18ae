// renderer: React entry. Picks the API (the preload's window.api, or a fake only when a harness injected one) and mounts the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { getApi, hasApi, type RendererApi } from './api'
import { App } from './App'
import './design/theme.css'
import './design/layout.css'
import { NoApiScreen } from './features/errors/NoApiScreen'
import { isReportRoute, ReportPage } from './features/report/ReportPage'

async function resolveApi(): Promise<RendererApi | null> {
  if (hasApi()) return getApi()
  // The fake is a separate chunk, loaded only when a test harness injected its flags (or `?fake` in a dev server); the desktop app never has either.
  const flags = window.__LIKETRACE_FAKE__ ?? (import.meta.env.DEV && new URLSearchParams(location.search).has('fake') ? {} : undefined)
  if (!flags) return null
  const { fakeApiFromFlags } = await import('./fake/from-flags')
  return fakeApiFromFlags(flags)
}

const root = document.getElementById('root')
if (root) {
  void resolveApi().then((api) => {
    // The report route is its own page (the hidden print window and the CLI load it); everything else is the app.
    const hash = location.hash
    const page = api === null ? <NoApiScreen /> : isReportRoute(hash) ? <ReportPage api={api} hash={hash} /> : <App api={api} />
    createRoot(root).render(<StrictMode>{page}</StrictMode>)
  })
}
