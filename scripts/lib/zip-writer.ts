// scripts/lib: Node. Streaming zip writer (native zlib DEFLATE) for multi-hundred-MB benchmark archives with bounded memory.
import type { FileHandle } from 'node:fs/promises'
import { open } from 'node:fs/promises'
import zlib from 'node:zlib'

/** Zip32 limit: sizes and offsets must stay below 4 GiB, since we do not write ZIP64 records. */
const ZIP32_MAX = 0xffffffff

type Crc32 = (data: Uint8Array, previous: number) => number

let crcTable: Uint32Array | null = null

/** Table CRC-32 for Node versions without `zlib.crc32` (added in 20.15 / 22.2). */
function tableCrc32(data: Uint8Array, previous: number): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  const table = crcTable
  let crc = (previous ^ 0xffffffff) >>> 0
  for (let i = 0; i < data.length; i++) crc = ((table[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8)) >>> 0
  return (crc ^ 0xffffffff) >>> 0
}

const nativeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32
export const crc32: Crc32 = nativeCrc !== undefined ? (data, previous) => nativeCrc(data, previous) : tableCrc32

export interface ZipEntryInfo {
  name: string
  crc32: number
  compressedSize: number
  uncompressedSize: number
  /** Offset of the entry's local header. */
  offset: number
}

export interface AddEntryOptions {
  /** DEFLATE level; default 6 (zlib's default, what TikTok's archives look like). */
  level?: number
  /** Stored in DOS format (2 s resolution, written as UTC so the bytes do not depend on the machine's zone). */
  mtime?: Date
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getUTCFullYear())
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  }
}

/**
 * Writes entries one after another straight to a file. Each local header is written with zero CRC and sizes,
 * the data is streamed through DEFLATE, then the header is patched in place — so no data descriptor is needed
 * and any zip reader (central directory or local headers) sees correct values.
 */
export class StreamingZipWriter {
  private readonly entries: Array<ZipEntryInfo & { time: number; date: number }> = []
  private pos = 0
  private closed = false

  private constructor(private readonly fh: FileHandle) {}

  static async create(path: string): Promise<StreamingZipWriter> {
    return new StreamingZipWriter(await open(path, 'w'))
  }

  private async writeAt(data: Uint8Array, position: number): Promise<void> {
    let done = 0
    while (done < data.length) {
      const { bytesWritten } = await this.fh.write(data, done, data.length - done, position + done)
      done += bytesWritten
    }
  }

  private async append(data: Uint8Array): Promise<void> {
    await this.writeAt(data, this.pos)
    this.pos += data.length
  }

  async addEntry(name: string, source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, options: AddEntryOptions = {}): Promise<ZipEntryInfo> {
    if (this.closed) throw new Error('zip already closed')
    const nameBytes = Buffer.from(name, 'utf8')
    const { time, date } = dosDateTime(options.mtime ?? new Date(Date.UTC(2025, 0, 1)))
    const offset = this.pos
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4) // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0800, 6) // UTF-8 names
    header.writeUInt16LE(8, 8) // DEFLATE
    header.writeUInt16LE(time, 10)
    header.writeUInt16LE(date, 12)
    // crc (14), compressed size (18), uncompressed size (22) are patched after the data.
    header.writeUInt16LE(nameBytes.length, 26)
    header.writeUInt16LE(0, 28)
    await this.append(header)
    await this.append(nameBytes)

