// shared/core: Electron-free. The reader's entry point: any mix of zips, JSON, TXT and Studio CSV inputs → one ExportSnapshot, or a typed error.
import type { ExportFormat, Generation, InputFileInfo } from '@shared/contract/model'
import type { Result } from '@shared/contract/result'
import type { ReadLimits } from './archive/limits'
import { DEFAULT_LIMITS } from './archive/limits'
import { MemorySource } from './archive/memory-source'
import { concatBytes } from './bytes'
import type { ZipEntry } from './archive/zip'
import { formatBytes, listZipEntries, looksLikeZip, openZipEntry } from './archive/zip'
import { classifyInput, zipEntryPath } from './classify-input'
import type { InputRole } from './classify-input'
import { assessExport } from './parse/assess'
import { readJsonExport } from './parse/json-export'
import type { JsonExportInfo } from './parse/json-export'
import { ReadError, shownName, userMessage } from './parse/read-error'
import { profileFromMap, SnapshotBuilder } from './parse/snapshot-builder'
import type { StudioInput } from './parse/studio-csv'
import { readStudioFiles } from './parse/studio-csv'
import type { OpenPart } from './parse/xlsx'
import { readXlsxSheet } from './parse/xlsx'
import { SNIFF_BYTES } from './parse/sniff'
import { decodeText } from './parse/text-decode'
import { readTxtStream } from './parse/txt-bytes'
import { settleRenamedFiles } from './renamed-files'
import type { ByteSource, ByteStream, ChunkOptions, InflateRaw, ProgressListener, ProgressStage } from './read-contract'
import type { ExportSnapshot } from './snapshot'
import { formatNumber } from '@shared/contract/numbers'

/** One input as the user gave it: a file on disk (a zip, JSON, TXT or CSV) or a file found in a dropped folder. */
export interface InputFile {
  /** Display path (relative to a dropped folder, or the file name). Never used to open anything. */
  path: string
  source: ByteSource
}

export interface ReadOptions {
  inflateRaw: InflateRaw
  /** The current time (ms); Studio dates without a year are placed relative to it when nothing better is known. */
  now: number
  limits?: ReadLimits
  onProgress?: ProgressListener
  signal?: AbortSignal
}

/** The JSON walker and the TXT reader copy what they keep, so their streams may reuse chunks (ChunkOptions). */
const REUSE_CHUNKS: ChunkOptions = { reuseChunks: true }

/** A file to read, wherever it lives (on disk or inside a zip). */
interface Candidate {
  path: string
  /** Name inside the zip, or the path itself for a file on disk: what classification looks at. */
  inner: string
  insideZip: boolean
  /** Compressed or on-disk bytes, for progress. */
  storedBytes: number
  declaredBytes: number
  /** Streams its bytes under `maxBytes`; with `reuseChunks` the reader promises to copy what it keeps (ChunkOptions). */
  open: (maxBytes: number, onStoredBytes: (delta: number) => void, chunkOptions?: ChunkOptions) => ByteStream
  /** Epoch seconds in a `TikTok_Data_<n>.zip` or Studio `…_<n>_….zip` name: when the archive was made. */
  containerTime: number | null
  /** A dropped Excel file: its own zip (the package), read part by part under the same caps and budget. */
  workbook?: Workbook
  /** An .xlsx entry of a zip: unpacks it into memory and lists its parts (null when it is not a workbook). */
  unpackWorkbook?: (onStoredBytes: (delta: number) => void) => Promise<Workbook | null>
}

interface Workbook {
  source: ByteSource
  entries: readonly ZipEntry[]
  budget: { remaining: number }
}

const CONTAINER_TIME = /(?:TikTok_Data_|_)(1[5-9]\d{8})(?=\D|$)/i

/** The creation stamp in an archive or folder name, if plausible (not in the future). */
function containerTime(path: string, now: number): number | null {
  const m = CONTAINER_TIME.exec(path)
  const ms = m ? Number(m[1]) * 1000 : null
  return ms !== null && ms <= now + 86_400_000 ? ms : null
}

