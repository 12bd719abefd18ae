// shared/node: Node adapters. A read-only ByteSource over a file on disk (positional reads and ranged streams).
import { open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import type { ByteSource, ByteStream, ChunkOptions } from '../core/read-contract'

const STREAM_CHUNK = 1024 * 1024
/** Buffers a reused stream cycles through: chunk k stays whole until chunk k+2 is asked for (ChunkOptions). */
const RING = 2

export class FileSource implements ByteSource {
  private constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  /** Opens a regular file for reading; the caller must `close()` it. */
  static async open(path: string): Promise<FileSource> {
    const handle = await open(path, 'r')
    try {
      const stat = await handle.stat()
      return new FileSource(handle, stat.size)
    } catch (e) {
      await handle.close()
      throw e
    }
  }

  read(offset: number, length: number): Promise<Uint8Array> {
    const len = Math.max(0, Math.min(length, this.size - offset))
    return this.readInto(new Uint8Array(len), offset)
  }

  /** Fills `out` from `offset`; a shorter view only at the end of the file. */
  private async readInto(out: Uint8Array, offset: number): Promise<Uint8Array> {
    let done = 0
    while (done < out.length) {
      const { bytesRead } = await this.handle.read(out, done, out.length - done, offset + done)
      if (bytesRead === 0) break
      done += bytesRead
    }
    return done === out.length ? out : out.subarray(0, done)
  }

  async *stream(offset: number, length: number, options?: ChunkOptions): ByteStream {
    const end = Math.min(this.size, offset + length)
    // Reused: a few buffers read into in turn. A fresh one per chunk costs a first write to new memory per 4 KiB page,
    // which on some machines takes longer than reading the bytes.
    const ring = options?.reuseChunks === true ? Array.from({ length: RING }, () => new Uint8Array(Math.min(STREAM_CHUNK, Math.max(0, end - offset)))) : null
    for (let at = offset, k = 0; at < end; at += STREAM_CHUNK, k++) {
      const size = Math.min(STREAM_CHUNK, end - at)
      const chunk = await this.readInto(ring === null ? new Uint8Array(size) : (ring[k % RING] as Uint8Array).subarray(0, size), at)
      if (chunk.length === 0) return
      yield chunk
    }
  }

  close(): Promise<void> {
    return this.handle.close()
  }
}
