// renderer: React. What the export covers: sections found, their date spans and TikTok's retention windows, plus the reader's warnings.
import { SECTION_NAMES, type ExportSummary } from '@shared/contract/model'
import { formatDate, formatNumber, retentionText, SECTION_LABEL } from '../../format'

function size(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`
}

export function CoveragePanel({ summary }: { summary: ExportSummary }): React.JSX.Element {
  const ownPartialLine = summary.partial && summary.missingCategories.length > 0
  // The reader's PARTIAL_EXPORT warning says what the line below says: one of them is enough.
  const warnings = ownPartialLine ? summary.warnings.filter((w) => w.code !== 'PARTIAL_EXPORT') : summary.warnings
  const studio = summary.sections.studio
  return (
    <section className="card coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title">What this export covers</h2>
      {(warnings.length > 0 || summary.partial) && (
        <ul className="warnings" aria-label="Warnings" data-testid="coverage-warnings">
          {ownPartialLine && (
            <li className="notice small">
              <strong>Partial export.</strong> Left out of the request: {summary.missingCategories.join(', ')}.
            </li>
          )}
          {warnings.map((w) => (
            <li key={w.code} className="notice small" data-warning-code={w.code}>
              {w.message}
              {w.count > 1 && <span className="muted"> ({formatNumber(w.count)} times)</span>}
            </li>
          ))}
        </ul>
      )}
      <table className="coverage-table small">
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Entries</th>
            <th scope="col">Dates</th>
          </tr>
        </thead>
        <tbody>
          {/* TikTok Studio files alone hold none of the archive's sections: a dozen "Not in this export" rows would only be noise. */}
          {SECTION_NAMES.filter((name) => summary.format !== 'studio-csv' || summary.sections[name].present).map((name) => {
            const s = summary.sections[name]
            return (
              <tr key={name} className={s.present ? undefined : 'muted'}>
                <th scope="row">{SECTION_LABEL[name]}</th>
                {s.present ? (
                  <>
                    <td className="num">{formatNumber(s.count)}</td>
                    <td>
                      {s.count > 0 ? (
                        <>
                          {formatDate(s.first)} – {formatDate(s.last)}
                        </>
                      ) : (
                        'empty'
                      )}
                      {s.retentionDays !== null && <div className="retention">{retentionText(s.retentionDays)} (TikTok deletes older entries)</div>}
                    </td>
                  </>
                ) : (
                  <td colSpan={2}>Not in this export</td>
                )}
              </tr>
            )
          })}
          {studio && (
            <tr>
              <th scope="row">TikTok Studio</th>
              <td className="num">{formatNumber(studio.days)} days</td>
              <td>
                {formatDate(studio.first)} – {formatDate(studio.last)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <details className="small files">
        <summary>Files read ({summary.files.length})</summary>
        <ul>
          {summary.files.map((f) => (
            <li key={f.path}>
              <span className="mono">{f.path}</span> <span className="muted">({size(f.bytes)})</span>
            </li>
          ))}
          {summary.ignoredFileCount > 0 && (
            <li className="muted">
              {summary.ignoredFileCount === 1 ? '1 other file' : `${summary.ignoredFileCount.toLocaleString('en-US')} other files`} (not part of an export, skipped)
            </li>
          )}
        </ul>
      </details>
    </section>
  )
}
