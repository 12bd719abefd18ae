// scripts: `npm run make:sample`. Regenerates the sample exports shipped in resources/sample/ from the seeded generator.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { renderJsonString } from '../shared/synth/render-json'
import { makeSamplePair } from '../shared/synth/sample-pair'
import { zipFiles } from '../shared/synth/zip'

async function main(): Promise<void> {
  const dir = resolve(__dirname, '../resources/sample')
  mkdirSync(dir, { recursive: true })
  for (const f of readdirSync(dir)) if (f.endsWith('.zip')) rmSync(join(dir, f))
  const { older, newer } = makeSamplePair()
  for (const spec of [older, newer]) {
    const name = `TikTok_Data_${Math.floor(spec.exportedAt / 1000)}.zip`
    const zip = await zipFiles(new Map([['user_data_tiktok.json', renderJsonString(spec, { generation: 'C' })]]), { date: new Date(spec.exportedAt) })
    writeFileSync(join(dir, name), zip)
    console.log(`${name}: ${(zip.length / 1024).toFixed(0)} KB, ${spec.likes.length} likes`)
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
