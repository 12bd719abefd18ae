// shared/node: Node adapters. The inflate worker's program (plain JavaScript, started with `eval`, so it needs no file of its own in a bundle or an app archive).
//
// Protocol (ids number the streams; every buffer is transferred, never copied):
//   main → worker  { op: 'open', id, ring, chunk }     start a raw inflate with `ring` output buffers of `chunk` bytes
//                  { op: 'input', id, buf, length }    compressed bytes buf[0, length)
//                  { op: 'end', id }                   no more input
//                  { op: 'free', id, buf }             an output buffer the reader is done with
//                  { op: 'close', id, bufs }           stop (early stop, error, or done); bufs: its output buffers the reader still had
//   worker → main  { op: 'ready' }                     booted (once)
//                  { op: 'took', id, buf }             an input buffer used up, for the next input
//                  { op: 'out', id, buf, length }      inflated bytes buf[0, length)
//                  { op: 'end', id }                   the stream is complete
//                  { op: 'error', id, message }        damaged or cut-off data
// zlib is driven through its handle as Node's own inflateRawSync drives it, writing into the ring's buffers.

export const INFLATE_WORKER_SOURCE = String.raw`
'use strict'
const { parentPort } = require('node:worker_threads')
const zlib = require('node:zlib')
const { Z_NO_FLUSH, Z_FINISH } = zlib.constants
const streams = new Map()
/** Output buffers of closed streams, for the next ones: a TXT export opens a stream per file. */
const pool = []
/** Buffers the pool keeps at most: two streams' worth; more would only wait for a collection. */
let poolCap = 0

function post(message, transfer) {
  parentPort.postMessage(message, transfer)
}

function close(id, returned) {
  const s = streams.get(id)
  if (s === undefined) return
  streams.delete(id)
  s.inflater.close()
  const bufs = s.free.concat(returned ?? [])
  if (s.out !== null) bufs.push(s.out.buffer)
  for (const buf of bufs) if (pool.length < poolCap && buf.byteLength === s.chunk) pool.push(buf)
}

function pump(id, s) {
  for (;;) {
    if (s.out === null) {
      const buf = s.free.pop()
      if (buf === undefined) return
      s.out = new Uint8Array(buf)
      s.used = 0
    }
    const input = s.inputs[0]
    const finishing = input === undefined
    if (finishing && !s.ended) return
    const inLength = finishing ? 0 : input.length - s.inOffset
    s.handle.writeSync(finishing ? Z_FINISH : Z_NO_FLUSH, finishing ? s.out : input, finishing ? 0 : s.inOffset, inLength, s.out, s.used, s.out.length - s.used)
    // On bad data zlib's handle destroys its stream at once (its error event comes a tick later).
    if (s.inflater.destroyed) {
      post({ op: 'error', id, message: finishing ? 'The data is cut off.' : 'The data is damaged.' })
      close(id)
      return
    }
    const outLeft = s.state[0]
    const inLeft = s.state[1]
    s.used = s.out.length - outLeft
    if (!finishing) s.inOffset += inLength - inLeft
    if (outLeft === 0) {
      post({ op: 'out', id, buf: s.out.buffer, length: s.used }, [s.out.buffer])
      s.out = null
      continue
    }
    if (finishing) {
      if (s.used > 0) post({ op: 'out', id, buf: s.out.buffer, length: s.used }, [s.out.buffer])
      post({ op: 'end', id })
      close(id)
      return
    }
    // Room left in the output: the input is used up (or the deflate stream ended and what follows is ignored).
    s.inputs.shift()
    s.inOffset = 0
    post({ op: 'took', id, buf: input.buffer }, [input.buffer])
  }
}

parentPort.on('message', (m) => {
  if (m.op === 'open') {
    const inflater = zlib.createInflateRaw()
    inflater.on('error', () => undefined)
    poolCap = 2 * m.ring
    const free = []
    for (let i = 0; i < m.ring; i++) {
      const spare = pool.pop()
      free.push(spare !== undefined && spare.byteLength === m.chunk ? spare : new ArrayBuffer(m.chunk))
    }
    streams.set(m.id, { inflater, handle: inflater._handle, state: inflater._writeState, chunk: m.chunk, inputs: [], inOffset: 0, free, out: null, used: 0, ended: false })
    return
  }
  const s = streams.get(m.id)
  if (s === undefined) return
  if (m.op === 'input') s.inputs.push(new Uint8Array(m.buf, 0, m.length))
  else if (m.op === 'free') s.free.push(m.buf)
  else if (m.op === 'end') s.ended = true
  else if (m.op === 'close') {
    close(m.id, m.bufs)
    return
  }
  pump(m.id, s)
})
post({ op: 'ready' })
`
