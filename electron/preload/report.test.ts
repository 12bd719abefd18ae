// electron/preload tests: the report window's bridge exposes reportData and nothing else.
import { describe, expect, it, vi } from 'vitest'
import { API_CHANNELS } from '@shared/contract/ipc-contract'

const mock = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args }, warnings: [] })),
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => mock.exposed.set(key, value) },
  ipcRenderer: { invoke: mock.invoke },
}))

await import('./report')

describe('report preload', () => {
  it('exposes window.api with reportData only, bound to report:data', async () => {
    expect([...mock.exposed.keys()]).toEqual(['api'])
    const api = mock.exposed.get('api') as Record<string, (...a: unknown[]) => Promise<unknown>>
    expect(Object.keys(api)).toEqual(['reportData'])
    const req = { exportId: 'a'.repeat(64), generatedAt: '2025-03-01T12:00:00.000Z', paper: 'A4' }
    await api['reportData']?.(req)
    expect(mock.invoke.mock.calls).toEqual([[API_CHANNELS.reportData, req]])
  })
})
