// renderer: React. The dashboard header on one line: back, whose export and when, one short status badge, and the actions; file details behind a toggle.
import { isSampleSource } from '@shared/contract/sample'
import type { ExportView } from '@shared/contract/views'
import { UserText } from '../../design/UserText'
import { formatAccount, formatDate, formatDateTime, formatKind } from '../../format'
import { ReportExportButtons } from '../report/ReportExportButtons'

export interface HeaderProps {
  view: ExportView
  headingRef: React.RefObject<HTMLHeadingElement | null>
  onHome: () => void
  onCompare?: (() => void) | undefined
  /** Placed right after the heading, which has focus when the screen opens: the first Tab reaches them. */
  skipLinks?: React.ReactNode
}

function StatusBadge({ view }: { view: ExportView }): React.JSX.Element | null {
  const s = view.summary
  if (isSampleSource(view.sourceName)) return <span className="badge badge-sample">Made-up sample data</span>
  if (s.format === 'studio-csv') return <span className="badge badge-ok">TikTok Studio data</span>
  // A partial export is said once, in "What this export covers" (and in the verdict when it hides likes), not again up here.
  return null
}

export function Header({ view, headingRef, onHome, onCompare, skipLinks }: HeaderProps): React.JSX.Element {
  const s = view.summary
  const account = formatAccount(s.account.username ?? view.studio?.account)
  const studioOnly = s.format === 'studio-csv'
  const fallback = studioOnly ? 'Your TikTok Studio data' : 'Your TikTok export'
  return (
    <header className="dash-header">
      {/* The heading comes first in the page's order (the screen opens with focus on it), so Tab goes on to the skip links and back
          button, which CSS still shows at the left. */}
      <div className="dash-title">
        <div className="dash-title-row">
          <h1 ref={headingRef} tabIndex={-1} className="dash-h1">
            {account ? <UserText truncate>{account}</UserText> : fallback}
          </h1>
        </div>
        {skipLinks}
        <div className="muted small dash-meta">
          {/* Under the name rather than beside it, so the name keeps its room at 1024 px. */}
          <StatusBadge view={view} />
          <span>{s.exportedAt === null ? 'Export date unknown' : s.exportedAtSource === 'newest-entry' ? `Newest entry ${formatDate(s.exportedAt)}` : `Exported ${formatDate(s.exportedAt)}`}</span>
          <details className="file-details">
            <summary>Details</summary>
            <dl className="file-details-list">
              <dt>File</dt>
              <dd>
                <UserText>{view.sourceName}</UserText>
              </dd>
              <dt>Kind</dt>
              <dd>
                {formatKind(s.format)}
                {s.generation ? ` (layout ${s.generation})` : ''}
              </dd>
              <dt>{s.exportedAtSource === 'newest-entry' ? 'Newest entry' : 'Made by TikTok'}</dt>
              <dd>{s.exportedAt ? formatDateTime(s.exportedAt) : 'unknown'}</dd>
              {s.partial && s.missingCategories.length > 0 && (
                <>
                  <dt>Left out</dt>
                  <dd>{s.missingCategories.join(', ')}</dd>
                </>
              )}
            </dl>
          </details>
        </div>
      </div>
      <button type="button" className="btn btn-small dash-back" onClick={onHome}>
        ← All imports
      </button>
      <div className="dash-actions">
        <ReportExportButtons target={view.comparison ? { exportId: view.exportId, olderId: view.comparison.olderId } : { exportId: view.exportId }} />
        {onCompare && (
          <button type="button" className="btn btn-primary btn-nowrap" onClick={onCompare}>
            See which likes vanished
          </button>
        )}
      </div>
    </header>
  )
}
