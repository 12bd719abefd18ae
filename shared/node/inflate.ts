// shared/node: Node adapters. Raw-deflate decompression with native zlib: on a worker through reused buffers when the reader allows it, else as a stream running a few chunks ahead.
import { Readable } from 'node:stream'
import type { ZlibOptions } from 'node:zlib'
import zlib from 'node:zlib'
import type { ByteStream, ChunkOptions, InflateRaw } from '../core/read-contract'
import { inflateRawInWorker } from './inflate-worker'

/** Output chunks of 1 MiB: zlib's default 16 KiB pays its per-chunk cost (a thread-pool trip, a callback, a Buffer) 64 times as often. */
const CHUNK = 1024 * 1024
/**
 * Inflated bytes zlib may keep ready before the parser asks: it goes on inflating on the thread pool while
 * JavaScript parses the chunk before, so neither waits for the other. Four chunks bound the memory (and how far a
 * zip bomb runs ahead of the ratio check) to 4 MiB.
 */
const READ_AHEAD = 4 * CHUNK

/**
 * Streams inflated bytes; stopping early (a consumer's `break` or an error) releases zlib at once. Plain: Node's zlib
 * stream, each chunk fresh. With `reuseChunks`: on a worker thread shared by all streams, through buffers passed back
 * and forth, so this thread parses one chunk while the next is inflated; where no worker starts, or this Node does
 * not expose zlib's handle, Node's stream on copies of the input.
 */
export const inflateRawNative: InflateRaw = (compressed: ByteStream, options?: ChunkOptions): ByteStream => {
  if (options?.reuseChunks !== true) return inflateStreaming(compressed)
  return handleAvailable() ? inflateRawInWorker(compressed, streamingCopies) : streamingCopies(compressed)
}

/** Node's stream path for a reused input: it holds a compressed chunk while it asks for the next, so it gets copies. */
export function streamingCopies(compressed: ByteStream): ByteStream {
  return inflateStreaming(copies(compressed))
}

let handleChecked: boolean | null = null

/** Whether this Node exposes zlib's handle as inflateRawSync uses it (asked once). */
function handleAvailable(): boolean {
  if (handleChecked === null) {
    const probe = zlib.createInflateRaw()
    handleChecked = zlibHandle(probe) !== null
    probe.close()
  }
  return handleChecked
}

function inflateStreaming(compressed: ByteStream): ByteStream {
  const input = Readable.from(compressed, { objectMode: false })
  // readableHighWaterMark is a stream option zlib passes on; Node's zlib typings leave it out.
  const options: ZlibOptions & { readableHighWaterMark: number } = { chunkSize: CHUNK, readableHighWaterMark: READ_AHEAD }
  const inflater = zlib.createInflateRaw(options)
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

async function* copies(stream: ByteStream): ByteStream {
  for await (const chunk of stream) yield chunk.slice()
}

/** zlib's native handle, as Node's own inflateRawSync drives it: inflate from a given input into a given output. */
export interface ZlibHandle {
  writeSync(flush: number, input: Uint8Array, inOffset: number, inLength: number, output: Uint8Array, outOffset: number, outLength: number): void
  /** After each write: [output bytes left, input bytes left]. */
  state: Uint32Array
}

/**
 * The handle behind a zlib stream, or null when this Node does not expose it the way inflateRawSync uses it (it is
 * not public API: the stream path is the fallback).
 */
export function zlibHandle(inflater: zlib.InflateRaw): ZlibHandle | null {
  const inner = inflater as unknown as { _handle?: { writeSync?: unknown }; _writeState?: unknown }
  const handle = inner._handle
  const state = inner._writeState
  if (handle === undefined || typeof handle.writeSync !== 'function' || !(state instanceof Uint32Array) || state.length < 2) return null
  const writeSync = handle.writeSync as ZlibHandle['writeSync']
  return { writeSync: (...args) => writeSync.apply(handle, args), state }
}
