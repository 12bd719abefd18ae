// shared/node: Node adapters. Inflates on one worker thread shared by all streams, so the reader parses one chunk while the next is inflated; buffers go back and forth, none is made per chunk.
import { Worker } from 'node:worker_threads'
import { ReadError } from '../core/parse/read-error'
import type { ByteStream } from '../core/read-contract'
import { INFLATE_WORKER_SOURCE } from './inflate-worker-source'

const CHUNK = 1024 * 1024
/**
 * Output buffers per stream. The reader holds two (ChunkOptions: the chunk it reads and the one before), so the
 * worker can run up to four ahead of it.
 */
const RING = 6
/** Compressed chunks sent ahead: about 30 MiB of inflated output at a typical export's ratio. */
const INPUT_AHEAD = 3
/** An idle worker is stopped after this long, so a long-running app does not keep its thread and buffers between imports. */
const IDLE_MS = 10_000

type FromWorker =
  | { op: 'ready' }
  | { op: 'took'; id: number; buf: ArrayBuffer }
  | { op: 'out'; id: number; buf: ArrayBuffer; length: number }
  | { op: 'end'; id: number }
  | { op: 'error'; id: number; message: string }

/** One stream's side of the exchange, as the main thread sees it. */
class Channel {
  readonly outputs: { buf: ArrayBuffer; length: number }[] = []
  inputsInFlight = 0
  ended = false
  failure: Error | null = null
  private wake: (() => void) | null = null

  notify(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }

  /** Resolves at the next message for this stream (or at once if one came since the last look). */
  changed(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve
    })
  }
}

/** The worker and its open streams. Held only while a stream is open, so it never keeps a finished process alive. */
class InflateWorker {
  private readonly worker: Worker
  private readonly channels = new Map<number, Channel>()
  private nextId = 1
  private idleTimer: ReturnType<typeof setTimeout> | null = null
  /** Compressed-input buffers back from the worker, for any stream's next input. */
  readonly spareInputs: ArrayBuffer[] = []
  onGone: (() => void) | null = null
  /** True once the worker has booted; false if it failed first (streams then inflate on their own thread). */
  readonly ready: Promise<boolean>
  private settleReady: (booted: boolean) => void = () => undefined

  constructor() {
    this.ready = new Promise((resolve) => {
      this.settleReady = resolve
    })
    // A worker needs little heap: the bytes it works on are ArrayBuffers outside it.
    this.worker = new Worker(INFLATE_WORKER_SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 } })
    this.worker.on('message', (m: FromWorker) => this.receive(m))
    const gone = (): void => {
      this.settleReady(false)
      this.onGone?.()
      // Plain words for the user: the thread's own error text means nothing to them, and reading again starts a new one.
      const failure = new ReadError('READ_FAILED', 'Unpacking the archive stopped unexpectedly.')
      for (const c of this.channels.values()) {
        c.failure ??= failure
        c.notify()
      }
      this.channels.clear()
    }
    this.worker.on('error', gone)
    this.worker.on('exit', gone)
    // After the listeners: adding a message listener refs the worker again.
    this.worker.unref()
    this.stopWhenIdle()
  }

  /** Stops the worker IDLE_MS from now unless a stream opens first. */
  private stopWhenIdle(): void {
    this.idleTimer = setTimeout(() => {
      this.onGone?.()
      void this.worker.terminate()
    }, IDLE_MS)
    this.idleTimer.unref()
  }

  open(): { id: number; channel: Channel } {
    const id = this.nextId++
    const channel = new Channel()
    if (this.idleTimer !== null) clearTimeout(this.idleTimer)
    this.idleTimer = null
    if (this.channels.size === 0) this.worker.ref()
    this.channels.set(id, channel)
    this.worker.postMessage({ op: 'open', id, ring: RING, chunk: CHUNK })
    return { id, channel }
  }

  /** Ends a stream; `bufs` are output buffers the reader never saw, which the worker keeps for the next stream. */
  close(id: number, bufs: ArrayBuffer[]): void {
    if (!this.channels.delete(id)) return
    this.worker.postMessage({ op: 'close', id, bufs }, bufs)
    if (this.channels.size > 0) return
    this.worker.unref()
    this.stopWhenIdle()
  }

  send(message: object, transfer?: ArrayBuffer[]): void {
    this.worker.postMessage(message, transfer)
  }

  private receive(m: FromWorker): void {
    if (m.op === 'ready') {
      this.settleReady(true)
      return
    }
    const c = this.channels.get(m.id)
    if (c === undefined) return
    if (m.op === 'out') c.outputs.push({ buf: m.buf, length: m.length })
    else if (m.op === 'took') {
      c.inputsInFlight--
      if (this.spareInputs.length < 2 * INPUT_AHEAD) this.spareInputs.push(m.buf)
    } else if (m.op === 'end') c.ended = true
    else c.failure ??= new Error(m.message)
    c.notify()
  }
}

