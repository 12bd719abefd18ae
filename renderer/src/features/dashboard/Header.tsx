// renderer: React. The dashboard header: whose export, when TikTok made it, which format, and whether it is partial.
import type { ExportView } from '@shared/contract/views'
import { formatDate, formatLabel } from '../../format'
import { ReportExportButtons } from '../report/ReportExportButtons'

export interface HeaderProps {
  view: ExportView
  headingRef: React.RefObject<HTMLHeadingElement | null>
  onHome: () => void
  onCompare?: (() => void) | undefined
}

export function Header({ view, headingRef, onHome, onCompare }: HeaderProps): React.JSX.Element {
  const s = view.summary
  const name = s.account.username ?? view.studio?.account ?? null
  const studioOnly = s.format === 'studio-csv'
  const account = name ? `@${name}` : studioOnly ? 'Your TikTok Studio data' : 'Your TikTok export'
  return (
    <header className="dash-header">
      <button type="button" className="btn btn-small" onClick={onHome}>
        ← All imports
      </button>
      <div className="dash-title">
        <h1 ref={headingRef} tabIndex={-1}>
          {account}
        </h1>
        <p className="muted small dash-meta">
          <span>Exported {formatDate(s.exportedAt)}</span>
          <span aria-hidden="true"> · </span>
          <span>{formatLabel(s.format, s.generation)}</span>
          <span aria-hidden="true"> · </span>
          <span className="dash-source" title={view.sourceName}>
            {view.sourceName}
          </span>
        </p>
      </div>
      {studioOnly ? (
        <span className="badge badge-ok">TikTok Studio analytics</span>
      ) : s.partial ? (
        <span className="badge badge-warn" title={s.missingCategories.length ? `Left out: ${s.missingCategories.join(', ')}` : undefined}>
          Partial export{s.missingCategories.length ? `: no ${s.missingCategories.join(', ')}` : ''}
        </span>
      ) : (
        <span className="badge badge-ok">Full export</span>
      )}
      <span className="spacer" />
      <ReportExportButtons target={view.comparison ? { exportId: view.exportId, olderId: view.comparison.olderId } : { exportId: view.exportId }} />
      {onCompare && (
        <button type="button" className="btn btn-primary" onClick={onCompare}>
          See which likes vanished
        </button>
      )}
    </header>
  )
}
