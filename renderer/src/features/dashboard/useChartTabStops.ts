// renderer: hook. Keeps recharts' layer groups out of the Tab order, so a chart's only Tab stop is its event markers.
import { useEffect } from 'react'

/**
 * recharts 3 draws its layers into bare <g> portals that Chromium still puts in the Tab order (measured: four unnamed,
 * invisible stops per chart). Marking them tabindex=-1 removes them from it; a MutationObserver catches layers
 * recharts adds after the first render.
 */
export function useChartTabStops(box: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = box.current
    if (!el) return
    const fix = (): void => {
      for (const g of el.querySelectorAll('g[class^="recharts-zIndex-layer"]:not([tabindex])')) g.setAttribute('tabindex', '-1')
    }
    fix()
    const watch = new MutationObserver(fix)
    watch.observe(el, { childList: true, subtree: true })
    return () => watch.disconnect()
  }, [box])
}
