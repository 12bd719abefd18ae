// shared/node: Node adapters. Raw-deflate decompression with native zlib, which runs off the JavaScript thread.
import { Readable } from 'node:stream'
import { createInflateRaw } from 'node:zlib'
import type { ByteStream, InflateRaw } from '../core/read-contract'

/** Streams inflated bytes; stopping early (a consumer's `break` or an error) destroys the inflater at once. */
export const inflateRawNative: InflateRaw = (compressed: ByteStream): ByteStream => {
  const input = Readable.from(compressed, { objectMode: false })
  const inflater = createInflateRaw({ chunkSize: 256 * 1024 })
  input.on('error', (e) => inflater.destroy(e))
  input.pipe(inflater)
  return (async function* () {
    try {
      for await (const chunk of inflater) yield chunk as Uint8Array
    } finally {
      input.destroy()
      inflater.destroy()
    }
  })()
}
