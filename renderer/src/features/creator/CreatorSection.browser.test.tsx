// renderer tests (Chromium): a Studio-only import shows the creator view as its dashboard; a combined import shows likes given, then likes received with posts.
import { beforeAll, describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { page, userEvent } from 'vitest/browser'
import { createFakeApi } from '../../api'
import { App } from '../../App'
import { buildSampleData } from '../../fake/sample-data'
import { STUDIO_SAMPLE } from '../../fake/studio-data'

beforeAll(async () => {
  await page.viewport(1280, 800)
})

const data = buildSampleData({ likes: 3000 })
const viewOf = (id: string) => {
  const v = data.views.find((x) => x.exportId === id)
  if (!v) throw new Error(`no view ${id}`)
  return v
}

async function renderView(id: string) {
  const api = createFakeApi(data)
  const screen = await render(<App api={api} initialScreen={{ name: 'dashboard', view: viewOf(id) }} />)
  return { api, screen }
}

const svgOf = (testId: string): SVGSVGElement | null => document.querySelector(`[data-testid="${testId}"] svg.recharts-surface`)

describe('creator view from TikTok Studio data alone', () => {
  it('is the dashboard: account from the video links, Studio badge, day span and totals, no like-history chart', async () => {
    const { screen } = await renderView(STUDIO_SAMPLE.studioId)
    await expect.element(screen.getByRole('heading', { level: 1, name: `@${STUDIO_SAMPLE.account}` })).toBeVisible()
    await expect.element(screen.getByText('TikTok Studio data', { exact: true }).first()).toBeVisible()
    await expect.element(screen.getByRole('heading', { level: 2, name: 'Likes you received' })).toBeVisible()
    await expect.element(screen.getByTestId('creator-span')).toHaveTextContent('120 days')
    await expect.element(screen.getByTestId('verdict')).toHaveTextContent('The change to look at first: net 140 likes removed on 2 October 2025 (medium confidence).')
    expect(document.querySelector('[data-testid="like-history-chart"]')).toBeNull()
    await expect.element(screen.getByText(/drop your TikTok data archive/)).toBeVisible()
    await expect.element(screen.getByRole('heading', { name: 'Likes per 1,000 views' })).toBeVisible()
  })

  it('draws the three charts on one axis with each Studio event once, and opens an event from its marker', async () => {
    const { screen } = await renderView(STUDIO_SAMPLE.studioId)
    await expect.poll(() => svgOf('studio-likes-chart')?.querySelectorAll('.event-marker').length ?? 0).toBe(2)
    const main = svgOf('studio-likes-chart')!
    expect([...main.querySelectorAll('.event-marker')].map((m) => m.getAttribute('data-event-kind')).sort()).toEqual(['likes-received-drop', 'reach-drop'])
    // The fall in views is a range: a band as well as its marker.
    expect(main.querySelector('.event-band[data-event-kind="reach-drop"]')).not.toBeNull()
    // One bar per day.
    await expect.poll(() => main.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(100)
    await expect.poll(() => svgOf('studio-followers-chart')?.querySelectorAll('.event-marker[data-event-kind="follower-drop"]').length ?? 0).toBe(1)
    expect(svgOf('studio-rate-chart')).not.toBeNull()

    await userEvent.click(svgOf('studio-followers-chart')!.querySelector('.event-marker')!)
    await expect.element(screen.getByTestId('event-detail')).toHaveTextContent('consistent with TikTok removing fake or inactive accounts, but the export cannot prove it')
  })

  it('lists the top videos with likes, views and likes per 1,000 views, and opens one on TikTok', async () => {
    const { api, screen } = await renderView(STUDIO_SAMPLE.studioId)
    const table = screen.getByTestId('top-videos')
    expect(table.getByRole('row').elements()).toHaveLength(7)
    const first = table.getByRole('row').nth(1)
    await expect.element(first).toHaveTextContent(STUDIO_SAMPLE.topVideoTitle)
    await expect.element(first).toHaveTextContent('48,000')
    await expect.element(first).toHaveTextContent('510,000')
    await expect.element(first).toHaveTextContent('94.1')
    await first.getByRole('button').click()
    expect(api.calls.filter((c) => c.method === 'openVideo')).toHaveLength(1)
    await expect.element(screen.getByRole('heading', { name: 'Your followers' })).toBeVisible()
  })
})

describe('combined import: the data archive and the Studio files of one account', () => {
  it('shows likes given first, then likes received with own and deleted posts', async () => {
    const { screen } = await renderView(STUDIO_SAMPLE.combinedId)
    await expect.element(screen.getByRole('heading', { name: 'Likes you gave, over time' })).toBeVisible()
    await expect.element(screen.getByRole('heading', { level: 2, name: 'Likes you received' })).toBeVisible()
    const own = screen.getByTestId('own-posts')
    expect(own.getByRole('row').elements()).toHaveLength(21)
    await expect.element(own.getByRole('row').nth(1)).toHaveTextContent('900')
    await screen.getByRole('button', { name: 'Show all 26' }).click()
    expect(own.getByRole('row').elements()).toHaveLength(27)
    await expect.element(screen.getByTestId('deleted-posts')).toHaveTextContent('Old tutorial (re-upload)')
    // Like-given events stay on the like chart; Studio events are on the creator charts.
    await expect.poll(() => svgOf('studio-likes-chart')?.querySelectorAll('.event-marker[data-event-kind="like-burst"]').length ?? -1).toBe(0)
    await expect.poll(() => svgOf('studio-likes-chart')?.querySelectorAll('.event-marker[data-event-kind="likes-received-drop"]').length ?? 0).toBe(1)
  })
})
