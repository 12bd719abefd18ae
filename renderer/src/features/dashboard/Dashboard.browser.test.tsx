// renderer tests (Chromium): the dashboard shows the verdict, event bands and markers on the chart SVG, the events panel with a checklist, and coverage warnings.
import { beforeAll, describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { page, userEvent } from 'vitest/browser'
import { ACTION_TEXT } from '@shared/contract/actions'
import type { ExportView } from '@shared/contract/views'
import { createFakeApi } from '../../api'
import { App } from '../../App'
import { buildSampleData, SAMPLE } from '../../fake/sample-data'

// The app is a desktop window: test at its smallest supported size rather than the runner's phone-sized frame.
beforeAll(async () => {
  await page.viewport(1280, 800)
})

const data = buildSampleData({ likes: 4000 })
const viewOf = (id: string) => {
  const v = data.views.find((x) => x.exportId === id)
  if (!v) throw new Error(`no view ${id}`)
  return v
}

async function renderDashboard(id: string = SAMPLE.newerId) {
  const api = createFakeApi(data)
  const screen = await render(<App api={api} initialScreen={{ name: 'dashboard', view: viewOf(id) }} />)
  return { api, screen }
}

const chartSvg = (): SVGSVGElement | null => document.querySelector('[data-testid="like-history-chart"] svg.recharts-surface')

describe('dashboard', () => {
  it('shows the header and the ranked verdict with confidence', async () => {
    const { screen } = await renderDashboard()
    await expect.element(screen.getByRole('heading', { level: 1, name: '@maya.likes' })).toBeVisible()
    await expect.element(screen.getByText('Made-up sample data')).toBeVisible()
    const verdict = screen.getByTestId('verdict')
    await expect.element(screen.getByRole('heading', { name: /^238 likes vanished between the exports .* Most likely \(high confidence, 182 of them\): you liked 350 videos/ })).toBeVisible()
    await expect.element(verdict.getByTestId('verdict-headline')).toHaveTextContent('238 likes vanished')
    await expect.element(verdict.getByText('High confidence').first()).toBeVisible()
    const lines = verdict.getByRole('list', { name: 'More about this export' }).getByRole('listitem')
    expect(lines.elements()).toHaveLength(2)
    // The finding is a fact: no confidence on it; the other cause carries its own.
    await expect.element(lines.first()).not.toHaveTextContent(/confidence/)
    // Two or three next steps, in words, right under the answer.
    const steps = verdict.getByTestId('verdict-next').getByRole('listitem')
    expect(steps.elements().length).toBeGreaterThanOrEqual(2)
    expect(steps.elements().length).toBeLessThanOrEqual(3)
    await expect.element(verdict.getByText('Medium confidence')).toBeVisible()
  })

  it('draws events on the chart: bands for ranges and focusable markers for moments', async () => {
    const { screen } = await renderDashboard()
    await expect.poll(() => chartSvg()?.querySelectorAll('.event-marker').length ?? 0).toBeGreaterThan(4)
    const svg = chartSvg()!
    // One marker per date: a marker may stand for several events, and every event is under one marker.
    const ids = [...svg.querySelectorAll('.event-marker')].flatMap((m) => (m.getAttribute('data-event-ids') ?? '').split(' '))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.map((id) => id.split('@')[0])).toEqual(expect.arrayContaining(['like-burst', 'os-change', 'new-device', 'like-gap']))
    // The two-week gap is a range: it gets a band as well as its marker.
    expect(svg.querySelector('.event-band[data-event-kind="like-gap"]')).not.toBeNull()
    // One Tab stop for all the markers (arrow keys move between them), and every marker named.
    const markers = [...svg.querySelectorAll('.event-marker')]
    expect(markers.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1)
    expect(markers.every((m) => (m.getAttribute('aria-label') ?? '').length > 10)).toBe(true)
    const marker = svg.querySelector('.event-marker[data-event-kind="os-change"]')!
    expect(marker.querySelector('title')?.textContent).toContain("Your Android phone's system was updated")
    // Markers carry the number of their event in the list.
    const n = marker.querySelector('text')?.textContent ?? ''
    await expect.element(screen.getByRole('list', { name: 'Events, causes first' }).getByRole('button', { name: new RegExp(`Chart marker ${n}: Your Android phone's system was updated`) })).toBeVisible()
    // Bars came from the engine's buckets, not raw rows.
    expect(svg.querySelectorAll('.recharts-bar-rectangle').length).toBeLessThan(2000)

    await userEvent.click(marker)
    await expect.element(screen.getByTestId('event-detail')).toHaveTextContent("Your Android phone's system was updated")
    // The model and system are named in the evidence, not in the title.
    await expect.element(screen.getByTestId('event-detail')).toHaveTextContent('Device and system: Pixel 7 Android 14')
  })

  it('opens an event from the chart with the keyboard', async () => {
    const { screen } = await renderDashboard()
    await expect.poll(() => chartSvg()?.querySelector('.event-marker[data-event-kind="new-network"]') ?? null).not.toBeNull()
    const marker = chartSvg()!.querySelector<SVGGElement>('.event-marker[data-event-kind="new-network"]')!
    marker.focus()
    await userEvent.keyboard('{Enter}')
    await expect.element(screen.getByTestId('event-detail')).toHaveTextContent('Logged in from a new Wi-Fi network')
    // Enter moves focus to the event in the list, so the next Tab reaches its explanation.
    await expect.poll(() => document.activeElement?.textContent ?? '').toMatch(/Logged in from a new Wi-Fi network/)
    expect(document.activeElement?.getAttribute('aria-current')).toBe('true')
  })

  it('moves between markers with the arrow keys, left to right', async () => {
    await renderDashboard()
    await expect.poll(() => chartSvg()?.querySelectorAll('.event-marker').length ?? 0).toBeGreaterThan(4)
    const markers = [...chartSvg()!.querySelectorAll<SVGGElement>('.event-marker')]
    const first = markers.find((m) => m.getAttribute('tabindex') === '0')!
    first.focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(markers[markers.indexOf(first) + 1])
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0')
    await userEvent.keyboard('{End}')
    expect(document.activeElement).toBe(markers[markers.length - 1])
    await userEvent.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(markers[0])
  })

  it('switches the chart to months and days without feeding it raw rows', async () => {
    const { api, screen } = await renderDashboard()
    await expect.poll(() => chartSvg()?.querySelectorAll('.event-marker').length ?? 0).toBeGreaterThan(0)
    await screen.getByRole('button', { name: 'Months', exact: true }).click()
    await expect.poll(() => api.calls.some((c) => c.method === 'history' && (c.args[0] as { unit: string }).unit === 'month')).toBe(true)
    // ~1,000 days of likes: a day view stays under the 2,000-point budget and is allowed.
    await expect.element(screen.getByRole('button', { name: 'Days', exact: true })).toBeEnabled()
  })

  it('explains the chosen event with evidence and a what-to-do checklist', async () => {
    const { screen } = await renderDashboard()
    const detail = screen.getByTestId('event-detail')
    await expect.element(detail).toHaveTextContent('You liked 350 videos in 24 minutes')
    await expect.element(detail.getByText('Window minutes')).toBeVisible()
    const checklist = detail.getByRole('list', { name: 'What you can do' })
    const boxes = checklist.getByRole('checkbox')
    expect(boxes.elements()).toHaveLength(3)
    await expect.element(checklist.getByText(ACTION_TEXT['slow-down-liking'].label)).toBeVisible()
    await expect.element(checklist.getByText(ACTION_TEXT['report-problem'].detail)).toBeVisible()
    await boxes.first().click()
    await expect.element(boxes.first()).toBeChecked()

    await screen.getByRole('list', { name: 'Events, causes first' }).getByRole('button', { name: /No likes for 14 days/ }).click()
    await expect.element(detail).toHaveTextContent('Between 10 and 23 June 2024')
  })

  it('opens evidence videos in the browser through the API', async () => {
    const { api, screen } = await renderDashboard()
    const link = screen.getByTestId('event-detail').getByRole('button', { name: /Open video \d+ on TikTok/ }).first()
    await link.click()
    const opened = api.calls.filter((c) => c.method === 'openVideo')
    expect(opened).toHaveLength(1)
    expect(String(opened[0]?.args[0])).toMatch(/^\d+$/)
  })

  it('lists coverage with retention windows and the reader warnings', async () => {
    const { screen } = await renderDashboard(SAMPLE.txtId)
    const warnings = screen.getByTestId('coverage-warnings')
    await expect.element(warnings).toHaveTextContent('cut exports off before')
    await expect.element(warnings).toHaveTextContent('Left out of the request: Activity, Posts')
    // Said once on the page: no header badge, and the reader's own PARTIAL_EXPORT warning is not repeated under it.
    expect(document.body.textContent?.match(/Partial export/g)).toHaveLength(1)
    expect(document.querySelector('[data-warning-code="PARTIAL_EXPORT"]')).toBeNull()
    await expect.element(screen.getByRole('row', { name: /Watch history Not in this export/ })).toBeVisible()
    await expect.element(screen.getByTestId('verdict')).toHaveTextContent('Rule out first: The export stops at 6,000 likes')
  })

  it('shows retention windows for sections TikTok keeps briefly', async () => {
    const { screen } = await renderDashboard()
    await expect.element(screen.getByRole('row', { name: /Watch history/ })).toHaveTextContent('Last ~6 months only')
    await expect.element(screen.getByRole('row', { name: /Deleted posts/ })).toHaveTextContent('Last 30 days only')
  })

  it('says so plainly when nothing was found', async () => {
    const api = createFakeApi(data)
    const verdict: ExportView['verdict'] = { status: 'nothing-found', text: 'Nothing in this export points to lost likes.', headline: null, mostLikely: null, lines: [], nextSteps: ['compare-exports'], doubt: null }
    const view = { ...viewOf(SAMPLE.newerId), verdict, events: [], comparison: null }
    const screen = await render(<App api={api} initialScreen={{ name: 'dashboard', view }} />)
    await expect.element(screen.getByRole('heading', { name: 'Nothing in this export points to lost likes.' })).toBeVisible()
    await expect.element(screen.getByTestId('verdict-next')).toHaveTextContent('Compare with a later export')
    await expect.element(screen.getByText('LikeTrace found nothing in this export that explains lost likes.')).toBeVisible()
  })
})
