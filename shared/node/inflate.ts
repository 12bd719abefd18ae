// shared/node: Node adapters. Raw-deflate decompression with native zlib, which runs off the JavaScript thread, a few chunks ahead of the parser.
import { Readable } from 'node:stream'
import type { ZlibOptions } from 'node:zlib'
import { createInflateRaw } from 'node:zlib'
import type { ByteStream, InflateRaw } from '../core/read-contract'

/** Output chunks of 1 MiB: zlib's default 16 KiB pays its per-chunk cost (a thread-pool trip, a callback, a Buffer) 64 times as often. */
const CHUNK = 1024 * 1024
/**
 * Inflated bytes zlib may keep ready before the parser asks: it goes on inflating on the thread pool while
 * JavaScript parses the chunk before, so neither waits for the other. Four chunks bound the memory (and how far a
 * zip bomb runs ahead of the ratio check) to 4 MiB.
 */
const READ_AHEAD = 4 * CHUNK

/** Streams inflated bytes; stopping early (a consumer's `break` or an error) destroys the inflater at once. */
export const inflateRawNative: InflateRaw = (compressed: ByteStream): ByteStream => {
  const input = Readable.from(compressed, { objectMode: false })
  // readableHighWaterMark is a stream option zlib passes on; Node's zlib typings leave it out.
  const options: ZlibOptions & { readableHighWaterMark: number } = { chunkSize: CHUNK, readableHighWaterMark: READ_AHEAD }
  const inflater = createInflateRaw(options)
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
