// renderer: React. The printable report: cover, verdict, like history, creator section (Studio), comparison, events, coverage and limits, next steps, method. Pure layout of ReportData.
import { ACTION_TEXT } from '@shared/contract/actions'
import { SECTION_NAMES } from '@shared/contract/model'
import type { CauseEvent } from '@shared/contract/model'
import type { ReportData, VerdictLine } from '@shared/contract/views'
import { CONFIDENCE_LABEL, formatLabel, retentionText, SECTION_LABEL } from '../../format'
import { eventsNear } from '../compare/cluster-events'
import { EventGlyph } from '../dashboard/EventGlyph'
import { EVENT_STYLE } from '../dashboard/event-style'
import { headlineOf } from '../dashboard/VerdictCard'
import './print.css'
import { ReportChart } from './ReportChart'
import { ReportCreator } from './ReportCreator'
import type { ReportFormat } from './report-format'
import { evidenceLine, reportEventRows, reportFormat } from './report-format'

/** Groups of vanished likes listed in the PDF; every group is in the CSV. */
const SHOWN_CLUSTERS = 15

const LEAD: Readonly<Record<VerdictLine['role'], string>> = {
  'check-first': 'Rule out first',
  finding: 'What happened',
  cause: 'Likely cause',
  context: 'Worth knowing',
}

/** @page must name the paper; it is written per report because A4 and Letter differ and CSS cannot read the locale. */
function pageCss(paper: ReportData['paper']): string {
  return `@page { size: ${paper === 'Letter' ? 'letter' : 'A4'}; margin: 14mm 14mm 18mm 14mm; }`
}

function Cover({ data, f }: { data: ReportData; f: ReportFormat }): React.JSX.Element {
  const s = data.view.summary
  const c = data.comparison
  const name = s.account.username ?? data.view.studio?.account ?? null
  const who = name ? `@${name}` : 'this account'
  return (
    <section className="report-cover" aria-labelledby="report-title">
      <p className="eyebrow">
        LikeTrace report
        {data.madeUp && (
          <span className="report-made-up" data-testid="report-made-up">
            Sample: made-up data
          </span>
        )}
      </p>
      <h1 id="report-title">Lost TikTok likes: report for {who}</h1>
      <p className="lead">What the account holder&apos;s own TikTok data export shows about likes that disappear, for TikTok support or anyone helping.</p>
      <dl className="report-facts">
        <dt>Account</dt>
        <dd>
          {name ? `@${name}` : 'Not named in the export'}
          {s.account.uid ? <span className="muted"> (user id {s.account.uid})</span> : null}
        </dd>
        <dt>Exported by TikTok on</dt>
        <dd>{f.date(s.exportedAt)}</dd>
        {c && (
          <>
            <dt>Compared with</dt>
            <dd>
              the earlier export of {f.date(c.diff.olderExportedAt)} <span className="muted">({c.olderLabel})</span>
            </dd>
          </>
        )}
        <dt>Format</dt>
        <dd>{formatLabel(s.format, s.generation)}</dd>
        {s.format === 'studio-csv' ? (
          <>
            <dt>Days of Studio data</dt>
            <dd>
              {f.number(s.sections.studio?.days ?? 0)}
              {s.sections.studio?.first && <span className="muted"> ({f.range(s.sections.studio.first, s.sections.studio.last)})</span>}
            </dd>
          </>
        ) : (
          <>
            <dt>Completeness</dt>
            <dd>{s.partial ? `Partial export${s.missingCategories.length > 0 ? `: ${s.missingCategories.join(', ')} left out` : ''}` : 'Full export (all categories)'}</dd>
            <dt>Likes in the export</dt>
            <dd>
              {f.number(data.totals.likes)}
              {s.sections.likes.count > 0 && <span className="muted"> ({f.range(s.sections.likes.first, s.sections.likes.last)})</span>}
            </dd>
          </>
        )}
        <dt>File read</dt>
        <dd className="report-source">{data.view.sourceName}</dd>
        <dt>Report made</dt>
        <dd>{f.dateTime(data.generatedAt)}</dd>
      </dl>
      <p className="small muted">
        LikeTrace read this export on the account holder&apos;s own computer; nothing was sent anywhere. All times are in UTC, as in the export.
      </p>
    </section>
  )
}

