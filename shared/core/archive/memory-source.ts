// shared/core: Electron-free. A ByteSource over bytes already in memory: a workbook packed inside a zip, small inputs, tests.
import type { ByteSource, ByteStream } from '../read-contract'

const STREAM_CHUNK = 1024 * 1024

export class MemorySource implements ByteSource {
  constructor(protected readonly bytes: Uint8Array) {}

  get size(): number {
    return this.bytes.length
  }

  read(offset: number, length: number): Promise<Uint8Array> {
    return Promise.resolve(this.bytes.subarray(offset, Math.min(this.bytes.length, offset + length)))
  }

  async *stream(offset: number, length: number): ByteStream {
    const end = Math.min(this.bytes.length, offset + length)
    for (let at = offset; at < end; at += STREAM_CHUNK) yield this.bytes.subarray(at, Math.min(end, at + STREAM_CHUNK))
  }
}
