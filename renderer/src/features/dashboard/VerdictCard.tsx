// renderer: React. The verdict in plain English: what to rule out first, "Most likely: …", what vanished, then the other possibilities, ranked, each with its confidence.
import type { VerdictLine } from '@shared/contract/views'
import { CONFIDENCE_LABEL } from '../../format'
import { EventGlyph } from './EventGlyph'

export interface VerdictCardProps {
  verdict: readonly VerdictLine[]
  onSelect: (eventId: string) => void
  /** TikTok Studio data is in the view: an empty verdict speaks of likes received too. */
  creator?: boolean
  /** False for TikTok Studio data alone, which holds no likes given. */
  likesGiven?: boolean
}

function ConfidenceBadge({ line }: { line: VerdictLine }): React.JSX.Element {
  return <span className={`badge badge-${line.confidence}`}>{CONFIDENCE_LABEL[line.confidence]}</span>
}

/** The lead-in for a line that is not the headline. */
const LEAD: Readonly<Record<VerdictLine['role'], string>> = {
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
          <strong>{LEAD[line.role]}:</strong> {line.text}
        </span>
        <ConfidenceBadge line={line} />
      </button>
    </li>
  )
}

/** The headline: the best-ranked cause; without one, what happened; without that, context or what to check. */
export function headlineOf(verdict: readonly VerdictLine[]): VerdictLine | undefined {
  return verdict.find((l) => l.role === 'cause') ?? verdict.find((l) => l.role === 'finding') ?? verdict.find((l) => l.role === 'context') ?? verdict[0]
}

export function VerdictCard({ verdict, onSelect, creator = false, likesGiven = true }: VerdictCardProps): React.JSX.Element {
  const top = headlineOf(verdict)
  if (!top) {
    return (
      <section className="card verdict" aria-labelledby="verdict-title" id="verdict">
        <h2 id="verdict-title">No likely cause found</h2>
        {creator && (
          <p className="muted" data-testid="verdict-creator-empty">
            LikeTrace found no day in your TikTok Studio data that looks like likes or followers being taken away in bulk, and no lasting fall in views. Small day-to-day ups
            and downs are normal.
          </p>
        )}
        {likesGiven ? (
          <p className="muted">
            Nothing in this export points to lost likes. If likes still seem to disappear, request another export in a few weeks and compare the two here: that shows exactly
            which likes went missing.
          </p>
        ) : (
          <p className="muted">
            If likes still seem to disappear, drop your TikTok data archive together with these files: it adds your own posts with their like counts and the posts you deleted.
          </p>
        )}
      </section>
    )
  }
  const label = top.role === 'cause' ? 'Most likely:' : top.role === 'finding' ? 'What happened:' : top.role === 'context' ? 'Worth knowing:' : 'Rule out first:'
  const before = verdict.filter((l) => l.role === 'check-first' && l !== top)
  const after = verdict.filter((l) => l.role !== 'check-first' && l !== top)
  return (
    <section className="card verdict" aria-labelledby="verdict-title" data-testid="verdict" id="verdict">
      {before.length > 0 && (
        <ol className="verdict-list verdict-first" aria-label="Rule out first">
          {before.map((line) => (
            <Line key={line.eventId} line={line} onSelect={onSelect} />
          ))}
        </ol>
      )}
      <div className="verdict-top">
        <EventGlyph kind={top.kind} size={22} />
        <div>
          <h2 id="verdict-title" className="verdict-headline">
            <span className="verdict-label">{label}</span> {top.text}
          </h2>
          <div className="row">
            <ConfidenceBadge line={top} />
            <button type="button" className="btn-link btn small" onClick={() => onSelect(top.eventId)}>
              See the evidence
            </button>
          </div>
        </div>
      </div>
      {after.length > 0 && (
        <>
          <h3 className="verdict-also">Also in this export, most likely first</h3>
          <ol className="verdict-list">
            {after.map((line) => (
              <Line key={line.eventId} line={line} onSelect={onSelect} />
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
