// electron/main tests: every contract channel goes through handle(), refuses forged senders and malformed args (house-style §7 item 22).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Channel } from '@shared/contract/ipc-contract'
import { API_CHANNELS, PRELOAD_CHANNELS } from '@shared/contract/ipc-contract'
import type { Result } from '@shared/contract/result'
import type { ImportProgress } from '@shared/contract/views'

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>
const ipc = vi.hoisted(() => ({ handlers: new Map<string, Listener>(), calls: [] as string[] }))

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => {
      ipc.calls.push(channel)
      ipc.handlers.set(channel, listener)
    },
  },
}))

const { registerIpcHandlers, LINK_OPENS_MAX, LINK_WINDOW_MS, PROGRESS_INTERVAL_MS } = await import('./ipc-handlers')
const { ImportGrants } = await import('./import-grants')
type Deps = Parameters<typeof registerIpcHandlers>[0]

/** Every channel of IpcContract: the Record type makes a missing or unknown channel a compile error. */
const CONTRACT_CHANNELS: Record<Channel, true> = {
  'import:start': true,
  'import:grant-dropped': true,
  'import:cancel': true,
  'import:sample': true,
  'imports:list': true,
  'imports:open': true,
  'imports:forget': true,
  'imports:compare': true,
  'export:history': true,
  'export:likes': true,
  'dialog:open': true,
  'link:open-video': true,
  'report:data': true,
  'report:export-pdf': true,
  'report:export-csv': true,
}

const ID_A = 'a'.repeat(64)
const ID_B = '0123456789abcdef'.repeat(4)
const VIDEO = '7301234567890123456'
/** The token of the grant every test starts with (for /home/me/TikTok_Data_1.zip). */
const TOKEN = '0f'.repeat(16)

const VALID_ARGS: Record<Channel, unknown[]> = {
  'import:start': [TOKEN],
  'import:grant-dropped': [['/home/me/Downloads/TikTok_Data_2.zip']],
  'import:cancel': [],
  'import:sample': [],
  'imports:list': [],
  'imports:open': [ID_A],
  'imports:forget': [ID_A],
  'imports:compare': [ID_A, ID_B],
  'export:history': [{ exportId: ID_A, unit: 'week', timeZone: 'Europe/Amsterdam' }],
  'export:likes': [{ exportId: ID_A, offset: 0, limit: 100 }],
  'dialog:open': [{ kind: 'file' }],
  'link:open-video': [VIDEO],
  'report:data': [{ exportId: ID_A, olderId: ID_B, generatedAt: '2025-03-01T12:00:00.000Z', paper: 'Letter' }],
  'report:export-pdf': [{ exportId: ID_A }],
  'report:export-csv': [{ exportId: ID_A, olderId: ID_B }],
}

const BAD_ID_VALUES: unknown[] = [
  '../../etc/passwd',
  'a'.repeat(63),
  'a'.repeat(65),
  'g'.repeat(64),
  `${'a'.repeat(64)}\n`,
  `${'a'.repeat(62)}/x`,
  '',
  42,
  null,
  undefined,
  { id: ID_A },
  [ID_A],
]

