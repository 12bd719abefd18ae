// shared/node: Node adapters. A read-only ByteSource over a file on disk (positional reads and ranged streams).
import { open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import type { ByteSource, ByteStream } from '../core/read-contract'

const STREAM_CHUNK = 1024 * 1024

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

  async read(offset: number, length: number): Promise<Uint8Array> {
    const len = Math.max(0, Math.min(length, this.size - offset))
    const out = new Uint8Array(len)
    let done = 0
    while (done < len) {
      const { bytesRead } = await this.handle.read(out, done, len - done, offset + done)
      if (bytesRead === 0) break
      done += bytesRead
    }
    return done === len ? out : out.subarray(0, done)
  }

  async *stream(offset: number, length: number): ByteStream {
    const end = Math.min(this.size, offset + length)
    for (let at = offset; at < end; at += STREAM_CHUNK) {
      const chunk = await this.read(at, Math.min(STREAM_CHUNK, end - at))
      if (chunk.length === 0) return
      yield chunk
    }
  }

  close(): Promise<void> {
    return this.handle.close()
  }
}
