// renderer: React. The dashboard for one export: header, verdict, like-history chart with numbered events, events panel, coverage and the likes table; the creator view for TikTok Studio data.
import { useMemo, useState } from 'react'
import type { ExportView } from '@shared/contract/views'
import { useFocusOnMount } from '../../useFocusOnMount'
import { CreatorSection } from '../creator/CreatorSection'
import { CoveragePanel } from './CoveragePanel'
import { EventsPanel } from './EventsPanel'
import { Header } from './Header'
import { LikeHistoryChart } from './LikeHistoryChart'
import { LikesTable } from './LikesTable'
import { NoLikesState } from './NoLikesState'
import { SkipLinks } from './SkipLinks'
import type { SkipTarget } from './SkipLinks'
import { VerdictCard, verdictFocus } from './VerdictCard'

export interface DashboardProps {
  view: ExportView
  onHome: () => void
  onCompare?: (() => void) | undefined
}

export function Dashboard({ view, onHome, onCompare }: DashboardProps): React.JSX.Element {
  const heading = useFocusOnMount<HTMLHeadingElement>()
  // Causes first, the export's limits last; the chart's markers carry each event's place in this list.
  const events = view.events
  const numbers = useMemo(() => new Map(events.map((e, i) => [e.id, i + 1])), [events])
  const [selected, setSelected] = useState<string | null>(verdictFocus(view.verdict) ?? events[0]?.id ?? null)
  const [reveal, setReveal] = useState({ seq: 0, focus: false })
  const likes = view.summary.sections.likes
  const studio = view.studio
  // Studio CSVs alone have no likes given: the creator view is the dashboard. With the data archive both are shown.
  const creatorOnly = studio !== null && view.summary.format === 'studio-csv'
  const noLikes = !creatorOnly && (!likes.present || likes.count === 0)

  /** From the chart, the verdict or the creator charts: show the event's explanation; from the keyboard, move focus there too. */
  const select = (id: string, focus: boolean): void => {
    setSelected(id)
    setReveal((r) => ({ seq: r.seq + 1, focus }))
  }

  const creator = studio ? <CreatorSection studio={studio} events={events} selectedEventId={selected} onSelectEvent={select} numbers={numbers} /> : null
  const panels = (
    <div className="dash-grid">
      <EventsPanel events={events} selectedId={selected} onSelect={setSelected} omitted={view.omittedEvents} reveal={reveal} markerNumbers={numbers} />
      <CoveragePanel summary={view.summary} />
    </div>
  )
  const targets: SkipTarget[] = [
    { id: 'verdict', label: 'Skip to the verdict' },
    ...(creatorOnly || noLikes ? [] : [{ id: 'chart', label: 'Skip to the chart' }]),
    ...(creator ? [{ id: 'creator', label: 'Skip to the creator charts' }] : []),
    { id: 'events', label: 'Skip to the events' },
    ...(creatorOnly || noLikes ? [] : [{ id: 'likes', label: 'Skip to every like' }]),
  ]

  if (creatorOnly) {
    return (
      <main className="page dashboard">
        <Header view={view} headingRef={heading} onHome={onHome} onCompare={onCompare} skipLinks={<SkipLinks targets={targets} />} />
        <VerdictCard verdict={view.verdict} onSelect={(id) => select(id, true)} />
        {creator}
        {panels}
      </main>
    )
  }

  return (
    <main className="page dashboard">
      <Header view={view} headingRef={heading} onHome={onHome} onCompare={onCompare} skipLinks={<SkipLinks targets={targets} />} />
      <VerdictCard verdict={view.verdict} onSelect={(id) => select(id, true)} />
      {noLikes ? (
        <NoLikesState summary={view.summary} />
      ) : (
        <LikeHistoryChart
          exportId={view.exportId}
          olderId={view.comparison?.olderId}
          likeFirst={likes.first}
          likeLast={likes.last}
          events={events}
          selectedEventId={selected}
          onSelectEvent={select}
          title={studio ? 'Likes you gave, over time' : undefined}
          numbers={numbers}
        />
      )}
      {panels}
      {creator}
      {!noLikes && <LikesTable exportId={view.exportId} olderId={view.comparison?.olderId} />}
    </main>
  )
}
