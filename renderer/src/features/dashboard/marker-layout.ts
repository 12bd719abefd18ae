// renderer: pure helper. Places event markers in rows above a chart: each as close to its date as it can be without touching its neighbours.

export const MARKER_R = 10
/** Centre-to-centre distance between markers in one row. */
export const MARKER_GAP = MARKER_R * 2 + 3

export interface MarkerPlace {
  /** Centre of the marker, which may sit beside its date when neighbours crowd it. */
  cx: number
  row: number
}

/** Spreads one row: pushed right past the previous marker, then pulled back left from the right edge. */
function spreadRow(xs: readonly number[], left: number, right: number): number[] {
  const out = xs.map((x) => Math.min(Math.max(x, left), right))
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + MARKER_GAP)
  for (let i = out.length - 1; i >= 0; i--) {
    const limit = i === out.length - 1 ? right : out[i + 1]! - MARKER_GAP
    out[i] = Math.min(out[i]!, limit)
  }
  return out
}

/**
 * Markers in date order; as many rows as the width needs (a row holds width / gap markers), markers dealt to the
 * rows in turn so each row stays in date order.
 */
export function layoutMarkers(xs: readonly number[], left: number, right: number): MarkerPlace[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x)
  const perRow = Math.max(1, Math.floor((right - left) / MARKER_GAP) + 1)
  const rows = Math.max(1, Math.ceil(order.length / perRow))
  const out: MarkerPlace[] = new Array<MarkerPlace>(xs.length)
  for (let r = 0; r < rows; r++) {
    const members = order.filter((_, k) => k % rows === r)
    const placed = spreadRow(
      members.map((m) => m.x),
      left + MARKER_R,
      right - MARKER_R,
    )
    members.forEach((m, k) => {
      out[m.i] = { cx: placed[k]!, row: r }
    })
  }
  return out
}
