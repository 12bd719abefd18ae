// electron/main: glue (pure). A sliding-window rate limit and a one-at-a-time lock, for actions the renderer can trigger repeatedly.

/**
 * Allows at most `max` calls in any `windowMs`. Threat: a compromised or buggy page calling link:open-video in a loop,
 * flooding the user's browser with tabs (each one a request to TikTok the user did not make).
 */
export function rateLimit(max: number, windowMs: number, now: () => number = Date.now): () => boolean {
  const recent: number[] = []
  return () => {
    const t = now()
    while (recent.length > 0 && (recent[0] as number) <= t - windowMs) recent.shift()
    if (recent.length >= max) return false
    recent.push(t)
    return true
  }
}

/**
 * Runs `task` unless one is already running, in which case it answers `busy()` at once. Exports show dialogs and
 * hidden windows: two at a time would stack save dialogs and print windows the user did not ask for.
 */
export function oneAtATime(): <T>(task: () => Promise<T>, busy: () => T) => Promise<T> {
  let running = false
  return async (task, busy) => {
    if (running) return busy()
    running = true
    try {
      return await task()
    } finally {
      running = false
    }
  }
}
