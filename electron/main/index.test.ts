// electron/main tests: the composition root's wiring and lifecycle order, with electron, the engine client and the worker path mocked.
import { API_CHANNELS, PRELOAD_CHANNELS } from '@shared/contract/ipc-contract'
import type { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const m = vi.hoisted(() => {
  const log: string[] = []
  return { log, state: { lock: true }, engines: [] as Array<{ options: unknown; dispose: ReturnType<typeof vi.fn> }>, windows: [] as Array<{ options: unknown; url: string | null }> }
})

vi.mock('./workers/engine.worker?modulePath', () => ({ default: '/fake/out/main/chunks/engine.worker.js' }))

vi.mock('@shared/node/engine/engine-client', () => ({
  EngineClient: class {
    readonly dispose = vi.fn(async () => {
      m.log.push('engine.dispose')
    })
    constructor(readonly options: unknown) {
      m.log.push('engine.new')
      m.engines.push(this)
    }
  },
}))

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  let ready: () => void = () => undefined
  const readyPromise = new Promise<void>((resolve) => {
    ready = resolve
  })
  class FakeApp extends Emitter {
    isPackaged = false
    enableSandbox = vi.fn(() => m.log.push('app.enableSandbox'))
    requestSingleInstanceLock = vi.fn(() => m.state.lock)
    whenReady = vi.fn(() => readyPromise)
    isReady = vi.fn(() => true)
    quit = vi.fn(() => m.log.push('app.quit'))
    getPath = vi.fn((name: string) => `/home/me/.config/LikeTrace-${name}`)
    getAppPath = vi.fn(() => '/repo')
    fireReady = (): void => ready()
    override on(event: string, listener: (...args: unknown[]) => void): this {
      m.log.push(`app.on:${event}`)
      return super.on(event, listener)
    }
  }
  const session = new Emitter()
  Object.assign(session, {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  })
  class BrowserWindow extends Emitter {
    static getAllWindows = vi.fn(() => [])
    webContents = new Emitter()
    url: string | null = null
    constructor(readonly options: unknown) {
      super()
      m.log.push('window.new')
      m.windows.push(this)
    }
    loadURL = vi.fn(async (url: string) => {
      m.log.push(`window.loadURL:${url}`)
      this.url = url
    })
    isMinimized = vi.fn(() => false)
    restore = vi.fn()
    focus = vi.fn()
    show = vi.fn()
  }
  return {
    app: new FakeApp(),
    BrowserWindow,
    session: { defaultSession: session },
    shell: { openExternal: vi.fn(async () => undefined) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => m.log.push('protocol.registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string) => m.log.push(`protocol.handle:${scheme}`)),
    },
    ipcMain: { handle: vi.fn((channel: string) => m.log.push(`ipc:${channel}`)) },
    dialog: { showOpenDialog: vi.fn() },
    Menu: { setApplicationMenu: vi.fn((menu: unknown) => m.log.push(`menu:${JSON.stringify(menu)}`)), buildFromTemplate: vi.fn((t: unknown) => t) },
  }
})

type FakeApp = EventEmitter & { fireReady(): void; quit: ReturnType<typeof vi.fn> }

async function boot(): Promise<FakeApp> {
  vi.resetModules()
  const electron = await import('electron')
  // The mocked electron module outlives resetModules: start each boot with no listeners from the previous one.
  ;(electron.app as unknown as EventEmitter).removeAllListeners()
  await import('./index')
  return electron.app as unknown as FakeApp
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

describe('composition root', () => {
  beforeEach(() => {
    m.log.length = 0
    m.engines.length = 0
    m.windows.length = 0
    m.state.lock = true
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('sandboxes, registers the scheme and the guards before ready; wires everything after', async () => {
    const app = await boot()
    const beforeReady = [...m.log]
    expect(beforeReady).toContain('app.enableSandbox')
    expect(beforeReady).toContain('protocol.registerSchemesAsPrivileged')
    expect(beforeReady).toContain('app.on:web-contents-created')
    expect(beforeReady.filter((e) => e.startsWith('ipc:') || e.startsWith('window') || e.startsWith('engine'))).toEqual([])

    app.fireReady()
    await flush()
    expect(m.log).toContain('protocol.handle:app')
    expect(m.log.filter((e) => e.startsWith('ipc:'))).toHaveLength(Object.keys(API_CHANNELS).length + Object.keys(PRELOAD_CHANNELS).length)
    expect(m.engines).toHaveLength(1)
    expect(m.engines[0]?.options).toEqual({
      workerPath: '/fake/out/main/chunks/engine.worker.js',
      storeDir: join('/home/me/.config/LikeTrace-userData', 'imports'),
      resourcesDir: join('/repo', 'resources'),
    })
    expect(m.windows).toHaveLength(1)
    const prefs = (m.windows[0]?.options as { webPreferences: Record<string, unknown> }).webPreferences
    expect(prefs['sandbox']).toBe(true)
    expect(prefs['contextIsolation']).toBe(true)
    // Unpackaged (development): DevTools on, Electron's default menu kept.
    expect(prefs['devTools']).toBe(true)
    expect(m.log.filter((e) => e.startsWith('menu:'))).toEqual([])
  })

  it('loads the dev server only when unpackaged and the variable is set; otherwise app://liketrace/', async () => {
    const app = await boot()
    app.fireReady()
    await flush()
    expect(m.windows[0]?.url).toBe('http://localhost:5173')
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined)
    m.windows.length = 0
    const app2 = await boot()
    app2.fireReady()
    await flush()
    expect(m.windows[0]?.url).toBe('app://liketrace/index.html')
  })

  it('ignores a dev server that is not on this machine', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://evil.example:5173/')
    const app = await boot()
    app.fireReady()
    await flush()
    expect(m.windows[0]?.url).toBe('app://liketrace/index.html')
  })

  it('a packaged app: no dev server whatever the environment says, no DevTools, no default menu', async () => {
    const electron = await import('electron')
    const fake = electron.app as unknown as { isPackaged: boolean }
    fake.isPackaged = true
    // Electron sets process.resourcesPath (where extraResources land); plain Node has none.
    const proc = process as { resourcesPath?: string }
    proc.resourcesPath = '/opt/LikeTrace/resources'
    try {
      const app = await boot()
      app.fireReady()
      await flush()
      expect(m.windows[0]?.url).toBe('app://liketrace/index.html')
      expect((m.windows[0]?.options as { webPreferences: { devTools: boolean } }).webPreferences.devTools).toBe(false)
      expect(m.log.filter((e) => e.startsWith('menu:'))).toEqual([process.platform === 'darwin' ? expect.stringContaining('appMenu') : 'menu:null'])
    } finally {
      fake.isPackaged = false
      delete proc.resourcesPath
    }
  })

  it('disposes the engine before quitting', async () => {
    const app = await boot()
    app.fireReady()
    await flush()
    const preventDefault = vi.fn()
    app.emit('will-quit', { preventDefault })
    expect(preventDefault).toHaveBeenCalledTimes(1)
    await flush()
    expect(m.engines[0]?.dispose).toHaveBeenCalledTimes(1)
    expect(m.log.slice(-2)).toEqual(['engine.dispose', 'app.quit'])
    const second = vi.fn()
    app.emit('will-quit', { preventDefault: second })
    expect(second).not.toHaveBeenCalled()
  })

  it('a second instance quits without wiring anything', async () => {
    m.state.lock = false
    await boot()
    expect(m.log).toEqual(['app.quit'])
  })
})