const MALFORMED_ARGS: Record<Channel, unknown[][]> = {
  'import:start': [
    [],
    ['/home/me/x.zip'],
    [['/home/me/TikTok_Data_1.zip']],
    ['/etc/passwd'],
    [TOKEN.toUpperCase()],
    [TOKEN.slice(1)],
    [`${TOKEN}\n`],
    [TOKEN, 'extra'],
    [42],
    [null],
    [{ token: TOKEN }],
  ],
  'import:grant-dropped': [
    [],
    ['/home/me/x.zip'],
    [['relative.zip']],
    [[]],
    [['/x.zip\0']],
    [[42]],
    [null],
    [['/x.zip'], 'extra'],
    [Array.from({ length: 51 }, (_, i) => `/x/${i}.zip`)],
  ],
  'import:cancel': [['x'], [null]],
  'import:sample': [[1]],
  'imports:list': [[{}]],
  'imports:open': [[], [ID_A, ID_B], ...BAD_ID_VALUES.map((v) => [v])],
  'imports:forget': [[], [ID_A, 'extra'], ...BAD_ID_VALUES.map((v) => [v])],
  'imports:compare': [[ID_A], [ID_A, ID_A], [ID_A, 'x'], ['x', ID_B], [ID_A, ID_B, ID_A], [null, null]],
  'export:history': [
    [],
    [null],
    ['week'],
    [[ID_A, 'week']],
    [{ exportId: ID_A }],
    [{ exportId: 'x', unit: 'week' }],
    [{ exportId: ID_A, unit: 'year' }],
    [{ exportId: ID_A, unit: 'week', timeZone: 'Mars/Olympus' }],
    [{ exportId: ID_A, unit: 'week', timeZone: '../../x' }],
    [{ exportId: ID_A, unit: 'week', from: 'yesterday' }],
    [{ exportId: ID_A, unit: 'week', from: '2024-02-30T99:00:00Z' }],
    [{ exportId: ID_A, unit: 'week', from: '2024-05-01', to: '2024-01-01' }],
    [{ exportId: ID_A, unit: 'week', olderId: ID_A }],
    [{ exportId: ID_A, unit: 'week', olderId: 'x' }],
    [{ exportId: ID_A, unit: 'week', extra: 1 }],
    [JSON.parse(`{"exportId":"${ID_A}","unit":"week","__proto__":{"polluted":true}}`)],
    [{ exportId: ID_A, unit: 'week' }, 'extra'],
  ],
  'export:likes': [
    [],
    [{ exportId: ID_A, offset: 0 }],
    [{ exportId: ID_A, offset: -1, limit: 10 }],
    [{ exportId: ID_A, offset: 0.5, limit: 10 }],
    [{ exportId: ID_A, offset: 0, limit: 0 }],
    [{ exportId: ID_A, offset: 0, limit: 1001 }],
    [{ exportId: ID_A, offset: Number.NaN, limit: 10 }],
    [{ exportId: ID_A, offset: Infinity, limit: 10 }],
    [{ exportId: ID_A, offset: '0', limit: 10 }],
    [{ exportId: ID_A, offset: 0, limit: 10, status: 'deleted' }],
    [{ exportId: ID_A, offset: 0, limit: 10, order: 'random' }],
    [{ exportId: ID_A, offset: 0, limit: 10, olderId: ID_A }],
    [{ exportId: 'x', offset: 0, limit: 10 }],
    [{ exportId: ID_A, offset: 0, limit: 10, sql: 'drop' }],
  ],
  'dialog:open': [[], [{}], [{ kind: 'everything' }], [{ kind: 'file', defaultPath: '/etc' }], ['file'], [{ kind: 'file' }, {}]],
  'link:open-video': [[], ['javascript:alert(1)'], ['https://evil.io'], ['123'], [`${VIDEO}/../../x`], [Number(VIDEO)], [VIDEO, VIDEO]],
  'report:data': [
    [],
    [{ exportId: ID_A }],
    [{ exportId: ID_A, generatedAt: '2025-03-01T12:00:00.000Z' }],
    [{ exportId: ID_A, generatedAt: '2025-03-01T12:00:00.000Z', paper: 'A3' }],
    [{ exportId: ID_A, generatedAt: 'yesterday', paper: 'A4' }],
    [{ exportId: ID_A, generatedAt: '2025-03-01', paper: 'A4' }],
    [{ exportId: ID_A, generatedAt: '2025-02-30T25:00:00Z', paper: 'A4' }],
    [{ exportId: ID_A, olderId: ID_A, generatedAt: '2025-03-01T12:00:00.000Z', paper: 'A4' }],
    [{ exportId: 'x', generatedAt: '2025-03-01T12:00:00.000Z', paper: 'A4' }],
    [{ exportId: ID_A, generatedAt: '2025-03-01T12:00:00.000Z', paper: 'A4', path: '/etc/passwd' }],
    [JSON.parse(`{"exportId":"${ID_A}","generatedAt":"2025-03-01T12:00:00.000Z","paper":"A4","__proto__":{"x":1}}`)],
  ],
  'report:export-pdf': [[], [ID_A], [{}], [{ exportId: '../x' }], [{ exportId: ID_A, olderId: ID_A }], [{ exportId: ID_A, savePath: '/tmp/x.pdf' }], [{ exportId: ID_A }, {}]],
  'report:export-csv': [[], [null], [{ exportId: ID_A, olderId: 'x' }], [{ exportId: ID_A, dir: '/etc' }], [[ID_A]]],
}

const TRUSTED = { senderFrame: { url: 'app://liketrace/index.html', parent: null } }