export async function readExport(inputs: readonly InputFile[], options: ReadOptions): Promise<Result<ExportSnapshot>> {
  const builder = new SnapshotBuilder()
  try {
    const snapshot = await readAll(inputs, options, builder)
    return { ok: true, value: snapshot, warnings: snapshot.warnings }
  } catch (e) {
    const error = e instanceof ReadError ? e : new ReadError('ARCHIVE_TOO_COMPLEX', 'LikeTrace hit an unexpected problem while reading it.')
    return { ok: false, error: { code: error.code, message: userMessage(error.code, error.detail) }, warnings: builder.warnings.list() }
  }
}

async function readAll(inputs: readonly InputFile[], options: ReadOptions, builder: SnapshotBuilder): Promise<ExportSnapshot> {
  const limits = options.limits ?? DEFAULT_LIMITS
  const progress = new ProgressTracker(options.onProgress)
  progress.stage('opening')
  const candidates = await expandInputs(inputs, options, limits)
  const warnings = builder.warnings
  if (candidates.length > limits.maxEntries) {
    throw new ReadError('TOO_MANY_ENTRIES', `There are ${formatNumber(candidates.length)} files; a TikTok export has fewer than ${formatNumber(limits.maxEntries)}.`)
  }

  const roles = new Map<Candidate, InputRole>()
  const ignored: string[] = []
  const seenPaths = new Set<string>()
  for (const c of candidates) {
    const key = c.path
    if (seenPaths.has(key)) {
      warnings.add('DUPLICATE_ENTRY', 'The archive holds two files with the same name; the first was read.')
      ignored.push(c.path)
      continue
    }
    seenPaths.add(key)
    const role = classifyInput(c.inner, { bareFile: candidates.length === 1 && !c.insideZip, insideZip: c.insideZip })
    if (role.kind === 'ignore') {
      if (role.warning) warnings.add(role.warning.code, role.warning.message)
      if (!role.silent) ignored.push(c.path)
    } else roles.set(c, role)
  }
  await settleRenamedFiles(roles, (c) => readHead(c.open(limits.maxTextBytes, () => undefined), SNIFF_BYTES), ignored, warnings)

  const jsonFiles = [...roles].filter(([, r]) => r.kind === 'json').map(([c]) => c)
  const txtFiles = [...roles].filter(([, r]) => r.kind === 'txt')
  const studioFiles = [...roles].filter(([, r]) => r.kind === 'studio').map(([c]) => c)
  const xlsx = [...roles].filter(([, r]) => r.kind === 'xlsx').map(([c]) => c)
  // An .xlsx packed inside a zip (a creator zipping their Studio downloads) is a zip inside a zip: it is unpacked into
  // memory, under its own cap and the archive's budget, and read like a dropped one. One level only: its own parts are
  // never opened as archives.
  for (const c of xlsx) if (c.workbook === undefined && c.unpackWorkbook !== undefined) c.workbook = await unpackOrSkip(c.unpackWorkbook)
  const workbooks = xlsx.filter((c) => c.workbook !== undefined)
  const packedXlsx = xlsx.filter((c) => c.workbook === undefined && c.insideZip)
  const fakeXlsx = xlsx.find((c) => c.workbook === undefined && !c.insideZip)
  if (fakeXlsx) throw new ReadError('UNSUPPORTED_FILE', `"${shownName(baseName(fakeXlsx.path))}" is named .xlsx but is not an Excel file.`)
  if (jsonFiles.length + txtFiles.length + studioFiles.length + workbooks.length === 0) {
    if (candidates.length === 1 && !candidates[0]?.insideZip && xlsx.length === 0) {
      throw new ReadError('UNSUPPORTED_FILE', `"${shownName(baseName(candidates[0]?.path ?? ''))}" is not a TikTok export file.`)
    }
    if (xlsx.length > 0) {
      throw new ReadError('UNSUPPORTED_FILE', 'The .xlsx files in this zip are not Excel workbooks LikeTrace can open; download them again from TikTok Studio and drop them as they are.')
    }
    throw new ReadError('NOT_A_TIKTOK_EXPORT', 'None of the files is a TikTok data file (user_data_tiktok.json, the TXT folders, or TikTok Studio CSVs).')
  }
  for (const c of packedXlsx) {
    warnings.add('XLSX_SKIPPED', 'An .xlsx file in the zip was not an Excel workbook LikeTrace can open, so it was skipped; if it holds your analytics, download it again from TikTok Studio and drop it as it is.')
    ignored.push(c.path)
  }

  // One JSON is the export; a second (e.g. user_data.json next to user_data_tiktok.json) is a leftover copy.
  const json = [...jsonFiles].sort((a, b) => b.declaredBytes - a.declaredBytes || (a.path < b.path ? -1 : 1))[0]
  for (const extra of jsonFiles.filter((c) => c !== json)) {
    warnings.add('EXTRA_JSON_IGNORED', 'More than one JSON export file was found; the largest was read.')
    ignored.push(extra.path)
  }
  progress.total = [json, ...txtFiles.map(([c]) => c), ...studioFiles, ...workbooks].reduce((sum, c) => sum + (c?.storedBytes ?? 0), 0)

  const files: InputFileInfo[] = []
  let jsonInfo: JsonExportInfo | null = null
  if (json) {
    progress.stage('reading-likes')
    try {
      jsonInfo = await readJsonExport(json.open(limits.maxJsonBytes, progress.add, REUSE_CHUNKS), builder, { signal: options.signal, totalBytes: Math.min(json.declaredBytes, limits.maxJsonBytes) })
    } catch (e) {
      if (e instanceof ReadError && e.code === 'BAD_JSON' && e.byteOffset !== undefined) {
        const { line, column } = await lineAndColumn(json.open(limits.maxJsonBytes, () => undefined), e.byteOffset)
        throw new ReadError('BAD_JSON', `${(e.detail ?? 'The data is not valid JSON.').replace(/\.$/, '')} at line ${formatNumber(line)}, column ${formatNumber(column)}.`)
      }
      throw e
    }
    files.push({ path: json.path, role: 'json', bytes: json.declaredBytes })
  }

  const settings = new Map<string, string>(jsonInfo?.settings)
  const profileMap = new Map<string, unknown>(jsonInfo?.profile)
  const activitySummary = new Map<string, number>(jsonInfo?.activitySummary)
  const txtKinds = new Set<string>()
  if (txtFiles.length > 0) progress.stage('reading')
  for (const [c, role] of txtFiles) {
    if (role.kind !== 'txt') continue
    // Streamed: a watch history of 250 MB is read from its bytes as they come, never held whole.
    const outcome = await readTxtStream(c.open(limits.maxTextBytes, progress.add, REUSE_CHUNKS), baseName(c.path), builder, role.section, (n) => invalidUtf8(builder, n), Math.min(c.declaredBytes, limits.maxTextBytes))
    if (outcome.kind === null) {
      ignored.push(c.path)
      continue
    }
    txtKinds.add(outcome.kind)
    files.push({ path: c.path, role: `txt:${outcome.kind}`, bytes: c.declaredBytes })
    for (const [k, v] of outcome.settings ?? []) settings.set(k, v)
    for (const [k, v] of outcome.profile ?? []) profileMap.set(k, v)
    for (const [k, v] of outcome.activitySummary ?? []) activitySummary.set(k, v)
    if (options.signal?.aborted) throw new ReadError('CANCELLED')
  }

  let studio = null
  if (studioFiles.length + workbooks.length > 0) {
    progress.stage('reading')
    const studioStart = files.length
    const inputs: StudioInput[] = []
    for (const c of studioFiles) {
      inputs.push({ name: baseName(c.path), text: await readText(c.open(limits.maxTextBytes, progress.add), builder), referenceTime: c.containerTime ?? undefined })
      files.push({ path: c.path, role: 'studio', bytes: c.declaredBytes })
    }
    for (const c of workbooks) {
      const sheet = await readXlsxSheet(workbookParts(c, options.inflateRaw, limits, progress.add), baseName(c.path))
      inputs.push({ name: baseName(c.path), rows: sheet.rows, referenceTime: c.containerTime ?? undefined })
      files.push({ path: c.path, role: 'studio:xlsx', bytes: c.declaredBytes })
    }
    const stamps = [...studioFiles, ...workbooks].map((c) => c.containerTime).filter((t): t is number => t !== null)
    const read = readStudioFiles(inputs, { referenceTime: stamps.length > 0 ? Math.max(...stamps) : options.now })
    // Inputs and their file entries were pushed in the same order: each read file's role names what it was read as.
    for (const r of read.read) {
      const info = files[studioStart + r.index]
      if (info) info.role = `studio:${r.kind}`
    }
    for (const w of read.warnings) warnings.add(w.code, w.message, w.count)
    studio = read.data
  }

  progress.stage('finishing')
  const rows = builder.finishRows()
  const format: ExportFormat = json ? 'json' : txtFiles.length > 0 ? 'txt' : 'studio-csv'
  const generation: Generation | null = jsonInfo?.generation ?? (format === 'txt' ? txtGeneration(txtFiles.map(([c]) => c.path)) : null)
  const containerStamps = candidates.map((c) => c.containerTime).filter((t): t is number => t !== null)
  const snapshot: ExportSnapshot = {
    format,
    generation,
    exportedAt: null,
    exportedAtSource: null,
    partial: false,
    missingCategories: [],
    files,
    ignoredFileCount: ignored.length,
    sectionsPresent: rows.sectionsPresent,
    likes: rows.likes,
    favorites: rows.favorites,
    watchTimes: rows.watchTimes,
    logins: rows.logins,
    searches: rows.searches,
    shares: rows.shares,
    followers: rows.followers,
    following: rows.following,
    blocked: rows.blocked,
    posts: rows.posts,
    deletedPosts: rows.deletedPosts,
    comments: rows.comments,
    settings,
    activitySummary,
    profile: profileFromMap(profileMap),
    status: rows.status,
    studio,
    warnings: [],
  }
  assessExport(snapshot, {
    newestEntry: rows.newestEntry,
    signedUrlTime: maxOrNull([jsonInfo?.signedUrlTime ?? null, builder.signedUrlTime]),
    containerTime: maxOrNull(containerStamps),
    jsonMissingCategories: jsonInfo ? jsonInfo.missingCategories : null,
    txtKinds,
    warnings,
  })
  snapshot.warnings = warnings.list()
  return snapshot
}

