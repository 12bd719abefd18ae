// renderer tests (Chromium): the likes table keeps only a window of 100,000 rows in the DOM, pages on scroll, filters by status and opens videos.
import { beforeAll, describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { page, userEvent } from 'vitest/browser'
import type { LikeRow, LikeStatus, LikesPageRequest } from '@shared/contract/views'
import { createFakeApi } from '../../api'
import { ApiContext } from '../../api-context'
import { LikesTable } from './LikesTable'

// The app is a desktop window: test at its smallest supported size rather than the runner's phone-sized frame.
beforeAll(async () => {
  await page.viewport(1280, 800)
})

const TOTAL = 100_000
const statusOf = (i: number): LikeStatus => (i % 10 === 0 ? 'vanished' : i % 7 === 0 ? 'in-burst' : 'present')
const rowFor = (i: number): LikeRow => ({
  at: new Date(Date.UTC(2025, 10, 1) - i * 600_000).toISOString(),
  videoId: (7_300_000_000_000_000_000n + BigInt(i)).toString(),
  uploadedAt: '2025-01-01T00:00:00.000Z',
  status: statusOf(i),
})
const byStatus = new Map<string, number[]>()
const indexes = (status: string): number[] => {
  let list = byStatus.get(status)
  if (!list) {
    list = []
    for (let i = 0; i < TOTAL; i++) if (status === 'all' || statusOf(i) === status) list.push(i)
    byStatus.set(status, list)
  }
  return list
}
const likes = (req: LikesPageRequest) => {
  const list = indexes(req.status ?? 'all')
  return { total: list.length, offset: req.offset, rows: list.slice(req.offset, req.offset + req.limit).map(rowFor) }
}

async function renderTable() {
  const api = createFakeApi({ imports: [], views: [], likes })
  const screen = await render(
    <ApiContext.Provider value={api}>
      <LikesTable exportId="e1" olderId="e0" />
    </ApiContext.Provider>,
  )
  return { api, screen }
}

describe('likes table', () => {
  it('renders only a window of 100,000 rows and fetches pages as it scrolls', async () => {
    const { api, screen } = await renderTable()
    await expect.element(screen.getByTestId('likes-count')).toHaveTextContent(/100.?000 likes/)
    await expect.poll(() => document.querySelectorAll('[data-testid="like-row"] [role="cell"] button').length).toBeGreaterThan(5)
    const rendered = document.querySelectorAll('[data-testid="like-row"]').length
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(60)
    expect(document.querySelector('[role="table"]')?.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1))

    const scroller = screen.getByTestId('likes-scroll').element()
    scroller.scrollTop = 36 * 50_000
    scroller.dispatchEvent(new Event('scroll'))
    await expect.poll(() => document.querySelector('[data-testid="like-row"][aria-rowindex="50002"]')?.textContent ?? '').toContain((7_300_000_000_000_000_000n + 50_000n).toString())
    expect(document.querySelectorAll('[data-testid="like-row"]').length).toBeLessThan(60)
    // Only the pages in view were asked for: the first and the one around row 50,000.
    const offsets = api.calls.filter((c) => c.method === 'likesPage').map((c) => (c.args[0] as LikesPageRequest).offset)
    expect(offsets).toContain(50_000)
    expect(offsets.length).toBeLessThan(6)
  })

  it('filters by status', async () => {
    const { api, screen } = await renderTable()
    await expect.element(screen.getByTestId('likes-count')).toHaveTextContent(/100.?000 likes/)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show likes with status' }), 'vanished')
    await expect.element(screen.getByTestId('likes-count')).toHaveTextContent(/10.?000 likes/)
    await expect.poll(() => document.querySelectorAll('[data-testid="like-row"] .badge').length).toBeGreaterThan(5)
    const statuses = new Set([...document.querySelectorAll('[data-testid="like-row"] .badge')].map((b) => b.textContent))
    expect([...statuses]).toEqual(['Vanished'])
    const last = api.calls.filter((c) => c.method === 'likesPage').at(-1)?.args[0] as LikesPageRequest
    expect(last).toMatchObject({ exportId: 'e1', olderId: 'e0', status: 'vanished' })

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show likes with status' }), 'in-burst')
    await expect.poll(() => new Set([...document.querySelectorAll('[data-testid="like-row"] .badge')].map((b) => b.textContent))).toEqual(new Set(['In a burst']))
  })

  it('opens a video in the default browser when its row is clicked', async () => {
    const { api, screen } = await renderTable()
    await expect.poll(() => document.querySelectorAll('[data-testid="like-row"] [role="cell"]').length).toBeGreaterThan(4)
    await screen.getByRole('button', { name: `Open video ${rowFor(0).videoId} on TikTok in your browser` }).click()
    await userEvent.click(document.querySelector('[data-testid="like-row"][aria-rowindex="3"] [role="cell"]')!)
    await expect.poll(() => api.calls.filter((c) => c.method === 'openVideo').map((c) => c.args[0])).toEqual([rowFor(0).videoId, rowFor(1).videoId])
  })

  it('is one Tab stop: arrow keys, Page Down and End move the row, Enter opens its video', async () => {
    const { api, screen } = await renderTable()
    await expect.poll(() => document.querySelectorAll('[data-testid="like-row"] [role="cell"] button').length).toBeGreaterThan(5)
    // No row button takes a Tab stop of its own.
    expect([...document.querySelectorAll('[data-testid="like-row"] button')].every((b) => b.getAttribute('tabindex') === '-1')).toBe(true)
    const scroller = screen.getByTestId('likes-scroll').element() as HTMLElement
    expect(scroller.tabIndex).toBe(0)
    scroller.focus()
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    await userEvent.keyboard('{PageDown}{Enter}')
    await userEvent.keyboard('{End}')
    await expect.poll(() => document.querySelector('.likes-row-active')?.getAttribute('aria-rowindex')).toBe(String(TOTAL + 1))
    await userEvent.keyboard('{Enter}')
    expect(api.calls.filter((c) => c.method === 'openVideo').map((c) => c.args[0])).toEqual([rowFor(2).videoId, rowFor(12).videoId, rowFor(TOTAL - 1).videoId])
  })
})
