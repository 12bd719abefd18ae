// shared/node tests: the engine in a real worker thread — progress, cancel, timeout and out-of-memory become typed results, and the next call still works.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportProgress } from '@shared/contract/views'
import { makeSpec } from '../../synth/export-spec'
import { renderJsonExport } from '../../synth/render-json'
import type { EngineClientOptions } from './engine-client'
import { EngineClient } from './engine-client'

const ROOT = resolve(__dirname, '../../..')
const REAL_B = join(ROOT, 'tests/fixtures/real/json-gen-b-2024-12/user_data_tiktok.json')
const clients: EngineClient[] = []

function client(extra: Partial<EngineClientOptions> = {}): EngineClient {
  const c = new EngineClient({
    workerPath: join(ROOT, 'tests/support/engine-worker.cjs'),
    storeDir: mkdtempSync(join(tmpdir(), 'liketrace-client-')),
    resourcesDir: join(ROOT, 'resources'),
    ...extra,
  })
  clients.push(c)
  return c
}

/** A large generated export (~40 MB of JSON): slow enough to cancel mid-read. */
let bigExport: string | null = null
function big(): string {
  if (bigExport) return bigExport
  const spec = makeSpec({ seed: 'client-big', likes: 20_000, watchRows: 400_000, logins: 200 })
  bigExport = join(mkdtempSync(join(tmpdir(), 'liketrace-big-')), 'user_data_tiktok.json')
  writeFileSync(bigExport, [...renderJsonExport(spec, { generation: 'C' })].join(''))
  return bigExport
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()))
})

describe('EngineClient', () => {
  it('imports in the worker with progress, then answers queries', async () => {
    const c = client()
    const progress: ImportProgress[] = []
    const r = await c.startImport([REAL_B], (p) => progress.push(p))
    expect(r.ok).toBe(true)
    expect(progress.at(-1)?.percent).toBe(100)
    const listed = await c.listImports()
    expect(listed.ok && listed.value).toHaveLength(1)
  }, 60_000)

  it('cancels a running import and keeps working', async () => {
    const c = client()
    const file = big()
    const pending = c.startImport([file], () => undefined)
    await new Promise((r) => setTimeout(r, 150))
    await c.cancelImport()
    const r = await pending
    expect(r.ok || r.error.code).toBe('CANCELLED')
    expect((await c.listImports()).ok).toBe(true)
  }, 60_000)

  it('refuses a second import while one runs', async () => {
    const c = client()
    const first = c.startImport([big()], () => undefined)
    const second = await c.startImport([REAL_B], () => undefined)
    expect(second.ok || second.error.code).toBe('BAD_ARGS')
    await c.cancelImport()
    await first
  }, 60_000)

  it('ends an import that runs past its time limit with TIMEOUT', async () => {
    const c = client({ importTimeoutMs: 200 })
    const r = await c.startImport([big()], () => undefined)
    expect(r.ok || r.error.code).toBe('TIMEOUT')
    expect((await c.listImports()).ok).toBe(true)
  }, 60_000)

  it('turns running out of memory into ARCHIVE_TOO_COMPLEX without taking the caller down', async () => {
    const c = client({ maxHeapMb: 8 })
    const r = await c.startImport([big()], () => undefined)
    expect(r.ok || r.error.code).toBe('ARCHIVE_TOO_COMPLEX')
    const again = client()
    expect((await again.listImports()).ok).toBe(true)
  }, 60_000)
})
