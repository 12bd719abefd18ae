// renderer: React. The dashboard for one export: header, verdict, like-history chart with events, events panel, coverage and the likes table; the creator view for TikTok Studio data.
import { useRef, useState } from 'react'
import type { ExportView } from '@shared/contract/views'
import { useFocusOnMount } from '../../useFocusOnMount'
import { CreatorSection } from '../creator/CreatorSection'
import { CoveragePanel } from './CoveragePanel'
import { EventsPanel } from './EventsPanel'
import { Header } from './Header'
import { LikeHistoryChart } from './LikeHistoryChart'
import { LikesTable } from './LikesTable'
import { headlineOf, VerdictCard } from './VerdictCard'

export interface DashboardProps {
  view: ExportView
  onHome: () => void
  onCompare?: (() => void) | undefined
}

/** Events in verdict order first, then the rest by confidence: the panel reads top-down like the verdict. */
export function Dashboard({ view, onHome, onCompare }: DashboardProps): React.JSX.Element {
  const heading = useFocusOnMount<HTMLHeadingElement>()
  // The engine ranks events (artefacts, vanished likes, causes near them, context); keep its order.
  const events = view.events
  const [selected, setSelected] = useState<string | null>(headlineOf(view.verdict)?.eventId ?? events[0]?.id ?? null)
  const panel = useRef<HTMLElement>(null)
  const likes = view.summary.sections.likes
  const studio = view.studio
  // Studio CSVs alone have no likes given: the creator view is the dashboard. With the data archive both are shown.
  const creatorOnly = studio !== null && view.summary.format === 'studio-csv'

  const select = (id: string): void => {
    setSelected(id)
    // Bring the explanation into view and hand it focus, so a keyboard user lands on what they picked.
    panel.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
    panel.current?.focus({ preventScroll: true })
  }
  const selectFromChart = (id: string): void => {
    setSelected(id)
    panel.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }

  const creator = studio ? <CreatorSection studio={studio} events={events} selectedEventId={selected} onSelectEvent={selectFromChart} /> : null
  const panels = (
    <div className="dash-grid">
      <EventsPanel events={events} selectedId={selected} onSelect={setSelected} panelRef={panel} omitted={view.omittedEvents} />
      <CoveragePanel summary={view.summary} />
    </div>
  )

  if (creatorOnly) {
    return (
      <main className="page dashboard">
        <Header view={view} headingRef={heading} onHome={onHome} onCompare={onCompare} />
        <VerdictCard verdict={view.verdict} onSelect={select} creator likesGiven={false} />
        {creator}
        {panels}
      </main>
    )
  }

  return (
    <main className="page dashboard">
      <Header view={view} headingRef={heading} onHome={onHome} onCompare={onCompare} />
      <VerdictCard verdict={view.verdict} onSelect={select} creator={studio !== null} />
      <LikeHistoryChart
        exportId={view.exportId}
        olderId={view.comparison?.olderId}
        likeFirst={likes.first}
        likeLast={likes.last}
        events={events}
        selectedEventId={selected}
        onSelectEvent={selectFromChart}
        title={studio ? 'Likes you gave, over time' : undefined}
      />
      {panels}
      {creator}
      <LikesTable exportId={view.exportId} olderId={view.comparison?.olderId} />
    </main>
  )
}
