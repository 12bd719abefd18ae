// renderer: React. The printable report: page 1 carries the answer (fact, most likely cause, next steps); then the like history with numbered events, the creator section (Studio), every vanished like, coverage and limits, method. Pure layout of ReportData.
import { Fragment } from 'react'
import { ACTION_TEXT } from '@shared/contract/actions'
import { SECTION_NAMES } from '@shared/contract/model'
import type { ReportData, Verdict, VerdictLine } from '@shared/contract/views'
import { CONFIDENCE_LABEL, formatLabel, retentionText, SECTION_LABEL } from '../../format'
import { eventsNear } from '../compare/cluster-events'
import { EVENT_STYLE } from '../dashboard/event-style'
import { VERDICT_LEAD } from '../dashboard/VerdictCard'
import './print.css'
import { ReportChart } from './ReportChart'
import { ReportCreator } from './ReportCreator'
import { textOn } from './ReportSvgChart'
import { ReportTableHead } from './ReportTableHead'
import type { ReportEventRow, ReportFormat } from './report-format'
import { reportEventRows, reportFormat } from './report-format'

/** Groups of vanished likes listed in the PDF; every group is in the CSV. */
const SHOWN_CLUSTERS = 15
/** Next steps on page 1: more would bury the first. */
const PAGE_ONE_STEPS = 3

/** Verdicts that report a loss or a lead to one: the answer box is drawn as a warning; the others are drawn calm. */
const ALARM: ReadonlySet<Verdict['status']> = new Set(['likes-vanished', 'possible-cause', 'likes-not-in-export'])


/** The verdict, as the engine computed it for the app and the command line too. */
export function verdictOf(data: ReportData): Verdict {
  return data.view.verdict
}

/** The event's number as on the chart, in its colour. */
function Num({ row }: { row: Pick<ReportEventRow, 'n' | 'kind'> | undefined }): React.JSX.Element | null {
  if (!row) return null
  const color = EVENT_STYLE[row.kind].color
  return (
    <span className="report-num" style={{ background: color, color: textOn(color) }}>
      {row.n}
    </span>
  )
}

interface Fact {
  label: string
  value: React.ReactNode
  /** Spans the whole box: an account name or a file name is long. */
  wide?: boolean
}

/** The export's facts, two to a row (the long ones alone), so page 1 keeps room for the answer on A4 and on Letter. */
function Facts({ data, f }: { data: ReportData; f: ReportFormat }): React.JSX.Element {
  const s = data.view.summary
  const c = data.comparison
  const facts: Fact[] = [
    {
      label: 'Account',
      wide: true,
      value: (
        <>
          {data.account ?? 'Not named in the export'}
          {s.account.uid ? <span className="muted"> (user id {s.account.uid})</span> : null}
        </>
      ),
    },
    { label: s.exportedAtSource === 'newest-entry' ? 'Newest entry' : 'Exported', value: f.date(s.exportedAt) },
  ]
  if (c) facts.push({ label: 'Compared with', value: `the export of ${f.date(c.diff.olderExportedAt)}` })
  if (s.format === 'studio-csv') {
    facts.push({
      label: 'Studio days',
      value: (
        <>
          {f.number(s.sections.studio?.days ?? 0)}
          {s.sections.studio?.first && <span className="muted"> ({f.range(s.sections.studio.first, s.sections.studio.last)})</span>}
        </>
      ),
    })
  } else {
    facts.push({
      label: 'Likes',
      value: (
        <>
          {s.sections.likes.present ? f.number(data.totals.likes) : 'No like list in this export'}
          {s.sections.likes.count > 0 && <span className="muted"> ({f.range(s.sections.likes.first, s.sections.likes.last)})</span>}
        </>
      ),
    })
  }
  facts.push({ label: 'Report made', value: f.dateTime(data.generatedAt) })
  // An odd one out of the pairs takes the whole row, so no pair is left half empty.
  const paired = facts.filter((x) => !x.wide)
  const last = paired.at(-1)
  if (last && paired.length % 2 === 1) last.wide = true
  facts.push({
    label: 'File read',
    wide: true,
    value: (
      <span className="report-source">
        {data.view.sourceName} <span className="muted">({formatLabel(s.format, s.generation)}{s.partial ? ', partial export' : ''})</span>
      </span>
    ),
  })
  return (
    <dl className="report-facts">
      {facts.map((x) => (
        <Fragment key={x.label}>
          <dt>{x.label}</dt>
          <dd className={x.wide ? 'report-fact-wide' : undefined}>{x.value}</dd>
        </Fragment>
      ))}
    </dl>
  )
}

