// electron/preload tests: window.api is exactly the contract's named functions, and no IpcRendererEvent crosses the bridge (house-style §7 item 23).
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { API_CHANNELS, EVENT_CHANNELS, PRELOAD_CHANNELS } from '@shared/contract/ipc-contract'

const mock = vi.hoisted(() => {
  const exposed = new Map<string, unknown>()
  return {
    exposed,
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args }, warnings: [] })),
    getPathForFile: vi.fn((file: unknown): string => {
      // Like Electron: a TypeError for non-Files, '' for a File that is not from disk.
      if (typeof file !== 'object' || file === null || !('name' in file)) throw new TypeError('not a File')
      return (file as { name: string }).name === 'made-up.zip' ? '' : `/home/me/Downloads/${(file as { name: string }).name}`
    }),
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

  it('exposes exactly the API_CHANNELS functions + onImportProgress + grantDroppedFiles, and no way to read a path', () => {
    expect(Object.keys(api).sort()).toEqual([...Object.keys(API_CHANNELS), 'onImportProgress', 'grantDroppedFiles'].sort())
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

  it('grantDroppedFiles resolves Files with webUtils and hands main the paths; the page gets main\'s grant back', async () => {
    mock.invoke.mockClear()
    const files = [{ name: 'TikTok_Data.zip' }, { name: 'made-up.zip' }]
    const result = await api['grantDroppedFiles']?.(files)
    expect(mock.invoke.mock.calls).toEqual([[PRELOAD_CHANNELS.grantDropped, ['/home/me/Downloads/TikTok_Data.zip']]])
    expect(result).toEqual({ ok: true, value: { channel: PRELOAD_CHANNELS.grantDropped, args: [['/home/me/Downloads/TikTok_Data.zip']] }, warnings: [] })
  })

  it('grantDroppedFiles never sends strings the page names, nor Files not from disk', async () => {
    mock.invoke.mockClear()
    for (const input of [['/etc/passwd'], '/etc/passwd', [{ name: 'made-up.zip' }], [], null, [null]]) {
      const result = (await api['grantDroppedFiles']?.(input)) as { ok: boolean; error?: { code: string } }
      expect(result.ok, JSON.stringify(input)).toBe(false)
      expect(result.error?.code).toBe('BAD_ARGS')
    }
    expect(mock.invoke).not.toHaveBeenCalled()
  })
})
