// renderer tests (Chromium): the app's flow with the fake API — home, import progress and cancel, open/drop, forget, compare, and failures.
import { beforeAll, describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { page } from 'vitest/browser'
import { ERROR_TEXT } from '@shared/contract/errors'
import { IMPORT_STAGE_LABEL } from '@shared/contract/views'
import { createFakeApi, type FakeApi, type FakeApiData } from './api'
import { App } from './App'
import { buildSampleData, SAMPLE } from './fake/sample-data'

// The app is a desktop window: test at its smallest supported size rather than the runner's phone-sized frame.
beforeAll(async () => {
  await page.viewport(1280, 800)
})

const sample = (patch: Partial<FakeApiData> = {}): FakeApi => createFakeApi({ ...buildSampleData({ likes: 3000 }), ...patch })
const callsOf = (api: FakeApi, method: string): unknown[][] => api.calls.filter((c) => c.method === method).map((c) => c.args)

describe('home', () => {
  it('lists the remembered imports and starts the sample', async () => {
    const api = sample()
    const screen = await render(<App api={api} />)
    const list = screen.getByRole('list', { name: 'Remembered imports' })
    await expect.element(list).toBeVisible()
    expect(list.getByRole('listitem').elements()).toHaveLength(3)
    await expect.element(list.getByText('@jo_bakes')).toBeVisible()
    await expect.element(list.getByText('Partial')).toBeVisible()

    await screen.getByRole('button', { name: 'Try the sample' }).click()
    await expect.element(screen.getByTestId('verdict')).toHaveTextContent(/likes vanished between the exports .* Most likely \(high confidence/)
    expect(callsOf(api, 'importSample')).toHaveLength(1)
  })

  it('opens a file through the system dialog and imports the grant main returned', async () => {
    const api = sample({ dialogResult: ['/home/me/TikTok_Data_1.zip'] })
    const screen = await render(<App api={api} />)
    await screen.getByRole('button', { name: 'Open a file…' }).click()
    await expect.element(screen.getByRole('heading', { name: '@maya.likes' })).toBeVisible()
    expect(callsOf(api, 'openDialog')).toEqual([[{ kind: 'file' }]])
    expect(callsOf(api, 'startImport')).toEqual([['grant:/home/me/TikTok_Data_1.zip']])
  })

  it('does nothing when the dialog is cancelled', async () => {
    const api = sample({ dialogResult: null })
    const screen = await render(<App api={api} />)
    await screen.getByRole('button', { name: 'Open a folder…' }).click()
    await expect.element(screen.getByRole('heading', { name: 'LikeTrace' })).toBeVisible()
    expect(callsOf(api, 'openDialog')).toEqual([[{ kind: 'folder' }]])
    expect(callsOf(api, 'startImport')).toEqual([])
  })

  it('imports dropped files through the grant the preload registers', async () => {
    const api = sample({ pathForFile: (f) => `/dropped/${f.name}` })
    const screen = await render(<App api={api} />)
    const zone = screen.getByTestId('drop-zone')
    await expect.element(zone).toBeVisible()
    const dt = new DataTransfer()
    dt.items.add(new File(['PK'], 'TikTok_Data_9.zip', { type: 'application/zip' }))
    zone.element().dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    await expect.element(screen.getByTestId('verdict')).toBeVisible()
    expect(callsOf(api, 'grantDroppedFiles')).toEqual([[['TikTok_Data_9.zip']]])
    expect(callsOf(api, 'startImport')).toEqual([['grant:/dropped/TikTok_Data_9.zip']])
  })

  it('explains a drop of something that is not a file on disk, and imports nothing', async () => {
    const api = sample({ pathForFile: () => '' })
    const screen = await render(<App api={api} />)
    const dt = new DataTransfer()
    dt.items.add(new File(['{}'], 'made-up.json'))
    screen.getByTestId('drop-zone').element().dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    await expect.element(screen.getByText(/could not tell where that file is/)).toBeVisible()
    expect(callsOf(api, 'startImport')).toEqual([])
  })

  it('explains when dropping is unavailable instead of failing silently', async () => {
    const api = sample()
    const screen = await render(<App api={api} />)
    const dt = new DataTransfer()
    dt.items.add(new File(['{}'], 'user_data_tiktok.json'))
    screen.getByTestId('drop-zone').element().dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    await expect.element(screen.getByText(/Use "Open a file…" instead/)).toBeVisible()
    expect(callsOf(api, 'startImport')).toEqual([])
  })

  it('forgets an import only after confirming', async () => {
    const api = sample()
    const screen = await render(<App api={api} />)
    await screen.getByRole('button', { name: /Forget the export of/ }).first().click()
    await screen.getByRole('button', { name: 'Keep it' }).click()
    expect(callsOf(api, 'forgetImport')).toEqual([])
    await screen.getByRole('button', { name: /Forget the export of/ }).first().click()
    await screen.getByRole('button', { name: 'Yes, forget it' }).click()
    await expect.poll(() => screen.getByRole('list', { name: 'Remembered imports' }).getByRole('listitem').elements().length).toBe(2)
    expect(callsOf(api, 'forgetImport')).toEqual([[SAMPLE.newerId]])
  })

  it('compares two selected imports, older first', async () => {
    const api = sample()
    const screen = await render(<App api={api} />)
    const compare = screen.getByRole('button', { name: 'Compare the two selected' })
    await expect.element(compare).toBeDisabled()
    // Tick the newer one first: the app must still pass (older, newer).
    await screen.getByRole('checkbox').nth(0).click()
    await screen.getByRole('checkbox').nth(1).click()
    await compare.click()
    await expect.element(screen.getByRole('heading', { name: 'What vanished between your two exports' })).toBeVisible()
    expect(callsOf(api, 'compareImports')).toEqual([[SAMPLE.olderId, SAMPLE.newerId]])
  })
})

describe('import progress', () => {
  it('shows the stage in words with a progress bar, and Cancel calls cancelImport', async () => {
    const api = sample({ progress: [], hold: true })
    const screen = await render(<App api={api} />)
    await screen.getByRole('button', { name: 'Try the sample' }).click()
    api.emitProgress({ stage: 'reading-likes', bytesDone: 40_000_000, bytesTotal: 100_000_000, percent: 40 })
    await expect.element(screen.getByTestId('import-stage')).toHaveTextContent(`${IMPORT_STAGE_LABEL['reading-likes']}…`)
    await expect.element(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40')
    await expect.element(screen.getByText('40 MB of 100 MB')).toBeVisible()

    api.emitProgress({ stage: 'analysing', bytesDone: 100_000_000, bytesTotal: 100_000_000, percent: 86 })
    await expect.element(screen.getByTestId('import-stage')).toHaveTextContent(IMPORT_STAGE_LABEL.analysing)

    await screen.getByRole('button', { name: 'Cancel' }).click()
    expect(callsOf(api, 'cancelImport')).toHaveLength(1)
    await expect.element(screen.getByText(ERROR_TEXT.CANCELLED.title)).toBeVisible()
    await expect.element(screen.getByRole('heading', { name: 'LikeTrace' })).toBeVisible()
  })

  it('walks through every stage label the engine reports', async () => {
    const api = sample({ hold: true, stepMs: 0 })
    const screen = await render(<App api={api} />)
    await screen.getByRole('button', { name: 'Try the sample' }).click()
    await expect.element(screen.getByTestId('import-stage')).toHaveTextContent(IMPORT_STAGE_LABEL.saving)
    await screen.getByRole('button', { name: 'Cancel' }).click()
  })
})

describe('failures', () => {
  it('shows the friendly screen with the specific message when an import fails', async () => {
    const api = sample({ failures: { importSample: { code: 'NOT_A_ZIP', message: 'The file ends after 12 bytes.' } } })
    const screen = await render(<App api={api} />)
    await screen.getByRole('button', { name: 'Try the sample' }).click()
    await expect.element(screen.getByRole('heading', { name: ERROR_TEXT.NOT_A_ZIP.title })).toBeVisible()
    await expect.element(screen.getByText('The file ends after 12 bytes.')).toBeVisible()
    await screen.getByRole('button', { name: 'Back to the start' }).click()
    await expect.element(screen.getByRole('heading', { name: 'LikeTrace' })).toBeVisible()
  })

  it('says two named accounts differ before the click, and does not offer to compare them', async () => {
    const api = sample()
    const screen = await render(<App api={api} />)
    await screen.getByRole('checkbox').nth(0).click()
    await screen.getByRole('checkbox').nth(2).click()
    const notice = screen.getByTestId('two-accounts')
    await expect.element(notice).toHaveTextContent(/exports of two different accounts, @[\w.]+ and @[\w.]+\. LikeTrace compares two exports of the same account only/)
    await expect.element(screen.getByRole('button', { name: 'Compare the two selected' })).toBeDisabled()
    expect(api.calls.some((c) => c.method === 'compareImports')).toBe(false)
  })

  it('keeps the window usable when the bridge itself breaks', async () => {
    const api: FakeApi = { ...sample(), openImport: () => Promise.reject(new Error('IPC channel closed')) }
    const screen = await render(<App api={api} />)
    await screen.getByRole('button', { name: /Open the export of/ }).first().click()
    await expect.element(screen.getByRole('heading', { name: 'This screen ran into a problem.' })).toBeVisible()
    await screen.getByRole('button', { name: 'Back to the start' }).click()
    await expect.element(screen.getByRole('heading', { name: 'LikeTrace' })).toBeVisible()
  })
})