function Answer({ data, f, rows }: { data: ReportData; f: ReportFormat; rows: readonly ReportEventRow[] }): React.JSX.Element {
  const verdict = verdictOf(data)
  const studioOnly = data.view.summary.format === 'studio-csv'
  return (
    <section className="report-cover" aria-labelledby="report-title" data-testid="report-verdict" data-status={verdict.status}>
      <p className="eyebrow">
        LikeTrace report
        {data.madeUp && (
          <span className="report-made-up" data-testid="report-made-up">
            Sample: made-up data
          </span>
        )}
      </p>
      <h1 id="report-title">
        {studioOnly ? 'Likes and views on TikTok' : 'Lost TikTok likes'}
        {data.account && `: ${data.account}`}
      </h1>
      <Facts data={data} f={f} />
      {studioOnly ? (
        <CreatorAnswer data={data} f={f} rows={rows} />
      ) : (
        <LikesAnswer data={data} f={f} rows={rows} verdict={verdict} />
      )}
    </section>
  )
}

/** A verdict line's row in the events table: its own event, or the one row all groups of vanished likes share. */
function rowOf(rows: readonly ReportEventRow[], line: Pick<VerdictLine, 'eventId' | 'kind'>): ReportEventRow | undefined {
  return rows.find((r) => r.key === line.eventId) ?? (line.kind === 'vanished-likes' ? rows.find((r) => r.key === 'vanished-all') : undefined)
}

function LikesAnswer({ data, f, rows, verdict }: { data: ReportData; f: ReportFormat; rows: readonly ReportEventRow[]; verdict: Verdict }): React.JSX.Element {
  const top = verdict.mostLikely
  const topRow = top ? rowOf(rows, top) : undefined
  const vanished = data.comparison?.diff.vanished.count ?? 0
  const steps = verdict.nextSteps.slice(0, PAGE_ONE_STEPS)
  // Facts, causes and what to rule out get a line each; plain context ("Worth knowing") shares one line, so the steps stay on page 1.
  const lines = verdict.lines.filter((l) => l.role !== 'context')
  const context = verdict.lines.filter((l) => l.role === 'context')
  return (
    <>
      <div className={`report-answer${ALARM.has(verdict.status) ? '' : ' report-answer-calm'}`}>
        {verdict.headline && (
          <p className="report-headline">
            <span className="report-headline-value">{f.number(verdict.headline.value)}</span>
            <span className="report-headline-label">{verdict.headline.label}</span>
          </p>
        )}
        <p className="report-answer-text">{verdict.text}</p>
        {verdict.doubt && <p className="report-doubt">{verdict.doubt}</p>}
      </div>
      {top && (
        // The sentence above already names the cause: here only its key to the events table, what it explains and its evidence.
        <div className="report-likely" data-testid="report-likely">
          {/* One export can only point at a lead; "most likely cause" is for what two exports showed vanished. */}
          <h2>{verdict.status === 'likes-vanished' ? 'Most likely cause' : 'Strongest lead'}</h2>
          <p className="report-likely-text">
            <Num row={topRow} /> <strong>{topRow?.title ?? top.text}</strong>
            {topRow && <span className="muted"> · {f.range(topRow.start, topRow.end)} · {EVENT_STYLE[topRow.kind].group}</span>}{' '}
            <span className={`badge badge-${top.confidence}`}>{CONFIDENCE_LABEL[top.confidence]}</span>
          </p>
          <p className="small report-evidence">
            {top.explains > 0 && vanished > 0 && (
              <>
                It explains <strong>{f.number(top.explains)}</strong> of the {f.number(vanished)} vanished likes.{' '}
              </>
            )}
            {topRow && (
              <span className="muted">
                Evidence: {topRow.evidence.replace(/\.$/, '')}.
              </span>
            )}
          </p>
        </div>
      )}
      {(lines.length > 0 || context.length > 0) && (
        <ul className="report-verdict-list">
          {lines.map((line) => (
            <li key={`${line.role}:${line.eventId}`}>
              <span>
                <Num row={rowOf(rows, line)} />
              </span>
              <p className="report-verdict-text">
                <strong>{VERDICT_LEAD[line.role]}:</strong> {line.text}{' '}
                {line.confidence !== null && <span className={`badge badge-${line.confidence}`}>{CONFIDENCE_LABEL[line.confidence]}</span>}
              </p>
            </li>
          ))}
          {context.length > 0 && (
            <li>
              <span />
              <p className="report-verdict-text">
                <strong>{VERDICT_LEAD.context}:</strong>{' '}
                {context.map((line) => (
                  <span key={line.eventId} className="report-context-item">
                    <Num row={rowOf(rows, line)} /> {line.text}{' '}
                  </span>
                ))}
              </p>
            </li>
          )}
        </ul>
      )}
      <div className="report-next" data-testid="report-next-steps">
        <h2>What to do next</h2>
        <ol className="report-checklist">
          {steps.map((a) => (
            <li key={a}>
              <span className="report-box" aria-hidden="true" />
              <div>
                <strong>{ACTION_TEXT[a].label}.</strong> {ACTION_TEXT[a].detail}
              </div>
            </li>
          ))}
        </ol>
      </div>
    </>
  )
}

