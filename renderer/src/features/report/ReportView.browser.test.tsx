// renderer tests (Chromium): the report page draws every section from its data with fixed-size, animation-free charts, signals ready, and the export buttons show progress.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { page } from 'vitest/browser'
import { REPORT_FAILED_TITLE, REPORT_STATE_ATTRIBUTE } from '@shared/contract/views'
import { createFakeApi } from '../../api'
import { App } from '../../App'
import { buildSampleData, SAMPLE } from '../../fake/sample-data'
import { STUDIO_SAMPLE } from '../../fake/studio-data'
import { ReportPage, parseReportRequest } from './ReportPage'
import { REPORT_CHART_WIDTH } from './ReportChart'

beforeAll(async () => {
  await page.viewport(900, 1200)
})

afterEach(() => {
  document.title = ''
  document.documentElement.removeAttribute(REPORT_STATE_ATTRIBUTE)
})

const reportState = (): string | null => document.documentElement.getAttribute(REPORT_STATE_ATTRIBUTE)

const data = buildSampleData({ likes: 3000 })
const HASH = `#/report?exportId=${SAMPLE.newerId}&olderId=${SAMPLE.olderId}&generatedAt=2025-12-01T09%3A30%3A00.000Z&paper=Letter`

describe('report route', () => {
  it('parses the request from the hash and refuses incomplete ones', () => {
    expect(parseReportRequest(HASH)).toEqual({ exportId: SAMPLE.newerId, olderId: SAMPLE.olderId, generatedAt: '2025-12-01T09:30:00.000Z', paper: 'Letter' })
    expect(parseReportRequest('#/report?exportId=x&generatedAt=2025-01-01T00:00:00Z&paper=A3')).toBeNull()
    expect(parseReportRequest('#/report?exportId=x')).toBeNull()
    expect(parseReportRequest('#/home')).toBeNull()
  })
})

describe('ReportView', () => {
  it('draws the answer, charts, comparison, events, coverage, next steps and method, then signals ready', async () => {
    const api = createFakeApi(data)
    const screen = await render(<ReportPage api={api} hash={HASH} />)
    await expect.poll(reportState, { timeout: 10_000 }).toBe('ready')
    // The ready signal is a step: the title the PDF keeps is the report's own.
    expect(document.title).toBe('LikeTrace report — @maya.likes — 1 Dec 2025')
    expect(api.calls.filter((c) => c.method === 'reportData')).toEqual([{ method: 'reportData', args: [parseReportRequest(HASH)] }])

    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Lost TikTok likes: @maya.likes')
    // One date style on every paper, in UTC.
    await expect.element(screen.getByText('1 Dec 2025, 09:30 UTC')).toBeVisible()
    // Page 1 carries the answer: the fact with its number, the most likely cause, and two or three next steps.
    await expect.element(screen.getByTestId('report-verdict')).toHaveTextContent('Most likely cause')
    await expect.element(screen.getByTestId('report-verdict')).toHaveTextContent('you liked 350 videos in 24 minutes on 14 August 2025, and 182 of those likes are gone')
    const steps = document.querySelectorAll('[data-testid="report-next-steps"] li')
    expect(steps.length).toBeGreaterThanOrEqual(2)
    expect(steps.length).toBeLessThanOrEqual(3)
    for (const id of ['report-comparison', 'report-events', 'report-coverage', 'report-next-steps', 'report-method', 'report-vanished-links']) {
      expect(document.querySelector(`[data-testid="${id}"]`), id).not.toBeNull()
    }
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="report-vanished-links"] li a')]
    const vanishedTotal = data.views.find((v) => v.exportId === SAMPLE.newerId)?.comparison?.diff.vanished.count
    expect(links.length).toBe(vanishedTotal)
    for (const a of links) expect(a.href).toBe(`https://www.tiktokv.com/share/video/${a.textContent}/`)
    // The paper is the print call's option; the view adds no inline <style> (the CSP refuses inline styles).
    expect(document.querySelectorAll('[data-testid="report"] style')).toHaveLength(0)
  })

  it('draws fixed-size charts whose numbered markers are the rows of the events table, each event once', async () => {
    const api = createFakeApi(data)
    await render(<ReportPage api={api} hash={HASH} />)
    await expect.poll(reportState, { timeout: 10_000 }).toBe('ready')
    const svg = document.querySelector('svg[data-testid="report-history-chart"]')
    expect(svg?.getAttribute('width')).toBe(String(REPORT_CHART_WIDTH))
    expect(svg?.querySelectorAll('[data-series="likes"] rect').length ?? 0).toBeGreaterThan(20)
    const numbers = [...(svg?.querySelectorAll('.report-marker') ?? [])].map((m) => Number(m.getAttribute('data-event-number')))
    expect(numbers.length).toBeGreaterThan(2)
    // No two markers drawn on top of each other: each has its own place.
    const places = [...(svg?.querySelectorAll('.report-marker circle') ?? [])].map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`)
    expect(new Set(places).size).toBe(places.length)
    const tableNumbers = [...document.querySelectorAll('[data-testid="report-events"] tbody tr td:first-child')].map((td) => Number(td.textContent))
    expect(tableNumbers).toEqual(tableNumbers.map((_, i) => i + 1))
    for (const n of numbers) expect(tableNumbers).toContain(n)
    // Each event is listed once: there is no separate chart key.
    const titles = [...document.querySelectorAll('[data-testid="report-events"] tbody strong')].map((el) => el.textContent)
    expect(new Set(titles).size).toBe(titles.length)
    expect(document.body.textContent).not.toMatch(/rows? cited/)
    // Round y ticks: every tick label is a multiple of 1, 2 or 5 × 10^k steps, evenly spaced.
    const ticks = [...(svg?.querySelectorAll('text') ?? [])].map((t) => t.textContent ?? '').filter((t) => /^\d+$/.test(t)).map(Number)
    const step = (ticks[1] ?? 0) - (ticks[0] ?? 0)
    expect(step / 10 ** Math.floor(Math.log10(step))).toSatisfy((m: number) => [1, 2, 5].includes(m))
    expect(document.querySelector('svg[data-testid="report-vanished-chart"]')).not.toBeNull()
    expect(document.querySelector('.recharts-wrapper')).toBeNull()
  })

  it('prints the creator section for TikTok Studio data, in place of an empty like chart', async () => {
    const api = createFakeApi(data)
    const screen = await render(<ReportPage api={api} hash={`#/report?exportId=${STUDIO_SAMPLE.studioId}&generatedAt=2025-12-01T09%3A30%3A00.000Z&paper=A4`} />)
    await expect.poll(reportState, { timeout: 10_000 }).toBe('ready')
    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`@${STUDIO_SAMPLE.account}`)
    await expect.element(screen.getByTestId('report-creator')).toHaveTextContent('120 days')
    // Page 1 tells the creator's own story: the fall in reach first, reach read against likes, the inferred year, creator steps.
    const answer = screen.getByTestId('report-verdict')
    await expect.element(answer).toHaveTextContent('Views fell for')
    await expect.element(answer).toHaveTextContent('Likes per 1,000 views stayed about the same')
    await expect.element(screen.getByTestId('report-inferred-year')).toHaveTextContent('TikTok Studio writes dates without a year')
    expect(document.querySelector('[data-testid="report-next-steps"]')?.textContent).not.toMatch(/vanish/i)
    expect(document.querySelector('[data-testid="report-history-chart"]')).toBeNull()
    const likes = document.querySelector('svg[data-testid="report-studio-likes-chart"]')
    expect(likes?.getAttribute('width')).toBe(String(REPORT_CHART_WIDTH))
    expect(likes?.querySelectorAll('.report-marker').length).toBe(2)
    expect(document.querySelectorAll('svg[data-testid="report-studio-followers-chart"] .report-marker[data-event-kind="follower-drop"]')).toHaveLength(1)
    // Every Studio chart has a title and named axes.
    for (const id of ['report-studio-likes-chart', 'report-studio-followers-chart']) {
      const fig = document.querySelector(`svg[data-testid="${id}"]`)?.closest('figure')
      expect(fig?.querySelector('h3')?.textContent, id).toBeTruthy()
    }
    expect(document.querySelectorAll('[data-testid="report-top-videos"] tbody tr')).toHaveLength(6)
    await expect.element(screen.getByTestId('report-top-videos')).toHaveTextContent(STUDIO_SAMPLE.topVideoTitle)
  })

  it('signals failure when the data cannot be had', async () => {
    const api = createFakeApi({ ...data, failures: { reportData: { code: 'FILE_NOT_FOUND', message: 'This import is no longer remembered.' } } })
    const screen = await render(<ReportPage api={api} hash={HASH} />)
    await expect.poll(() => document.title).toBe(REPORT_FAILED_TITLE)
    expect(reportState()).toBe('failed')
    await expect.element(screen.getByRole('alert')).toHaveTextContent('This import is no longer remembered.')
  })
})