/** Line and column (1-based) of a byte offset, found by reading the file again: error paths only, so the hot path never counts lines. */
async function lineAndColumn(stream: ByteStream, offset: number): Promise<{ line: number; column: number }> {
  let line = 1
  let lineStart = 0
  let at = 0
  for await (const chunk of stream) {
    const end = Math.min(chunk.length, offset - at)
    for (let i = chunk.indexOf(10); i !== -1 && i < end; i = chunk.indexOf(10, i + 1)) {
      line++
      lineStart = at + i + 1
    }
    at += chunk.length
    if (at >= offset) break
  }
  return { line, column: offset - lineStart + 1 }
}

function maxOrNull(values: ReadonlyArray<number | null>): number | null {
  const real = values.filter((v): v is number => v !== null)
  return real.length > 0 ? Math.max(...real) : null
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/** TXT folder and file names follow the JSON section names of their generation (export-format.md §2.1). */
function txtGeneration(paths: readonly string[]): Generation | null {
  const all = paths.join('\n').toLowerCase()
  if (all.includes('likes and favorites') || all.includes('profile and settings')) return 'D'
  if (all.includes('your activity') || all.includes('watch history') || all.includes('kijkgeschiedenis')) return 'C'
  // `Video Browsing History.txt` (≤2022 folders) and `Video Browsing.txt` (the 2022 zip).
  if (all.includes('video browsing')) return 'A'
  if (all.includes('browsing history') || all.includes('activity/')) return 'B'
  return null
}

/** Expands zips into their entries (one level: a zip inside a zip is never opened; an .xlsx entry may be unpacked later, see unpackWorkbook). */
async function expandInputs(inputs: readonly InputFile[], options: ReadOptions, limits: ReadLimits): Promise<Candidate[]> {
  const budget = { remaining: limits.maxTotalBytes }
  const out: Candidate[] = []
  for (const input of inputs) {
    const { source } = input
    if (source.size > limits.maxInputBytes) {
      throw new ReadError('ARCHIVE_TOO_LARGE', `"${shownName(baseName(input.path))}" is ${formatBytes(source.size)}; LikeTrace opens files up to ${formatBytes(limits.maxInputBytes)}.`)
    }
    const head = await source.read(0, Math.min(source.size, 8))
    const stamp = containerTime(input.path, options.now)
    if (!looksLikeZip(head)) {
      if (/\.zip$/i.test(input.path)) throw new ReadError('NOT_A_ZIP', `"${shownName(baseName(input.path))}" is named .zip but is not a zip archive.`)
      out.push({
        path: input.path,
        inner: input.path,
        insideZip: false,
        storedBytes: source.size,
        declaredBytes: source.size,
        containerTime: stamp,
        open: (maxBytes, onStoredBytes, chunkOptions) => capped(source.stream(0, source.size, chunkOptions), maxBytes, input.path, budget, onStoredBytes),
      })
      continue
    }
    const entries = await listZipEntries(source, limits)
    if (isXlsx(entries)) {
      const inner = /\.xlsx$/i.test(input.path) ? input.path : `${input.path.replace(/\.zip$/i, '')}.xlsx`
      out.push({ path: input.path, inner, insideZip: false, storedBytes: source.size, declaredBytes: source.size, containerTime: stamp, open: () => empty(), workbook: { source, entries, budget } })
      continue
    }
    for (const entry of entries) {
      if (entry.isDirectory) continue
      const inner = zipEntryPath(entry.name)
      out.push({
        path: `${input.path}/${inner}`,
        inner,
        insideZip: true,
        storedBytes: entry.compressedSize,
        declaredBytes: entry.declaredSize,
        containerTime: stamp,
        open: (maxBytes, onStoredBytes, chunkOptions) => openZipEntry(source, entry, options.inflateRaw, { maxBytes, budget, limits, onCompressedBytes: onStoredBytes, ...chunkOptions }),
        unpackWorkbook: /\.xlsx$/i.test(inner) ? (onStoredBytes) => unpackWorkbook(source, entry, options.inflateRaw, limits, budget, onStoredBytes) : undefined,
      })
    }
    // Checked per input, not once at the end: a folder of many zips, each under the cap, would otherwise have every
    // one of its directories (up to maxDirectoryBytes each) read before the total was refused.
    if (out.length > limits.maxEntries) {
      throw new ReadError('TOO_MANY_ENTRIES', `There are more than ${formatNumber(limits.maxEntries)} files; a TikTok export has fewer.`)
    }
  }
  return out
}

/** Opens a dropped workbook's parts by name, each under the per-entry caps (TXT size, zip-bomb ratio) and the shared budget. */
function workbookParts(c: Candidate, inflateRaw: InflateRaw, limits: ReadLimits, onStoredBytes: (delta: number) => void): OpenPart {
  const workbook = c.workbook
  return (name) => {
    const entry = workbook?.entries.find((e) => !e.isDirectory && zipEntryPath(e.name) === name)
    if (workbook === undefined || entry === undefined) return null
    return openZipEntry(workbook.source, entry, inflateRaw, { maxBytes: limits.maxTextBytes, budget: workbook.budget, limits, onCompressedBytes: onStoredBytes })
  }
}

/**
 * Inflates an .xlsx entry of a zip into memory (at most maxPackedWorkbookBytes, and from the archive's shared budget)
 * and lists the workbook's own parts; null when the bytes are not an Excel package.
 */
async function unpackWorkbook(source: ByteSource, entry: ZipEntry, inflateRaw: InflateRaw, limits: ReadLimits, budget: { remaining: number }, onStoredBytes: (delta: number) => void): Promise<Workbook | null> {
  const chunks: Uint8Array[] = []
  for await (const chunk of openZipEntry(source, entry, inflateRaw, { maxBytes: limits.maxPackedWorkbookBytes, budget, limits, onCompressedBytes: onStoredBytes })) chunks.push(chunk)
  const inner = new MemorySource(concatBytes(chunks))
  if (!looksLikeZip(await inner.read(0, 8))) return null
  const entries = await listZipEntries(inner, limits)
  return isXlsx(entries) ? { source: inner, entries, budget } : null
}

/** A packed workbook that is damaged or over its cap is skipped with a warning, like one that is not a workbook; other errors stop the read. */
async function unpackOrSkip(unpack: NonNullable<Candidate['unpackWorkbook']>): Promise<Workbook | undefined> {
  try {
    // Not counted as progress: the workbook's parts are, when they are read (a packed workbook is small).
    return (await unpack(() => undefined)) ?? undefined
  } catch (e) {
    if (e instanceof ReadError && (e.code === 'ENTRY_TOO_LARGE' || e.code === 'NOT_A_ZIP' || e.code === 'UNSUPPORTED_ZIP')) return undefined
    throw e
  }
}

function isXlsx(entries: readonly ZipEntry[]): boolean {
  return entries.some((e) => e.name === '[Content_Types].xml') && entries.some((e) => e.name.startsWith('xl/'))
}

async function* empty(): ByteStream {}

/** Caps a plain file's stream like a zip entry's, so every input has the same limits. */
async function* capped(stream: ByteStream, maxBytes: number, path: string, budget: { remaining: number }, onStoredBytes: (delta: number) => void): ByteStream {
  let total = 0
  try {
    for await (const chunk of stream) {
      total += chunk.length
      budget.remaining -= chunk.length
      onStoredBytes(chunk.length)
      if (total > maxBytes) throw new ReadError('ENTRY_TOO_LARGE', `"${shownName(baseName(path))}" is larger than ${formatBytes(maxBytes)}.`)
      if (budget.remaining < 0) throw new ReadError('ARCHIVE_TOO_LARGE', 'The files together are larger than LikeTrace reads.')
      yield chunk
    }
  } catch (e) {
    throw e instanceof ReadError ? e : new ReadError('READ_FAILED', `Reading "${shownName(baseName(path))}" failed.`)
  }
}

/** The first `n` bytes of a stream (fewer when it is shorter); the rest is never read. */
async function readHead(stream: ByteStream, n: number): Promise<Uint8Array> {
  const head = new Uint8Array(n)
  let at = 0
  for await (const chunk of stream) {
    const take = Math.min(chunk.length, n - at)
    head.set(chunk.subarray(0, take), at)
    at += take
    if (at >= n) break
  }
  return head.subarray(0, at)
}

/** Reads a CSV file whole as text (the stream itself stops at the size cap). */
async function readText(stream: ByteStream, builder: SnapshotBuilder): Promise<string> {
  let text = ''
  for await (const piece of decodeText(stream, (n) => invalidUtf8(builder, n))) text += piece
  return text
}

function invalidUtf8(builder: SnapshotBuilder, replaced: number): void {
  builder.warnings.add('INVALID_UTF8', 'Some characters were not valid UTF-8 and were replaced.', replaced)
}

/** Reports bytes read across all files, and the stage. */
class ProgressTracker {
  total = 0
  private done = 0
  private current: ProgressStage = 'opening'

  constructor(private readonly listener: ProgressListener | undefined) {}

  stage(stage: ProgressStage): void {
    this.current = stage
    this.listener?.({ stage, bytesDone: this.done, bytesTotal: this.total })
  }

  readonly add = (storedBytes: number): void => {
    this.done += storedBytes
    this.listener?.({ stage: this.current, bytesDone: Math.min(this.done, this.total), bytesTotal: this.total })
  }
}