    const deflate = zlib.createDeflateRaw({ level: options.level ?? 6, memLevel: 9 })
    let compressed = 0
    const drain = (async () => {
      for await (const out of deflate as AsyncIterable<Buffer>) {
        await this.append(out)
        compressed += out.length
      }
    })()
    let crc = 0
    let uncompressed = 0
    try {
      for await (const chunk of source) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
        crc = crc32(bytes, crc)
        uncompressed += bytes.length
        if (!deflate.write(bytes)) await new Promise<void>((resolve) => deflate.once('drain', resolve))
      }
      deflate.end()
    } catch (err) {
      deflate.destroy()
      throw err
    }
    await drain

    if (uncompressed > ZIP32_MAX || compressed > ZIP32_MAX || this.pos > ZIP32_MAX) throw new RangeError(`${name}: over 4 GiB needs ZIP64, which this writer does not do`)
    const patch = Buffer.alloc(12)
    patch.writeUInt32LE(crc >>> 0, 0)
    patch.writeUInt32LE(compressed, 4)
    patch.writeUInt32LE(uncompressed, 8)
    await this.writeAt(patch, offset + 14)
    const info: ZipEntryInfo = { name, crc32: crc >>> 0, compressedSize: compressed, uncompressedSize: uncompressed, offset }
    this.entries.push({ ...info, time, date })
    return info
  }

  /** Writes the central directory and end record; returns the archive size in bytes. */
  async close(): Promise<number> {
    if (this.closed) return this.pos
    this.closed = true
    const cdStart = this.pos
    for (const e of this.entries) {
      const nameBytes = Buffer.from(e.name, 'utf8')
      const cd = Buffer.alloc(46)
      cd.writeUInt32LE(0x02014b50, 0)
      cd.writeUInt16LE(0x0314, 4) // made by: Unix, spec 2.0
      cd.writeUInt16LE(20, 6)
      cd.writeUInt16LE(0x0800, 8)
      cd.writeUInt16LE(8, 10)
      cd.writeUInt16LE(e.time, 12)
      cd.writeUInt16LE(e.date, 14)
      cd.writeUInt32LE(e.crc32, 16)
      cd.writeUInt32LE(e.compressedSize, 20)
      cd.writeUInt32LE(e.uncompressedSize, 24)
      cd.writeUInt16LE(nameBytes.length, 28)
      cd.writeUInt32LE((0o100644 << 16) >>> 0, 38) // external attrs: regular file, rw-r--r--
      cd.writeUInt32LE(e.offset, 42)
      await this.append(cd)
      await this.append(nameBytes)
    }
    const cdSize = this.pos - cdStart
    const eocd = Buffer.alloc(22)
    eocd.writeUInt32LE(0x06054b50, 0)
    eocd.writeUInt16LE(this.entries.length, 8)
    eocd.writeUInt16LE(this.entries.length, 10)
    eocd.writeUInt32LE(cdSize, 12)
    eocd.writeUInt32LE(cdStart, 16)
    await this.append(eocd)
    await this.fh.close()
    return this.pos
  }
}

export interface ZipEntryLocation {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  /** Offset of the entry's compressed data (after its local header). */
  dataOffset: number
}

/** Lists entries from the central directory of a zip32 file (enough for the benchmark's own archives). */
export async function listZipEntries(path: string): Promise<ZipEntryLocation[]> {
  const fh = await open(path, 'r')
  try {
    const { size } = await fh.stat()
    const tailLength = Math.min(size, 22 + 0xffff)
    const tail = Buffer.alloc(tailLength)
    await fh.read(tail, 0, tailLength, size - tailLength)
    let eocd = -1
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i
        break
      }
    }
    if (eocd < 0) throw new Error(`${path}: no end-of-central-directory record`)
    const count = tail.readUInt16LE(eocd + 10)
    const cdSize = tail.readUInt32LE(eocd + 12)
    const cdOffset = tail.readUInt32LE(eocd + 16)
    const cd = Buffer.alloc(cdSize)
    await fh.read(cd, 0, cdSize, cdOffset)
    const out: ZipEntryLocation[] = []
    let p = 0
    for (let i = 0; i < count; i++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) throw new Error(`${path}: bad central directory`)
      const nameLength = cd.readUInt16LE(p + 28)
      const extraLength = cd.readUInt16LE(p + 30)
      const commentLength = cd.readUInt16LE(p + 32)
      const localOffset = cd.readUInt32LE(p + 42)
      const local = Buffer.alloc(30)
      await fh.read(local, 0, 30, localOffset)
      out.push({
        name: cd.toString('utf8', p + 46, p + 46 + nameLength),
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        uncompressedSize: cd.readUInt32LE(p + 24),
        dataOffset: localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28),
      })
      p += 46 + nameLength + extraLength + commentLength
    }
    return out
  } finally {
    await fh.close()
  }
}
