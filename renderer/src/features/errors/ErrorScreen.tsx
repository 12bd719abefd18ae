// renderer: React. The friendly screen for a failed import or comparison: what happened (ERROR_TEXT + the specific message) and what to do.
import { ERROR_TEXT } from '@shared/contract/errors'
import type { AppError } from '@shared/contract/result'
import { useFocusOnMount } from '../../useFocusOnMount'

export interface ErrorScreenProps {
  error: AppError
  onBack: () => void
  onSample?: () => void
}

export function ErrorScreen({ error, onBack, onSample }: ErrorScreenProps): React.JSX.Element {
  const text = ERROR_TEXT[error.code]
  const heading = useFocusOnMount<HTMLHeadingElement>()
  // The engine's message is the title, the specific detail ("… at line 3, column 12.") and the advice; the screen shows
  // title and advice on their own, so only the detail in between is repeated here.
  const detail = error.message.replace(text.title, '').replace(text.whatToDo, '').trim()
  const specific = detail !== '' ? detail : null
  return (
    <main className="page narrow" data-error-code={error.code}>
      <section className="card error-card" role="alert" aria-labelledby="error-title">
        <p className="eyebrow">{error.code === 'CANCELLED' ? 'Stopped' : 'Something went wrong'}</p>
        <h1 id="error-title" ref={heading} tabIndex={-1}>
          {text.title}
        </h1>
        {specific && (
          <p className="error-detail">
            <span className="visually-hidden">Details: </span>
            {specific}
          </p>
        )}
        <h2>What you can do</h2>
        <p>{text.whatToDo}</p>
        <div className="row" style={{ marginTop: 16 }}>
          <button type="button" className="btn btn-primary" onClick={onBack}>
            Back to the start
          </button>
          {onSample && (
            <button type="button" className="btn" onClick={onSample}>
              Try the sample instead
            </button>
          )}
        </div>
        <p className="muted small" style={{ marginTop: 14 }}>
          Error code: <span className="mono">{error.code}</span> (mention it if you ask for help)
        </p>
      </section>
    </main>
  )
}
