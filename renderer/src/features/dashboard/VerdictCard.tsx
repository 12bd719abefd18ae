// renderer: React. The verdict as the engine words it: the first sentence (and any doubt), the most likely cause with its confidence, the lines under it, and the next steps.
import { ACTION_TEXT } from '@shared/contract/actions'
import type { Confidence } from '@shared/contract/model'
import type { Verdict, VerdictLine } from '@shared/contract/views'
import { CONFIDENCE_LABEL, formatNumber } from '../../format'
import { EventGlyph } from './EventGlyph'

export interface VerdictCardProps {
  verdict: Verdict
  onSelect: (eventId: string) => void
}

/** Confidence is shown on inferences only; plain facts carry none. */
function ConfidenceBadge({ confidence }: { confidence: Confidence | null }): React.JSX.Element | null {
  return confidence === null ? null : <span className={`badge badge-${confidence}`}>{CONFIDENCE_LABEL[confidence]}</span>
}

/** The lead-in of each line under the sentence. */
export const VERDICT_LEAD: Readonly<Record<VerdictLine['role'], string>> = {
  'check-first': 'Rule out first',
  finding: 'What happened',
  cause: 'Also possible',
  context: 'Worth knowing',
}

function Line({ line, onSelect }: { line: VerdictLine; onSelect: (id: string) => void }): React.JSX.Element {
  return (
    <li>
      <button type="button" className="verdict-line" onClick={() => onSelect(line.eventId)}>
        <EventGlyph kind={line.kind} />
        <span className="verdict-text">
          <strong>{VERDICT_LEAD[line.role]}:</strong> {line.text}
        </span>
        <ConfidenceBadge confidence={line.confidence} />
      </button>
    </li>
  )
}

/** The event to select first: the most likely cause, else the first line's. */
export function verdictFocus(verdict: Verdict): string | undefined {
  return verdict.mostLikely?.eventId ?? verdict.lines[0]?.eventId
}

export function VerdictCard({ verdict, onSelect }: VerdictCardProps): React.JSX.Element {
  const top = verdict.mostLikely
  const before = verdict.lines.filter((l) => l.role === 'check-first')
  const after = verdict.lines.filter((l) => l.role !== 'check-first')
  return (
    <section className="card verdict" aria-labelledby="verdict-title" data-testid="verdict" data-status={verdict.status} id="verdict">
      {before.length > 0 && (
        <ol className="verdict-list verdict-first" aria-label="Rule out first">
          {before.map((line) => (
            <Line key={line.eventId} line={line} onSelect={onSelect} />
          ))}
        </ol>
      )}
      {/* One plain sentence and one big number first; the cause, the steps and the rest follow. */}
      <div className={`verdict-top${verdict.headline ? ' verdict-top-number' : ''}`}>
        {verdict.headline && (
          <p className="verdict-number" data-testid="verdict-headline">
            <strong>{formatNumber(verdict.headline.value)}</strong> <span>{verdict.headline.label}</span>
          </p>
        )}
        <div className="verdict-main">
          <h2 id="verdict-title" className="verdict-headline">
            {verdict.text}
          </h2>
          {verdict.doubt && (
            <p className="verdict-doubt" role="note">
              {verdict.doubt}
            </p>
          )}
          {top && (
            <div className="row verdict-cause">
              <EventGlyph kind={top.kind} size={18} />
              <ConfidenceBadge confidence={top.confidence} />
              <button type="button" className="btn-link btn small" onClick={() => onSelect(top.eventId)}>
                See the evidence
              </button>
            </div>
          )}
        </div>
      </div>
      {verdict.nextSteps.length > 0 && (
        <div className="verdict-steps" data-testid="verdict-next">
          <h3 className="verdict-also">What to do next</h3>
          <ol>
            {verdict.nextSteps.slice(0, 3).map((a) => (
              <li key={a}>
                <strong>{ACTION_TEXT[a].label}.</strong> <span className="muted">{ACTION_TEXT[a].detail}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {after.length > 0 && (
        <ol className="verdict-list" aria-label="More about this export">
          {after.map((line) => (
            <Line key={line.eventId} line={line} onSelect={onSelect} />
          ))}
        </ol>
      )}
    </section>
  )
}