function fakeSender(): { send: ReturnType<typeof vi.fn>; isDestroyed: () => boolean } {
  return { send: vi.fn(), isDestroyed: () => false }
}

function event(frame: unknown, sender = fakeSender()): { senderFrame: unknown; sender: ReturnType<typeof fakeSender> } {
  return { senderFrame: frame, sender }
}

const FORGED: Array<[string, unknown]> = [
  ['sub-frame', { url: 'app://liketrace/index.html', parent: { url: 'app://liketrace/' } }],
  ['file://', { url: 'file:///opt/liketrace/out/renderer/index.html', parent: null }],
  ['app://liketrace.evil/', { url: 'app://liketrace.evil/', parent: null }],
  ['app://user@liketrace/', { url: 'app://user@liketrace/', parent: null }],
  ['app://LIKETRACE/', { url: 'app://LIKETRACE/', parent: null }],
  ['remote https page', { url: 'https://www.tiktok.com/', parent: null }],
  ['dev server outside dev mode', { url: 'http://localhost:5173/', parent: null }],
  ['destroyed frame (null)', null],
]

const ok = <T>(value: T): Result<T> => ({ ok: true, value, warnings: [] })

type Fn = ReturnType<typeof vi.fn>
type EngineMethod = keyof Deps['engine']

interface Fakes {
  engine: Record<EngineMethod, Fn>
  grants: InstanceType<typeof ImportGrants>
  showOpenDialog: Fn
  openExternal: Fn
  exportReportPdf: Fn
  exportReportCsv: Fn
  onUnexpected: Fn
  deps: Deps
}

function makeFakes(): Fakes {
  const engine: Record<EngineMethod, Fn> = {
    startImport: vi.fn(async () => ok('imported')),
    importSample: vi.fn(async () => ok('sample')),
    cancelImport: vi.fn(async () => ok(null)),
    listImports: vi.fn(async () => ok([])),
    openImport: vi.fn(async () => ok('opened')),
    forgetImport: vi.fn(async () => ok(null)),
    compareImports: vi.fn(async () => ok('compared')),
    history: vi.fn(async () => ok('history')),
    likesPage: vi.fn(async () => ok('likes')),
    reportData: vi.fn(async () => ok('report')),
    csvFiles: vi.fn(async () => ok([])),
  }
  const showOpenDialog = vi.fn(async () => ['/home/me/x.zip'])
  const openExternal = vi.fn(async () => undefined)
  const exportReportPdf = vi.fn(async () => ok({ savedTo: '/home/me/report.pdf' }))
  const exportReportCsv = vi.fn(async () => ok(null))
  const onUnexpected = vi.fn()
  let n = 0
  const grants = new ImportGrants(() => (n++ === 0 ? TOKEN : n.toString(16).padStart(32, '0')))
  grants.grant(['/home/me/TikTok_Data_1.zip'])
  const deps = { engine, grants, showOpenDialog, openExternal, exportReportPdf, exportReportCsv, onUnexpected } as unknown as Deps
  return { engine, grants, showOpenDialog, openExternal, exportReportPdf, exportReportCsv, onUnexpected, deps }
}

function sideEffects(f: Fakes): number {
  const engineCalls = Object.values(f.engine).reduce((n, fn) => n + fn.mock.calls.length, 0)
  return engineCalls + f.showOpenDialog.mock.calls.length + f.openExternal.mock.calls.length + f.exportReportPdf.mock.calls.length + f.exportReportCsv.mock.calls.length
}

async function invoke(channel: Channel, ev: unknown, args: unknown[]): Promise<Result<unknown>> {
  const listener = ipc.handlers.get(channel)
  if (listener === undefined) throw new Error(`no handler for ${channel}`)
  return (await listener(ev, ...args)) as Result<unknown>
}

function expectBadArgs(result: Result<unknown>, label: string): void {
  expect(result.ok, label).toBe(false)
  if (!result.ok) {
    expect(result.error.code, label).toBe('BAD_ARGS')
    expect(result.error.message.length, label).toBeGreaterThan(0)
  }
}

let f: Fakes

beforeEach(() => {
  ipc.handlers.clear()
  ipc.calls.length = 0
  f = makeFakes()
  registerIpcHandlers(f.deps)
})