function Verdict({ data, f }: { data: ReportData; f: ReportFormat }): React.JSX.Element {
  const verdict = data.view.verdict
  const byId = new Map(data.view.events.map((e) => [e.id, e]))
  const top = headlineOf(verdict)
  // The headline first, then the rest in the engine's rank order.
  const lines = top ? [top, ...verdict.filter((l) => l !== top)] : []
  return (
    <section className="report-verdict" aria-labelledby="verdict-heading" data-testid="report-verdict">
      <h2 id="verdict-heading">Verdict</h2>
      {lines.length === 0 && data.view.summary.format === 'studio-csv' ? (
        <p>
          <strong>No likely cause found.</strong> Nothing in these TikTok Studio files looks like likes or followers being taken away in bulk, or like a lasting fall in
          views. Adding the TikTok data archive shows your own posts with their likes and the posts you deleted.
        </p>
      ) : lines.length === 0 ? (
        <p>
          <strong>No likely cause found.</strong> Nothing in this export points to lost likes. If likes still seem to disappear, request another export in a few weeks and compare
          the two: that shows exactly which likes went missing.
        </p>
      ) : (
        <>
          {!lines.some((l) => l.role === 'cause' || l.role === 'finding') && (
            <p>
              <strong>No likely cause of lost likes was found.</strong> What follows is worth ruling out or knowing; a second export in a few weeks, compared with this
              one, shows exactly which likes go missing.
            </p>
          )}
          <ol className="report-verdict-list">
            {lines.map((line, i) => {
              const e = byId.get(line.eventId)
              return (
                <li key={line.eventId} className={i === 0 ? 'report-verdict-top' : undefined}>
                  <EventGlyph kind={line.kind} size={i === 0 ? 18 : 14} />
                  <div>
                    <p className="report-verdict-text">
                      <strong>{i === 0 && line.role === 'cause' ? 'Most likely' : LEAD[line.role]}:</strong> {line.text}{' '}
                      <span className={`badge badge-${line.confidence}`}>{CONFIDENCE_LABEL[line.confidence]}</span>
                    </p>
                    {e && <p className="small muted report-evidence">Evidence: {evidenceLine(e, f)}</p>}
                  </div>
                </li>
              )
            })}
          </ol>
        </>
      )}
    </section>
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

/** The markers in words: which event each glyph on the chart stands for, and when. */
function ChartKey({ events, f }: { events: readonly CauseEvent[]; f: ReportFormat }): React.JSX.Element {
  return (
    <>
      <h3>Events on the chart</h3>
      <table className="report-table report-key">
        <tbody>
          {reportEventRows(events, f).map((e) => (
            <tr key={e.key}>
              <td className="report-key-glyph">
                <EventGlyph kind={e.kind} />
              </td>
              <td>{e.title}</td>
              <td className="nowrap">{f.range(e.start, e.end)}</td>
              <td className="nowrap small muted">{CONFIDENCE_LABEL[e.confidence]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

function Comparison({ data, f }: { data: ReportData; f: ReportFormat }): React.JSX.Element | null {
  const c = data.comparison
  if (!c) return null
  const d = c.diff
  const more = data.vanished.total - data.vanished.rows.length
  return (
    <section className="report-section" aria-labelledby="compare-heading" data-testid="report-comparison">
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
      {d.vanished.count > 0 && (
        <>
          <h3>Vanished likes, by the date they were liked</h3>
          <ReportChart history={vanishedSpan(data.history)} events={c.events.filter((e) => e.kind === 'vanished-likes')} format={f} vanishedOnly testId="report-vanished-chart" />
          <h3>Groups of vanished likes</h3>
          <table className="report-table report-clusters">
            <colgroup>
              <col style={{ width: '40%' }} />
              <col style={{ width: '11%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '37%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Liked</th>
                <th scope="col" className="num">
                  Vanished
                </th>
                <th scope="col" className="num nowrap">
                  Still there
                </th>
                <th scope="col">Events within a day</th>
              </tr>
            </thead>
            <tbody>
              {d.clusters.slice(0, SHOWN_CLUSTERS).map((cl) => (
                <tr key={cl.start}>
                  <td>{f.span(cl.start, cl.end)}</td>
                  <td className="num">{f.number(cl.count)}</td>
                  <td className="num">{f.number(cl.keptInSpan)}</td>
                  <td>
                    {eventsNear(cl, c.events)
                      .map((e) => e.title)
                      .join('; ') || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {d.clusters.length > SHOWN_CLUSTERS && (
            <p className="small muted">
              …and {f.number(d.clusters.length - SHOWN_CLUSTERS)} smaller groups; the vanished-likes CSV gives every like with its group.
            </p>
          )}
          <h3>Every vanished video, newest first</h3>
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

function EventsTable({ events, f }: { events: readonly CauseEvent[]; f: ReportFormat }): React.JSX.Element {
  return (
    <section className="report-section" aria-labelledby="events-heading" data-testid="report-events">
      <h2 id="events-heading">Events found</h2>
      {events.length === 0 ? (
        <p className="muted">LikeTrace found no events in this export.</p>
      ) : (
        <>
          <p className="small muted">
            Most important first: export limits to rule out, vanished likes, then possible causes and context.{' '}
            {events.filter((e) => e.kind === 'vanished-likes').length > 1 ? 'The groups of vanished likes are listed one by one in the comparison above.' : ''}
          </p>
          <table className="report-table report-events">
            <colgroup>
              <col style={{ width: '34%' }} />
              <col style={{ width: '19%' }} />
              <col style={{ width: '23%' }} />
              <col style={{ width: '24%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Dates</th>
                <th scope="col">Evidence</th>
                <th scope="col">What to do</th>
              </tr>
            </thead>
            <tbody>
              {reportEventRows(events, f).map((e) => (
                <tr key={e.key}>
                  <td>
                    <div className="report-event-title">
                      <EventGlyph kind={e.kind} /> <strong>{e.title}</strong>
                    </div>
                    <div className="small muted">
                      {EVENT_STYLE[e.kind].group} · {e.confidence} confidence
                    </div>
                  </td>
                  <td>{f.range(e.start, e.end)}</td>
                  <td className="small">{e.evidence}</td>
                  <td className="small">{e.actions.length === 0 ? 'No action needed.' : e.actions.map((a) => ACTION_TEXT[a].label).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}

function Coverage({ data, f }: { data: ReportData; f: ReportFormat }): React.JSX.Element {
  const s = data.view.summary
  const likes = s.sections.likes
  // The sections the detectors check likes against; a short window elsewhere (searches, deleted posts) limits nothing here.
  const limited = (['watchHistory', 'logins'] as const).filter((n) => s.sections[n].present && s.sections[n].retentionDays !== null && s.sections[n].count > 0)
  const cannot: string[] = [
    'It cannot see inside TikTok: every cause here is inferred from patterns in the export, so "likely" is never "proven".',
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
  if (s.partial) cannot.push('Categories left out of the request cannot show anything; request a full export to rule them out.')
  return (
    <section className="report-section" aria-labelledby="coverage-heading" data-testid="report-coverage">
      <h2 id="coverage-heading">Data coverage and limits</h2>
      {(s.warnings.length > 0 || s.partial) && (
        <>
          <h3>Warnings</h3>
          <ul className="report-warnings">
            {s.partial && s.missingCategories.length > 0 && (
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
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col" className="num">
              Entries
            </th>
            <th scope="col">Dates</th>
            <th scope="col">TikTok keeps</th>
          </tr>
        </thead>
        <tbody>
          {SECTION_NAMES.map((name) => {
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
      <h3>What this export cannot tell</h3>
      <ul>
        {cannot.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </section>
  )
}

function NextSteps({ data }: { data: ReportData }): React.JSX.Element {
  return (
    <section className="report-next" aria-labelledby="next-heading" data-testid="report-next-steps">
      <h2 id="next-heading">What to do next</h2>
      <ul className="report-checklist">
        {data.nextSteps.map((step) => (
          <li key={step.label}>
            <span className="report-box" aria-hidden="true" />
            <div>
              <strong>{step.label}.</strong> {step.detail}
              {step.because.length > 0 && <div className="small muted">Because of: {step.because.join('; ')}</div>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Method({ data }: { data: ReportData }): React.JSX.Element {
  return (
    <section className="report-section report-method" aria-labelledby="method-heading" data-testid="report-method">
      <h2 id="method-heading">Method</h2>
      <p>{data.likelyMeaning}</p>
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
  return (
    <article className="report" data-paper={data.paper} data-testid="report">
      <style>{pageCss(data.paper)}</style>
      <Cover data={data} f={f} />
      <Verdict data={data} f={f} />
      {!studioOnly && (
        <section className="report-section" aria-labelledby="history-heading">
          <h2 id="history-heading">{studio ? 'Likes you gave, over time' : 'Your likes over time'}</h2>
          {likes.count > 0 && (
            <p className="small muted">
              {f.number(likes.count)} likes from {f.range(likes.first, likes.last)}, counted per {data.history.unit} (UTC). Markers above the bars are the events in this report;
              shaded bands show how long each lasted.
            </p>
          )}
          <ReportChart history={data.history} events={data.view.events} format={f} testId="report-history-chart" />
          {data.view.events.length > 0 && <ChartKey events={data.view.events} f={f} />}
        </section>
      )}
      {studio && <ReportCreator studio={studio} events={data.view.events} f={f} />}
      <Comparison data={data} f={f} />
      <EventsTable events={data.view.events} f={f} />
      <NextSteps data={data} />
      <Coverage data={data} f={f} />
      <Method data={data} />
    </article>
  )
}
