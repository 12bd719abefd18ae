// scripts: measurement. Times the report CLI on generated exports (default 0, 1 and 1,000,000 likes) and prints PDF size and pages; no assertions.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { likeListExport } from '../shared/synth/like-list-export'
import { runReport } from '../shared/node/report-cli'

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isSafeInteger(n) && n >= 0)
  const dir = mkdtempSync(join(tmpdir(), 'liketrace-measure-'))
  try {
    for (const likes of sizes.length > 0 ? sizes : [0, 1, 1_000_000]) {
      const input = join(dir, `likes-${likes}.json`)
      writeFileSync(input, likeListExport(likes))
      const out = join(dir, `report-${likes}.pdf`)
      const lines: string[] = []
      const started = Date.now()
      const code = await runReport([input, '--out', out, '--generated-at', '2025-01-02T00:00:00Z'], { out: (t) => lines.push(t), err: (t) => lines.push(t) })
      const total = (Date.now() - started) / 1000
      if (code !== 0) {
        process.stdout.write(`${likes} likes: exit ${code}\n${lines.join('\n')}\n`)
        continue
      }
      const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1] ?? '?'
      const input_mb = (statSync(input).size / 1e6).toFixed(1)
      process.stdout.write(`${likes.toLocaleString('en-US')} ${likes === 1 ? 'like' : 'likes'} (${input_mb} MB export): ${lines.filter((l) => l.startsWith('Wrote')).join('; ')}; total ${total.toFixed(1)} s, ${pages} pages, ${(statSync(out).size / 1024).toFixed(0)} kB\n`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