describe('registration', () => {
  it('registers exactly the IpcContract channels, each once', () => {
    expect([...ipc.calls].sort()).toEqual(Object.keys(CONTRACT_CHANNELS).sort())
    expect(new Set(ipc.calls).size).toBe(ipc.calls.length)
  })
  it('covers every channel window.api and the preload can call', () => {
    expect([...Object.values(API_CHANNELS), ...Object.values(PRELOAD_CHANNELS)].sort()).toEqual(Object.keys(CONTRACT_CHANNELS).sort())
  })
})

describe.each(Object.keys(CONTRACT_CHANNELS) as Channel[])('%s', (channel) => {
  it('answers a trusted caller with valid args', async () => {
    const result = await invoke(channel, event(TRUSTED.senderFrame), VALID_ARGS[channel])
    expect(result.ok, JSON.stringify(result)).toBe(true)
  })

  for (const [name, frame] of FORGED) {
    it(`refuses a forged sender: ${name}`, async () => {
      expectBadArgs(await invoke(channel, event(frame), VALID_ARGS[channel]), `${channel} ${name}`)
      expect(sideEffects(f)).toBe(0)
    })
  }

  it('refuses malformed args without calling the engine', async () => {
    for (const args of MALFORMED_ARGS[channel]) {
      const label = `${channel} ${JSON.stringify(args)?.slice(0, 80)}`
      expectBadArgs(await invoke(channel, event(TRUSTED.senderFrame), args), label)
    }
    expect(sideEffects(f)).toBe(0)
  })
})