/** "Likes per 1,000 views stayed about the same (61 before, 60 during) while views fell …": the reach-versus-likes reading in one sentence. */
function reachSentence(r: NonNullable<NonNullable<ReportData['creator']>['reach']>, f: ReportFormat): string {
  // One decimal on both sides: "59.0 before, 53.8 during", never "59 before, 53.8 during".
  const one = (x: number): string => f.number(Math.round(x * 10) / 10, 1)
  const views = `about ${f.number(r.viewsDuring)} views a day against ${f.number(r.viewsBefore)} in the four weeks before`
  const rate = r.rateBefore !== null && r.rateDuring !== null ? `${one(r.rateBefore)} before, ${one(r.rateDuring)} during` : null
  // The views themselves are in the event's explanation printed right below, and the fall in the big number: here only the reading.
  switch (r.reading) {
    case 'reach':
      return `Likes per 1,000 views stayed about the same (${rate}) while views fell: fewer people saw the videos, and those who did liked them as before. This is a fall in reach, not likes being taken away.`
    case 'both':
      return `Views fell and likes per 1,000 views fell too (${rate}): fewer people saw the videos, and fewer of them liked what they saw.`
    case 'likes':
      return `Views held (${views}) while likes per 1,000 views fell (${rate}): likes fell without reach falling, which is consistent with likes being removed, not with fewer people seeing the videos.`
    default:
      return `Over these days: ${views}${rate ? `; likes per 1,000 views ${rate}` : ''}.`
  }
}

