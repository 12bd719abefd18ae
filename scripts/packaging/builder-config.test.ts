// Tests: the installer configuration without building one: targets, icons, the sample, what may enter the asar, and the fuses hook.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { minimatch } from 'minimatch'
import { describe, expect, it } from 'vitest'
import { ASAR_FILES, builderConfig } from './builder-config'
import { flipFusesAfterPack } from './fuses'

const ROOT = resolve(__dirname, '../..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string>; devDependencies: Record<string, string> }

/** electron-builder's rule: a file is packed when the last pattern that matches it is an inclusion. */
function packed(path: string): boolean {
  let keep = false
  for (const pattern of ASAR_FILES) {
    const negated = pattern.startsWith('!')
    if (minimatch(path, negated ? pattern.slice(1) : pattern, { dot: true })) keep = !negated
  }
  return keep
}

function walk(dir: string, skip: ReadonlySet<string>): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(path, skip))
    else out.push(relative(ROOT, path).split('\\').join('/'))
  }
  return out
}

/** Bare module names the main process and its engine worker load: imports followed from their entry files (tests and CLIs are not reached). */
function runtimeImports(): Set<string> {
  const found = new Set<string>()
  const seen = new Set<string>()
  const resolveFile = (base: string): string | null => {
    for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate) && !statSync(candidate).isDirectory()) return candidate
    return null
  }
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
      const spec = (m[1] as string).replace(/\?modulePath$/, '')
      if (spec.startsWith('.') || spec.startsWith('@shared/')) {
        const target = resolveFile(spec.startsWith('.') ? resolve(dirname(file), spec) : join(ROOT, 'shared', spec.slice('@shared/'.length)))
        if (target !== null) visit(target)
        continue
      }
      if (spec.startsWith('node:') || spec === 'electron' || builtinModules.includes(spec)) continue
      found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string))
    }
  }
  // index.ts reaches the engine worker through its `?modulePath` import.
  visit(join(ROOT, 'electron/main/index.ts'))
  expect(seen.has(join(ROOT, 'electron/main/workers/engine.worker.ts'))).toBe(true)
  return found
}

describe('installers', () => {
  it('builds an AppImage and a .deb, a .dmg and an NSIS installer, with the app icon for each', () => {
    expect(builderConfig.linux.target).toEqual(['AppImage', 'deb'])
    expect(builderConfig.mac.target).toEqual(['dmg'])
    expect(builderConfig.win.target).toEqual(['nsis'])
    for (const icon of [builderConfig.linux.icon, builderConfig.mac.icon, builderConfig.win.icon]) expect(existsSync(join(ROOT, icon)), icon).toBe(true)
  })

  it('ships the sample outside the asar, where the main process looks for it', () => {
    expect(builderConfig.extraResources).toEqual([{ from: 'resources/sample', to: 'sample', filter: ['*.zip'] }])
    expect(readdirSync(join(ROOT, 'resources/sample')).filter((f) => f.endsWith('.zip')).length).toBeGreaterThanOrEqual(2)
    expect(readFileSync(join(ROOT, 'electron/main/index.ts'), 'utf8')).toContain("app.isPackaged ? [process.resourcesPath, join(app.getAppPath(), 'resources')]")
  })

  it('passes electron-builder\'s own configuration schema', async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config')) as unknown as {
      validateConfiguration(config: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>
    }
    await expect(validateConfiguration(builderConfig, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined()
    await expect(validateConfiguration({ ...builderConfig, asarr: true }, { isEnabled: false, add: () => undefined })).rejects.toThrow(/configuration/i)
  })

  it('flips the fuses after packing', () => {
    expect(builderConfig.afterPack).toBe(flipFusesAfterPack)
    expect(builderConfig.asar).toBe(true)
  })
})

describe('what enters the asar', () => {
  it('packs the built app and package.json; never sources, tests, maps, fixtures or scripts', () => {
    for (const path of ['out/main/index.js', 'out/main/chunks/engine.worker-1a2b3c4d.js', 'out/preload/index.js', 'out/preload/report.js', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js', 'out/renderer/assets/index-abc.css', 'package.json', pkg.main.replace(/^\.\//, '')]) {
      expect(packed(path), path).toBe(true)
    }
    for (const path of ['out/main/index.js.map', 'out/renderer/assets/index-abc.js.map', 'electron/main/index.ts', 'shared/core/read-export.ts', 'renderer/src/App.tsx', 'scripts/start.ts', 'tests/fixtures/real/README.md', 'resources/sample/TikTok_Data_1759774360.zip', 'README.md', 'package-lock.json', 'tsconfig.json', '.ci/run', 'out/main/x.test.js']) {
      expect(packed(path), path).toBe(false)
    }
  })

  it('leaves every file of the repository out except the built app and package.json', () => {
    const repo = walk(ROOT, new Set(['node_modules', '.git', 'out', 'dist', 'bench-data']))
    expect(repo.filter(packed)).toEqual(['package.json'])
  })

  it('declares as dependencies exactly what the main process and its worker import; the renderer\'s libraries are bundled (devDependencies)', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...runtimeImports()].sort())
    for (const lib of ['react', 'react-dom', 'recharts', '@tanstack/react-virtual', 'jszip', 'electron']) expect(Object.keys(pkg.devDependencies), lib).toContain(lib)
  })
})
