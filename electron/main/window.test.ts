// electron/main tests: the window factory's locked options (house-style §7 item 25), with electron mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest'

const created = vi.hoisted(() => ({ options: [] as unknown[] }))

vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      created.options.push(options)
    }
  },
}))

const { createMainWindow, lockedWebPreferences } = await import('./window')

describe('window factory', () => {
  beforeEach(() => {
    created.options.length = 0
  })

  it('locks webPreferences', () => {
    expect(lockedWebPreferences('/app/out/preload/index.js')).toEqual({
      preload: '/app/out/preload/index.js',
      devTools: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      spellcheck: false,
      webviewTag: false,
    })
  })

  it('creates the main window hidden, with exactly the locked webPreferences', () => {
    createMainWindow('/app/out/preload/index.js')
    expect(created.options).toHaveLength(1)
    const options = created.options[0] as Record<string, unknown>
    expect(options['show']).toBe(false)
    expect(options['webPreferences']).toEqual(lockedWebPreferences('/app/out/preload/index.js'))
    expect(options).toMatchInlineSnapshot(`
      {
        "height": 800,
        "minHeight": 640,
        "minWidth": 960,
        "show": false,
        "title": "LikeTrace",
        "webPreferences": {
          "contextIsolation": true,
          "devTools": false,
          "nodeIntegration": false,
          "preload": "/app/out/preload/index.js",
          "sandbox": true,
          "spellcheck": false,
          "webviewTag": false,
        },
        "width": 1280,
      }
    `)
  })

  it('has DevTools only when asked for (the unpackaged development app)', () => {
    expect(lockedWebPreferences('/p.js', { devTools: true }).devTools).toBe(true)
    createMainWindow('/p.js', { devTools: true })
    expect((created.options[0] as { webPreferences: { devTools: boolean } }).webPreferences.devTools).toBe(true)
  })

  it('never sets the insecure switches', () => {
    const prefs = lockedWebPreferences('/p.js') as Record<string, unknown>
    for (const key of ['webSecurity', 'allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames']) {
      expect(Object.hasOwn(prefs, key), key).toBe(false)
    }
  })
})
