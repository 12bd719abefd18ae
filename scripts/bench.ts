// scripts: Node. Reader benchmark: generates synthetic exports of given sizes, then times the inflate floor and the full read in fresh processes.
import { spawn } from 'node:child_process'
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import zlib from 'node:zlib'
import type { Generation } from '../shared/contract/model'
import { makeSpec } from '../shared/synth/export-spec'
import type { ExportSpec, SpecOptions } from '../shared/synth/export-spec'
import { renderJsonExport, renderJsonString, TYPICAL_EXPORT_DATE } from '../shared/synth/render-json'
import { listZipEntries, StreamingZipWriter } from './lib/zip-writer'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const READER = join(ROOT, 'shared/node/read-export-path.ts')
const MB = 1024 * 1024
/** Bump when the generator's output changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 2
const RESULT_MARK = 'BENCH_RESULT '

interface Args {
  sizes: number[]
  dir: string
  seed: number
  generation: Generation
  /** Fresh-process runs of the floor and the read per size, interleaved; the table shows medians. */
  runs: number
}

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const sizes = (value('--sizes') ?? '10,100,400,700')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isFinite(n) && n > 0)
  const gen = (value('--gen') ?? 'C').toUpperCase()
  if (gen !== 'A' && gen !== 'B' && gen !== 'C' && gen !== 'D') throw new Error(`--gen must be A, B, C or D, not ${gen}`)
  const runs = Math.max(1, Math.floor(Number(value('--runs') ?? 3)) || 1)
  return { sizes, dir: resolve(value('--dir') ?? join(ROOT, 'bench-data')), seed: Number(value('--seed') ?? 20251127), generation: gen, runs }
}

// ---------------------------------------------------------------------------------------------
// Generation (parent process).

interface Meta {
  version: number
  seed: number
  generation: Generation
  targetMB: number
  jsonBytes: number
  zipBytes: number
  likes: number
  watchRows: number
  generateSeconds: number
  zipSeconds: number
}

/** Account size for a target: likes and logins grow with the export, watch rows fill the rest (as in real files). */
function specOptions(targetMB: number, seed: number, generation: Generation, watchRows: number): SpecOptions {
  return {
    seed,
    exportedAt: TYPICAL_EXPORT_DATE[generation],
    likes: Math.round(Math.min(200_000, Math.max(500, targetMB * 600))),
    logins: Math.round(Math.min(20_000, Math.max(600, targetMB * 300))),
    searches: 200,
    shares: 150,
    followers: 300,
    following: 400,
    posts: 25,
    comments: 120,
    watchRows,
  }
}

/** Watch rows needed for `targetMB`: the size without watch rows plus a measured per-row cost. */
function watchRowsFor(targetMB: number, seed: number, generation: Generation): number {
  const size = (spec: ExportSpec): number => Buffer.byteLength(renderJsonString(spec, { generation }), 'utf8')
  const base = size(makeSpec(specOptions(targetMB, seed, generation, 0)))
  const probeRows = 20_000
  const probe = size(makeSpec(specOptions(targetMB, seed, generation, probeRows)))
  const perRow = (probe - base) / probeRows
  return Math.max(0, Math.round((targetMB * MB - base) / perRow))
}

async function generate(targetMB: number, args: Args): Promise<{ json: string; zip: string; meta: Meta; cached: boolean }> {
  const name = `export-${args.generation}-${targetMB}mb-s${args.seed}`
  const json = join(args.dir, `${name}.json`)
  const zip = join(args.dir, `${name}.zip`)
  const metaPath = join(args.dir, `${name}.meta.json`)
  if (existsSync(metaPath) && existsSync(json) && existsSync(zip)) {
    const meta = JSON.parse(await readFile(metaPath, 'utf8')) as Meta
    const [j, z] = await Promise.all([stat(json), stat(zip)])
    if (meta.version === GENERATOR_VERSION && meta.seed === args.seed && meta.generation === args.generation && j.size === meta.jsonBytes && z.size === meta.zipBytes) {
      return { json, zip, meta, cached: true }
    }
  }
  await rm(metaPath, { force: true })

  const watchRows = watchRowsFor(targetMB, args.seed, args.generation)
  const spec = makeSpec(specOptions(targetMB, args.seed, args.generation, watchRows))
  let t0 = performance.now()
  const fh = await open(json, 'w')
  let jsonBytes = 0
  try {
    for (const chunk of renderJsonExport(spec, { generation: args.generation, chunkChars: MB })) {
      const bytes = Buffer.from(chunk, 'utf8')
      jsonBytes += bytes.length
      await fh.write(bytes)
    }
  } finally {
    await fh.close()
  }
  const generateSeconds = (performance.now() - t0) / 1000

  t0 = performance.now()
  const writer = await StreamingZipWriter.create(zip)
  await writer.addEntry('user_data_tiktok.json', createReadStream(json, { highWaterMark: MB }), { mtime: new Date(spec.exportedAt) })
  const zipBytes = await writer.close()
  const zipSeconds = (performance.now() - t0) / 1000

  const meta: Meta = { version: GENERATOR_VERSION, seed: args.seed, generation: args.generation, targetMB, jsonBytes, zipBytes, likes: spec.likes.length, watchRows: spec.watch.count, generateSeconds, zipSeconds }
  await writeFile(metaPath, JSON.stringify(meta, null, 2) + '\n')
  return { json, zip, meta, cached: false }
}

