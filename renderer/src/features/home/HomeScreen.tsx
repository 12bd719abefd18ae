// renderer: React. The start screen: drop zone, Open buttons, the sample, and the remembered imports.
import { useCallback, useEffect, useState } from 'react'
import type { ImportListing } from '@shared/contract/views'
import { useApi } from '../../useApi'
import { useFocusOnMount } from '../../useFocusOnMount'
import { DropZone } from './DropZone'
import { ImportsList } from './ImportsList'

export interface HomeScreenProps {
  notice?: string | undefined
  onImportGrant: (token: string, what: string) => void
  onSample: () => void
  onOpen: (id: string) => void
  onCompare: (olderId: string, newerId: string) => void
}

export function HomeScreen({ notice, onImportGrant, onSample, onOpen, onCompare }: HomeScreenProps): React.JSX.Element {
  const api = useApi()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const [imports, setImports] = useState<ImportListing[] | null>(null)
  const [listError, setListError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const res = await api.listImports()
    if (res.ok) {
      setImports(res.value)
      setListError(null)
    } else setListError(res.error.message)
  }, [api])

  useEffect(() => {
    let live = true
    void api.listImports().then((res) => {
      if (!live) return
      if (res.ok) setImports(res.value)
      else setListError(res.error.message)
    })
    return () => {
      live = false
    }
  }, [api])

  const forget = async (id: string): Promise<void> => {
    const res = await api.forgetImport(id)
    if (!res.ok) setListError(res.error.message)
    await load()
  }

  return (
    <main className="page home">
      <header className="home-header">
        <h1 ref={heading} tabIndex={-1}>
          LikeTrace
        </h1>
        <p className="lead">Why do your TikTok likes disappear? Find out from your own data, on your own computer.</p>
      </header>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="home-grid">
        <DropZone onGrant={onImportGrant} />
        <aside className="card sample-card" aria-labelledby="sample-title">
          <h2 id="sample-title">No export yet?</h2>
          <p className="muted">
            Asking TikTok for your data takes a few days. Meanwhile, see what LikeTrace finds in a made-up account with disappearing likes.
          </p>
          <button type="button" className="btn btn-primary" onClick={onSample}>
            Try the sample
          </button>
          <h3 style={{ marginTop: 18 }}>How to get your export</h3>
          <ol className="small steps">
            <li>In TikTok open Profile → ☰ → Settings and privacy → Account → Download your data.</li>
            <li>Choose JSON and select all categories.</li>
            <li>When TikTok says it is ready (usually 1–4 days), download the zip and drop it here.</li>
          </ol>
        </aside>
      </div>
      {listError && (
        <p className="notice" role="status">
          Your earlier imports could not be listed: {listError}
        </p>
      )}
      {imports && imports.length > 0 && <ImportsList imports={imports} onOpen={onOpen} onForget={(id) => void forget(id)} onCompare={onCompare} />}
      {imports === null && !listError && <p className="muted">Looking for earlier imports…</p>}
    </main>
  )
}