describe('export buttons', () => {
  it('show a busy state while the PDF is made, then where it was saved', async () => {
    const api = createFakeApi({ ...data, stepMs: 300 })
    const view = data.views.find((v) => v.exportId === SAMPLE.newerId)
    if (!view) throw new Error('no view')
    const screen = await render(<App api={api} initialScreen={{ name: 'dashboard', view }} />)
    await screen.getByRole('button', { name: 'Export PDF' }).click()
    await expect.element(screen.getByRole('button', { name: 'Making the PDF…' })).toBeDisabled()
    await expect.element(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled()
    await expect.element(screen.getByText('Report saved to /home/user/Documents/LikeTrace report.pdf')).toBeVisible()
    expect(api.calls.filter((c) => c.method === 'exportReportPdf')).toEqual([{ method: 'exportReportPdf', args: [{ exportId: SAMPLE.newerId, olderId: SAMPLE.olderId }] }])
  })

  it('say nothing when the user cancels, and show the error when it fails', async () => {
    const api = createFakeApi({ ...data, csvResult: null, failures: { exportReportPdf: { code: 'TIMEOUT', message: 'The report could not be drawn in time.' } } })
    const comparison = data.comparisons?.[0]
    if (!comparison) throw new Error('no comparison')
    const screen = await render(<App api={api} initialScreen={{ name: 'compare', view: comparison, from: null }} />)
    await screen.getByRole('button', { name: 'Export CSV' }).click()
    await expect.element(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled()
    expect(screen.getByRole('status').elements().some((e) => /saved/.test(e.textContent ?? ''))).toBe(false)
    await screen.getByRole('button', { name: 'Export PDF' }).click()
    await expect.element(screen.getByText('The report could not be drawn in time.')).toBeVisible()
    expect(api.calls.filter((c) => c.method === 'exportReportCsv')).toEqual([{ method: 'exportReportCsv', args: [{ exportId: SAMPLE.newerId, olderId: SAMPLE.olderId }] }])
  })
})
