// electron/preload tests: window.api is exactly the contract's named functions, and no IpcRendererEvent crosses the bridge (house-style §7 item 23).
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { API_CHANNELS, EVENT_CHANNELS } from '@shared/contract/ipc-contract'

const mock = vi.hoisted(() => {
  const exposed = new Map<string, unknown>()
  return {
    exposed,
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args }, warnings: [] })),
    getPathForFile: vi.fn((_file: unknown) => '/home/me/Downloads/TikTok_Data.zip'),
  }
})

const renderer = new EventEmitter()

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      mock.exposed.set(key, value)
    },
  },
  ipcRenderer: {
    invoke: mock.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => renderer.on(channel, listener),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => renderer.removeListener(channel, listener),
  },
  webUtils: { getPathForFile: mock.getPathForFile },
}))

await import('./index')

const api = mock.exposed.get('api') as Record<string, (...args: unknown[]) => unknown>

describe('preload bridge', () => {
  it('exposes one object, window.api, and nothing else', () => {
    expect([...mock.exposed.keys()]).toEqual(['api'])
  })

  it('exposes exactly the API_CHANNELS functions + onImportProgress + pathForDroppedFile', () => {
    expect(Object.keys(api).sort()).toEqual([...Object.keys(API_CHANNELS), 'onImportProgress', 'pathForDroppedFile'].sort())
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function')
  })

  it('exposes no ipcRenderer, invoke passthrough or send', () => {
    for (const name of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'postMessage', 'electronAPI']) expect(Object.hasOwn(api, name), name).toBe(false)
  })

  it.each(Object.entries(API_CHANNELS))('%s invokes only %s and returns the Result, not an event', async (name, channel) => {
    mock.invoke.mockClear()
    const fn = api[name]
    const args = [{ probe: name }, 'second']
    const result = await fn?.(...args)
    expect(mock.invoke.mock.calls).toEqual([[channel, ...args]])
    expect(result).toEqual({ ok: true, value: { channel, args }, warnings: [] })
  })

  it('onImportProgress strips the event and returns a working unsubscribe', () => {
    const seen: unknown[][] = []
    const unsubscribe = api['onImportProgress']?.((...args: unknown[]) => {
      seen.push(args)
    }) as () => void
    expect(typeof unsubscribe).toBe('function')
    const fakeEvent = { sender: { invoke: () => undefined }, senderId: 0, ports: [] }
    const payload = { stage: 'reading-likes', bytesDone: 1, bytesTotal: 2, percent: 50 }
    renderer.emit(EVENT_CHANNELS.importProgress, fakeEvent, payload)
    expect(seen).toEqual([[payload]])
    expect(unsubscribe()).toBeUndefined()
    renderer.emit(EVENT_CHANNELS.importProgress, fakeEvent, payload)
    expect(seen).toHaveLength(1)
    expect(renderer.listenerCount(EVENT_CHANNELS.importProgress)).toBe(0)
  })

  it('onImportProgress refuses a non-function listener', () => {
    expect(() => api['onImportProgress']?.('not a function')).toThrow(TypeError)
    expect(renderer.listenerCount(EVENT_CHANNELS.importProgress)).toBe(0)
  })

  it('pathForDroppedFile goes through webUtils.getPathForFile', () => {
    const file = { name: 'TikTok_Data.zip' }
    expect(api['pathForDroppedFile']?.(file)).toBe('/home/me/Downloads/TikTok_Data.zip')
    expect(mock.getPathForFile.mock.calls).toEqual([[file]])
  })
})
