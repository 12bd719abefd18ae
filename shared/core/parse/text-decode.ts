// shared/core: Electron-free. Decodes a text file piece by piece as its bytes stream in: UTF-8 (BOM optional) or UTF-16 with a BOM; invalid UTF-8 is replaced and counted.
import type { ByteStream } from '../read-contract'
import { concatBytes } from '../bytes'

/**
 * Yields the text of `stream` in pieces, one per chunk, so a 250 MB watch history never exists as one byte array
 * and one string at once. UTF-8 pieces are cut after the last whole character (an incomplete one waits for the
 * next chunk) and each is decoded strictly; a piece that is not valid UTF-8 is decoded leniently and its
 * replacement characters are passed to `onReplaced`. A leading byte-order mark is dropped.
 */
export async function* decodeText(stream: ByteStream, onReplaced: (count: number) => void): AsyncGenerator<string> {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true })
  let utf16: InstanceType<typeof TextDecoder> | null = null
  let started = false
  let carry: Uint8Array = new Uint8Array(0)
  const decode = (bytes: Uint8Array): string => {
    try {
      return strict.decode(bytes)
    } catch {
      const text = lenient.decode(bytes)
      let replaced = 0
      for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++
      onReplaced(replaced)
      return text
    }
  }
  for await (const chunk of stream) {
    let bytes = carry.length === 0 ? chunk : concatBytes([carry, chunk])
    if (!started) {
      // The first bytes decide the encoding: wait for three (a chunk may hold fewer).
      if (bytes.length < 3) {
        carry = bytes
        continue
      }
      started = true
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        utf16 = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be')
        bytes = bytes.subarray(2)
      } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3)
    }
    if (utf16 !== null) {
      carry = new Uint8Array(0)
      yield utf16.decode(bytes, { stream: true })
      continue
    }
    const cut = wholeCharactersEnd(bytes)
    carry = bytes.slice(cut)
    if (cut > 0) yield decode(bytes.subarray(0, cut))
  }
  if (utf16 !== null) {
    const rest = utf16.decode()
    if (rest !== '') yield rest
    return
  }
  if (!started && carry.length >= 3 && carry[0] === 0xef && carry[1] === 0xbb && carry[2] === 0xbf) carry = carry.subarray(3)
  if (!started && carry.length >= 2 && ((carry[0] === 0xff && carry[1] === 0xfe) || (carry[0] === 0xfe && carry[1] === 0xff))) {
    yield new TextDecoder(carry[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(carry.subarray(2))
    return
  }
  if (carry.length > 0) yield decode(carry)
}

/**
 * Where the last whole UTF-8 character of `bytes` ends: before a lead byte whose sequence is cut off at the end.
 * Anything else (complete characters, stray continuation bytes, invalid bytes) is left where it is, for the
 * decoder to accept or replace.
 */
function wholeCharactersEnd(bytes: Uint8Array): number {
  const n = bytes.length
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] as number
    if ((b & 0xc0) === 0x80) continue
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > back ? n - back : n
  }
  return n
}

