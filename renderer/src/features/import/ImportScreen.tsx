// renderer: React. Import progress in words a person understands: the current stage, a progress bar, the stages ahead, and Cancel.
import { useState } from 'react'
import { IMPORT_STAGE_LABEL, type ImportProgress, type ImportStage } from '@shared/contract/views'
import { useFocusOnMount } from '../../useFocusOnMount'

const STAGES = Object.keys(IMPORT_STAGE_LABEL) as ImportStage[]

function megabytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.round(bytes / 1_000_000)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`
}

export interface ImportScreenProps {
  what: string
  progress: ImportProgress | null
  onCancel: () => void
}

export function ImportScreen({ what, progress, onCancel }: ImportScreenProps): React.JSX.Element {
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const [stopping, setStopping] = useState(false)
  const stage = progress?.stage ?? 'opening'
  const current = STAGES.indexOf(stage)
  const percent = Math.max(0, Math.min(100, Math.round(progress?.percent ?? 0)))
  // Analysing and remembering report no bytes: the percentage stands still while the work goes on, so the bar says so by moving.
  const working = progress !== null && progress.bytesTotal === 0 && percent < 100

  return (
    <main className="page narrow">
      <section className="card import-card" aria-labelledby="import-title">
        <p className="eyebrow">Reading your export</p>
        <h1 id="import-title" ref={heading} tabIndex={-1} className="import-what" title={what}>
          {what}
        </h1>
        <p className="import-stage" aria-live="polite" data-testid="import-stage">
          {stopping ? 'Stopping…' : `${IMPORT_STAGE_LABEL[stage]}…`}
        </p>
        <div className={`progress${working ? ' progress-working' : ''}`} role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}%, ${IMPORT_STAGE_LABEL[stage]}${working ? ', still working' : ''}`}>
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <p className="muted small row">
          <span>
            {percent}%{working ? ' · still working' : ''}
          </span>
          <span className="spacer" />
          {progress && progress.bytesTotal > 0 && (
            <span>
              {megabytes(progress.bytesDone)} of {megabytes(progress.bytesTotal)}
            </span>
          )}
        </p>
        <ol className="stages" aria-label="Steps">
          {STAGES.map((s, i) => {
            const state = i < current ? 'done' : i === current ? 'current' : 'todo'
            return (
              <li key={s} className={`stage stage-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
                <span className="stage-mark" aria-hidden="true">
                  {state === 'done' ? '✓' : state === 'current' ? '●' : '○'}
                </span>
                {IMPORT_STAGE_LABEL[s]}
                <span className="visually-hidden">{state === 'done' ? ' (done)' : state === 'current' ? ' (now)' : ''}</span>
              </li>
            )
          })}
        </ol>
        <p className="muted small">Large exports (hundreds of MB) take a minute or two. Nothing leaves this computer.</p>
        <button
          type="button"
          className="btn"
          disabled={stopping}
          onClick={() => {
            setStopping(true)
            onCancel()
          }}
        >
          Cancel
        </button>
      </section>
    </main>
  )
}
