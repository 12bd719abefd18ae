// scripts: Node. Reader benchmark: generates synthetic exports (by size, a like-heavy one, a TXT one), then times the inflate floor, the read and the whole `analyze --json` process.
import { spawn } from 'node:child_process'
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import zlib from 'node:zlib'
import type { Generation } from '../shared/contract/model'
import { makeSpec } from '../shared/synth/export-spec'
import type { ExportSpec, SpecOptions } from '../shared/synth/export-spec'
import { renderJsonExport, renderJsonString, TYPICAL_EXPORT_DATE } from '../shared/synth/render-json'
import { renderTxtExport } from '../shared/synth/render-txt'
import type { ZipEntryLocation } from './lib/zip-writer'
import { listZipEntries, StreamingZipWriter } from './lib/zip-writer'
import { zlibHandle } from '../shared/node/inflate'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const READER = join(ROOT, 'shared/node/read-export-path.ts')
const CLI = join(ROOT, 'scripts/cli.mjs')
/** The node flags package.json's `analyze` script runs the command line with, so `node cli` differs from `npm run` by npm alone. */
const ANALYZE_NODE_FLAGS = ['--max-semi-space-size=4']
const MB = 1024 * 1024
/** Bump when the generator's output changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 3
const RESULT_MARK = 'BENCH_RESULT '
/** zlib's output chunk for the floor: 1 MiB, not the default 16 KiB, whose per-chunk overhead more than doubles the time. */
const INFLATE_CHUNK = MB
/**
 * A like-heavy account (as in issue #12): 762,600 likes and 3,050,000 watch rows (the generator's JSON is wider than
 * TikTok's: 518 MiB). As TXT, 2,900,000 watch rows, so Watch History.txt stays under the 256 MiB cap of one TXT file.
 */
const LIKE_HEAVY = { likes: 762_600, watchRows: 3_050_000, txtWatchRows: 2_900_000 }

/** One export the benchmark measures: by target size (JSON), or a fixed account (like-heavy JSON, or TXT). */
interface Shape {
  label: string
  /** Cache file stem. */
  name: string
  format: 'json' | 'txt'
  /** For size-based shapes: the JSON size to aim at. */
  targetMB: number | null
}

interface Args {
  sizes: number[]
  shapes: Array<'like-heavy' | 'txt'>
  dir: string
  seed: number
  generation: Generation
  /** Fresh-process runs of each measurement per shape, interleaved; the table shows medians. */
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
  const shapes = (value('--shapes') ?? 'like-heavy,txt')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  for (const s of shapes) if (s !== 'like-heavy' && s !== 'txt') throw new Error(`--shapes takes like-heavy and txt, not ${s}`)
  const gen = (value('--gen') ?? 'C').toUpperCase()
  if (gen !== 'A' && gen !== 'B' && gen !== 'C' && gen !== 'D') throw new Error(`--gen must be A, B, C or D, not ${gen}`)
  const runs = Math.max(1, Math.floor(Number(value('--runs') ?? 3)) || 1)
  return {
    sizes,
    shapes: shapes as Array<'like-heavy' | 'txt'>,
    dir: resolve(value('--dir') ?? join(ROOT, 'bench-data')),
    seed: Number(value('--seed') ?? 20251127),
    generation: gen,
    runs,
  }
}

// ---------------------------------------------------------------------------------------------
// Generation (parent process).

