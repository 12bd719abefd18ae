// renderer tests (Chromium): the compare view shows vanished / beyond-the-window / added counts, the clusters and the events near them.
import { beforeAll, describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { page } from 'vitest/browser'
import { createFakeApi } from '../../api'
import { App } from '../../App'
import { buildSampleData } from '../../fake/sample-data'
import { formatNumber } from '../../format'

// The app is a desktop window: test at its smallest supported size rather than the runner's phone-sized frame.
beforeAll(async () => {
  await page.viewport(1280, 800)
})

const data = buildSampleData({ likes: 3000 })
const comparison = data.comparisons![0]!

describe('compare view', () => {
  it('shows the three counts', async () => {
    const screen = await render(<App api={createFakeApi(data)} initialScreen={{ name: 'compare', view: comparison, from: null }} />)
    const counts = screen.getByTestId('compare-counts')
    await expect.element(counts.getByRole('heading', { name: 'Vanished' })).toBeVisible()
    await expect.element(counts).toHaveTextContent(formatNumber(comparison.diff.vanished.count))
    await expect.element(counts).toHaveTextContent(`${formatNumber(comparison.diff.beyondWindow.count)}Beyond the newer export's reach`)
    await expect.element(counts).toHaveTextContent(`${formatNumber(comparison.diff.added.count)}Added`)
  })

  it('lists clusters with what was kept and the events near them', async () => {
    const screen = await render(<App api={createFakeApi(data)} initialScreen={{ name: 'compare', view: comparison, from: null }} />)
    const clusters = screen.getByTestId('clusters')
    await expect.element(clusters).toBeVisible()
    expect(clusters.getByRole('listitem').elements()).toHaveLength(3)
    await expect.element(clusters.getByText('182 likes vanished')).toBeVisible()
    await expect.element(clusters.getByText(/168 likes from the same span are still there/)).toBeVisible()
    await expect.element(clusters.getByRole('button', { name: /You liked 350 videos in 24 minutes/ })).toBeVisible()
    await expect.element(clusters.getByRole('button', { name: /Your Android phone's system was updated/ })).toBeVisible()
    // A months-long retention window overlapping a cluster is not "near" it.
    expect(clusters.getByRole('button', { name: /watch history covers/ }).elements()).toHaveLength(0)
    await expect.element(clusters.getByText('No event sits within a day of it.')).toBeVisible()

    await clusters.getByRole('button', { name: /Your Android phone's system was updated/ }).click()
    await expect.element(screen.getByTestId('event-detail')).toHaveTextContent("Your Android phone's system was updated")
  })

  it('charts vanished likes by their original like date and lists them', async () => {
    const api = createFakeApi(data)
    const screen = await render(<App api={api} initialScreen={{ name: 'compare', view: comparison, from: null }} />)
    await expect.element(screen.getByRole('heading', { name: 'Vanished likes, by the date you liked them' })).toBeVisible()
    await expect.poll(() => document.querySelectorAll('[data-testid="like-history-chart"] .recharts-bar-rectangle').length).toBeGreaterThan(0)
    const history = api.calls.find((c) => c.method === 'history')?.args[0]
    expect(history).toMatchObject({ exportId: comparison.newerId, olderId: comparison.olderId })
    await expect.element(screen.getByTestId('likes-count')).toHaveTextContent(`${formatNumber(comparison.diff.vanished.count)} likes`)
  })

  it('is reachable from a dashboard that found an earlier export, and goes back to it', async () => {
    const view = data.views[0]!
    const screen = await render(<App api={createFakeApi(data)} initialScreen={{ name: 'dashboard', view }} />)
    await screen.getByRole('button', { name: 'See which likes vanished' }).click()
    await expect.element(screen.getByRole('heading', { name: 'What vanished between your two exports' })).toBeVisible()
    await screen.getByRole('button', { name: /Back to the dashboard/ }).click()
    await expect.element(screen.getByRole('heading', { level: 1, name: '@maya.likes' })).toBeVisible()
  })
})
