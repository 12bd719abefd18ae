// scripts: `npm run make:fixtures`. Regenerates the committed hostile-input corpus in tests/fixtures/archives/ (deterministic bytes).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildCorpus, corpusReadme } from './lib/hostile-corpus'

const dir = resolve(__dirname, '../tests/fixtures/archives')
mkdirSync(dir, { recursive: true })
// Files of cases that no longer exist must not linger as untested fixtures.
for (const f of readdirSync(dir)) rmSync(join(dir, f))
const cases = buildCorpus()
let total = 0
for (const c of cases) {
  writeFileSync(join(dir, c.file), c.bytes)
  total += c.bytes.length
}
writeFileSync(join(dir, 'README.md'), corpusReadme(cases))
console.log(`${cases.length} cases, ${(total / 1024).toFixed(0)} KB in ${dir}`)
