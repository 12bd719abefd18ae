// renderer: React entry. Picks the API (the preload's window.api, or a fake only when a harness injected one) and mounts the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { getApi, hasApi, type RendererApi } from './api'
import { App } from './App'
import './design/theme.css'
import './design/layout.css'
import { NoApiScreen } from './features/errors/NoApiScreen'

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
    createRoot(root).render(<StrictMode>{api ? <App api={api} /> : <NoApiScreen />}</StrictMode>)
  })
}
