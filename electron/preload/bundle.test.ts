// electron/preload tests: the sandboxed preload bundle is CommonJS and requires nothing but `electron` (house-style §5 item 4).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from 'vite'
import type { Rollup } from 'vite'
import { resolveConfig } from 'electron-vite'

const root = join(import.meta.dirname, '../..')

/** Every module the code loads: require("x"), import … from "x", import("x"). */
function loadedModules(code: string): string[] {
  const found = new Set<string>()
  for (const re of [/\brequire\(\s*["']([^"']+)["']\s*\)/g, /\bimport\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g]) {
    for (const m of code.matchAll(re)) if (m[1] !== undefined) found.add(m[1])
  }
  return [...found]
}

function checkPreload(code: string): void {
  expect(loadedModules(code)).toEqual(['electron'])
  expect(code).not.toMatch(/^\s*(?:import|export)\s/m)
  expect(code).toContain('exposeInMainWorld')
}

describe('preload bundle', () => {
  it('built from the project config: CJS, only require("electron")', async () => {
    const resolved = await resolveConfig({ root, configFile: join(root, 'electron.vite.config.ts'), logLevel: 'silent' }, 'build', 'production')
    const preload = resolved.config?.preload
    expect(preload).toBeDefined()
    const output = (await build({ ...preload, logLevel: 'silent', build: { ...preload?.build, write: false, watch: null } })) as Rollup.RollupOutput | Rollup.RollupOutput[]
    const outputs = Array.isArray(output) ? output : [output]
    const chunks = outputs.flatMap((o) => o.output).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
    // One self-contained file per preload: a shared chunk would need a require() the sandbox does not allow.
    expect(chunks.map((c) => c.fileName).sort()).toEqual(['index.js', 'report.js'])
    for (const chunk of chunks) checkPreload(chunk.code)
    expect(chunks.find((c) => c.fileName === 'report.js')?.code).not.toContain('import:start')
  })

  it.skipIf(!existsSync(join(root, 'out/preload/report.js')))('out/preload/*.js from the last `electron-vite build` pass the same check', () => {
    checkPreload(readFileSync(join(root, 'out/preload/index.js'), 'utf8'))
    checkPreload(readFileSync(join(root, 'out/preload/report.js'), 'utf8'))
  })
})
