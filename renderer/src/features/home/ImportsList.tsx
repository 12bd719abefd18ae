// renderer: React. The remembered imports: open one, forget one (after confirming), or pick two to compare.
import { useState } from 'react'
import type { ImportListing } from '@shared/contract/views'
import { isSampleSource } from '@shared/contract/sample'
import { UserText } from '../../design/UserText'
import { formatAccount, formatDate, formatKind, formatNumber, formatRange } from '../../format'

export interface ImportsListProps {
  imports: ImportListing[]
  onOpen: (id: string) => void
  onForget: (id: string) => void
  onCompare: (olderId: string, newerId: string) => void
}

const exportTime = (i: ImportListing): number => Date.parse(i.exportedAt ?? i.likeLast ?? i.importedAt) || 0

export function ImportsList({ imports, onOpen, onForget, onCompare }: ImportsListProps): React.JSX.Element {
  const [selected, setSelected] = useState<string[]>([])
  const [confirming, setConfirming] = useState<string | null>(null)

  const chosen = imports.filter((i) => selected.includes(i.id))
  const toggle = (id: string): void => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s.slice(-1), id]))
  const [a, b] = chosen
  // Two named accounts that differ are never compared (the engine refuses them): say so here, before the click.
  const nameA = formatAccount(a?.account)
  const nameB = formatAccount(b?.account)
  const twoAccounts = nameA !== null && nameB !== null && nameA.toLowerCase() !== nameB.toLowerCase()

  const compare = (): void => {
    if (!a || !b) return
    const [older, newer] = exportTime(a) <= exportTime(b) ? [a, b] : [b, a]
    onCompare(older.id, newer.id)
  }

  return (
    <section className="card" aria-labelledby="imports-title">
      <div className="row" style={{ marginBottom: 8 }}>
        <h2 id="imports-title" style={{ margin: 0 }}>
          Your earlier imports
        </h2>
        <span className="spacer" />
        <button type="button" className="btn" disabled={chosen.length !== 2 || twoAccounts} onClick={compare}>
          Compare the two selected
        </button>
      </div>
      <p className="muted small">Tick two exports of the same account, made some weeks apart, to see exactly which likes vanished in between.</p>
      {twoAccounts && (
        <p className="notice small" role="status" data-testid="two-accounts">
          These are exports of two different accounts, <UserText>{nameA}</UserText> and <UserText>{nameB}</UserText>. LikeTrace compares two exports of the same account only:
          tick another export of one of them.
        </p>
      )}
      <ul className="imports" aria-label="Remembered imports">
        {imports.map((i) => {
          const isSelected = selected.includes(i.id)
          const account = formatAccount(i.account)
          return (
            <li key={i.id} className={`import-row${isSelected ? ' import-row-selected' : ''}`}>
              <input
                type="checkbox"
                checked={isSelected}
                onChange={() => toggle(i.id)}
                aria-label={`Select the export of ${formatDate(i.exportedAt)} (${account ?? 'unknown account'}) for comparison`}
              />
              <div className="import-main">
                <div className="import-title">
                  <strong className="import-account">{account ? <UserText truncate>{account}</UserText> : i.format === 'studio-csv' ? 'TikTok Studio data' : 'Unknown account'}</strong>
                  <span className="muted"> · exported {formatDate(i.exportedAt)}</span>
                  {isSampleSource(i.sourceName) && <span className="badge badge-sample">Made-up sample data</span>}
                  {i.partial && <span className="badge badge-warn">Partial</span>}
                </div>
                <div className="muted small">
                  {/* Studio data is named once, not as its count and again as its kind. */}
                  {i.format === 'studio-csv' ? formatKind(i.format) : i.noLikeList ? 'No like list' : `${formatNumber(i.likeCount)} ${i.likeCount === 1 ? 'like' : 'likes'}`}
                  {i.likeFirst ? `, ${formatRange(i.likeFirst, i.likeLast)}` : ''}
                  {i.format === 'studio-csv' ? '' : ` · ${formatKind(i.format)}`} · <UserText truncate>{i.sourceName}</UserText>
                </div>
              </div>
              {confirming === i.id ? (
                <div className="row" role="group" aria-label="Confirm forgetting">
                  <span className="small">Forget this import?</span>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    onClick={() => {
                      setConfirming(null)
                      setSelected((s) => s.filter((x) => x !== i.id))
                      onForget(i.id)
                    }}
                  >
                    Yes, forget it
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </div>
              ) : (
                <div className="row">
                  <button type="button" className="btn btn-small btn-primary" onClick={() => onOpen(i.id)} aria-label={`Open the export of ${formatDate(i.exportedAt)}`}>
                    Open
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => setConfirming(i.id)} aria-label={`Forget the export of ${formatDate(i.exportedAt)}`}>
                    Forget
                  </button>
                </div>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
