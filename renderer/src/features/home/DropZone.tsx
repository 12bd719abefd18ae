// renderer: React. The large drop target for an export (zip, JSON, TXT, CSV or a folder) plus Open buttons that use the system dialog.
import { useState } from 'react'
import { useApi } from '../../useApi'

export interface DropZoneProps {
  /** A grant's token (main keeps the paths) and the name to show while importing. */
  onGrant: (token: string, what: string) => void
}

export function DropZone({ onGrant }: DropZoneProps): React.JSX.Element {
  const api = useApi()
  const [over, setOver] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const onDrop = async (e: React.DragEvent): Promise<void> => {
    e.preventDefault()
    setOver(false)
    const files = Array.from(e.dataTransfer.files)
    if (files.length === 0) {
      setMessage('That was not a file. Drop the zip or folder TikTok gave you, or use the Open buttons.')
      return
    }
    // The sandboxed renderer never sees paths: the preload resolves the Files and main keeps them behind a token.
    const grantDropped = api.grantDroppedFiles
    if (!grantDropped) {
      setMessage('Dropping files is not available in this window. Use "Open a file…" instead.')
      return
    }
    const res = await grantDropped(files)
    if (!res.ok) {
      setMessage(res.error.message)
      return
    }
    setMessage(null)
    onGrant(res.value.token, res.value.label)
  }

  const open = async (kind: 'file' | 'folder'): Promise<void> => {
    setMessage(null)
    const res = await api.openDialog({ kind })
    if (!res.ok) {
      setMessage(res.error.message)
      return
    }
    if (res.value === null) return
    onGrant(res.value.token, res.value.label)
  }

  return (
    <section
      className={`drop-zone${over ? ' drop-zone-over' : ''}`}
      aria-labelledby="drop-title"
      data-testid="drop-zone"
      onDragEnter={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragOver={(e) => {
        e.preventDefault()
        e.dataTransfer.dropEffect = 'copy'
        if (!over) setOver(true)
      }}
      onDragLeave={(e) => {
        // Leaving for a child element is not leaving the zone.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false)
      }}
      onDrop={(e) => void onDrop(e)}
    >
      <svg className="drop-icon" width="44" height="44" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 3v12m0 0-4.5-4.5M12 15l4.5-4.5M4 17v2.5A1.5 1.5 0 0 0 5.5 21h13a1.5 1.5 0 0 0 1.5-1.5V17" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <h2 id="drop-title">{over ? 'Drop it here' : 'Drop your TikTok export here'}</h2>
      <p className="muted">
        The <strong>TikTok_Data_….zip</strong> from <em>Settings and privacy → Account → Download your data</em>, the <span className="mono">user_data_tiktok.json</span> inside it, an unpacked
        folder, or TikTok Studio CSV files.
      </p>
      <div className="row" style={{ justifyContent: 'center' }}>
        <button type="button" className="btn btn-primary" onClick={() => void open('file')}>
          Open a file…
        </button>
        <button type="button" className="btn" onClick={() => void open('folder')}>
          Open a folder…
        </button>
      </div>
      <p className="muted small" style={{ marginTop: 10 }}>
        Everything stays on this computer. LikeTrace never connects to the internet.
      </p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
    </section>
  )
}
