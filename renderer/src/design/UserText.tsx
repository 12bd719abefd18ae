// renderer: React. Text that came from an export (names, titles, devices): isolated from the app's own text direction and free to wrap anywhere.
export interface UserTextProps {
  children: string
  /** Cut to one line with an ellipsis; the whole text stays in the tooltip. */
  truncate?: boolean
  className?: string
}

/**
 * `<bdi>` keeps right-to-left override characters in a name from reversing the app's words around it, and the
 * `user-text` class lets a 5,000-character name wrap (or truncate) instead of widening the page.
 */
export function UserText({ children, truncate = false, className }: UserTextProps): React.JSX.Element {
  const classes = ['user-text', truncate ? 'user-text-truncate' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <bdi className={classes} title={truncate ? children : undefined}>
      {children}
    </bdi>
  )
}
