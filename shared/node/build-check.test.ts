// shared/node tests: when a build counts as stale (the check `npm run analyze` and `npm run report` make before using their builds).
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBuildFresh, newestMtime } from './build-check.mjs'

function tree(): { dir: string; out: string; src: string; at: (path: string, seconds: number) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'liketrace-build-check-'))
  const src = join(dir, 'src')
  mkdirSync(join(src, 'nested'), { recursive: true })
  const at = (path: string, seconds: number): void => {
    writeFileSync(path, 'x')
    utimesSync(path, seconds, seconds)
  }
  at(join(src, 'a.ts'), 1_000)
  at(join(src, 'nested', 'b.ts'), 2_000)
  return { dir, out: join(dir, 'out.mjs'), src, at }
}

describe('isBuildFresh', () => {
  it('is stale when the build is missing', () => {
    const t = tree()
    expect(isBuildFresh(t.out, [t.src])).toBe(false)
  })

  it('is fresh when every source, nested ones included, is older than the build', () => {
    const t = tree()
    t.at(t.out, 3_000)
    expect(isBuildFresh(t.out, [t.src])).toBe(true)
  })

  it('is stale when a nested source is newer than the build', () => {
    const t = tree()
    t.at(t.out, 3_000)
    t.at(join(t.src, 'nested', 'c.ts'), 4_000)
    expect(isBuildFresh(t.out, [t.src])).toBe(false)
  })

  it('ignores test files, and sources that do not exist (an installed copy)', () => {
    const t = tree()
    t.at(t.out, 3_000)
    t.at(join(t.src, 'nested', 'c.test.ts'), 4_000)
    expect(isBuildFresh(t.out, [t.src, join(t.dir, 'missing')])).toBe(true)
    expect(newestMtime(t.src)).toBe(2_000_000)
  })

  it('takes single files as sources', () => {
    const t = tree()
    t.at(t.out, 3_000)
    t.at(join(t.dir, 'package-lock.json'), 5_000)
    expect(isBuildFresh(t.out, [t.src, join(t.dir, 'package-lock.json')])).toBe(false)
  })
})
