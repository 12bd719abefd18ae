// shared/node tests: the analyze command's output contract (stable JSON keys, exit codes) in-process and through npm.
import { execFileSync, spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SECTION_NAMES } from '@shared/contract/model'
import { runAnalyze } from './analyze-cli'

const ROOT = resolve(__dirname, '../..')
const GEN_B = join(ROOT, 'tests/fixtures/real/json-gen-b-2024-12/user_data_tiktok.json')
const TXT = join(ROOT, 'tests/fixtures/real/txt-2023-12/Like List.txt')

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runAnalyze(args, { out: (t) => (out += t), err: (t) => (err += t), now: Date.UTC(2026, 10, 25) })
  return { code, out, err }
}

describe('analyze --json', () => {
  it('prints the stable keys with ISO-8601 UTC dates', async () => {
    const { code, out, err } = await run([GEN_B, '--json'])
    expect(code).toBe(0)
    expect(err).toBe('')
    const doc = JSON.parse(out)
    expect(doc).toMatchObject({ format: 'json', generation: 'B', partial: false, exportedAt: '2024-12-13T07:20:20.000Z' })
    for (const name of SECTION_NAMES) {
      expect(Object.keys(doc.sections[name]).sort()).toEqual(['count', 'first', 'last', 'present', 'retentionDays'])
    }
    expect(doc.sections.likes).toMatchObject({ count: 20, first: '2024-11-20T15:21:21.000Z', last: '2024-12-13T07:06:58.000Z' })
    expect(Array.isArray(doc.warnings)).toBe(true)
  })

  it('reports a failure as {"error": {code, message}} with exit code 2', async () => {
    const { code, out } = await run([join(ROOT, 'does-not-exist.zip'), '--json'])
    expect(code).toBe(2)
    expect(JSON.parse(out)).toEqual({ error: { code: 'FILE_NOT_FOUND', message: expect.stringMatching(/not found/) } })
  })

  it('rejects unknown options with exit code 2', async () => {
    const { code, err } = await run(['--frobnicate', GEN_B])
    expect(code).toBe(2)
    expect(err).toMatch(/Unknown option --frobnicate/)
  })
})

describe('analyze (readable)', () => {
  it('summarises a TXT like list with its span and partial-export note', async () => {
    const { code, out } = await run([TXT])
    expect(code).toBe(0)
    expect(out).toMatch(/TXT export, partial/)
    expect(out).toMatch(/Likes\s+1,177\s+2020-07-21\s+2023-12-27/)
  })
})

describe('npm run --silent analyze', () => {
  it('writes exactly one JSON document to stdout', () => {
    const stdout = execFileSync('npm', ['run', '--silent', 'analyze', '--', GEN_B, '--json'], { cwd: ROOT, encoding: 'utf8' })
    expect(JSON.parse(stdout).sections.likes.count).toBe(20)
  })

  it('exits with code 2 on an unreadable export', () => {
    const result = spawnSync('npm', ['run', '--silent', 'analyze', '--', join(ROOT, 'package.json'), '--json'], { cwd: ROOT, encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(JSON.parse(result.stdout).error.code).toBe('NOT_A_TIKTOK_EXPORT')
  })
})
