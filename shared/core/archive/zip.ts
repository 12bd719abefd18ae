// shared/core: Electron-free. Bounded zip reader: lists entries from the central directory and streams one entry's bytes with counted-size caps.
//
// Why our own reader instead of JSZip for reading: JSZip needs the whole archive in memory and inflates in
// JavaScript; a 500 MB export needs streaming and native inflate (injected as InflateRaw). The format parts we
// need (EOCD, ZIP64, central directory, local header) are small and fully bounds-checked here.
import type { ByteSource, ByteStream, InflateRaw } from '../read-contract'
import { ReadError, shownName } from '../parse/read-error'
import type { ReadLimits } from './limits'
import { formatNumber } from '@shared/contract/numbers'

export interface ZipEntry {
  name: string
  compressedSize: number
  /** As declared by the archive; untrusted, used for display and progress only. */
  declaredSize: number
  method: number
  encrypted: boolean
  isDirectory: boolean
  localHeaderOffset: number
}

const SIG_EOCD = 0x06054b50
const SIG_ZIP64_LOCATOR = 0x07064b50
const SIG_ZIP64_EOCD = 0x06064b50
const SIG_CENTRAL = 0x02014b50
const SIG_LOCAL = 0x04034b50
const EOCD_MIN = 22
const EOCD_SEARCH = EOCD_MIN + 0xffff
const CENTRAL_MIN = 46
const LOCAL_MIN = 30

const METHOD_STORED = 0
const METHOD_DEFLATE = 8

const utf8 = new TextDecoder('utf-8')

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function u64(v: DataView, at: number): number {
  const value = v.getBigUint64(at, true)
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ReadError('NOT_A_ZIP', 'The archive declares impossible sizes.')
  return Number(value)
}

/** True when the bytes start like a zip (local header, or the end record of an empty zip). */
export function looksLikeZip(head: Uint8Array): boolean {
  if (head.length < 4) return false
  const sig = view(head).getUint32(0, true)
  return sig === SIG_LOCAL || sig === SIG_EOCD
}

/** Lists the entries of a zip. Refuses archives that are cut off, lie about their layout, or hold too many entries. */
export async function listZipEntries(source: ByteSource, limits: ReadLimits): Promise<ZipEntry[]> {
  const size = source.size
  if (size < EOCD_MIN) throw new ReadError('NOT_A_ZIP', 'The file is too small to be a zip archive.')
  const tailLength = Math.min(size, EOCD_SEARCH)
  const tail = await source.read(size - tailLength, tailLength)
  const tv = view(tail)
  let eocd = -1
  for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
    if (tv.getUint32(i, true) === SIG_EOCD && i + EOCD_MIN + tv.getUint16(i + 20, true) <= tail.length) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ReadError('NOT_A_ZIP', 'The end of the archive is missing; the download may be incomplete.')

  const disk = tv.getUint16(eocd + 4, true)
  const directoryDisk = tv.getUint16(eocd + 6, true)
  let entryCount = tv.getUint16(eocd + 10, true)
  let directorySize = tv.getUint32(eocd + 12, true)
  let directoryOffset = tv.getUint32(eocd + 16, true)

  const locatorAt = eocd - 20
  if (locatorAt >= 0 && tv.getUint32(locatorAt, true) === SIG_ZIP64_LOCATOR) {
    const zip64At = u64(tv, locatorAt + 8)
    if (zip64At + 56 > size) throw new ReadError('NOT_A_ZIP', 'The archive\'s ZIP64 record points outside the file.')
    const record = await source.read(zip64At, 56)
    const rv = view(record)
    if (rv.getUint32(0, true) !== SIG_ZIP64_EOCD) throw new ReadError('NOT_A_ZIP', 'The archive\'s ZIP64 record is damaged.')
    entryCount = u64(rv, 32)
    directorySize = u64(rv, 40)
    directoryOffset = u64(rv, 48)
  }
  if (disk !== 0 || directoryDisk !== 0) throw new ReadError('UNSUPPORTED_ZIP', 'The archive is split over several files.')
  if (entryCount > limits.maxEntries) {
    throw new ReadError('TOO_MANY_ENTRIES', `It lists ${formatNumber(entryCount)} files; a TikTok export has fewer than ${formatNumber(limits.maxEntries)}.`)
  }
  if (directorySize > limits.maxDirectoryBytes) throw new ReadError('TOO_MANY_ENTRIES', 'Its table of contents is far larger than a TikTok export\'s.')
  if (directoryOffset + directorySize > size) throw new ReadError('NOT_A_ZIP', 'The archive\'s table of contents points outside the file; the download may be incomplete.')

  const dir = await source.read(directoryOffset, directorySize)
  const dv = view(dir)
  const entries: ZipEntry[] = []
  let at = 0
  for (let n = 0; n < entryCount; n++) {
    if (at + CENTRAL_MIN > dir.length || dv.getUint32(at, true) !== SIG_CENTRAL) {
      throw new ReadError('NOT_A_ZIP', 'The archive\'s table of contents is damaged.')
    }
    const flags = dv.getUint16(at + 8, true)
    const method = dv.getUint16(at + 10, true)
    let compressedSize = dv.getUint32(at + 20, true)
    let declaredSize = dv.getUint32(at + 24, true)
    const nameLength = dv.getUint16(at + 28, true)
    const extraLength = dv.getUint16(at + 30, true)
    const commentLength = dv.getUint16(at + 32, true)
    let localHeaderOffset = dv.getUint32(at + 42, true)
    const end = at + CENTRAL_MIN + nameLength + extraLength + commentLength
    if (end > dir.length) throw new ReadError('NOT_A_ZIP', 'The archive\'s table of contents is damaged.')
    const name = utf8.decode(dir.subarray(at + CENTRAL_MIN, at + CENTRAL_MIN + nameLength))

    // ZIP64 extra field: the 64-bit values appear, in this order, only for fields set to 0xFFFFFFFF.
    let x = at + CENTRAL_MIN + nameLength
    const extraEnd = x + extraLength
    while (x + 4 <= extraEnd) {
      const id = dv.getUint16(x, true)
      const length = dv.getUint16(x + 2, true)
      if (x + 4 + length > extraEnd) break
      if (id === 0x0001) {
        let f = x + 4
        const fieldEnd = x + 4 + length
        if (declaredSize === 0xffffffff && f + 8 <= fieldEnd) {
          declaredSize = u64(dv, f)
          f += 8
        }
        if (compressedSize === 0xffffffff && f + 8 <= fieldEnd) {
          compressedSize = u64(dv, f)
          f += 8
        }
        if (localHeaderOffset === 0xffffffff && f + 8 <= fieldEnd) localHeaderOffset = u64(dv, f)
      }
      x += 4 + length
    }
    if (localHeaderOffset + LOCAL_MIN > size || localHeaderOffset + compressedSize > size) {
      throw new ReadError('NOT_A_ZIP', 'A file in the archive points outside it; the download may be incomplete.')
    }
    entries.push({
      name,
      compressedSize,
      declaredSize,
      method,
      encrypted: (flags & 1) !== 0 || method === 99,
      isDirectory: name.endsWith('/'),
      localHeaderOffset,
    })
    at = end
  }
  return entries
}

