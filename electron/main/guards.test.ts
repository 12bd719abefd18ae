// electron/main tests: guards driven on a fake webContents/session (house-style §7 item 26), with electron mocked.
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { App } from 'electron'
import type { GuardedContents } from './guards'
import { guardSession, guardWebContents, installGuards } from './guards'

vi.mock('electron', () => ({}))

type WindowOpenHandler = (details: { url: string }) => { action: string }
type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void

class FakeSession extends EventEmitter {
  permissionRequest: ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null = null
  permissionCheck: ((wc: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null
  devicePermission: ((details: unknown) => boolean) | null = null
  beforeRequest: RequestListener | null = null
  readonly webRequest = {
    onBeforeRequest: (listener: RequestListener) => {
      this.beforeRequest = listener
    },
  }
  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void {
    this.permissionRequest = handler
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheck']): void {
    this.permissionCheck = handler
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermission']): void {
    this.devicePermission = handler
  }
}

class FakeContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null
  constructor(readonly session: FakeSession = new FakeSession()) {
    super()
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }
}

function fakeEvent(url?: string): { url?: string; preventDefault: ReturnType<typeof vi.fn>; defaultPrevented: () => boolean } {
  const preventDefault = vi.fn()
  return { url, preventDefault, defaultPrevented: () => preventDefault.mock.calls.length > 0 }
}

function setup(devServerUrl?: string): { contents: FakeContents } {
  const contents = new FakeContents()
  guardWebContents(contents as unknown as GuardedContents, { devServerUrl })
  return { contents }
}

describe('navigation guards', () => {
  const blocked = [
    'https://x',
    'https://www.tiktok.com/@/video/1',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://liketrace.evil/',
    'app://user@liketrace/',
    'app://LIKETRACE/',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'about:blank',
    undefined,
  ]
  for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
    for (const url of blocked) {
      it(`${event} to ${String(url)} is prevented`, () => {
        const { contents } = setup()
        const e = fakeEvent(url)
        contents.emit(event, e, url)
        expect(e.defaultPrevented(), `${event} ${String(url)}`).toBe(true)
      })
    }
    it(`${event} within app://liketrace/ is allowed`, () => {
      const { contents } = setup()
      const e = fakeEvent('app://liketrace/index.html#/report')
      contents.emit(event, e)
      expect(e.defaultPrevented()).toBe(false)
    })
    it(`${event} to the dev server is allowed only in dev`, () => {
      const prod = setup()
      const e1 = fakeEvent('http://localhost:5173/')
      prod.contents.emit(event, e1)
      expect(e1.defaultPrevented()).toBe(true)
      const dev = setup('http://localhost:5173')
      const e2 = fakeEvent('http://localhost:5173/')
      dev.contents.emit(event, e2)
      expect(e2.defaultPrevented()).toBe(false)
    })
  }

  it('will-attach-webview is always prevented', () => {
    const { contents } = setup()
    const e = fakeEvent()
    contents.emit('will-attach-webview', e, {}, {})
    expect(e.defaultPrevented()).toBe(true)
  })
})

describe('window.open', () => {
  it('is denied for every URL, TikTok video pages and redirect endpoints included', () => {
    const { contents } = setup()
    const handler = contents.windowOpenHandler
    expect(handler).not.toBeNull()
    const urls = [
      'https://www.tiktok.com/@someone/video/7301234567890123456',
      'https://www.tiktok.com/link/v2?aid=1988&target=https%3A%2F%2Fevil.io',
      'https://evil.io/',
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:a@b.c',
      '\\\\attacker\\share',
      'app://liketrace/index.html',
      'about:blank',
    ]
    for (const url of urls) expect(handler?.({ url }), url).toEqual({ action: 'deny' })
  })
})

describe('session guards', () => {
  it('denies every permission request and check', () => {
    const { contents } = setup()
    const s = contents.session
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'fileSystem', 'unknown']) {
      const callback = vi.fn()
      s.permissionRequest?.({}, permission, callback, {})
      expect(callback.mock.calls, permission).toEqual([[false]])
      expect(s.permissionCheck?.({}, permission, 'app://liketrace', {}), permission).toBe(false)
    }
    expect(s.devicePermission?.({ deviceType: 'usb' })).toBe(false)
  })

  it('cancels network requests, lets app:// through', () => {
    const { contents } = setup()
    const decide = (url: string): boolean | undefined => {
      let cancel: boolean | undefined
      contents.session.beforeRequest?.({ url }, (response) => {
        cancel = response.cancel
      })
      return cancel
    }
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'wss://x/', 'ws://localhost:5173/', 'ftp://x/', 'file:///etc/passwd', 'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic']) {
      expect(decide(url), url).toBe(true)
    }
    expect(decide('app://liketrace/index.html')).toBe(false)
    expect(decide('data:image/png;base64,AAAA')).toBe(false)
  })

  it('allows the dev server only in dev', () => {
    const { contents } = setup('http://localhost:5173')
    let cancel: boolean | undefined
    contents.session.beforeRequest?.({ url: 'http://localhost:5173/src/main.tsx' }, (r) => {
      cancel = r.cancel
    })
    expect(cancel).toBe(false)
  })

  it('prevents downloads', () => {
    const { contents } = setup()
    const e = fakeEvent()
    contents.session.emit('will-download', e, {}, {})
    expect(e.defaultPrevented()).toBe(true)
  })

  it('guards each session once, however many webContents share it', () => {
    const session = new FakeSession()
    const spy = vi.spyOn(session, 'setPermissionRequestHandler')
    const opts = {}
    guardWebContents(new FakeContents(session) as unknown as GuardedContents, opts)
    guardWebContents(new FakeContents(session) as unknown as GuardedContents, opts)
    guardSession(session as unknown as Parameters<typeof guardSession>[0], opts)
    expect(spy).toHaveBeenCalledTimes(1)
  })
})

describe('installGuards', () => {
  it('guards every webContents the app creates', () => {
    const app = new EventEmitter()
    installGuards(app as unknown as App, {})
    const contents = new FakeContents()
    app.emit('web-contents-created', {}, contents)
    const e = fakeEvent('https://x')
    contents.emit('will-navigate', e)
    expect(e.defaultPrevented()).toBe(true)
    expect(contents.windowOpenHandler?.({ url: 'https://x' })).toEqual({ action: 'deny' })
  })
})