describe('handler behaviour', () => {
  it('passes parsed, rebuilt arguments to the engine', async () => {
    await invoke('imports:open', event(TRUSTED.senderFrame), [ID_A.toUpperCase()])
    expect(f.engine.openImport.mock.calls).toEqual([[ID_A]])
    const req = { exportId: ID_A, unit: 'day', from: '2024-01-01', to: '2024-02-01T00:00:00Z', olderId: ID_B, timeZone: undefined }
    await invoke('export:history', event(TRUSTED.senderFrame), [req])
    const passed = f.engine.history.mock.calls[0]?.[0] as unknown
    expect(passed).toEqual({ exportId: ID_A, unit: 'day', from: '2024-01-01', to: '2024-02-01T00:00:00Z', olderId: ID_B })
    expect(passed).not.toBe(req)
    await invoke('export:likes', event(TRUSTED.senderFrame), [{ exportId: ID_A, offset: 10, limit: 1000, status: 'vanished', order: 'oldest', olderId: ID_B }])
    expect(f.engine.likesPage.mock.calls).toEqual([[{ exportId: ID_A, offset: 10, limit: 1000, status: 'vanished', order: 'oldest', olderId: ID_B }]])
  })

  it('accepts the dev server only when registered in dev mode', async () => {
    const devFrame = { url: 'http://localhost:5173/', parent: null }
    expectBadArgs(await invoke('imports:list', event(devFrame), []), 'prod')
    ipc.handlers.clear()
    registerIpcHandlers({ ...f.deps, devServerUrl: 'http://localhost:5173' })
    expect((await invoke('imports:list', event(devFrame), [])).ok).toBe(true)
  })

  it('opens only the https TikTok link of a video, as the export gives it', async () => {
    await invoke('link:open-video', event(TRUSTED.senderFrame), [VIDEO])
    expect(f.openExternal.mock.calls).toEqual([[`https://www.tiktokv.com/share/video/${VIDEO}/`]])
  })

  it('returns the dialog choice as a grant (a token and a name, no path), null when cancelled', async () => {
    const sender = fakeSender()
    const result = await invoke('dialog:open', event(TRUSTED.senderFrame, sender), [{ kind: 'folder' }])
    expect(result).toEqual(ok({ token: expect.stringMatching(/^[0-9a-f]{32}$/), label: 'x.zip' }))
    expect(JSON.stringify(result)).not.toContain('/home')
    expect(f.showOpenDialog.mock.calls).toEqual([[{ kind: 'folder' }, sender]])
    f.showOpenDialog.mockResolvedValueOnce(null)
    expect(await invoke('dialog:open', event(TRUSTED.senderFrame, sender), [{ kind: 'file' }])).toEqual(ok(null))
  })

  it('import:start reads only what a grant holds, once; a path, an unknown or a spent token reads nothing', async () => {
    const chosen = await invoke('dialog:open', event(TRUSTED.senderFrame), [{ kind: 'file' }])
    const token = chosen.ok ? (chosen.value as { token: string }).token : ''
    expect((await invoke('import:start', event(TRUSTED.senderFrame), [token])).ok).toBe(true)
    expect(f.engine.startImport.mock.calls.map((c) => c[0])).toEqual([['/home/me/x.zip']])
    expectBadArgs(await invoke('import:start', event(TRUSTED.senderFrame), [token]), 'spent token')
    expectBadArgs(await invoke('import:start', event(TRUSTED.senderFrame), ['a'.repeat(32)]), 'unknown token')
    expectBadArgs(await invoke('import:start', event(TRUSTED.senderFrame), [['/etc/passwd']]), 'path')
    expect(f.engine.startImport).toHaveBeenCalledTimes(1)
  })

  it('a drop registered by the preload comes back as a grant import:start redeems', async () => {
    const dropped = await invoke('import:grant-dropped', event(TRUSTED.senderFrame), [['/home/me/a.zip', '/home/me/b.csv']])
    expect(dropped).toEqual(ok({ token: expect.stringMatching(/^[0-9a-f]{32}$/), label: '2 files' }))
    await invoke('import:start', event(TRUSTED.senderFrame), [dropped.ok ? (dropped.value as { token: string }).token : ''])
    expect(f.engine.startImport.mock.calls.map((c) => c[0])).toEqual([['/home/me/a.zip', '/home/me/b.csv']])
  })

  it('opens at most LINK_OPENS_MAX videos per window of time; more get BUSY without reaching the browser', async () => {
    let t = 0
    ipc.handlers.clear()
    registerIpcHandlers({ ...f.deps, now: () => t })
    const open = (): Promise<Result<unknown>> => invoke('link:open-video', event(TRUSTED.senderFrame), [VIDEO])
    for (let i = 0; i < LINK_OPENS_MAX; i++) expect((await open()).ok).toBe(true)
    expect(await open()).toMatchObject({ ok: false, error: { code: 'BUSY' } })
    expect(f.openExternal).toHaveBeenCalledTimes(LINK_OPENS_MAX)
    t += LINK_WINDOW_MS
    expect((await open()).ok).toBe(true)
    expect(f.openExternal).toHaveBeenCalledTimes(LINK_OPENS_MAX + 1)
  })

  it('lets the hidden report window call report:data and nothing else', async () => {
    const reportSender = fakeSender()
    ipc.handlers.clear()
    registerIpcHandlers({ ...f.deps, isReportWindow: (s: unknown) => s === reportSender })
    const fromReport = (channel: Channel): Promise<Result<unknown>> => invoke(channel, event(TRUSTED.senderFrame, reportSender), VALID_ARGS[channel])
    for (const channel of Object.keys(CONTRACT_CHANNELS) as Channel[]) {
      if (channel === 'report:data') expect((await fromReport(channel)).ok).toBe(true)
      else expectBadArgs(await fromReport(channel), channel)
    }
    expect(sideEffects(f)).toBe(1)
    expect(f.engine.reportData).toHaveBeenCalledTimes(1)
    // The app window still reaches everything.
    expect((await invoke('imports:list', event(TRUSTED.senderFrame), [])).ok).toBe(true)
  })

  it('passes rebuilt report targets and requests, with the calling window for the dialogs', async () => {
    const sender = fakeSender()
    await invoke('report:export-pdf', event(TRUSTED.senderFrame, sender), [{ exportId: ID_A.toUpperCase(), olderId: ID_B }])
    expect(f.exportReportPdf.mock.calls).toEqual([[{ exportId: ID_A, olderId: ID_B }, sender]])
    await invoke('report:export-csv', event(TRUSTED.senderFrame, sender), [{ exportId: ID_A }])
    expect(f.exportReportCsv.mock.calls).toEqual([[{ exportId: ID_A }, sender]])
    await invoke('report:data', event(TRUSTED.senderFrame), [{ exportId: ID_A, generatedAt: '2025-03-01T12:00:00Z', paper: 'A4' }])
    expect(f.engine.reportData.mock.calls).toEqual([[{ exportId: ID_A, generatedAt: '2025-03-01T12:00:00Z', paper: 'A4' }]])
  })

  it('never throws across IPC: an engine that throws or rejects becomes a Result', async () => {
    f.engine.listImports.mockImplementation(() => {
      throw new Error('boom')
    })
    f.engine.openImport.mockRejectedValue(new Error('boom'))
    expectBadArgs(await invoke('imports:list', event(TRUSTED.senderFrame), []), 'sync throw')
    expectBadArgs(await invoke('imports:open', event(TRUSTED.senderFrame), [ID_A]), 'rejection')
    expect(f.onUnexpected).toHaveBeenCalledTimes(2)
  })

  it('survives a senderFrame whose getters throw', async () => {
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed')
      },
      parent: null,
    }
    expectBadArgs(await invoke('imports:list', event(destroyed), []), 'destroyed')
  })
})