export interface EntryStreamOptions {
  /** Most bytes this entry may inflate to (ENTRY_TOO_LARGE past it). */
  maxBytes: number
  /** Shared budget across entries (ARCHIVE_TOO_LARGE when exhausted). */
  budget: { remaining: number }
  limits: ReadLimits
  /** Called with each run of compressed bytes read, for progress. */
  onCompressedBytes?: (delta: number) => void
  /** The reader copies what it keeps: chunks may be reused (ChunkOptions), from the file through the inflate. */
  reuseChunks?: boolean
}

/** Streams an entry's inflated bytes, counting real output and stopping at the caps (a bomb stops early and cheaply). */
export async function* openZipEntry(source: ByteSource, entry: ZipEntry, inflateRaw: InflateRaw, options: EntryStreamOptions): ByteStream {
  if (entry.encrypted) throw new ReadError('UNSUPPORTED_ZIP', `"${shownName(entry.name)}" is password-protected.`)
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
    throw new ReadError('UNSUPPORTED_ZIP', `"${shownName(entry.name)}" uses compression method ${entry.method}.`)
  }
  const header = await source.read(entry.localHeaderOffset, LOCAL_MIN)
  const hv = view(header)
  if (header.length < LOCAL_MIN || hv.getUint32(0, true) !== SIG_LOCAL) {
    throw new ReadError('NOT_A_ZIP', `The archive is damaged at "${shownName(entry.name)}".`)
  }
  const dataStart = entry.localHeaderOffset + LOCAL_MIN + hv.getUint16(26, true) + hv.getUint16(28, true)
  if (dataStart + entry.compressedSize > source.size) {
    throw new ReadError('NOT_A_ZIP', `"${shownName(entry.name)}" is cut off; the download may be incomplete.`)
  }
  let compressedRead = 0
  const chunkOptions = { reuseChunks: options.reuseChunks === true }
  const raw = source.stream(dataStart, entry.compressedSize, chunkOptions)
  const counted = async function* (): ByteStream {
    try {
      for await (const chunk of raw) {
        compressedRead += chunk.length
        options.onCompressedBytes?.(chunk.length)
        yield chunk
      }
    } catch (e) {
      throw e instanceof ReadError ? e : new ReadError('READ_FAILED', `Reading "${shownName(entry.name)}" failed.`)
    }
  }
  const output = entry.method === METHOD_DEFLATE ? inflateRaw(counted(), chunkOptions) : counted()
  let produced = 0
  const { limits, budget } = options
  for await (const chunk of damagedAsNotAZip(output, entry.name)) {
    produced += chunk.length
    if (produced > options.maxBytes) {
      throw new ReadError('ENTRY_TOO_LARGE', `"${shownName(entry.name)}" unpacks to more than ${formatBytes(options.maxBytes)}.`)
    }
    if (produced > limits.ratioCheckAfterBytes && produced > limits.maxCompressionRatio * Math.max(compressedRead, 1)) {
      throw new ReadError('ENTRY_TOO_LARGE', `"${shownName(entry.name)}" unpacks to far more data than it stores (a "zip bomb").`)
    }
    budget.remaining -= chunk.length
    if (budget.remaining < 0) throw new ReadError('ARCHIVE_TOO_LARGE', 'Its files together unpack to more than LikeTrace reads.')
    yield chunk
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`
  return `${Math.round(bytes / 1024)} KB`
}

/** Inflate failures (bad deflate data) become NOT_A_ZIP with the entry's name; our own errors pass through. */
async function* damagedAsNotAZip(stream: ByteStream, name: string): ByteStream {
  try {
    yield* stream
  } catch (e) {
    throw e instanceof ReadError ? e : new ReadError('NOT_A_ZIP', `The data of "${shownName(name)}" is damaged; the download may be incomplete.`)
  }
}
