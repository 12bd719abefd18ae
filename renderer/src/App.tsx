// renderer: React. The app shell; the import flow and dashboard build on it.
export function App(): React.JSX.Element {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 32, maxWidth: 720 }}>
      <h1>LikeTrace</h1>
      <p>Find out why your TikTok likes disappear, from your own data export, on your own computer.</p>
    </main>
  )
}