let shared: InflateWorker | null = null

function sharedWorker(): InflateWorker {
  if (shared === null) {
    const worker = new InflateWorker()
    worker.onGone = () => {
      if (shared === worker) shared = null
    }
    shared = worker
  }
  return shared
}

/** Starts the shared worker ahead of its first stream (it takes tens of milliseconds to boot); harmless if unused. */
export function warmInflateWorker(): void {
  try {
    sharedWorker()
  } catch {
    // No worker thread here: the first stream inflates on its own thread.
  }
}

/**
 * Inflates `compressed` on the shared worker. Chunks follow ChunkOptions' reuse rule in both directions: each
 * compressed chunk is copied out before the next is asked for, and an inflated chunk's buffer goes back to the worker
 * once the chunk two after it is taken. Where no worker can be started, or it fails to boot, the stream is inflated
 * by `onThisThread` instead (nothing of it has been read by then).
 */
export async function* inflateRawInWorker(compressed: ByteStream, onThisThread: (compressed: ByteStream) => ByteStream): ByteStream {
  let worker: InflateWorker
  try {
    worker = sharedWorker()
  } catch {
    yield* onThisThread(compressed)
    return
  }
  // Opened before the worker has booted: an open stream keeps the process alive while it waits.
  const { id, channel } = worker.open()
  if (!(await worker.ready)) {
    worker.close(id, [])
    yield* onThisThread(compressed)
    return
  }
  const source = compressed[Symbol.asyncIterator]()
  let sourceDone = false
  let feeding = false
  // Reads compressed chunks and sends copies while fewer than INPUT_AHEAD are with the worker.
  const feed = async (): Promise<void> => {
    feeding = true
    try {
      while (!sourceDone && channel.failure === null && channel.inputsInFlight < INPUT_AHEAD) {
        const next = await source.next()
        if (next.done === true) {
          sourceDone = true
          worker.send({ op: 'end', id })
          break
        }
        const chunk = next.value
        const spare = worker.spareInputs.pop()
        const buf = spare !== undefined && spare.byteLength >= chunk.length ? spare : new ArrayBuffer(Math.max(chunk.length, CHUNK))
        new Uint8Array(buf).set(chunk)
        channel.inputsInFlight++
        worker.send({ op: 'input', id, buf, length: chunk.length }, [buf])
      }
    } catch (e) {
      channel.failure ??= e instanceof Error ? e : new Error(String(e))
      channel.notify()
    } finally {
      feeding = false
    }
  }
  const held: ArrayBuffer[] = []
  try {
    for (;;) {
      if (!feeding && !sourceDone && channel.inputsInFlight < INPUT_AHEAD) void feed()
      if (channel.failure !== null) throw channel.failure
      const next = channel.outputs.shift()
      if (next !== undefined) {
        held.push(next.buf)
        if (held.length > 2) {
          const buf = held.shift() as ArrayBuffer
          worker.send({ op: 'free', id, buf }, [buf])
        }
        yield new Uint8Array(next.buf, 0, next.length)
        continue
      }
      if (channel.ended) return
      await channel.changed()
    }
  } finally {
    // Only the chunks the reader never saw go back: the last two stay whole after the stream ends, as the reader
    // may still read them while it finishes (a JSON file cut off inside an entry is reported from its last bytes).
    worker.close(id, channel.outputs.map((o) => o.buf))
    if (!sourceDone) await source.return?.()
  }
}