interface Meta {
  version: number
  seed: number
  generation: Generation
  format: 'json' | 'txt'
  /** Unpacked size of the export's files (the JSON, or every TXT file). */
  exportBytes: number
  zipBytes: number
  likes: number
  watchRows: number
  generateSeconds: number
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

function shapeSpec(shape: Shape, args: Args): ExportSpec {
  if (shape.targetMB !== null) return makeSpec(specOptions(shape.targetMB, args.seed, args.generation, watchRowsFor(shape.targetMB, args.seed, args.generation)))
  const watchRows = shape.format === 'txt' ? LIKE_HEAVY.txtWatchRows : LIKE_HEAVY.watchRows
  return makeSpec({ ...specOptions(400, args.seed, args.generation, watchRows), likes: LIKE_HEAVY.likes })
}

/** Writes the shape's zip (and, for JSON, the JSON beside it); returns the cached copy when it is current. */
async function generate(shape: Shape, args: Args): Promise<{ zip: string; meta: Meta; cached: boolean }> {
  const stem = `${shape.name}-${args.generation}-s${args.seed}`
  const zip = join(args.dir, `${stem}.zip`)
  const metaPath = join(args.dir, `${stem}.meta.json`)
  if (existsSync(metaPath) && existsSync(zip)) {
    const meta = JSON.parse(await readFile(metaPath, 'utf8')) as Meta
    const z = await stat(zip)
    if (meta.version === GENERATOR_VERSION && meta.seed === args.seed && meta.generation === args.generation && z.size === meta.zipBytes) return { zip, meta, cached: true }
  }
  await rm(metaPath, { force: true })

  const spec = shapeSpec(shape, args)
  const t0 = performance.now()
  const writer = await StreamingZipWriter.create(zip)
  const mtime = new Date(spec.exportedAt)
  let exportBytes = 0
  if (shape.format === 'json') {
    // Through a file, so the zip writer streams it in 1 MiB pieces and the JSON can be inspected by hand.
    const json = join(args.dir, `${stem}.json`)
    const fh = await open(json, 'w')
    try {
      for (const chunk of renderJsonExport(spec, { generation: args.generation, chunkChars: MB })) {
        const bytes = Buffer.from(chunk, 'utf8')
        exportBytes += bytes.length
        await fh.write(bytes)
      }
    } finally {
      await fh.close()
    }
    await writer.addEntry('user_data_tiktok.json', createReadStream(json, { highWaterMark: MB }), { mtime })
  } else {
    for (const [path, text] of renderTxtExport(spec, { generation: args.generation, language: 'en' })) {
      const bytes = Buffer.from(text, 'utf8')
      exportBytes += bytes.length
      await writer.addEntry(path, [bytes], { mtime })
    }
  }
  const zipBytes = await writer.close()
  const meta: Meta = {
    version: GENERATOR_VERSION,
    seed: args.seed,
    generation: args.generation,
    format: shape.format,
    exportBytes,
    zipBytes,
    likes: spec.likes.length,
    watchRows: spec.watch.count,
    generateSeconds: (performance.now() - t0) / 1000,
  }
  await writeFile(metaPath, JSON.stringify(meta, null, 2) + '\n')
  return { zip, meta, cached: false }
}

// ---------------------------------------------------------------------------------------------
// Measurements (fresh child processes, so each peak RSS starts clean).

interface ChildResult {
  ok: boolean
  seconds: number
  /** CPU time (user + system) of the measured work, every thread: less shaken than wall time by other jobs on the machine. */
  cpuSeconds?: number
  maxRssMB: number
  bytes?: number
  likes?: number
  watchRows?: number
  /** Floor only: which inflate was faster in this run. */
  method?: string
  error?: string
}

function report(result: ChildResult): void {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`)
}

const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024
const cpuSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}

/** Native streaming inflate of one entry with 1 MiB reads and 1 MiB output chunks, output discarded. */
function inflateStreaming(zipPath: string, entry: ZipEntryLocation): Promise<number> {
  let bytes = 0
  return new Promise<number>((resolveDone, reject) => {
    const input = createReadStream(zipPath, { start: entry.dataOffset, end: entry.dataOffset + entry.compressedSize - 1, highWaterMark: MB })
    const inflate = zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK })
    inflate.on('data', (chunk: Buffer) => {
      bytes += chunk.length
    })
    inflate.on('end', () => resolveDone(bytes))
    inflate.on('error', reject)
    input.on('error', reject)
    input.pipe(inflate)
  })
}

/** One native call on the whole entry: the compressed bytes read at once, inflated into one buffer of the entry's size. */
async function inflateWhole(zipPath: string, entry: ZipEntryLocation): Promise<number> {
  const fh = await open(zipPath, 'r')
  try {
    const compressed = Buffer.allocUnsafe(entry.compressedSize)
    await fh.read(compressed, 0, entry.compressedSize, entry.dataOffset)
    return zlib.inflateRawSync(compressed, { chunkSize: Math.max(INFLATE_CHUNK, entry.uncompressedSize + 1) }).length
  } finally {
    await fh.close()
  }
}

/**
 * Native zlib (the build Node ships) called directly, one reused 1 MiB buffer for input and one for output, output
 * discarded: the inflate alone, without a fresh output buffer per chunk (on a machine where first writes to new memory
 * are slow, those cost more than the inflate). It reaches zlib's handle as Node's own inflateRawSync does; null when a
 * Node version does not expose it, and the floor is then the fastest of the public ways.
 */
async function inflateReused(zipPath: string, entry: ZipEntryLocation): Promise<number | null> {
  const inflater = zlib.createInflateRaw()
  const handle = zlibHandle(inflater)
  if (handle === null) return null
  inflater.on('error', () => undefined)
  const fh = await open(zipPath, 'r')
  try {
    const input = Buffer.allocUnsafe(MB)
    const output = Buffer.allocUnsafe(INFLATE_CHUNK)
    let bytes = 0
    for (let at = 0; at < entry.compressedSize; ) {
      const { bytesRead } = await fh.read(input, 0, Math.min(MB, entry.compressedSize - at), entry.dataOffset + at)
      if (bytesRead === 0) break
      at += bytesRead
      let inOffset = 0
      let inLength = bytesRead
      for (;;) {
        handle.writeSync(zlib.constants.Z_NO_FLUSH, input, inOffset, inLength, output, 0, output.length)
        if (inflater.destroyed) throw new Error(`The deflate data of the entry at ${entry.dataOffset} is damaged.`)
        const [outLeft = 0, inLeft = 0] = handle.state
        bytes += output.length - outLeft
        inOffset += inLength - inLeft
        inLength = inLeft
        if (outLeft !== 0) break
      }
    }
    return bytes
  } finally {
    inflater.close()
    await fh.close()
  }
}

/**
 * The floor: the fastest native inflate of the export's entries, output discarded. Nothing can read the export faster.
 * Every way is timed (zlib's handle into a reused buffer, streaming, one call on the whole entry) and the fastest
 * counts; the order rotates between runs so none always gets the warm page cache.
 */
async function childFloor(zipPath: string, run: number): Promise<void> {
  const entries = await listZipEntries(zipPath)
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0)
  type Inflate = (path: string, e: ZipEntryLocation) => Promise<number | null>
  type Timed = { seconds: number; cpuSeconds: number; bytes: number; method: string }
  const time = async (method: string, inflate: Inflate): Promise<Timed | null> => {
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    let bytes = 0
    for (const e of entries) {
      const n = await inflate(zipPath, e)
      if (n === null) return null
      bytes += n
    }
    return { seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSince(cpu0), bytes, method }
  }
  const ways: [string, Inflate][] = [
    ['reused', inflateReused],
    ['streaming', inflateStreaming],
    ['whole', inflateWhole],
  ]
  let best: Timed | null = null
  for (let i = 0; i < ways.length; i++) {
    const [method, inflate] = ways[(run + i) % ways.length] as [string, Inflate]
    const r = await time(method, inflate)
    if (r !== null && (best === null || r.seconds < best.seconds)) best = r
  }
  if (best === null) throw new Error('No inflate finished.')
  report({ ok: best.bytes === total, seconds: best.seconds, cpuSeconds: best.cpuSeconds, maxRssMB: maxRssMB(), bytes: best.bytes, method: best.method })
}

interface ReaderModule {
  readExportPath: (path: string) => Promise<{ ok: true; value: { likes: readonly unknown[]; watchTimes: { length: number } } } | { ok: false; code: string }>
}

/** The read in-process: zip → snapshot through the app's own reader, timed after the module is loaded. */
async function childRead(zipPath: string): Promise<void> {
  const mod = (await import(pathToFileURL(READER).href)) as ReaderModule
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const result = await mod.readExportPath(zipPath)
  const seconds = (performance.now() - t0) / 1000
  const cpuSeconds = cpuSince(cpu0)
  if (result.ok) report({ ok: true, seconds, cpuSeconds, maxRssMB: maxRssMB(), likes: result.value.likes.length, watchRows: result.value.watchTimes.length })
  else report({ ok: false, seconds, maxRssMB: maxRssMB(), error: result.code })
}

async function childIdle(): Promise<void> {
  report({ ok: true, seconds: 0, maxRssMB: maxRssMB() })
}

function runChild(mode: 'floor' | 'read' | 'idle', zipPath: string, run = 0): Promise<ChildResult> {
  return new Promise((resolveRun) => {
    // Same loader flags as this process (tsx), and the Node tsconfig so `@shared/…` imports resolve in the reader.
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', mode, zipPath, String(run)], {
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

/** GNU time, when installed, reports the peak RSS of a command and everything it waited for (npm, then node). */
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p)) ?? null

/**
 * The whole command as a user runs it, wall time from spawn to exit: `npm run --silent analyze -- <zip> --json`
 * (`via: 'npm'`), or the same without npm's own start (`node scripts/cli.mjs analyze`). stdout must be one JSON
 * document with the expected counts.
 */
async function runWhole(zipPath: string, via: 'npm' | 'node'): Promise<ChildResult> {
  const command = via === 'npm' ? ['npm', 'run', '--silent', 'analyze', '--', zipPath, '--json'] : [process.execPath, ...ANALYZE_NODE_FLAGS, CLI, 'analyze', zipPath, '--json']
  const scratch = await mkdtemp(join(tmpdir(), 'liketrace-bench-'))
  const rssFile = join(scratch, 'rss')
  const argv = GNU_TIME === null ? command : [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, ...command]
  try {
    const t0 = performance.now()
    const { code, out, err } = await new Promise<{ code: number | null; out: string; err: string }>((resolveRun) => {
      const child = spawn(argv[0] as string, argv.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
      const outChunks: Buffer[] = []
      let errText = ''
      child.stdout.on('data', (d: Buffer) => outChunks.push(d))
      child.stderr.on('data', (d: Buffer) => (errText += d.toString()))
      child.on('close', (exit) => resolveRun({ code: exit, out: Buffer.concat(outChunks).toString('utf8'), err: errText }))
    })
    const seconds = (performance.now() - t0) / 1000
    // GNU time's last line: peak RSS (KB), user and system seconds of the command and everything it waited for.
    const [rssKB = NaN, user = NaN, system = NaN] = GNU_TIME === null ? [] : ((await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '').split(' ').map(Number)
    const cpuSeconds = user + system
    if (code !== 0) return { ok: false, seconds, maxRssMB: NaN, error: `exit ${code}: ${err.trim().slice(0, 300)}` }
    let doc: { sections?: { likes?: { count?: number }; watchHistory?: { count?: number } } }
    try {
      doc = JSON.parse(out) as typeof doc
    } catch {
      return { ok: false, seconds, maxRssMB: NaN, error: 'stdout is not one JSON document' }
    }
    return { ok: true, seconds, cpuSeconds, maxRssMB: rssKB / 1024, likes: doc.sections?.likes?.count, watchRows: doc.sections?.watchHistory?.count }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * The command's fixed cost: spawn to exit of the same command on a file that does not exist (it stops at the first
 * check, before reading anything). npm's own start is most of it; no reader can finish sooner than this plus the floor.
 */
async function startCost(via: 'npm' | 'node', runs: number): Promise<number> {
  const missing = join(tmpdir(), 'liketrace-bench-no-such-export.zip')
  const command = via === 'npm' ? ['npm', 'run', '--silent', 'analyze', '--', missing, '--json'] : [process.execPath, ...ANALYZE_NODE_FLAGS, CLI, 'analyze', missing, '--json']
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now()
    await new Promise<void>((resolveRun) => {
      const child = spawn(command[0] as string, command.slice(1), { cwd: ROOT, stdio: 'ignore' })
      child.on('close', () => resolveRun())
    })
    times.push((performance.now() - t0) / 1000)
  }
  return median(times)
}

/** Median of the finite values, NaN when there are none. */
function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const mid = sorted.length / 2
  return sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/**
 * Median wall and CPU time over runs, with the highest peak RSS of any run (the memory goals are about the worst
 * case). A failed run makes the whole result failed.
 */
function medianResult(results: readonly ChildResult[]): ChildResult {
  const failed = results.find((r) => !r.ok)
  if (failed !== undefined) return failed
  const first = results[0] as ChildResult
  return {
    ...first,
    seconds: median(results.map((r) => r.seconds)),
    cpuSeconds: median(results.map((r) => r.cpuSeconds ?? NaN)),
    maxRssMB: Math.max(...results.map((r) => r.maxRssMB)),
  }
}

// ---------------------------------------------------------------------------------------------
// Table.

const fmt = (n: number | undefined, digits = 1): string => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits))
const cell = (r: ChildResult, digits = 2): string => (r.ok ? fmt(r.seconds, digits) : `failed: ${r.error ?? '?'}`)

/** Goals of issue #12 for the large exports: the whole command within 1.5× the floor, peak RSS ≤ 0.35 × the export. */
/**
 * Goals of issue #12 for the large exports: the whole command within 1.5× the floor, peak RSS ≤ 0.35 × the JSON size.
 * `jsonMB` is the JSON size of the same account: the export's own size for a JSON export, the like-heavy JSON's for
 * the TXT export of that account (its TXT files are smaller than its JSON).
 */
function goals(exportMB: number, jsonMB: number, floor: ChildResult, read: ChildResult, whole: ChildResult, npmStart: number): string {
  if (!whole.ok || !floor.ok) return ''
  const marks: string[] = []
  if (exportMB >= 100) {
    const ratio = whole.seconds / floor.seconds
    const bound = (npmStart + floor.seconds) / floor.seconds
    marks.push(`whole≤1.5×floor ${ratio <= 1.5 ? '✓' : bound > 1.5 ? '✗ (out of reach: bound ' + fmt(bound, 2) + '×)' : '✗'}`)
    if (Number.isFinite(whole.maxRssMB)) marks.push(`RSS≤${fmt(0.35 * jsonMB, 0)}MB ${whole.maxRssMB <= 0.35 * jsonMB ? '✓' : '✗'}`)
  } else if (exportMB < 8 && read.ok) marks.push(`read<300ms ${read.seconds < 0.3 ? '✓' : '✗'}`)
  return marks.join('  ')
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  await mkdir(args.dir, { recursive: true })
  const shapes: Shape[] = [5, ...args.sizes.filter((s) => s !== 5)].map((mb) => ({ label: mb === 5 ? 'typical 5 MB' : `${mb} MB`, name: `export-${mb}mb`, format: 'json', targetMB: mb }))
  for (const s of args.shapes) {
    if (s === 'like-heavy') shapes.push({ label: 'like-heavy JSON', name: 'like-heavy', format: 'json', targetMB: null })
    else shapes.push({ label: 'like-heavy TXT', name: 'like-heavy-txt', format: 'txt', targetMB: null })
  }
  console.log(`LikeTrace reader benchmark — generation ${args.generation}, seed ${args.seed}, data in ${args.dir}`)
  const idle = await runChild('idle', '')
  console.log(`Node ${process.version}; idle child (node + tsx) ${fmt(idle.maxRssMB)} MB; peak RSS of the whole command ${GNU_TIME === null ? 'not measured (no GNU time)' : `by ${GNU_TIME}`}`)
  // Builds the command line first if it is stale, so no timed run pays for a build.
  await runWhole(join(args.dir, 'none.zip'), 'node')
  const npmStart = await startCost('npm', 5)
  const nodeStart = await startCost('node', 5)
  console.log(`Fixed cost before any reading (the command on a missing file, median of 5): npm run ${fmt(npmStart, 2)} s, node cli ${fmt(nodeStart, 2)} s`)
  console.log('')

  const header = ['export', 'MB', 'zip MB', 'floor s', 'read s', 'read RSS', 'node cli s', 'npm run s', 'npm/floor', 'CPU floor/npm s', 'CPU npm/floor', 'bound/floor', '(npm−start)/floor', 'peak RSS MB', 'RSS/size', 'likes/watch read', 'goals']
  const rows: string[][] = []
  // The like-heavy JSON's size, once measured: the TXT export of the same account is held to 0.35 × it.
  let likeHeavyJsonMB: number | null = null
  for (const shape of shapes) {
    process.stderr.write(`[${shape.label}] generating… `)
    const g = await generate(shape, args)
    process.stderr.write(g.cached ? 'cached. ' : `${fmt(g.meta.generateSeconds)} s. `)
    // Each measurement alternates with the others, each in a fresh process, so machine noise (other jobs, the page
    // cache, CPU frequency) hits all alike.
    const floors: ChildResult[] = []
    const reads: ChildResult[] = []
    const nodes: ChildResult[] = []
    const npms: ChildResult[] = []
    for (let run = 0; run < args.runs; run++) {
      process.stderr.write(`run ${run + 1}… `)
      floors.push(await runChild('floor', g.zip, run))
      reads.push(await runChild('read', g.zip))
      nodes.push(await runWhole(g.zip, 'node'))
      npms.push(await runWhole(g.zip, 'npm'))
    }
    process.stderr.write('done\n')
    const floor = medianResult(floors)
    const read = medianResult(reads)
    const node = medianResult(nodes)
    const npm = medianResult(npms)
    const exportMB = g.meta.exportBytes / MB
    if (shape.name === 'like-heavy') likeHeavyJsonMB = exportMB
    const methods = [...new Set(floors.filter((f) => f.ok).map((f) => f.method))].join('/')
    rows.push([
      shape.label,
      fmt(exportMB),
      fmt(g.meta.zipBytes / MB),
      `${fmt(floor.seconds, 2)} ${methods}`,
      cell(read),
      fmt(read.maxRssMB, 0),
      cell(node),
      cell(npm),
      npm.ok && floor.ok ? fmt(npm.seconds / floor.seconds, 2) : '–',
      `${fmt(floor.cpuSeconds, 2)} / ${fmt(npm.cpuSeconds, 2)}`,
      npm.ok && floor.ok ? fmt((npm.cpuSeconds ?? NaN) / (floor.cpuSeconds ?? NaN), 2) : '–',
      floor.ok ? fmt((npmStart + floor.seconds) / floor.seconds, 2) : '–',
      npm.ok && floor.ok ? fmt((npm.seconds - npmStart) / floor.seconds, 2) : '–',
      fmt(npm.maxRssMB, 0),
      fmt(npm.maxRssMB / exportMB, 2),
      read.ok ? `${read.likes ?? '?'}/${read.watchRows ?? '?'} of ${g.meta.likes}/${g.meta.watchRows}` : '–',
      goals(exportMB, shape.format === 'txt' ? (likeHeavyJsonMB ?? exportMB) : exportMB, floor, read, npm, npmStart),
    ])
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'))
  for (const r of rows) console.log(line(r))
  console.log(`
floor: the fastest native inflate of the export's entries, output discarded: zlib's handle writing into one reused 1 MiB
  buffer ("reused", what inflateRawSync calls underneath), Node's stream with 1 MiB chunks ("streaming"), or one
  inflateRawSync call on the whole entry ("whole"); the fastest in each run counts and the column names it.
read: zip → snapshot in-process, after the reader is loaded. node cli / npm run: the whole \`analyze --json\` process,
  spawn to exit, as \`node scripts/cli.mjs analyze\` and as \`npm run --silent analyze --\` (what a user types).
CPU: user + system time of every thread (the floor's inflate, the whole npm run with npm itself), medians like the
  times; other jobs on the machine stretch it far less than wall time, so compare changes by it on a busy machine.
bound/floor: the fastest any reader could be, as a multiple of the floor: npm run's fixed cost plus the floor (the
  inflate cannot start before the command does). (npm−start)/floor: the reading and analysis alone, the fixed cost
  taken off, as a multiple of the floor.
peak RSS: of the whole npm run (GNU time: the largest of npm and the command line); RSS/size divides it by the export's
  unpacked size. Goals for exports of 100 MB and more: npm run ≤ 1.5 × floor, peak RSS ≤ 0.35 × the JSON size (for
  the TXT export, the like-heavy JSON of the same account, when it was measured in the same run).
Times are medians of ${args.runs} fresh-process run${args.runs === 1 ? '' : 's'} each (--runs N), measurements interleaved.`)
}

const childIndex = process.argv.indexOf('--child')
if (childIndex >= 0) {
  const mode = process.argv[childIndex + 1]
  const zipPath = process.argv[childIndex + 2] ?? ''
  const run = Number(process.argv[childIndex + 3] ?? 0)
  const done = mode === 'floor' ? childFloor(zipPath, run) : mode === 'read' ? childRead(zipPath) : childIdle()
  done.catch((err: unknown) => {
    report({ ok: false, seconds: NaN, maxRssMB: maxRssMB(), error: err instanceof Error ? err.message : String(err) })
    process.exitCode = 1
  })
} else {
  main().catch((err: unknown) => {
    console.error(err)
    process.exitCode = 1
  })
}
