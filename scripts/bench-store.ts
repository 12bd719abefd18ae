// scripts: `npm run bench:store`. Size and speed of the import store at scale (1M likes, 5M watch times); prints numbers, asserts nothing.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { DatedVideo, ExportSnapshot } from '../shared/core/snapshot'
import { VideoList } from '../shared/core/video-list'
import { ImportStore } from '../shared/node/import-store'
import { readExportPath } from '../shared/node/read-export-path'

async function time<T>(label: string, f: () => Promise<T>): Promise<T> {
  const t0 = performance.now()
  const out = await f()
  console.log(`${label.padEnd(38)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`)
  return out
}

async function main(): Promise<void> {
  const read = await readExportPath(resolve(__dirname, '../tests/fixtures/real/json-gen-b-2024-12/user_data_tiktok.json'))
  if (!read.ok) throw new Error(read.error.message)
  const big: ExportSnapshot = read.value
  const start = Date.UTC(2019, 0, 1)
  const likes = new Array<DatedVideo>(1_000_000)
  let at = start
  for (let i = 0; i < likes.length; i++) {
    at += 1000 * (1 + ((i * 7919) % 240))
    likes[i] = { at, videoId: String(7_000_000_000_000_000_000n + BigInt(i) * 1_234_567_891n) }
  }
  big.likes = VideoList.fromRows(likes)
  const watch = new Float64Array(5_000_000)
  at = start
  for (let i = 0; i < watch.length; i++) {
    at += 1000 * ((i * 104_729) % 90)
    watch[i] = at
  }
  big.watchTimes = watch

  const dir = mkdtempSync(join(tmpdir(), 'liketrace-store-bench-'))
  const store = new ImportStore(dir)
  const { id } = await time('save (new)', () => store.save(big, { importedAt: Date.now(), sourceName: 'big.zip' }))
  const size = statSync(join(dir, `${id}.json`)).size
  console.log(`${'file size'.padEnd(38)} ${(size / 1024 / 1024).toFixed(1).padStart(6)} MiB (${(size / (likes.length + watch.length)).toFixed(2)} bytes per row)`)
  await time('save (already stored)', () => store.save(big, { importedAt: Date.now(), sourceName: 'big.zip' }))
  // 49 more imports of the same size: copies with their own ids in the header.
  const text = readFileSync(join(dir, `${id}.json`))
  for (let i = 1; i < 50; i++) {
    const other = i.toString(16).padStart(64, '0')
    const copy = Buffer.from(text)
    copy.write(other, text.indexOf(id), 'latin1')
    writeFileSync(join(dir, `${other}.json`), copy)
  }
  const listed = await time('list (50 imports)', () => store.list())
  const loaded = await time('load', () => store.load(id))
  await time('latestEarlierImport (50 candidates)', () => store.latestEarlierImport({ ...big, exportedAt: (big.exportedAt ?? 0) + 1 }))
  console.log(`listed ${listed.imports.length} imports; loaded ${loaded?.likes.length ?? 0} likes and ${loaded?.watchTimes.length ?? 0} watch times`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
