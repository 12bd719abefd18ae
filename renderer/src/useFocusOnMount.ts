// renderer: hook. Moves keyboard focus to a screen's heading when the screen appears, so keyboard and screen-reader users start at the top.
import { useEffect, useRef } from 'react'

export function useFocusOnMount<T extends HTMLElement>(): React.RefObject<T | null> {
  const ref = useRef<T>(null)
  useEffect(() => {
    ref.current?.focus({ preventScroll: false })
  }, [])
  return ref
}
