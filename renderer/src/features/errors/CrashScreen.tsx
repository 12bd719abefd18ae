// renderer: React. Shown by the error boundary when a screen throws: the window stays usable and offers a way back.
import { useFocusOnMount } from '../../useFocusOnMount'

export function CrashScreen({ message, onReset }: { message: string; onReset: () => void }): React.JSX.Element {
  const heading = useFocusOnMount<HTMLHeadingElement>()
  return (
    <main className="page narrow">
      <section className="card error-card" role="alert">
        <p className="eyebrow">Something went wrong</p>
        <h1 ref={heading} tabIndex={-1}>
          This screen ran into a problem.
        </h1>
        <p>Your data is safe: nothing was changed or sent anywhere. Go back to the start and open the export again.</p>
        <p className="muted small mono">{message}</p>
        <button type="button" className="btn btn-primary" onClick={onReset}>
          Back to the start
        </button>
      </section>
    </main>
  )
}
