// renderer: React. The chart's zoom: two labelled date sliders (From, To) that announce dates, plus "Show all" and a jump to the dates that matter.
import { useId } from 'react'
import { formatDate } from '../../format'
import type { TimeSpan } from './chart-model'
import { DAY } from './chart-model'

export interface ZoomControlProps {
  full: TimeSpan
  value: TimeSpan
  onChange: (span: TimeSpan | null) => void
  zoomed: boolean
  /** Dates worth jumping to (e.g. the weeks of the vanished likes), with what to call them. */
  focus?: TimeSpan | null
  focusLabel?: string | undefined
}

const dayStart = (t: number): number => Math.floor(t / DAY) * DAY

/** One end of the zoom: a slider over the days of the span that says its date, aloud and on screen. */
function DateSlider({ label, days, value, dateOf, onChange }: { label: string; days: number; value: number; dateOf: (day: number) => number; onChange: (day: number) => void }): React.JSX.Element {
  const date = formatDate(new Date(dateOf(value)).toISOString())
  return (
    <label className="zoom-field small">
      <span>{label}</span>
      <input type="range" min={0} max={days} step={1} value={value} aria-valuetext={date} onChange={(e) => onChange(Number(e.target.value))} />
      <output className="zoom-date">{date}</output>
    </label>
  )
}

export function ZoomControl({ full, value, onChange, zoomed, focus, focusLabel }: ZoomControlProps): React.JSX.Element | null {
  const id = useId()
  const origin = dayStart(full.from)
  const days = Math.max(0, Math.round((dayStart(full.to) - origin) / DAY))
  if (days < 2) return null
  const from = Math.max(0, Math.round((dayStart(value.from) - origin) / DAY))
  const to = Math.min(days, Math.round((dayStart(value.to) - origin) / DAY))
  const at = (d: number): number => origin + d * DAY
  const set = (a: number, b: number): void => onChange(a <= 0 && b >= days ? null : { from: at(a), to: at(b) + DAY - 1 })
  const showFocus = focus && (focus.from !== value.from || focus.to !== value.to)

  return (
    <div className="zoom" role="group" aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} className="zoom-title small">
        Zoom
      </span>
      <DateSlider label="From" days={days} value={from} dateOf={at} onChange={(d) => set(Math.min(d, to - 1), to)} />
      <DateSlider label="To" days={days} value={to} dateOf={at} onChange={(d) => set(from, Math.max(d, from + 1))} />
      {showFocus && focusLabel && (
        <button type="button" className="btn btn-small" onClick={() => onChange(focus)}>
          Zoom to {focusLabel}
        </button>
      )}
      <button type="button" className="btn btn-small" disabled={!zoomed} onClick={() => onChange(null)}>
        Show all dates
      </button>
    </div>
  )
}