function CreatorAnswer({ data, f, rows }: { data: ReportData; f: ReportFormat; rows: readonly ReportEventRow[] }): React.JSX.Element {
  const story = data.creator
  const lead = story?.leadEventId ? data.view.events.find((e) => e.id === story.leadEventId) : undefined
  const leadRow = lead ? rows.find((r) => r.key === lead.id) : undefined
  const others = rows.filter((r) => r !== leadRow && r.markAt !== null)
  const days = data.view.studio?.days.length ?? 0
  const reach = story?.reach ?? null
  const fall = reach && reach.viewsBefore > 0 && reach.viewsDuring < reach.viewsBefore ? Math.round((1 - reach.viewsDuring / reach.viewsBefore) * 100) : null
  return (
    <>
      <div className={`report-answer${lead ? '' : ' report-answer-calm'}`}>
        {lead?.kind === 'reach-drop' && fall !== null && (
          <p className="report-headline">
            <span className="report-headline-value">−{fall} %</span>
            <span className="report-headline-label">views a day</span>
          </p>
        )}
        <p className="report-answer-text">
          {lead ? `${lead.title}.` : `No fall in views, likes received or followers stands out in these ${f.number(days)} days of TikTok Studio data.`}
        </p>
      </div>
      {lead && leadRow && (
        <div className="report-likely">
          <h2>What happened</h2>
          {reach && <p className="report-likely-text">{reachSentence(reach, f)}</p>}
          <p className="small">
            <Num row={leadRow} /> {leadRow.explanation} <span className={`badge badge-${lead.confidence}`}>{CONFIDENCE_LABEL[lead.confidence]}</span>
          </p>
          <p className="small muted report-evidence">Evidence: {leadRow.evidence}</p>
        </div>
      )}
      {others.length > 0 && (
        <ul className="report-verdict-list">
          {others.map((r) => (
            <li key={r.key}>
              <span>
                <Num row={r} />
              </span>
              <p className="report-verdict-text">
                <strong>Also found:</strong> {r.title} <span className={`badge badge-${r.confidence}`}>{CONFIDENCE_LABEL[r.confidence]}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {story?.years && (
        <p className="small muted" data-testid="report-inferred-year">
          TikTok Studio writes dates without a year. LikeTrace placed these days in {story.years.first === story.years.last ? story.years.first : `${story.years.first}–${story.years.last}`}
          {story.years.countedBackFrom ? `, counting back from the export date (${f.date(story.years.countedBackFrom)})` : ''}; if the files were downloaded much later than that, the
          years may be one off.
        </p>
      )}
      <div className="report-next" data-testid="report-next-steps">
        <h2>What to do next</h2>
        <ol className="report-checklist">
          {(story?.steps ?? []).map((step) => (
            <li key={step.label}>
              <span className="report-box" aria-hidden="true" />
              <div>
                <strong>{step.label}.</strong> {step.detail}
              </div>
            </li>
          ))}
        </ol>
      </div>
    </>
  )
}

/** True when the event lasts one day and its title already names that day. */
function sameDayInTitle(e: ReportEventRow, f: ReportFormat): boolean {
  return f.date(e.start) === f.date(e.end) && e.title.includes(f.date(e.start))
}

function EventsTable({ rows, f, title, empty }: { rows: readonly ReportEventRow[]; f: ReportFormat; title: string; empty: string }): React.JSX.Element {
  return (
    <div data-testid="report-events">
      <h3 id="events-heading">{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="report-table report-events" aria-labelledby="events-heading">
          <colgroup>
            <col style={{ width: '26px' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Event, what it means, and what to do</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.key}>
                <td>
                  <Num row={e} />
                </td>
                <td>
                  <strong>{e.title}</strong>{' '}
                  <span className="small muted">
                    {/* A title that already says its one day ("You deleted 1 post on 4 Oct 2025") is not followed by the same date again. */}
                    · {sameDayInTitle(e, f) ? '' : `${f.range(e.start, e.end)} · `}
                    {EVENT_STYLE[e.kind].group} · {e.confidence} confidence
                  </span>
                  <div className="small">{e.explanation}</div>
                  <div className="small muted">
                    Evidence: {e.evidence.replace(/\.$/, '')}
                    {e.subjects.shown.map((x) => (
                      <Fragment key={`${x.label}:${x.value}`}>
                        {' · '}
                        {x.label}: <bdi className="mono">{x.value}</bdi>
                      </Fragment>
                    ))}
                    {e.subjects.more > 0 && ` · and ${f.number(e.subjects.more)} more in the CSV export (events.csv)`}.{' '}
                    {e.actions.length === 0 ? 'Nothing to do; worth knowing.' : `What to do: ${e.actions.map((a) => ACTION_TEXT[a].label).join('; ')}.`}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

/** The history cut to where likes vanished, with a few empty buckets either side: years of empty bars would hide them. */
function vanishedSpan(history: ReportData['history']): ReportData['history'] {
  const pts = history.points
  const first = pts.findIndex((p) => (p.vanished ?? 0) > 0)
  if (first === -1) return history
  let last = first
  pts.forEach((p, i) => {
    if ((p.vanished ?? 0) > 0) last = i
  })
  const pad = Math.max(2, Math.round((last - first) * 0.05))
  return { unit: history.unit, points: pts.slice(Math.max(0, first - pad), Math.min(pts.length, last + pad + 1)) }
}

/** The groups not listed one by one, in a sentence: "…and 12 more vanished likes, given one at a time between 25 Oct 2024 and 12 Sep 2025." */
function restText(rest: ReadonlyArray<{ start: string; end: string; count: number }>, f: ReportFormat): string {
  const likes = rest.reduce((n, cl) => n + cl.count, 0)
  const how = rest.every((cl) => cl.count === 1) ? 'one at a time' : `in ${f.number(rest.length)} small groups`
  const from = rest.map((cl) => cl.start).sort()[0]
  const to = rest.map((cl) => cl.end).sort().at(-1)
  return likes === 1 ? `…and 1 more vanished like, given ${f.dateTime(from)}.` : `…and ${f.number(likes)} more vanished likes, given ${how} between ${f.date(from)} and ${f.date(to)}.`
}

function Comparison({ data, f, rows }: { data: ReportData; f: ReportFormat; rows: readonly ReportEventRow[] }): React.JSX.Element | null {
  const c = data.comparison
  if (!c) return null
  const d = c.diff
  const more = data.vanished.total - data.vanished.rows.length
  // Groups of two or more likes one by one (largest first); single likes are summed up, as each is in the list of links anyway.
  const sorted = [...d.clusters].sort((a, b) => b.count - a.count || (a.start < b.start ? 1 : -1))
  const groups = sorted.filter((cl) => cl.count >= 2).slice(0, SHOWN_CLUSTERS)
  const rest = sorted.filter((cl) => !groups.includes(cl))
  return (
    <section className="report-flow" aria-labelledby="compare-heading" data-testid="report-comparison">
      <div className="report-keep">
      <h2 id="compare-heading">What vanished between the two exports</h2>
      <p>
        The export of {f.date(d.olderExportedAt)} was compared with the export of {f.date(d.newerExportedAt)}, like by like (by video id). The newer export covers likes from{' '}
        {f.date(d.window.from)} to {f.date(d.window.to)}.
      </p>
      <div className="report-counts">
        <div className="report-count report-count-vanished">
          <p className="count-number">{f.number(d.vanished.count)}</p>
          <p>
            <strong>Vanished</strong>: in the older export, missing from the newer one although it covers their dates.
          </p>
        </div>
        <div className="report-count">
          <p className="count-number">{f.number(d.beyondWindow.count)}</p>
          <p>
            <strong>Beyond the window</strong>: older than the newer export&apos;s first like; that file does not reach back so far, so these are likely not lost.
          </p>
        </div>
        <div className="report-count">
          <p className="count-number">{f.number(d.added.count)}</p>
          <p>
            <strong>Added</strong>: new likes since the older export.
          </p>
        </div>
      </div>
      </div>
      {d.vanished.count > 0 && (
        <>
          <h3>Vanished likes, by the date they were given</h3>
          <ReportChart history={vanishedSpan(data.history)} rows={rows.filter((r) => r.kind !== 'retention-window')} vanishedOnly plotHeight={120} testId="report-vanished-chart" />
          {groups.length > 0 && d.clusters.length > 1 && (
            <>
              <h3>Groups of vanished likes, largest first</h3>
              <table className="report-table report-clusters">
                <ReportTableHead
                  columns={[
                    { label: 'Given', width: '40%' },
                    { label: 'Vanished', num: true, width: '11%' },
                    { label: 'Still there', num: true, width: '12%' },
                    { label: 'Events within a day', width: '37%' },
                  ]}
                />
                <tbody>
                  {groups.map((cl) => (
                      <tr key={cl.start}>
                        <td>{f.span(cl.start, cl.end)}</td>
                        <td className="num">{f.number(cl.count)}</td>
                        <td className="num">{f.number(cl.keptInSpan)}</td>
                        <td>
                          {eventsNear(cl, c.events)
                            .filter((e) => e.kind !== 'vanished-likes')
                            .map((e) => e.title)
                            .join('; ') || '—'}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
              {rest.length > 0 && (
                <p className="small muted">
                  {restText(rest, f)} Each is in the list below.
                </p>
              )}
            </>
          )}
          <h3>Every vanished like, newest first</h3>
          <p className="small muted">
            When each like was given (UTC), and the video id as a link to the video, as TikTok&apos;s export gives it (https://www.tiktokv.com/share/video/&lt;id&gt;/).
          </p>
          <ol className="report-links" data-testid="report-vanished-links">
            {data.vanished.rows.map((r) => (
              <li key={r.videoId}>
                <span className="report-link-time">{f.dateTime(r.at)}</span>{' '}
                {r.url ? (
                  <a className="mono" href={r.url}>
                    {r.videoId}
                  </a>
                ) : (
                  <span className="mono">{r.videoId}</span>
                )}
              </li>
            ))}
          </ol>
          {more > 0 && <p className="small muted">The other {f.number(more)} vanished likes are in the CSV export (&ldquo;vanished-likes.csv&rdquo;).</p>}
        </>
      )}
    </section>
  )
}

/** What an export of likes given cannot tell. */
function likesLimits(data: ReportData, f: ReportFormat): string[] {
  const s = data.view.summary
  const likes = s.sections.likes
  // The sections the detectors check likes against; a short window elsewhere (searches, deleted posts) limits nothing here.
  const limited = (['watchHistory', 'logins'] as const).filter((n) => s.sections[n].present && s.sections[n].retentionDays !== null && s.sections[n].count > 0)
  const cannot: string[] = [
    data.comparison
      ? 'It can only say which likes vanished between the two export dates, not before the older export was made.'
      : 'With one export it cannot say which likes vanished, only what might explain lost likes. A second export later makes that exact.',
  ]
  if (likes.count > 0) cannot.push(`Likes before ${f.date(likes.first)} are not in this export, so nothing earlier can be checked.`)
  for (const n of limited) {
    const sec = s.sections[n]
    // Only worth saying when the window is shorter than the likes: otherwise it limits nothing the report looks at.
    if (likes.first === null || sec.first === null || Date.parse(sec.first) <= Date.parse(likes.first)) continue
    cannot.push(`${SECTION_LABEL[n]}: TikTok keeps only the ${retentionText(sec.retentionDays).toLowerCase().replace(/ only$/, '')}, so it starts on ${f.date(sec.first)}. Likes before then cannot be checked against it.`)
  }
  return cannot
}

/** What TikTok Studio's daily totals cannot tell. */
function studioLimits(postsKnown: boolean): string[] {
  const cannot = [
    'TikTok Studio gives daily totals only: it cannot say which likes or followers were taken away, or by whom.',
    'Likes received are counted net (likes given minus likes taken away), so a removal on a busy day can hide inside it.',
  ]
  if (!postsKnown) cannot.push('Without Content.csv or the data archive, it cannot tell whether videos were posted while views fell; fewer posts also mean fewer views.')
  return cannot
}

function Coverage({ data, f, postsKnown }: { data: ReportData; f: ReportFormat; postsKnown: boolean }): React.JSX.Element {
  const s = data.view.summary
  const studioOnly = s.format === 'studio-csv'
  const cannot: string[] = [
    `It cannot see inside TikTok: every cause here is inferred from patterns in the ${studioOnly ? 'files' : 'export'}, so "likely" is never "proven".`,
    ...(studioOnly ? studioLimits(postsKnown) : likesLimits(data, f)),
  ]
  if (s.partial) cannot.push('Categories left out of the request cannot show anything; request a full export to rule them out.')
  // Studio files alone are not a data archive: twelve "Not in this export" rows would say nothing.
  const sections = SECTION_NAMES.filter((name) => !studioOnly || s.sections[name].present)
  return (
    <section className="report-flow" aria-labelledby="coverage-heading" data-testid="report-coverage">
      <div className="report-keep">
        <h2 id="coverage-heading">Data coverage and limits</h2>
        {(s.warnings.length > 0 || s.partial) && (
          <>
            <h3>Warnings</h3>
            <ul className="report-warnings">
              {/* The reader's own warning says it when there is one: the same fact twice reads as two problems. */}
              {s.partial && s.missingCategories.length > 0 && !s.warnings.some((w) => w.code === 'PARTIAL_EXPORT') && (
                <li>
                  <strong>Partial export.</strong> Left out of the request: {s.missingCategories.join(', ')}.
                </li>
              )}
              {s.warnings.map((w) => (
                <li key={w.code}>
                  {w.message}
                  {w.count > 1 && <span className="muted"> ({f.number(w.count)} times)</span>}
                </li>
              ))}
            </ul>
          </>
        )}
        <table className="report-table">
          <ReportTableHead columns={[{ label: 'Section' }, { label: 'Entries', num: true }, { label: 'Dates' }, { label: 'TikTok keeps' }]} />
          <tbody>
            {sections.map((name) => {
              const sec = s.sections[name]
              return (
                <tr key={name} className={sec.present ? undefined : 'muted'}>
                  <th scope="row">{SECTION_LABEL[name]}</th>
                  {sec.present ? (
                    <>
                      <td className="num">{f.number(sec.count)}</td>
                      <td>{sec.count > 0 ? f.range(sec.first, sec.last) : 'empty'}</td>
                      <td>{retentionText(sec.retentionDays)}</td>
                    </>
                  ) : (
                    <td colSpan={3}>Not in this export</td>
                  )}
                </tr>
              )
            })}
            {s.sections.studio && (
              <tr>
                <th scope="row">TikTok Studio</th>
                <td className="num">{f.number(s.sections.studio.days)} days</td>
                <td>{f.range(s.sections.studio.first, s.sections.studio.last)}</td>
                <td>—</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="report-keep">
        <h3>What {studioOnly ? 'these files' : 'this export'} cannot tell</h3>
        <ul>
          {cannot.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </div>
    </section>
  )
}

function Method({ data }: { data: ReportData }): React.JSX.Element {
  return (
    <section className="report-method" aria-labelledby="method-heading" data-testid="report-method">
      <div className="report-keep">
        <h2 id="method-heading">Method</h2>
        <p>
          LikeTrace read this export on the account holder&apos;s own computer; nothing was sent anywhere. All times are UTC, as in the export. Numbers in circles are the
          events in the events table. {data.likelyMeaning}
        </p>
      </div>
      <dl className="report-method-list">
        {data.method.map((m) => (
          <div key={m.title}>
            <dt>{m.title}</dt>
            <dd>{m.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

export function ReportView({ data }: { data: ReportData }): React.JSX.Element {
  const f = reportFormat(data.paper)
  const likes = data.view.summary.sections.likes
  const studio = data.view.studio
  // TikTok Studio data alone has no likes given: its report shows likes received instead of an empty like chart.
  const studioOnly = studio !== null && data.view.summary.format === 'studio-csv'
  // Without Content.csv or the archive, "posts during: 0" would read as a fact; it is only unknown.
  const postsKnown = studio === null || studio.topVideos.length > 0 || studio.withArchive
  // The view lists what happened and its causes first, then context, then what the export does not keep: the numbers follow that order.
  // Counts that mean nothing here: "Vanished in burst: 0" without a second export to vanish from, "Posts during: 0" without the posts.
  const hide = new Set([...(data.comparison ? [] : ['vanishedInBurst']), ...(postsKnown ? [] : ['postsDuring'])])
  const rows = reportEventRows(data.view.events, f, hide)
  return (
    <article className="report" data-paper={data.paper} data-testid="report">
      <Answer data={data} f={f} rows={rows} />
      {!studioOnly && !likes.present && (
        // No like list at all: nothing to chart, and an empty chart would read as "you gave no likes".
        <section className="report-flow" aria-label="Events found">
          <EventsTable rows={rows} f={f} title="Events found, most important first" empty="LikeTrace found no events in this export." />
        </section>
      )}
      {!studioOnly && likes.present && (
        <section className="report-flow" aria-labelledby="history-heading">
          <div className="report-keep">
            <h2 id="history-heading">{studio ? 'Likes you gave, and the events found' : 'Your likes over time, and the events found'}</h2>
            {likes.count > 0 && (
              <p className="small muted">
                {f.number(likes.count)} {likes.count === 1 ? 'like' : 'likes'}, {f.range(likes.first, likes.last)}, counted per {data.history.unit} (UTC).
              </p>
            )}
            <ReportChart history={data.history} rows={rows} testId="report-history-chart" />
          </div>
          <EventsTable rows={rows} f={f} title="Events found, most important first" empty="LikeTrace found no events in this export." />
        </section>
      )}
      {studio && <ReportCreator studio={studio} rows={rows} f={f} />}
      {studioOnly && <EventsTable rows={rows} f={f} title="Events found, most important first" empty="LikeTrace found no fall in views, likes received or followers in these files." />}
      <Comparison data={data} f={f} rows={rows} />
      <Coverage data={data} f={f} postsKnown={postsKnown} />
      <Method data={data} />
    </article>
  )
}
