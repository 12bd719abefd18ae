// shared/node: Node adapters. Raw-deflate decompression with native zlib: through a few reused buffers when the reader allows it, else as a stream running a few chunks ahead.
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
/** Output buffers reused in turn: chunk k stays whole until chunk k+2 is asked for (ChunkOptions). */
const RING = 2

/**
 * Streams inflated bytes; stopping early (a consumer's `break` or an error) releases zlib at once. Plain: Node's zlib
 * stream, each chunk fresh. With `reuseChunks`: on a worker thread shared by all streams, through buffers passed back
 * and forth, so this thread parses one chunk while the next is inflated (on this thread where no worker starts; as a
 * stream of copies where this Node does not expose zlib's handle).
 */
export const inflateRawNative: InflateRaw = (compressed: ByteStream, options?: ChunkOptions): ByteStream => {
  if (options?.reuseChunks !== true) return inflateStreaming(compressed)
  // The stream path holds a compressed chunk while it asks for the next: give it copies.
  if (!handleAvailable()) return inflateStreaming(copies(compressed))
  return inflateRawInWorker(compressed, inflateOnThisThread)
}

/** Inflates on the calling thread into reused buffers (where no worker thread can be started). */
export function inflateOnThisThread(compressed: ByteStream): ByteStream {
  const inflater = zlib.createInflateRaw()
  return inflateReusing(compressed, inflater, zlibHandle(inflater) as ZlibHandle)
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

/**
 * Inflates on the JavaScript thread straight into RING buffers used in turn, each compressed chunk finished before
 * the next is asked for. No buffer is allocated per chunk, which on a machine where first writes to new memory are
 * slow (about 11 µs per 4 KiB page on some virtual machines) costs more than the inflate itself.
 */
async function* inflateReusing(compressed: ByteStream, inflater: zlib.InflateRaw, handle: ZlibHandle): ByteStream {
  const ring = Array.from({ length: RING }, () => new Uint8Array(CHUNK))
  let slot = 0
  let out = ring[0] as Uint8Array
  let used = 0
  // On bad data zlib's handle destroys its stream (the error event comes a tick later): check after each write.
  inflater.on('error', () => undefined)
  const write = (flush: number, input: Uint8Array, inOffset: number, inLength: number): { outLeft: number; inLeft: number } => {
    handle.writeSync(flush, input, inOffset, inLength, out, used, out.length - used)
    if (inflater.destroyed) throw new Error('The deflate data is damaged.')
    const outLeft = handle.state[0] as number
    used = out.length - outLeft
    return { outLeft, inLeft: handle.state[1] as number }
  }
  const next = (): void => {
    slot = (slot + 1) % RING
    out = ring[slot] as Uint8Array
    used = 0
  }
  try {
    for await (const input of compressed) {
      let inOffset = 0
      for (;;) {
        const inLength = input.length - inOffset
        const { outLeft, inLeft } = write(zlib.constants.Z_NO_FLUSH, input, inOffset, inLength)
        inOffset += inLength - inLeft
        // Room left in the output: this chunk is used up (or the deflate stream ended, and what follows is ignored).
        if (outLeft !== 0) break
        yield out
        next()
      }
    }
    // The end of the input: Z_FINISH reports a stream cut short ("unexpected end of file") and flushes the rest.
    for (;;) {
      const { outLeft } = write(zlib.constants.Z_FINISH, out, 0, 0)
      if (outLeft !== 0) break
      yield out
      next()
    }
    if (used > 0) yield out.subarray(0, used)
  } finally {
    inflater.close()
  }
}
