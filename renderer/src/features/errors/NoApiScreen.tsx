// renderer: React. Shown when the page is opened outside the desktop app (no preload bridge), instead of a blank window.
export function NoApiScreen(): React.JSX.Element {
  return (
    <main className="page narrow">
      <section className="card error-card" role="alert">
        <h1>LikeTrace needs its desktop app</h1>
        <p>This page was opened without the LikeTrace app around it, so it cannot read exports. Start LikeTrace from its icon or with `npm start`.</p>
      </section>
    </main>
  )
}