// ---------------------------------------------------------------------------------------------
// Measurements (fresh child processes, so each peak RSS starts clean).

interface ChildResult {
  ok: boolean
  seconds: number
  maxRssMB: number
  bytes?: number
  likes?: number
  watchRows?: number
  error?: string
}

function report(result: ChildResult): void {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`)
}

const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024

/** The floor: native streaming inflate of the JSON entry, output discarded. Nothing can read the file faster. */
async function childFloor(zipPath: string): Promise<void> {
  const t0 = performance.now()
  const entries = await listZipEntries(zipPath)
  const entry = entries.find((e) => e.name.endsWith('.json'))
  if (entry === undefined) throw new Error('no JSON entry')
  let bytes = 0
  await new Promise<void>((resolveDone, reject) => {
    const input = createReadStream(zipPath, { start: entry.dataOffset, end: entry.dataOffset + entry.compressedSize - 1, highWaterMark: MB })
    const inflate = zlib.createInflateRaw()
    inflate.on('data', (chunk: Buffer) => {
      bytes += chunk.length
    })
    inflate.on('end', resolveDone)
    inflate.on('error', reject)
    input.on('error', reject)
    input.pipe(inflate)
  })
  report({ ok: bytes === entry.uncompressedSize, seconds: (performance.now() - t0) / 1000, maxRssMB: maxRssMB(), bytes })
}

interface ReaderModule {
  readExportPath: (path: string) => Promise<{ ok: true; value: { likes: readonly unknown[]; watchTimes: { length: number } } } | { ok: false; code: string }>
}

/** The full read: zip → snapshot through the app's own reader. */
async function childRead(zipPath: string): Promise<void> {
  const mod = (await import(pathToFileURL(READER).href)) as ReaderModule
  const t0 = performance.now()
  const result = await mod.readExportPath(zipPath)
  const seconds = (performance.now() - t0) / 1000
  if (result.ok) report({ ok: true, seconds, maxRssMB: maxRssMB(), likes: result.value.likes.length, watchRows: result.value.watchTimes.length })
  else report({ ok: false, seconds, maxRssMB: maxRssMB(), error: result.code })
}

async function childIdle(): Promise<void> {
  report({ ok: true, seconds: 0, maxRssMB: maxRssMB() })
}

function runChild(mode: 'floor' | 'read' | 'idle', zipPath: string): Promise<ChildResult> {
  return new Promise((resolveRun) => {
    // Same loader flags as this process (tsx), and the Node tsconfig so `@shared/…` imports resolve in the reader.
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', mode, zipPath], {
      cwd: ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.node.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK))
      if (line !== undefined) resolveRun(JSON.parse(line.slice(RESULT_MARK.length)) as ChildResult)
      else resolveRun({ ok: false, seconds: NaN, maxRssMB: NaN, error: `exit ${code}: ${err.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}` })
    })
  })
}

/**
 * Median time over runs, with the highest peak RSS of any run (the memory goals are about the worst case).
 * A failed run makes the whole result failed.
 */
function medianResult(results: readonly ChildResult[]): ChildResult {
  const failed = results.find((r) => !r.ok)
  if (failed !== undefined) return failed
  const sorted = [...results].sort((a, b) => a.seconds - b.seconds)
  const mid = sorted.length / 2
  const seconds = sorted.length % 2 === 1 ? (sorted[Math.floor(mid)]?.seconds ?? NaN) : ((sorted[mid - 1]?.seconds ?? NaN) + (sorted[mid]?.seconds ?? NaN)) / 2
  const first = sorted[0] as ChildResult
  return { ...first, seconds, maxRssMB: Math.max(...results.map((r) => r.maxRssMB)) }
}

// ---------------------------------------------------------------------------------------------
// Table.

const fmt = (n: number | undefined, digits = 1): string => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits))

function goals(jsonMB: number, targetMB: number, floor: ChildResult, read: ChildResult | null): string {
  if (read === null || !read.ok) return ''
  const marks: string[] = []
  const ratio = read.seconds / floor.seconds
  marks.push(`ratio≤2.0 ${ratio <= 2 ? '✓' : '✗'}`)
  if (targetMB === 400) marks.push(`RSS≤${fmt(0.6 * jsonMB, 0)}MB ${read.maxRssMB <= 0.6 * jsonMB ? '✓' : '✗'}`)
  if (targetMB === 700) marks.push(`RSS<1GB ${read.maxRssMB < 1024 ? '✓' : '✗'}`)
  if (targetMB === 5) marks.push(`<300ms ${read.seconds < 0.3 ? '✓' : '✗'}`)
  return marks.join('  ')
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  await mkdir(args.dir, { recursive: true })
  const readerAvailable = existsSync(READER)
  const targets = [5, ...args.sizes.filter((s) => s !== 5)]
  console.log(`LikeTrace reader benchmark — generation ${args.generation}, seed ${args.seed}, data in ${args.dir}`)
  console.log(`Node ${process.version}; reader ${readerAvailable ? 'shared/node/read-export-path.ts' : 'not available'}`)
  const idle = await runChild('idle', '')
  console.log(`Baseline RSS of an idle child (node + tsx): ${fmt(idle.maxRssMB)} MB\n`)

  const header = ['export', 'JSON MB', 'zip MB', 'floor s', 'floor RSS MB', 'read s', 'read RSS MB', 'ratio', 'likes/watch read', 'expected', 'goals']
  const rows: string[][] = []
  for (const target of targets) {
    const label = target === 5 ? 'typical 5 MB' : `${target} MB`
    process.stderr.write(`[${label}] generating… `)
    const g = await generate(target, args)
    process.stderr.write(g.cached ? 'cached. ' : `${fmt(g.meta.generateSeconds)} s + zip ${fmt(g.meta.zipSeconds)} s. `)
    // Floor and read alternate, each in a fresh process, so machine noise (other jobs, the page cache, CPU
    // frequency) hits both alike; one run of a 5 MB read lasts a few tens of ms, so single runs mostly measure noise.
    const floors: ChildResult[] = []
    const reads: ChildResult[] = []
    for (let run = 0; run < args.runs; run++) {
      process.stderr.write(args.runs > 1 ? `floor/read ${run + 1}… ` : 'floor… ')
      floors.push(await runChild('floor', g.zip))
      if (readerAvailable) reads.push(await runChild('read', g.zip))
    }
    const floor = medianResult(floors)
    const read: ChildResult | null = readerAvailable ? medianResult(reads) : null
    process.stderr.write('done\n')
    const jsonMB = g.meta.jsonBytes / MB
    rows.push([
      label,
      fmt(jsonMB),
      fmt(g.meta.zipBytes / MB),
      fmt(floor.seconds, 2),
      fmt(floor.maxRssMB, 0),
      read === null ? 'reader not available' : read.ok ? fmt(read.seconds, 2) : `failed: ${read.error ?? '?'}`,
      read === null ? '–' : fmt(read.maxRssMB, 0),
      read?.ok === true ? fmt(read.seconds / floor.seconds, 2) : '–',
      read?.ok === true ? `${read.likes ?? '?'}/${read.watchRows ?? '?'}` : '–',
      `${g.meta.likes}/${g.meta.watchRows}`,
      goals(jsonMB, target, floor, read),
    ])
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'))
  for (const r of rows) console.log(line(r))
  console.log('\nGoals: read/floor ratio ≤ 2.0; read RSS ≤ 0.6 × JSON size at 400 MB and < 1 GB at 700 MB; typical 5 MB read < 300 ms.')
  console.log(`Times are medians of ${args.runs} fresh-process run${args.runs === 1 ? '' : 's'} each (--runs N), floor and read alternating.`)
  console.log('RSS is peak resident memory of a fresh process (process.resourceUsage().maxRSS, highest of the runs), including the idle baseline above.')
}

const childIndex = process.argv.indexOf('--child')
if (childIndex >= 0) {
  const mode = process.argv[childIndex + 1]
  const zipPath = process.argv[childIndex + 2] ?? ''
  const run = mode === 'floor' ? childFloor(zipPath) : mode === 'read' ? childRead(zipPath) : childIdle()
  run.catch((err: unknown) => {
    report({ ok: false, seconds: NaN, maxRssMB: maxRssMB(), error: err instanceof Error ? err.message : String(err) })
    process.exitCode = 1
  })
} else {
  main().catch((err: unknown) => {
    console.error(err)
    process.exitCode = 1
  })
}
