// renderer: React. Skip links at the top of a screen: hidden until Tab reaches them, each moves focus straight to one part (verdict, chart, events, likes table).
export interface SkipTarget {
  id: string
  label: string
}

export function SkipLinks({ targets }: { targets: readonly SkipTarget[] }): React.JSX.Element {
  return (
    <nav className="skip-links" aria-label="Skip to">
      {targets.map((t) => (
        <a
          key={t.id}
          href={`#${t.id}`}
          onClick={(e) => {
            // Focus the part without touching the address (the app reads its hash only at start).
            e.preventDefault()
            const el = document.getElementById(t.id)
            if (!el) return
            if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
            el.focus({ preventScroll: true })
            el.scrollIntoView({ block: 'start' })
          }}
        >
          {t.label}
        </a>
      ))}
    </nav>
  )
}