describe('import progress', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  const progress = (percent: number): ImportProgress => ({ stage: 'reading-likes', bytesDone: percent, bytesTotal: 100, percent })

  it('forwards to the calling window, throttled to ≤ 10/s, at least every 100 ms while it changes, last value included', async () => {
    vi.useFakeTimers()
    let emit: (p: ImportProgress) => void = () => undefined
    let finish: (r: Result<unknown>) => void = () => undefined
    f.engine.startImport.mockImplementation((_paths: string[], onProgress: (p: ImportProgress) => void) => {
      emit = onProgress
      return new Promise((resolve) => {
        finish = resolve
      })
    })
    const sender = fakeSender()
    const pending = invoke('import:start', event(TRUSTED.senderFrame, sender), [TOKEN])
    await vi.advanceTimersByTimeAsync(0)

    // 2 seconds of progress every millisecond: 2000 updates.
    for (let ms = 0; ms < 2000; ms++) {
      // An extra field the contract does not have must not reach the renderer.
      emit(Object.assign(progress(Math.floor(ms / 20)), { secret: 'not in the contract' }))
      await vi.advanceTimersByTimeAsync(1)
    }
    const sent = sender.send.mock.calls
    expect(sent.length).toBeGreaterThanOrEqual(2 * 2)
    expect(sent.length).toBeLessThanOrEqual(10 * 2 + 1)
    for (const call of sent) {
      expect(call[0]).toBe('import:progress')
      expect(Object.keys(call[1] as object).sort()).toEqual(['bytesDone', 'bytesTotal', 'percent', 'stage'])
    }

    emit(progress(100))
    finish(ok('done'))
    await vi.advanceTimersByTimeAsync(0)
    const result = await pending
    expect(result.ok).toBe(true)
    expect(sender.send.mock.calls.at(-1)?.[1]).toEqual(progress(100))
  })

  it('keeps sending while the value changes slowly and stays quiet when it does not', async () => {
    vi.useFakeTimers()
    let emit: (p: ImportProgress) => void = () => undefined
    let finish: (r: Result<unknown>) => void = () => undefined
    f.engine.importSample.mockImplementation((onProgress: (p: ImportProgress) => void) => {
      emit = onProgress
      return new Promise((resolve) => {
        finish = resolve
      })
    })
    const sender = fakeSender()
    const pending = invoke('import:sample', event(TRUSTED.senderFrame, sender), [])
    await vi.advanceTimersByTimeAsync(0)
    // A change every 400 ms for 2 s: each one is delivered (≥ 2/s).
    for (let i = 0; i < 5; i++) {
      emit(progress(i))
      await vi.advanceTimersByTimeAsync(400)
    }
    expect(sender.send).toHaveBeenCalledTimes(5)
    // The same value repeated is not re-sent.
    for (let i = 0; i < 50; i++) {
      emit(progress(4))
      await vi.advanceTimersByTimeAsync(10)
    }
    expect(sender.send).toHaveBeenCalledTimes(5)
    finish(ok('done'))
    await vi.advanceTimersByTimeAsync(0)
    await pending
  })

  it('does not send to a window that has closed', async () => {
    f.engine.startImport.mockImplementation(async (_paths: string[], onProgress: (p: ImportProgress) => void) => {
      onProgress(progress(1))
      return ok('done')
    })
    const sender = { send: vi.fn(), isDestroyed: () => true }
    const result = await invoke('import:start', { senderFrame: TRUSTED.senderFrame, sender }, [TOKEN])
    expect(result.ok).toBe(true)
    expect(sender.send).not.toHaveBeenCalled()
  })

  it('interval constant matches ≤ 10 messages a second', () => {
    expect(PROGRESS_INTERVAL_MS).toBeGreaterThanOrEqual(100)
    expect(PROGRESS_INTERVAL_MS).toBeLessThanOrEqual(500)
  })
})
